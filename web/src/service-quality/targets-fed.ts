/**
 * The plan targets the service-quality page's figures feed: those whose confirmed figure is a dossier or a
 * QĐ 766 figure, shown at the reporting period that covers the page's span (reports are the year to date).
 */
import { targetKey } from '../../../src/domain/consolidation/indicator-table.js';

interface ReportingPeriod {
  id: string;
  kind: string;
  end: string;
}

/** What the rule reads of a plan target (the plan indicators endpoint's row). */
interface FedTarget {
  subject: string;
  comparator: string;
  target: number;
  unit: string;
  level: string | null;
  figure: { key: string | null; status: string | null };
}

const FED_BY_THE_PAGE = /^(dossiers|qd766)\./;

/** The plan's regular period ending first on or after `spanEnd` (ISO), else its last one; null without any. */
export function reportingPeriodFor<P extends ReportingPeriod>(periods: readonly P[], spanEnd: string): P | null {
  const regular = periods.filter((p) => p.kind !== 'ad_hoc').sort((a, b) => a.end.localeCompare(b.end));
  return regular.find((p) => p.end >= spanEnd) ?? regular.at(-1) ?? null;
}

/** Targets measured by a figure the page shows, in the plan's order; a target the plan printed twice, once. */
export function targetsFedByThePage<T extends FedTarget>(targets: readonly T[]): T[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    if (t.figure.status !== 'confirmed' || t.figure.key === null || !FED_BY_THE_PAGE.test(t.figure.key)) return false;
    const key = targetKey(t);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}
