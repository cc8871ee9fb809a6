import type { reportingPeriods } from '../../schema/index.js';
import { periodDueForUnit } from '../../../domain/reporting/unit-due-date.js';
import type { UnitKind } from '../../../domain/units/types.js';

type PeriodRow = typeof reportingPeriods.$inferSelect;

/**
 * A period as the API gives it. Seen by (or for) a unit, `dueOn` is that unit's own due date: the plan's
 * calendar may give its level (communes, districts) another day than the period's.
 */
export const toPeriodSummary = (p: PeriodRow, unitKind?: UnitKind | null) => ({
  id: p.id,
  planId: p.planId,
  code: p.code,
  kind: p.kind,
  label: p.label,
  start: p.start,
  end: p.end,
  dueOn: unitKind ? periodDueForUnit(p, unitKind) : p.dueOn,
  dueByLevel: p.dueByLevel ?? {},
  closed: p.closedAt !== null,
});
