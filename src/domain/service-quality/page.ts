/**
 * The service-quality page, pure: the periods a trend runs over, each unit's six published group scores
 * (with cchc's recomputation and the > 0,01 flag), its total and its competition rank, and the dossier
 * figures the catalogue computes shaped as one row. A unit without data has null, never 0.
 */
import { periodOfSpan, type FigurePeriod, type FigureSpan } from '../figures/period.js';
import { GROUP_MAX, SERVICE_QUALITY_GROUPS, type ServiceQualityGroup } from './groups.js';
import type { StoredGroupFigure } from './figure-values.js';
import { competitionRanks, totalScore } from './total.js';

export interface GroupScore {
  group: ServiceQualityGroup;
  max: number;
  /** As the portal published it: the official score. */
  published: number | null;
  /** cchc's recomputation from the row's own counts (null where the row carries none). */
  recomputed: number | null;
  /** Published and recomputed differ by more than 0,01 points. */
  differs: boolean;
}

/** The six groups of one unit from its stored portal rows for one period; a group not published is null. */
export function groupScoresOf(
  rows: readonly Pick<StoredGroupFigure, 'groupCode' | 'publishedScore' | 'recomputedScore' | 'differs'>[],
): GroupScore[] {
  const byGroup = new Map(rows.map((r) => [r.groupCode, r]));
  return SERVICE_QUALITY_GROUPS.map((group) => {
    const row = byGroup.get(group);
    return {
      group,
      max: GROUP_MAX[group],
      published: row?.publishedScore ?? null,
      recomputed: row?.recomputedScore ?? null,
      differs: row?.differs ?? false,
    };
  });
}

/** The total of the groups published (null when none is). */
export const totalOfGroups = (groups: readonly GroupScore[]): number | null =>
  totalScore(groups.map((g) => g.published));

/** Competition ranking on the totals (5, 5, 7): the rank of each item and how many were ranked. */
export function rankByTotal<T>(
  items: readonly T[],
  total: (item: T) => number | null,
): { rank: number | null; of: number }[] {
  const ranks = competitionRanks(items, total);
  const of = ranks.filter((r) => r !== null).length;
  return ranks.map((rank) => ({ rank, of }));
}

/** The spans a trend runs over up to the chosen one: months for a month, quarters otherwise. */
export function trendSpansOf(span: FigureSpan): FigureSpan[] {
  const month = /^m(\d+)$/.exec(span);
  if (month) return Array.from({ length: Number(month[1]) }, (_, i) => `m${i + 1}` as FigureSpan);
  const lastQuarter = { q1: 1, q2: 2, q3: 3, q4: 4, first_half: 2, nine_months: 3, year: 4 }[span as string] ?? 4;
  return Array.from({ length: lastQuarter }, (_, i) => `q${i + 1}` as FigureSpan);
}

export interface TrendPeriod {
  span: FigureSpan;
  period: FigurePeriod;
}

/** The trend's periods of a year up to the chosen span, leaving out those not begun on `today`. */
export function trendPeriods(year: number, span: FigureSpan, today: string): TrendPeriod[] {
  return trendSpansOf(span)
    .map((s) => ({ span: s, period: periodOfSpan(year, s) }))
    .filter((p) => p.period.from <= today);
}

/** The dossier figures the page shows; each null when the unit had no dossier in the period. */
export interface DossierFigureRow {
  received: number | null;
  onTimeRate: number | null;
  late: number | null;
  lateWithoutApology: number | null;
  onlineRate: number | null;
  paidOnlineRate: number | null;
  digitisedRate: number | null;
}

/** The catalogue keys the page reads (domain/figures/dossier-figures.ts). */
export const PAGE_DOSSIER_KEYS = [
  'dossiers.received',
  'dossiers.on_time_rate',
  'dossiers.late',
  'dossiers.late_with_apology_rate',
  'dossiers.online_rate',
  'dossiers.paid_online_rate',
  'dossiers.digitised_rate',
] as const;
export type PageDossierKey = (typeof PAGE_DOSSIER_KEYS)[number];

interface KeyedValue {
  key: string;
  numerator: number | null;
  value: number | null;
}

/**
 * One unit's (or a level's) catalogue values as the page's row. Late without apology is the late dossiers
 * less those with an apology (the apology rate's numerator, at most the late ones).
 */
export function dossierFigureRow(values: readonly KeyedValue[]): DossierFigureRow {
  const of = (key: PageDossierKey) => values.find((v) => v.key === key);
  const late = of('dossiers.late')?.value ?? null;
  const apologised = of('dossiers.late_with_apology_rate')?.numerator ?? null;
  return {
    received: of('dossiers.received')?.value ?? null,
    onTimeRate: of('dossiers.on_time_rate')?.value ?? null,
    late,
    lateWithoutApology: late === null ? null : late - (apologised ?? 0),
    onlineRate: of('dossiers.online_rate')?.value ?? null,
    paidOnlineRate: of('dossiers.paid_online_rate')?.value ?? null,
    digitisedRate: of('dossiers.digitised_rate')?.value ?? null,
  };
}

/** How many calendar days (Vietnam) a dossier ended, or is still open, after its due instant; null when not late. */
export function daysLate(dueAt: Date | null, endedAt: Date | null, judgedAt: Date): number | null {
  if (!dueAt) return null;
  const end = endedAt ?? judgedAt;
  if (end.getTime() <= dueAt.getTime()) return null;
  const day = (d: Date) => Math.floor((d.getTime() + 7 * 3600_000) / 86_400_000);
  return Math.max(1, day(end) - day(dueAt));
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A span as the page and its export name it in Vietnamese ("Quý II", "Tháng 3", "9 tháng"). */
export function spanLabelVi(span: FigureSpan): string {
  if (span === 'year') return 'Cả năm';
  if (span === 'nine_months') return '9 tháng';
  if (span === 'first_half') return '6 tháng';
  if (span.startsWith('q')) return `Quý ${ROMAN[Number(span.slice(1)) - 1]}`;
  return `Tháng ${span.slice(1)}`;
}
