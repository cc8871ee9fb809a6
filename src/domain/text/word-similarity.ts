import { foldVietnamese } from './fold.js';

/** The words of a text, folded (no diacritics, lower case): what two wordings of one activity share. */
export const wordSet = (text: string): Set<string> =>
  new Set(
    foldVietnamese(text)
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );

/** Jaccard similarity of two word sets: shared words over all words (0 when either is empty). */
export function wordSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
