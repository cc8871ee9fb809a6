import { and, eq, isNull } from 'drizzle-orm';
import {
  saveInspectionPlanRequest,
  updateInspectionPlanRequest,
  type InspectionPlanView,
} from '../../contracts/inspections.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { levelUnits, type InspectionPlanRow } from '../../db/queries/inspections/inspection-rows.js';
import type { DbOrTx } from '../../db/client.js';
import { inspectionPlanUnits, inspectionPlans } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../domain/errors.js';
import { INSPECTION_LEVEL_NAMES, proposeSelection, type InspectionLevel } from '../../domain/inspections/selection.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { checkedRequest } from '../registers/steps/entry-access.js';
import { selectionCandidates } from '../../db/queries/inspections/inspection-rows.js';
import { getInspectionPlan } from './get-inspection-plan.js';

const refused = (label: string, message: string, path: string) =>
  new AppError('VALIDATION_FAILED', { sentence: `${label}: ${message}` }, { issues: [{ path, label, message }] });

/** The plan's units checked: each a unit of the level valid in the year, once, scheduled in the year. */
async function checkedUnits(
  db: DbOrTx,
  level: InspectionLevel,
  year: number,
  chosen: { unitId: string; scheduledOn: string }[],
) {
  const valid = new Set((await levelUnits(db, level, year)).map((u) => u.id));
  const seen = new Set<string>();
  chosen.forEach((u, i) => {
    if (!valid.has(u.unitId))
      throw refused(
        'Đơn vị được kiểm tra',
        `không phải ${INSPECTION_LEVEL_NAMES[level]} của năm ${year}.`,
        `units.${i}.unitId`,
      );
    if (seen.has(u.unitId)) throw refused('Đơn vị được kiểm tra', 'một đơn vị được chọn hai lần.', `units.${i}.unitId`);
    seen.add(u.unitId);
    if (!u.scheduledOn.startsWith(`${year}-`))
      throw refused('Ngày kiểm tra dự kiến', `phải trong năm ${year}.`, `units.${i}.scheduledOn`);
  });
}

/** The reasons cchc gave for the units it proposed (a unit the coordinator added has none). */
async function reasons(db: DbOrTx, level: InspectionLevel, year: number, percent: number) {
  const { ranked } = proposeSelection(await selectionCandidates(db, level, year), percent, year);
  return new Map(ranked.filter((r) => r.proposed).map((r) => [r.unitId, r.reason]));
}

const audited = (row: InspectionPlanRow, chosen: { unitId: string; scheduledOn: string }[]) => ({
  year: row.year,
  level: row.level,
  targetPercent: Number(row.targetPercent),
  title: row.title,
  team: row.team,
  units: chosen,
  cancelled: row.cancelledAt !== null,
});

/**
 * The coordinator saves the year's inspection plan for a level: the target share, the units (cchc's proposal as
 * adjusted), each with its date, and the team. One live plan per year and level.
 */
export async function createInspectionPlan(ctx: ServiceContext, request: unknown): Promise<InspectionPlanView> {
  const actor = await authorize(ctx, 'inspections.manage');
  const input = checkedRequest(saveInspectionPlanRequest, request);
  const id = await ctx.db.transaction(async (tx) => {
    // One live plan per year and level: the level's plans are locked so two first plans cannot both go in.
    const existing = await tx
      .select({ id: inspectionPlans.id })
      .from(inspectionPlans)
      .where(
        and(
          eq(inspectionPlans.year, input.year),
          eq(inspectionPlans.level, input.level),
          isNull(inspectionPlans.cancelledAt),
        ),
      )
      .for('update');
    if (existing.length)
      throw new AppError('INSPECTION_PLAN_EXISTS', { year: input.year, level: INSPECTION_LEVEL_NAMES[input.level] });
    await checkedUnits(tx, input.level, input.year, input.units);
    const why = await reasons(tx, input.level, input.year, input.targetPercent);
    const now = ctx.now();
    const [row] = await tx
      .insert(inspectionPlans)
      .values({
        year: input.year,
        level: input.level,
        targetPercent: String(input.targetPercent),
        title: input.title,
        team: input.team.map((m) => ({ name: m.name, unit: m.unit, role: m.role ?? null })),
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx
      .insert(inspectionPlanUnits)
      .values(input.units.map((u) => ({ planId: row!.id, ...u, reason: why.get(u.unitId) ?? null })));
    await recordAudit(tx, actor, {
      action: 'inspectionPlan.create',
      entityId: row!.id,
      after: audited(row!, input.units),
    });
    return row!.id;
  });
  return getInspectionPlan(ctx, id);
}

export async function lockLivePlan(tx: DbOrTx, id: string, version: number): Promise<InspectionPlanRow> {
  const [row] = await tx.select().from(inspectionPlans).where(eq(inspectionPlans.id, id)).for('update');
  if (!row) throw notFound('kế hoạch kiểm tra');
  if (row.cancelledAt) throw new AppError('INSPECTION_PLAN_CANCELLED');
  if (row.version !== version) throw staleVersion('Kế hoạch kiểm tra');
  return row;
}

export const plannedUnits = async (tx: DbOrTx, planId: string) =>
  (
    await tx
      .select({ unitId: inspectionPlanUnits.unitId, scheduledOn: inspectionPlanUnits.scheduledOn })
      .from(inspectionPlanUnits)
      .where(and(eq(inspectionPlanUnits.planId, planId), isNull(inspectionPlanUnits.removedAt)))
  ).sort((a, b) => a.unitId.localeCompare(b.unitId));

/** The coordinator adjusts a live plan: its share, title, units and dates, team (the year and level stay). */
export async function updateInspectionPlan(ctx: ServiceContext, id: string, request: unknown) {
  const actor = await authorize(ctx, 'inspections.manage');
  const input = checkedRequest(updateInspectionPlanRequest, request);
  await ctx.db.transaction(async (tx) => {
    const current = await lockLivePlan(tx, id, input.version);
    const before = audited(current, await plannedUnits(tx, id));
    await checkedUnits(tx, current.level, current.year, input.units);
    const why = await reasons(tx, current.level, current.year, input.targetPercent);
    const kept = new Map(
      (await tx.select().from(inspectionPlanUnits).where(eq(inspectionPlanUnits.planId, id))).map((u) => [u.unitId, u]),
    );
    const [row] = await tx
      .update(inspectionPlans)
      .set({
        targetPercent: String(input.targetPercent),
        title: input.title,
        team: input.team.map((m) => ({ name: m.name, unit: m.unit, role: m.role ?? null })),
        version: current.version + 1,
        updatedAt: ctx.now(),
      })
      .where(eq(inspectionPlans.id, id))
      .returning();
    // A unit taken out is kept, marked removed; a unit chosen again comes back with its new date.
    const chosen = new Set(input.units.map((u) => u.unitId));
    for (const [unitId, row] of kept)
      if (!chosen.has(unitId) && !row.removedAt)
        await tx.update(inspectionPlanUnits).set({ removedAt: ctx.now() }).where(eq(inspectionPlanUnits.id, row.id));
    for (const u of input.units)
      await tx
        .insert(inspectionPlanUnits)
        .values({ planId: id, ...u, reason: kept.get(u.unitId)?.reason ?? why.get(u.unitId) ?? null })
        .onConflictDoUpdate({
          target: [inspectionPlanUnits.planId, inspectionPlanUnits.unitId],
          set: { scheduledOn: u.scheduledOn, removedAt: null },
        });
    await recordAudit(tx, actor, {
      action: 'inspectionPlan.update',
      entityId: id,
      before,
      after: audited(row!, input.units),
    });
  });
  return getInspectionPlan(ctx, id);
}
