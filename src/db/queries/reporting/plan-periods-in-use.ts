import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../client.js';
import { indicatorValues, reportBuilds, reportDrafts, reportingPeriods, unitReports } from '../../schema/index.js';
import type { StoredPeriod } from '../../../domain/reporting/reporting-calendar.js';

/**
 * A plan's periods as a calendar change sees them: in use once any unit report, target value, report draft or
 * built report points at it (such a period is never moved or deleted by a calendar change).
 */
export async function planPeriodsInUse(tx: Tx, planId: string): Promise<StoredPeriod[]> {
  const rows = await tx.select().from(reportingPeriods).where(eq(reportingPeriods.planId, planId));
  const ids = rows.map((r) => r.id);
  const used = new Set<string>();
  if (ids.length)
    for (const table of [unitReports, indicatorValues, reportDrafts, reportBuilds])
      for (const r of await tx
        .selectDistinct({ periodId: table.periodId })
        .from(table)
        .where(inArray(table.periodId, ids)))
        used.add(r.periodId);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    kind: r.kind,
    label: r.label,
    start: r.start,
    end: r.end,
    dueOn: r.dueOn,
    dueByLevel: r.dueByLevel ?? {},
    closed: r.closedAt !== null,
    inUse: used.has(r.id),
  }));
}
