import { contentOfBytes } from '../../files/upload-content.js';
import { and, eq, isNull } from 'drizzle-orm';
import type { UnitPlanActivities } from '../../contracts/unit-plans.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { loadDirectory } from '../../db/queries/units/load-directory.js';
import { currentUnitPlanActivities, provinceActivitiesFor } from '../../db/queries/unit-plans/unit-plan-activities.js';
import { activeUnitPlans } from '../../db/queries/unit-plans/unit-plan-duties.js';
import { storedFiles, unitPlanActivities } from '../../db/schema/index.js';
import { suggestActivityLinks } from '../../domain/unit-plans/activity-links.js';
import { AppError, notFound } from '../../domain/errors.js';
import { foldVietnamese } from '../../domain/text/fold.js';
import { localDateOf } from '../../domain/text/format.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { unitPlanActivitiesView } from './get-unit-plan-activities.js';

const wording = (a: { task: string | null; activity: string; deliverable: string | null }) => ({
  activity: a.activity,
  full: [a.task, a.activity, a.deliverable].filter(Boolean).join(' '),
});

/**
 * Reads the activities of a unit's recorded plan from its file with the plan importer (off the server's thread)
 * and suggests, for each, the province activity it carries out. A new reading supersedes the last (kept); a line
 * the unit had decided on keeps its decision.
 */
export async function readUnitPlanActivities(
  ctx: ServiceContext,
  planId: string,
  unitId: string,
): Promise<UnitPlanActivities> {
  const actor = await authorize(ctx, 'unitWork.record', { unitId });
  const [record] = await activeUnitPlans(ctx.db, [planId], [unitId]);
  if (!record?.fileId) throw notFound('tệp kế hoạch CCHC của đơn vị (hãy ghi nhận kế hoạch và tải tệp lên trước)');
  const [file] = await ctx.db.select().from(storedFiles).where(eq(storedFiles.id, record.fileId));
  const asOf = localDateOf(ctx.now());
  const { plan } = await readUploadOffThread({
    kind: 'plan',
    content: contentOfBytes(await ctx.files.get(file!.storageKey)),
    fileName: file!.fileName,
    directory: await loadDirectory(ctx.db),
    asOf,
    mapping: null,
  });
  const lines = plan.activities
    .map((a) => ({ ...a, activity: a.activity ?? a.task ?? a.deliverable ?? '' }))
    .filter((a) => a.activity.trim());
  if (!lines.length) throw new AppError('UNIT_PLAN_NO_ACTIVITIES', { file: file!.fileName });
  const province = await provinceActivitiesFor(ctx.db, planId, unitId);
  const links = suggestActivityLinks(
    lines.map(wording),
    province.map((p) => ({ id: p.id, ...wording({ ...p, activity: p.title }), assigned: p.assigned })),
  );
  await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    // What the unit decided on a line is kept for the same line read again (a corrected file re-read).
    const decided = new Map(
      (await currentUnitPlanActivities(tx, record.id))
        .filter(({ row }) => row.link === 'confirmed')
        .map(({ row }) => [foldVietnamese(row.text), row.planActivityId]),
    );
    const superseded = await tx
      .update(unitPlanActivities)
      .set({ supersededAt: now })
      .where(and(eq(unitPlanActivities.unitPlanId, record.id), isNull(unitPlanActivities.supersededAt)))
      .returning({ id: unitPlanActivities.id });
    const rows = lines.map((a, i) => {
      const key = foldVietnamese(a.activity);
      return {
        unitPlanId: record.id,
        ordinal: i + 1,
        area: a.area,
        number: a.number,
        text: a.activity,
        deliverable: a.deliverable,
        deadlineText: a.deadline.text,
        ...(decided.has(key)
          ? { planActivityId: decided.get(key) ?? null, link: 'confirmed' as const }
          : { planActivityId: links[i] ?? null, link: 'suggested' as const }),
        readAt: now,
      };
    });
    await tx.insert(unitPlanActivities).values(rows);
    await recordAudit(tx, actor, {
      action: 'unitPlan.readActivities',
      entityId: record.id,
      before: { activities: superseded.length },
      after: {
        fileName: file!.fileName,
        activities: lines.length,
        linked: rows.filter((r) => r.planActivityId).length,
      },
    });
  });
  return unitPlanActivitiesView(ctx.db, planId, unitId);
}
