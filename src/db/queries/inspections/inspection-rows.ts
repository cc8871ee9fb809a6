/** What the inspection plans are built from: a level's units, their last inspections, their latest scores. */
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import {
  inspectionPlans,
  inspectionPlanUnits,
  registerEntries,
  registerFollowUps,
  scoringRounds,
  units,
} from '../../schema/index.js';
import type { InspectionLevel, SelectionCandidate } from '../../../domain/inspections/selection.js';
import { INSPECTION_LEVEL_NAMES, unitsNeeded } from '../../../domain/inspections/selection.js';
import type { InspectionPlanView } from '../../../contracts/inspections.js';
import { computeRoundResults } from '../scoring/compute-round-results.js';
import { loadRound } from '../scoring/round-data.js';
import { ofProvince, sameProvince } from '../units/province.js';

const REGISTER = 'inspections';

/**
 * Which units a plan is of: a level in a year, inspected by the province (no inspector) or by a district, in a
 * province (null: every province, for an administrator without a unit).
 */
export interface InspectionScope {
  level: InspectionLevel;
  year: number;
  inspectorUnitId: string | null;
  provinceId: string | null;
}

/**
 * The level's units of the province valid in the year (not archived), by code; for a district inspecting
 * (`inspectorUnitId`), the communes under it.
 */
export async function levelUnits(db: DbOrTx, { level, year, inspectorUnitId, provinceId }: InspectionScope) {
  const rows = await db
    .select({ id: units.id, code: units.code, name: units.name, validFrom: units.validFrom, validTo: units.validTo })
    .from(units)
    .where(
      and(
        isNull(units.archivedAt),
        eq(units.kind, level),
        inspectorUnitId ? eq(units.parentId, inspectorUnitId) : undefined,
        provinceId ? eq(units.provinceId, provinceId) : undefined,
      ),
    )
    .orderBy(units.code);
  return rows.filter(
    (u) => (!u.validFrom || u.validFrom <= `${year}-12-31`) && (!u.validTo || u.validTo >= `${year}-01-01`),
  );
}

/** Each unit's last inspection before the year's end (live entries of the inspections register). */
export async function lastInspections(db: DbOrTx, unitIds: string[], beforeOrOn: string): Promise<Map<string, string>> {
  if (!unitIds.length) return new Map();
  const inspectedOn = sql<string>`max(${registerEntries.fields} ->> 'inspectedOn')`;
  const rows = await db
    .select({ unitId: registerEntries.unitId, last: inspectedOn })
    .from(registerEntries)
    .where(
      and(
        eq(registerEntries.register, REGISTER),
        inArray(registerEntries.unitId, unitIds),
        isNull(registerEntries.cancelledAt),
        sql`${registerEntries.fields} ->> 'inspectedOn' <= ${beforeOrOn}`,
      ),
    )
    .groupBy(registerEntries.unitId);
  return new Map(rows.filter((r) => r.last).map((r) => [r.unitId, r.last]));
}

/** The units' score (percent) in the province's latest published assessment round, where they were scored. */
export async function latestScores(
  db: DbOrTx,
  unitIds: string[],
  provinceId: string | null,
): Promise<Map<string, number>> {
  const [round] = await db
    .select({ id: scoringRounds.id })
    .from(scoringRounds)
    .where(and(eq(scoringRounds.status, 'published'), ofProvince(scoringRounds.provinceId, provinceId)))
    .orderBy(desc(scoringRounds.publishedAt))
    .limit(1);
  if (!round || !unitIds.length) return new Map();
  const results = await computeRoundResults(db, await loadRound(db, round.id));
  const wanted = new Set(unitIds);
  return new Map(
    results.rows.filter((r) => wanted.has(r.unitId) && r.percent !== null).map((r) => [r.unitId, r.percent!]),
  );
}

/** The candidates of a level (a district's: its communes) for a year's proposal. */
export async function selectionCandidates(db: DbOrTx, scope: InspectionScope): Promise<SelectionCandidate[]> {
  const found = await levelUnits(db, scope);
  const ids = found.map((u) => u.id);
  const [last, scores] = await Promise.all([
    lastInspections(db, ids, `${scope.year - 1}-12-31`),
    latestScores(db, ids, scope.provinceId),
  ]);
  return found.map((u) => ({
    unitId: u.id,
    code: u.code,
    name: u.name,
    lastInspectedOn: last.get(u.id) ?? null,
    score: scores.get(u.id) ?? null,
  }));
}

export type InspectionPlanRow = typeof inspectionPlans.$inferSelect;

/** The plans of the same inspector: a province's (no district named) or one district's. */
export const sameInspector = ({
  inspectorUnitId,
  provinceId,
}: Pick<InspectionScope, 'inspectorUnitId' | 'provinceId'>) =>
  inspectorUnitId
    ? eq(inspectionPlans.inspectorUnitId, inspectorUnitId)
    : and(isNull(inspectionPlans.inspectorUnitId), sameProvince(inspectionPlans.provinceId, provinceId))!;

/** Plans as the API shows them: their units with the inspection recorded in the year and its items' progress. */
export async function inspectionPlanViews(db: DbOrTx, plans: InspectionPlanRow[]): Promise<InspectionPlanView[]> {
  if (!plans.length) return [];
  const planUnits = await db
    .select({ pu: inspectionPlanUnits, code: units.code, name: units.name })
    .from(inspectionPlanUnits)
    .innerJoin(units, eq(units.id, inspectionPlanUnits.unitId))
    .where(
      and(
        inArray(
          inspectionPlanUnits.planId,
          plans.map((p) => p.id),
        ),
        isNull(inspectionPlanUnits.removedAt),
      ),
    )
    .orderBy(inspectionPlanUnits.scheduledOn, units.code);
  const unitIds = [...new Set(planUnits.map((p) => p.pu.unitId))];
  const entries = unitIds.length
    ? await db
        .select({ id: registerEntries.id, unitId: registerEntries.unitId, fields: registerEntries.fields })
        .from(registerEntries)
        .where(
          and(
            eq(registerEntries.register, REGISTER),
            inArray(registerEntries.unitId, unitIds),
            isNull(registerEntries.cancelledAt),
          ),
        )
    : [];
  const entryIds = entries.map((e) => e.id);
  const items = entryIds.length
    ? await db
        .select({ entryId: registerFollowUps.entryId, status: registerFollowUps.status })
        .from(registerFollowUps)
        .where(inArray(registerFollowUps.entryId, entryIds))
    : [];
  const inspectorIds = [...new Set(plans.map((p) => p.inspectorUnitId).filter((id) => id !== null))];
  const inspectors = new Map(
    inspectorIds.length
      ? (await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, inspectorIds))).map(
          (u) => [u.id, u.name],
        )
      : [],
  );
  const views: InspectionPlanView[] = [];
  for (const plan of plans) {
    const total = (await levelUnits(db, plan)).length;
    const percent = Number(plan.targetPercent);
    const rows = planUnits
      .filter((p) => p.pu.planId === plan.id)
      .map(({ pu, code, name }) => {
        const entry = entries
          .filter((e) => e.unitId === pu.unitId && String(e.fields.inspectedOn ?? '').startsWith(`${plan.year}-`))
          .sort((a, b) => String(a.fields.inspectedOn).localeCompare(String(b.fields.inspectedOn)))[0];
        const own = entry ? items.filter((i) => i.entryId === entry.id) : [];
        return {
          unitId: pu.unitId,
          code,
          name,
          scheduledOn: pu.scheduledOn,
          reason: pu.reason,
          inspection: entry ? { entryId: entry.id, inspectedOn: String(entry.fields.inspectedOn) } : null,
          openItems: own.filter((i) => i.status === 'open').length,
          reportedItems: own.filter((i) => i.status === 'reported').length,
          doneItems: own.filter((i) => i.status === 'done').length,
        };
      });
    views.push({
      id: plan.id,
      year: plan.year,
      level: plan.level,
      levelName: INSPECTION_LEVEL_NAMES[plan.level],
      inspectorUnitId: plan.inspectorUnitId,
      inspectorName: plan.inspectorUnitId ? (inspectors.get(plan.inspectorUnitId) ?? null) : null,
      title: plan.title,
      targetPercent: percent,
      levelUnits: total,
      needed: unitsNeeded(total, percent),
      team: plan.team.map((m) => ({ name: m.name, unit: m.unit, role: m.role ?? null })),
      units: rows,
      inspected: rows.filter((r) => r.inspection).length,
      cancelled: plan.cancelledAt !== null,
      cancelReason: plan.cancelReason,
      version: plan.version,
    });
  }
  return views;
}
