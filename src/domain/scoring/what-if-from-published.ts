/**
 * The what-if planner started from a published result: the Ministry publishes the province's PAR INDEX per area
 * (entered in the national indices tracker), not per criterion, so each area's published points are spread over
 * its scored criteria to give the planner a "last year" that adds up to the published area scores.
 * A criterion scored by yes/no is met while the area's points still cover its maximum (in code order); criteria
 * entered directly or as a rate share what remains in proportion to their maxima; criteria scored by tiers or a
 * formula cannot be set from a total and are entered as 0 (what they would have carried stays unfilled, reported).
 */
import { formatNumberVi } from '../text/format.js';
import { fromMilli, toMilli } from './decimal.js';
import { isScoredLeaf, kindOf, walk } from './tree.js';
import type { CriteriaSet, LeafEntry } from './types.js';
import { zeroEntry } from './unanswered.js';

export interface PublishedArea {
  code: string;
  score: number | null;
}

export interface StartArea {
  code: string;
  title: string;
  maxPoints: number;
  /** The published area score (null: not published, the area starts at 0). */
  published: number | null;
  /** What the filled entries give this area; differs from the published score only where noted in `note`. */
  prefilled: number;
  note: string | null;
}

export function whatIfStartFromPublished(
  set: CriteriaSet,
  published: readonly PublishedArea[],
): { entries: Record<string, LeafEntry>; areas: StartArea[] } {
  const entries: Record<string, LeafEntry> = {};
  const areas: StartArea[] = [];
  const byCode = new Map(published.map((a) => [a.code, a.score]));
  for (const area of set.nodes.filter((n) => kindOf(n) === 'criterion')) {
    const leaves = walk([area])
      .filter((v) => isScoredLeaf(v.node) && !v.underBonusOrPenalty && kindOf(v.node) === 'criterion')
      .map((v) => v.node);
    const maxMilli = toMilli(area.maxPoints ?? 0);
    const score = byCode.get(area.code) ?? null;
    let left = score === null ? 0 : Math.min(toMilli(score), maxMilli);
    let filled = 0;
    const shared = leaves.filter((l) => l.method?.type === 'manual' || l.method?.type === 'proportional');
    const capacity = shared.reduce((sum, l) => sum + toMilli(l.maxPoints ?? 0), 0);
    for (const leaf of leaves) {
      if (leaf.method?.type !== 'yes_no') continue;
      const max = toMilli(leaf.maxPoints ?? 0);
      // Met only where it fits and the shared criteria could not hold the points left on their own.
      const take = max <= left && left > capacity;
      entries[leaf.code] = { value: take };
      if (take) {
        left -= max;
        filled += max;
      }
    }
    const ratio = capacity > 0 ? Math.min(1, left / capacity) : 0;
    let remaining = Math.min(left, capacity);
    shared.forEach((leaf, k) => {
      const max = toMilli(leaf.maxPoints ?? 0);
      // The last one takes the rounding remainder, so the area adds up to the published figure.
      const milli = k === shared.length - 1 ? Math.min(max, remaining) : Math.min(max, Math.round(max * ratio));
      remaining -= milli;
      filled += milli;
      entries[leaf.code] =
        leaf.method?.type === 'manual' ? { value: fromMilli(milli) } : { value: max > 0 ? (milli * 100) / max : 0 };
    });
    for (const leaf of leaves) {
      if (entries[leaf.code]) continue;
      const zero = zeroEntry(leaf);
      if (zero) entries[leaf.code] = zero;
    }
    const missing = score === null ? 0 : Math.min(toMilli(score), maxMilli) - filled;
    areas.push({
      code: area.code,
      title: area.title,
      maxPoints: fromMilli(maxMilli),
      published: score,
      prefilled: fromMilli(filled),
      note:
        score === null
          ? 'Chưa có điểm công bố của lĩnh vực: bắt đầu từ 0.'
          : missing > 0
            ? `Còn ${formatNumberVi(fromMilli(missing))} điểm công bố không gán được cho tiêu chí nào (tiêu chí chấm theo mức hoặc công thức): nhập tay.`
            : null,
    });
  }
  return { entries, areas };
}
