/**
 * Which activity of the province plan each activity of a unit's own plan carries out. Units copy the province's
 * wording and add their own ("Xây dựng, ban hành Kế hoạch kiểm tra văn bản QPPL năm 2025 của Sở"), so the
 * wording decides: the province activity sharing the most words (Jaccard over folded words, of the activities alone
 * or of activity, task and deliverable together, whichever is closer), those assigned to the unit preferred, none
 * below the threshold (the unit's own initiative). Pure; the unit confirms or changes it.
 */
import { wordSet, wordSimilarity } from '../text/word-similarity.js';

/** An activity's wording: its activity cell, and the task, activity and deliverable together. */
export interface Wording {
  activity: string;
  full: string;
}

export interface ProvinceActivity extends Wording {
  id: string;
  /** Assigned to the unit (as lead or cooperating): the likelier source of its own line. */
  assigned: boolean;
}

/** Below this share of shared words, a line is the unit's own, not a province activity reworded. */
export const LINK_THRESHOLD = 0.3;
/** What being assigned to the unit weighs against wording. */
const ASSIGNED_BONUS = 0.1;

/** For each of the unit's lines, the province activity it carries out, or null. */
export function suggestActivityLinks(unitLines: readonly Wording[], province: readonly ProvinceActivity[]) {
  const words = (w: Wording) => ({ activity: wordSet(w.activity), full: wordSet(w.full) });
  const candidates = province.map((p) => ({ ...p, words: words(p) }));
  return unitLines.map((line) => {
    const own = words(line);
    let best: { id: string; score: number } | null = null;
    for (const c of candidates) {
      const similarity = Math.max(
        wordSimilarity(own.activity, c.words.activity),
        wordSimilarity(own.full, c.words.full),
      );
      if (similarity < LINK_THRESHOLD) continue;
      const score = similarity + (c.assigned ? ASSIGNED_BONUS : 0);
      if (!best || score > best.score) best = { id: c.id, score };
    }
    return best?.id ?? null;
  });
}
