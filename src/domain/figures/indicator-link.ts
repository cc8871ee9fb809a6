/**
 * A plan target measured by a catalogue figure: which key to suggest for it, and for which period and level
 * the figure is computed when the target is judged at a reporting period.
 *
 * Period: CCHC reports are cumulative ("6 tháng đầu năm", "9 tháng đầu năm": domain/reporting/periods.ts)
 * and plan targets are annual, so a report's figure is the year to date: from 1 January of the plan's year to
 * the last day of the month the period ends in (quý I: January–March, 6 tháng: January–June, 9 tháng:
 * January–September, năm: the year). Figures run over whole calendar months, not over the reports' data
 * window (15/12 → 14/03 by NĐ 09/2019), which is for what units write, not for what the catalogue counts.
 * An ad-hoc request (đột xuất) names its own dates: the figure is computed over exactly those.
 *
 * Level: a target with no level, or for the province or every level, is the province's figure (every unit);
 * a department target the departments' figure; a commune target the communes'. A district target has no
 * figure: the catalogue has no district level (the districts were dissolved in 2025 and the demo province has
 * none left), so such a target keeps to what units and the coordinator enter.
 */
import { FIGURES, figureDefinition, type FigureKey, type FigureKind } from './catalogue.js';
import type { FigurePeriod } from './period.js';
import type { FigureLevel } from './scope.js';
import { suggestFigureKeys } from './suggest.js';

export type TargetLevel = 'province' | 'department' | 'district' | 'commune' | 'all' | null;
export type FigureLinkStatus = 'suggested' | 'confirmed' | 'cleared';

/** The kind of figure a target's unit asks for: a percentage is a rate, points a score, anything else a count. */
export function figureKindOfTarget(unit: string): FigureKind {
  const u = unit.trim().toLowerCase();
  if (u === '%' || u === 'phần trăm') return 'rate';
  if (u === 'điểm') return 'score';
  return 'count';
}

/** Whether a figure can measure a target printed in that unit (a % target a rate, a count a count). */
export const figureFitsTarget = (key: FigureKey, unit: string): boolean =>
  figureDefinition(key).kind === figureKindOfTarget(unit);

/** The best key the target's words suggest among those of the kind it needs, or null. */
export function suggestFigureForTarget(text: string, unit: string): FigureKey | null {
  return suggestFigureKeys(text).find((key) => figureFitsTarget(key, unit)) ?? null;
}

/** The keys a coordinator may link a target to: every figure of the kind it needs. */
export const figuresForTarget = (unit: string): FigureKey[] =>
  FIGURES.filter((f) => f.kind === figureKindOfTarget(unit)).map((f) => f.key);

export interface PeriodForFigure {
  kind: 'month' | 'quarter' | 'half_year' | 'nine_months' | 'year' | 'ad_hoc';
  /** The data window's dates (YYYY-MM-DD); an ad-hoc request's own dates. */
  start: string;
  end: string;
}

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** The figure period of a reporting period of a plan year (see the rule above). */
export function figurePeriodOfReportingPeriod(period: PeriodForFigure, year: number): FigurePeriod {
  if (period.kind === 'ad_hoc') return { from: period.start, to: period.end };
  const lastMonth =
    period.kind === 'year'
      ? 12
      : period.kind === 'nine_months'
        ? 9
        : period.kind === 'half_year'
          ? 6
          : period.kind === 'month'
            ? // A monthly report ("Tháng 4/2025"), like the others, is judged on the year to date: January–April.
              Number(period.end.slice(5, 7))
            : // A quarter: the end of the quarter its window ends in (quý I → March), the year to date.
              Math.ceil(Number(period.end.slice(5, 7)) / 3) * 3;
  return { from: `${year}-01-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}` };
}

/** The level whose figure measures a target of that level; null for a district target (no such level). */
export function figureLevelOfTarget(level: TargetLevel): FigureLevel | null {
  switch (level) {
    case null:
    case 'province':
    case 'all':
      return 'province';
    case 'department':
      return 'departments';
    case 'commune':
      return 'communes';
    case 'district':
      return null;
  }
}
