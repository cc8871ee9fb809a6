/**
 * The satisfaction figure of a survey: the share of answers 4 (hài lòng) or 5 (rất hài lòng) on a five-point
 * item among the answers given. An item left blank, or a conditional item the respondent was never shown, is
 * not an answer and is in no denominator. Pillars, units and periods combine their items as
 * Σ satisfied / Σ answers (never an average of percentages).
 */

/** The five points of the scale: 1 rất không hài lòng … 5 rất hài lòng. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
/** An answer at or above this point counts as satisfied. */
export const SATISFIED_FROM = 4;

/** One five-point answer slot: `null` when left blank or not shown (a condition not met). */
export type ScaleAnswer = number | null | undefined;

export interface SatisfactionCount {
  /** Answers of 4 or 5. */
  satisfied: number;
  /** Answers given (1–5); blanks and items not shown are not counted. */
  answers: number;
}

export const EMPTY_COUNT: SatisfactionCount = { satisfied: 0, answers: 0 };

/** Whether a value is an answer on the scale (an integer 1–5). */
export function isScaleAnswer(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX;
}

/** Counts a list of answer slots: blanks (null, undefined) and anything off the scale are left out. */
export function countAnswers(values: Iterable<ScaleAnswer>): SatisfactionCount {
  let satisfied = 0;
  let answers = 0;
  for (const value of values) {
    if (!isScaleAnswer(value)) continue;
    answers += 1;
    if (value >= SATISFIED_FROM) satisfied += 1;
  }
  return { satisfied, answers };
}

/** Σ satisfied / Σ answers of several counts (items into a pillar, units into a level, periods into a year). */
export function combineCounts(counts: Iterable<SatisfactionCount>): SatisfactionCount {
  let satisfied = 0;
  let answers = 0;
  for (const count of counts) {
    satisfied += count.satisfied;
    answers += count.answers;
  }
  return { satisfied, answers };
}

/** The share satisfied, 0–1, or `null` when there is no answer (never a 0 % verdict on nothing). */
export function satisfiedShare(count: SatisfactionCount): number | null {
  return count.answers > 0 ? count.satisfied / count.answers : null;
}

/** An item of a questionnaire as the computation needs it: its id, its pillar, and an optional condition. */
export interface ScaleItem {
  id: string;
  pillar?: string | null;
  /** Shown only when the item `itemId` was answered with one of `anyOf` (a scale answer as '1'…'5'). */
  condition?: { itemId: string; anyOf: readonly string[] } | null;
}

/** One respondent's answers by item key (a five-point item holds a number; other items anything). */
export type ResponseAnswers = Readonly<Record<string, unknown>>;

/** Whether an item was shown to a respondent: no condition, or its condition met by the answers given. */
export function itemShown(item: ScaleItem, answers: ResponseAnswers): boolean {
  if (!item.condition) return true;
  const given = answers[item.condition.itemId];
  if (given === null || given === undefined) return false;
  const values: unknown[] = Array.isArray(given) ? given : [given];
  return values.some((value) => item.condition!.anyOf.includes(String(value)));
}

export interface ItemCount extends SatisfactionCount {
  id: string;
  pillar: string | null;
}

/**
 * Counts each five-point item over the responses. An item not shown to a respondent (its condition unmet)
 * is skipped even if a value was sent for it; a blank is skipped.
 */
export function countByItem(items: readonly ScaleItem[], responses: Iterable<ResponseAnswers>): ItemCount[] {
  const counts = items.map((item) => ({ id: item.id, pillar: item.pillar ?? null, satisfied: 0, answers: 0 }));
  for (const answers of responses) {
    items.forEach((item, index) => {
      if (!itemShown(item, answers)) return;
      const value = answers[item.id];
      if (!isScaleAnswer(value)) return;
      const count = counts[index]!;
      count.answers += 1;
      if (value >= SATISFIED_FROM) count.satisfied += 1;
    });
  }
  return counts;
}

/** Items' counts combined per pillar (Σ over the pillar's items), in the order pillars first appear. */
export function countByPillar(itemCounts: readonly ItemCount[]): { pillar: string | null; count: SatisfactionCount }[] {
  const byPillar = new Map<string | null, SatisfactionCount>();
  for (const item of itemCounts) {
    const sum = byPillar.get(item.pillar) ?? { satisfied: 0, answers: 0 };
    sum.satisfied += item.satisfied;
    sum.answers += item.answers;
    byPillar.set(item.pillar, sum);
  }
  return [...byPillar].map(([pillar, count]) => ({ pillar, count }));
}
