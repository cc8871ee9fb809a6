/**
 * The plan targets the service-quality page's figures feed: those whose confirmed figure is a dossier or a
 * QĐ 766 figure, shown at the reporting period that covers the page's span (reports are the year to date).
 */
import type { PlanIndicatorStatus } from '../api/reporting.js';

interface ReportingPeriod {
  id: string;
  kind: string;
  end: string;
}

const FED_BY_THE_PAGE = /^(dossiers|qd766)\./;

/** The plan's regular period ending first on or after `spanEnd` (ISO), else its last one; null without any. */
export function reportingPeriodFor<P extends ReportingPeriod>(periods: readonly P[], spanEnd: string): P | null {
  const regular = periods.filter((p) => p.kind !== 'ad_hoc').sort((a, b) => a.end.localeCompare(b.end));
  return regular.find((p) => p.end >= spanEnd) ?? regular.at(-1) ?? null;
}

/** Targets measured by a figure the page shows, in the plan's order. */
export const targetsFedByThePage = (targets: readonly PlanIndicatorStatus[]): PlanIndicatorStatus[] =>
  targets.filter((t) => t.figure.status === 'confirmed' && t.figure.key !== null && FED_BY_THE_PAGE.test(t.figure.key));
