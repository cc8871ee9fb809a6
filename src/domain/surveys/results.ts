/**
 * The satisfaction results as the screens, the exports and the figure catalogue show them: the counts the
 * database grouped (one row per grouping: a unit and an item, a unit, an item, a pillar, everything) turned
 * into figures with their margin and warning. Every combined figure comes from the database's own sums
 * (Σ satisfied / Σ answers over the rows it stands for), never from averaging shares.
 */
import { formatDateVi } from '../text/format.js';
import { satisfactionFigure, type SatisfactionFigure } from './margin.js';

/** One grouped row: null in a dimension means "all" for it (the grouping set left it out). */
export interface GroupedCount {
  unitId: string | null;
  itemKey: string | null;
  pillar: string | null;
  /** True when the row is a pillar grouping (pillar null then means items with no pillar). */
  byPillar: boolean;
  satisfied: number;
  answers: number;
  respondents: number;
}

export interface FigureRow extends SatisfactionFigure {
  unitId: string | null;
  itemKey: string | null;
  pillar: string | null;
}

export interface SatisfactionResults {
  total: FigureRow | null;
  byUnit: FigureRow[];
  byItem: FigureRow[];
  byPillar: FigureRow[];
  byUnitItem: FigureRow[];
  byUnitPillar: FigureRow[];
}

const figureOf = (row: GroupedCount): FigureRow => ({
  unitId: row.unitId,
  itemKey: row.itemKey,
  pillar: row.pillar,
  ...satisfactionFigure({ satisfied: row.satisfied, answers: row.answers }, row.respondents),
});

/** Sorts the grouped rows into their tables. */
export function shapeResults(rows: readonly GroupedCount[]): SatisfactionResults {
  const results: SatisfactionResults = {
    total: null,
    byUnit: [],
    byItem: [],
    byPillar: [],
    byUnitItem: [],
    byUnitPillar: [],
  };
  for (const row of rows) {
    const figure = figureOf(row);
    if (row.byPillar) (row.unitId ? results.byUnitPillar : results.byPillar).push(figure);
    else if (row.unitId && row.itemKey) results.byUnitItem.push(figure);
    else if (row.unitId) results.byUnit.push(figure);
    else if (row.itemKey) results.byItem.push(figure);
    else results.total = figure;
  }
  return results;
}

/** A share as a percentage with one decimal, the Vietnamese way ("91,7 %"), or "—" without answers. */
export function percentText(share: number | null): string {
  if (share === null) return '—';
  return `${(Math.round(share * 1000) / 10).toFixed(1).replace('.', ',')} %`;
}

/** "± 4,2 điểm" for a margin (share 0–1), or "" without one. */
export function marginText(figure: Pick<SatisfactionFigure, 'interval'>): string {
  return figure.interval
    ? `± ${(Math.round(figure.interval.margin * 1000) / 10).toFixed(1).replace('.', ',')} điểm`
    : '';
}

/** Why a figure is not to be trusted, in Vietnamese (empty when it may be). */
export function warningText(figure: Pick<SatisfactionFigure, 'warnings' | 'respondents' | 'interval'>): string {
  return figure.warnings
    .map((w) =>
      w === 'no_answers'
        ? 'Chưa có câu trả lời.'
        : w === 'few_respondents'
          ? `Mẫu quá nhỏ để tin cậy: ${figure.respondents} người trả lời (cần ít nhất 30).`
          : `Mẫu quá nhỏ để tin cậy: sai số ${marginText(figure)} (quá 10 điểm).`,
    )
    .join(' ');
}

/**
 * Survey points for a scoring criterion filled from the satisfaction share: maximum × share, at most three
 * decimals (the scoring rounds keep three), or null without answers. Only a proposal: the coordinator
 * confirms survey points before they count.
 */
export function surveyPointsOf(maxPoints: number, share: number | null): number | null {
  if (share === null) return null;
  return Math.round(maxPoints * share * 1000) / 1000;
}

/** The responses' dates in words, either bound may be open: "từ ngày 01/01/2025 đến ngày 31/03/2025", null for none. */
export function surveyPeriodText(period: { from?: string | undefined; to?: string | undefined }): string | null {
  if (period.from && period.to) return `từ ngày ${formatDateVi(period.from)} đến ngày ${formatDateVi(period.to)}`;
  if (period.from) return `từ ngày ${formatDateVi(period.from)}`;
  if (period.to) return `đến ngày ${formatDateVi(period.to)}`;
  return null;
}
