import type { reportingPeriods } from '../../schema/index.js';

type PeriodRow = typeof reportingPeriods.$inferSelect;

export const toPeriodSummary = (p: PeriodRow) => ({
  id: p.id,
  planId: p.planId,
  code: p.code,
  kind: p.kind,
  label: p.label,
  start: p.start,
  end: p.end,
  dueOn: p.dueOn,
  closed: p.closedAt !== null,
});
