import { and, eq, isNull } from 'drizzle-orm';
import {
  saveInspectionPlanRequest,
  updateInspectionPlanRequest,
  type InspectionPlanView,
} from '../../contracts/inspections.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import {
  levelUnits,
  sameInspector,
  selectionCandidates,
  type InspectionPlanRow,
  type InspectionScope,
} from '../../db/queries/inspections/inspection-rows.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import type { DbOrTx } from '../../db/client.js';
import { inspectionPlanUnits, inspectionPlans } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../domain/errors.js';
import { INSPECTION_LEVEL_NAMES, proposeSelection, type InspectionLevel } from '../../domain/inspections/selection.js';
import { authorize, requireActor } from '../access/authorize.js';
import type { Actor, ServiceContext } from '../context.js';
import { checkedRequest, refused } from '../registers/steps/entry-access.js';
import { getInspectionPlan } from './get-inspection-plan.js';

/** The plan's units checked: each a unit of the level (a district's: a commune under it) valid in the year, once, scheduled in the year. */
async function checkedUnits(db: DbOrTx, scope: InspectionScope, chosen: { unitId: string; scheduledOn: string }[]) {
  const { level, year } = scope;
  const valid = new Set((await levelUnits(db, scope)).map((u) => u.id));
  const seen = new Set<string>();
  chosen.forEach((u, i) => {
    if (!valid.has(u.unitId))
      throw refused(
        'Đơn vị được kiểm tra',
        scope.inspectorUnitId
          ? `không phải UBND cấp xã trực thuộc đơn vị kiểm tra trong năm ${year}.`
          : `không phải ${INSPECTION_LEVEL_NAMES[level]} của năm ${year}.`,
        `units.${i}.unitId`,
      );
    if (seen.has(u.unitId)) throw refused('Đơn vị được kiểm tra', 'một đơn vị được chọn hai lần.', `units.${i}.unitId`);
    seen.add(u.unitId);
    if (!u.scheduledOn.startsWith(`${year}-`))
      throw refused('Ngày kiểm tra dự kiến', `phải trong năm ${year}.`, `units.${i}.scheduledOn`);
  });
}

/** The reasons cchc gave for the units it proposed (a unit the coordinator added has none). */
async function reasons(db: DbOrTx, scope: InspectionScope, percent: number) {
  const candidates = await selectionCandidates(db, scope);
  const { ranked } = proposeSelection(candidates, percent, scope.year);
  return new Map(ranked.filter((r) => r.proposed).map((r) => [r.unitId, r.reason]));
}

/**
 * A district inspects only the communes under it (where the three-level structure applies); a plan is of the
 * actor's province.
 */
export async function checkedScope(
  db: DbOrTx,
  actor: Actor,
  input: { year: number; level: InspectionLevel; inspectorUnitId?: string | null },
): Promise<InspectionScope> {
  const inspectorUnitId = input.inspectorUnitId ?? null;
  if (inspectorUnitId && input.level !== 'commune')
    throw refused('Cấp', 'UBND cấp huyện chỉ kiểm tra UBND cấp xã trực thuộc.', 'level');
  return { level: input.level, year: input.year, inspectorUnitId, provinceId: await provinceOfUnit(db, actor.unitId) };
}

const audited = (row: InspectionPlanRow, chosen: { unitId: string; scheduledOn: string }[]) => ({
  year: row.year,
  level: row.level,
  inspectorUnitId: row.inspectorUnitId,
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
  requireActor(ctx);
  const input = checkedRequest(saveInspectionPlanRequest, request);
  const actor = await authorize(ctx, 'inspections.manage', { inspectorUnitId: input.inspectorUnitId ?? null });
  const scope = await checkedScope(ctx.db, actor, input);
  const id = await ctx.db.transaction(async (tx) => {
    // One live plan per year, level and inspector: their plans are locked so two first plans cannot both go in.
    const existing = await tx
      .select({ id: inspectionPlans.id })
      .from(inspectionPlans)
      .where(
        and(
          eq(inspectionPlans.year, input.year),
          eq(inspectionPlans.level, input.level),
          sameInspector(scope),
          isNull(inspectionPlans.cancelledAt),
        ),
      )
      .for('update');
    if (existing.length)
      throw new AppError('INSPECTION_PLAN_EXISTS', { year: input.year, level: INSPECTION_LEVEL_NAMES[input.level] });
    await checkedUnits(tx, scope, input.units);
    const why = await reasons(tx, scope, input.targetPercent);
    const now = ctx.now();
    const [row] = await tx
      .insert(inspectionPlans)
      .values({
        year: input.year,
        level: input.level,
        inspectorUnitId: scope.inspectorUnitId,
        provinceId: scope.provinceId,
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
  const actor = await authorize(ctx, 'inspections.manage', { inspectionPlanId: id });
  const input = checkedRequest(updateInspectionPlanRequest, request);
  await ctx.db.transaction(async (tx) => {
    const current = await lockLivePlan(tx, id, input.version);
    const before = audited(current, await plannedUnits(tx, id));
    await checkedUnits(tx, current, input.units);
    const why = await reasons(tx, current, input.targetPercent);
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
