/**
 * Per unit, the periodic reports it owed with a deadline in a period and how it sent them. A unit owes a
 * plan's report for a period when it leads or cooperates on a live assignment of that plan (as the
 * completeness board counts it); a period whose deadline has not passed is owed only once sent. On time:
 * first sent (Vietnam's calendar day) no later than the deadline.
 */
import { and, eq, inArray, isNull, lte, gte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { assignments, reportingPeriods, unitReports } from '../../schema/index.js';
import type { FigurePeriod } from '../../../domain/figures/period.js';
import { localDateOf } from '../../../domain/text/format.js';

export interface ReportCounts {
  unitId: string;
  /** Reports owed: deadline in the period and passed, or already sent. */
  due: number;
  submitted: number;
  onTime: number;
  /** The latest of the periods counted, for the link to the reports board. */
  lastPeriod: { id: string; planId: string } | null;
}

export async function reportCounts(
  db: DbOrTx,
  unitIds: readonly string[],
  period: FigurePeriod,
  today: string,
): Promise<ReportCounts[]> {
  if (unitIds.length === 0) return [];
  const owed = db
    .selectDistinct({ unitId: assignments.unitId, planId: assignments.planId })
    .from(assignments)
    .where(and(inArray(assignments.unitId, [...unitIds]), isNull(assignments.cancelledAt)))
    .as('owed');
  const rows = await db
    .select({
      unitId: owed.unitId,
      periodId: reportingPeriods.id,
      planId: reportingPeriods.planId,
      dueOn: reportingPeriods.dueOn,
      firstSubmittedAt: unitReports.firstSubmittedAt,
    })
    .from(owed)
    .innerJoin(reportingPeriods, eq(reportingPeriods.planId, owed.planId))
    .leftJoin(unitReports, and(eq(unitReports.periodId, reportingPeriods.id), eq(unitReports.unitId, owed.unitId)))
    .where(
      and(
        gte(reportingPeriods.dueOn, period.from),
        lte(reportingPeriods.dueOn, period.to),
        or(lte(reportingPeriods.dueOn, today), sql`${unitReports.firstSubmittedAt} is not null`),
      ),
    );
  const byUnit = new Map<string, ReportCounts & { lastDueOn: string }>();
  for (const row of rows) {
    const counts = byUnit.get(row.unitId) ?? {
      unitId: row.unitId,
      due: 0,
      submitted: 0,
      onTime: 0,
      lastPeriod: null,
      lastDueOn: '',
    };
    counts.due += 1;
    if (row.firstSubmittedAt) {
      counts.submitted += 1;
      if (localDateOf(row.firstSubmittedAt) <= row.dueOn) counts.onTime += 1;
    }
    if (row.dueOn >= counts.lastDueOn) {
      counts.lastPeriod = { id: row.periodId, planId: row.planId };
      counts.lastDueOn = row.dueOn;
    }
    byUnit.set(row.unitId, counts);
  }
  return [...byUnit.values()].map(({ lastDueOn: _, ...counts }) => counts);
}
