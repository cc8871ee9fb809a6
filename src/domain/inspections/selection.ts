/**
 * The year's inspection plan: which units of a level cchc proposes to inspect to reach the target share
 * ("kiểm tra ít nhất 30%/35%"): units not inspected in the last two years first, then the lowest score of the
 * latest published assessment (where there is one), then the longest since their last inspection; ties by code,
 * so the same data always gives the same proposal. Pure.
 */

export const INSPECTION_LEVELS = ['department', 'district', 'commune'] as const;
export type InspectionLevel = (typeof INSPECTION_LEVELS)[number];

export const INSPECTION_LEVEL_NAMES: Record<InspectionLevel, string> = {
  department: 'Sở, ban, ngành',
  district: 'UBND cấp huyện',
  commune: 'UBND cấp xã',
};

/** The inspection level of a unit of this kind, or null (not inspected by level). */
export const inspectionLevelOf = (kind: string): InspectionLevel | null =>
  kind === 'department' || kind === 'district' || kind === 'commune' ? kind : null;

export interface SelectionCandidate {
  unitId: string;
  code: string;
  name: string;
  /** The last inspection's date, or null when the register has none. */
  lastInspectedOn: string | null;
  /** The unit's score (percent of its maximum) in the latest published assessment, or null. */
  score: number | null;
}

export interface ProposedUnit extends SelectionCandidate {
  /** Why it is proposed, in Vietnamese. */
  reason: string;
  /** Not inspected in the two years before the plan's year. */
  due: boolean;
}

/** How many units reach the share: ⌈units × percent / 100⌉ (30% of 10 communes: 3; 35% of 10: 4). */
export function unitsNeeded(total: number, percent: number): number {
  return Math.max(0, Math.ceil((total * percent) / 100 - 1e-9));
}

const byScore = (a: SelectionCandidate, b: SelectionCandidate) =>
  a.score === b.score ? 0 : a.score === null ? 1 : b.score === null ? -1 : a.score - b.score;
const byLastInspection = (a: SelectionCandidate, b: SelectionCandidate) =>
  (a.lastInspectedOn ?? '') < (b.lastInspectedOn ?? '')
    ? -1
    : (a.lastInspectedOn ?? '') > (b.lastInspectedOn ?? '')
      ? 1
      : 0;

function reasonOf(c: SelectionCandidate, due: boolean, year: number): string {
  const parts = [
    due
      ? c.lastInspectedOn
        ? `Chưa được kiểm tra từ năm ${year - 2} (lần gần nhất năm ${c.lastInspectedOn.slice(0, 4)})`
        : 'Chưa được kiểm tra lần nào'
      : `Đã được kiểm tra năm ${c.lastInspectedOn!.slice(0, 4)}`,
  ];
  if (c.score !== null) parts.push(`điểm đánh giá gần nhất ${c.score.toFixed(1).replace('.', ',')}%`);
  return parts.join('; ');
}

/** Every candidate in the proposal's order, the first `needed` of them proposed. */
export function proposeSelection(
  candidates: readonly SelectionCandidate[],
  percent: number,
  year: number,
): { needed: number; ranked: (ProposedUnit & { proposed: boolean })[] } {
  const since = `${year - 2}-01-01`;
  const ranked = candidates
    .map((c) => ({ ...c, due: c.lastInspectedOn === null || c.lastInspectedOn < since }))
    .sort(
      (a, b) => Number(b.due) - Number(a.due) || byScore(a, b) || byLastInspection(a, b) || (a.code < b.code ? -1 : 1),
    );
  const needed = unitsNeeded(candidates.length, percent);
  return {
    needed,
    ranked: ranked.map((c, i) => ({ ...c, reason: reasonOf(c, c.due, year), proposed: i < needed })),
  };
}
