import type { UploadContent } from '../../files/upload-content.js';
import { eq } from 'drizzle-orm';
import { carryDutyDecisions } from '../../domain/plan/prose-duties.js';
import { latestPlanContent } from '../../db/queries/plans/latest-plan-content.js';
import { planImports, plans } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { storeUpload } from '../../db/queries/files/store-upload.js';
import { directoryOfActor } from '../../db/queries/units/load-directory.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { lastColumnMapping } from '../../db/queries/plans/last-column-mapping.js';
import { getPlanImport } from './get-plan-import.js';

export interface UploadPlanInput {
  content: UploadContent;
  fileName: string;
  contentType: string;
  /** A committed plan this document revises: the review then shows what changed. */
  basePlanId?: string | undefined;
  asOf?: string | undefined;
}

/**
 * Reads an uploaded plan document into a draft for review. The original file is kept; nothing
 * becomes a plan until the draft is committed.
 */
export async function uploadPlanDocument(ctx: ServiceContext, input: UploadPlanInput) {
  // A revised document of a plan: that plan must be of the actor's province.
  const actor = await authorize(
    ctx,
    'plan.import',
    input.basePlanId ? { planId: input.basePlanId } : {},
    'nhập kế hoạch',
  );
  if (input.basePlanId) {
    const [base] = await ctx.db.select({ id: plans.id }).from(plans).where(eq(plans.id, input.basePlanId));
    if (!base) throw notFound('kế hoạch cần cập nhật');
  }
  const asOf = input.asOf ?? localDateOf(ctx.now());
  const directory = await directoryOfActor(ctx.db, actor);
  // A revised document of a plan whose columns a coordinator mapped is read with that mapping again.
  const mapping = input.basePlanId ? await lastColumnMapping(ctx.db, input.basePlanId) : null;
  // Read in a worker with its own memory and time limits: a hostile document never stalls the server.
  const { plan, sourceRows, reading } = await readUploadOffThread({
    kind: 'plan',
    content: input.content,
    fileName: input.fileName,
    directory,
    asOf,
    mapping,
  });
  // A revised document keeps the decisions taken on the duties of the version it revises.
  const content = input.basePlanId ? carryDutyDecisions(plan, await latestPlanContent(ctx.db, input.basePlanId)) : plan;
  const id = await ctx.db.transaction(async (tx) => {
    const file = await storeUpload(tx, ctx.files, actor, 'plans', input);
    const [draft] = await tx
      .insert(planImports)
      .values({
        content,
        sourceRows,
        reading,
        columnMapping: reading.state === 'mapped' ? reading.mapping : null,
        sourceFileId: file.id,
        basePlanId: input.basePlanId ?? null,
        provinceId: await provinceOfUnit(tx, actor.unitId),
        asOf,
        createdBy: actor.userId,
      })
      .returning({ id: planImports.id });
    await recordAudit(tx, actor, {
      action: 'planImport.upload',
      entityId: draft!.id,
      after: { fileName: input.fileName, activities: plan.activities.length },
    });
    return draft!.id;
  });
  return getPlanImport(ctx, id);
}
