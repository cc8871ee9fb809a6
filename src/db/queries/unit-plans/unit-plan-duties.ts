/**
 * Who owes a CCHC plan of their own under which province plan, by when, and what they recorded: the
 * deadlines in force (the coordinator's setting, else the plan's own "ban hành kế hoạch CCHC" activity),
 * the units of each level valid on its date, and their active records. Shared by the overview, a unit's duty,
 * the figures and the reminders.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { planVersions, plans, storedFiles, unitPlanDeadlines, unitPlans, units } from '../../schema/index.js';
import {
  UNIT_PLAN_LEVELS,
  suggestUnitPlanDeadlines,
  unitPlanLevelOf,
  type UnitPlanLevel,
} from '../../../domain/unit-plans/deadlines.js';

export interface DeadlineInForce {
  level: UnitPlanLevel;
  dueOn: string;
  source: 'plan' | 'setting';
  text: string | null;
}

/** The deadlines of one plan, by level: a setting wins over the plan's own date; a level with neither has no duty. */
export async function deadlinesInForce(db: DbOrTx, planId: string): Promise<DeadlineInForce[]> {
  const settings = await db.select().from(unitPlanDeadlines).where(eq(unitPlanDeadlines.planId, planId));
  const [current] = await db
    .select({ content: planVersions.content })
    .from(plans)
    .innerJoin(planVersions, and(eq(planVersions.planId, plans.id), eq(planVersions.version, plans.currentVersion)))
    .where(eq(plans.id, planId));
  const suggested = current ? suggestUnitPlanDeadlines(current.content) : [];
  return UNIT_PLAN_LEVELS.flatMap((level): DeadlineInForce[] => {
    const setting = settings.find((s) => s.level === level);
    if (setting?.dueOn) return [{ level, dueOn: setting.dueOn, source: 'setting', text: null }];
    const fromPlan = suggested.find((s) => s.level === level);
    return fromPlan ? [{ level, dueOn: fromPlan.dueOn, source: 'plan', text: fromPlan.text }] : [];
  });
}

export interface DutyUnit {
  unitId: string;
  unitName: string;
  code: string;
  level: UnitPlanLevel;
  dueOn: string;
}

/** The units owing a plan: every unit of a level with a deadline, valid (and not archived) on that date. */
export async function dutyUnits(db: DbOrTx, deadlines: readonly DeadlineInForce[]): Promise<DutyUnit[]> {
  if (deadlines.length === 0) return [];
  const rows = await db
    .select({
      id: units.id,
      name: units.name,
      code: units.code,
      kind: units.kind,
      validFrom: units.validFrom,
      validTo: units.validTo,
    })
    .from(units)
    .where(
      and(
        isNull(units.archivedAt),
        inArray(
          units.kind,
          deadlines.map((d) => d.level),
        ),
      ),
    )
    .orderBy(units.code);
  return rows.flatMap((u): DutyUnit[] => {
    const level = unitPlanLevelOf(u.kind);
    const deadline = deadlines.find((d) => d.level === level);
    if (!level || !deadline) return [];
    if (u.validFrom && u.validFrom > deadline.dueOn) return [];
    if (u.validTo && u.validTo < deadline.dueOn) return [];
    return [{ unitId: u.id, unitName: u.name, code: u.code, level, dueOn: deadline.dueOn }];
  });
}

export type UnitPlanRow = typeof unitPlans.$inferSelect & { fileName: string | null };

/** The active (not cancelled) records of the plans given, optionally of some units only. */
export async function activeUnitPlans(db: DbOrTx, planIds: readonly string[], unitIds?: readonly string[]) {
  if (planIds.length === 0 || unitIds?.length === 0) return [];
  const rows = await db
    .select({ row: unitPlans, fileName: storedFiles.fileName })
    .from(unitPlans)
    .leftJoin(storedFiles, eq(storedFiles.id, unitPlans.fileId))
    .where(
      and(
        inArray(unitPlans.planId, [...planIds]),
        isNull(unitPlans.cancelledAt),
        unitIds ? inArray(unitPlans.unitId, [...unitIds]) : undefined,
      ),
    );
  return rows.map((r): UnitPlanRow => ({ ...r.row, fileName: r.fileName }));
}

/** The plans of a year that are in use (not archived): the province plans a figure of that year looks at. */
export async function plansOfYear(db: DbOrTx, year: number) {
  return db
    .select({ id: plans.id, name: plans.name, year: plans.year })
    .from(plans)
    .where(and(eq(plans.year, year), isNull(plans.archivedAt)));
}
