/**
 * Typo-tolerant comparison of name keys (see nameKey): a trigram index finds the few keys worth
 * comparing, then a score mixes word-level agreement (rare words weigh more, so "cấp tỉnh" and
 * "cấp xã" stay apart even though "Ủy ban nhân dân cấp" is shared) with character edit distance.
 */

export interface SimilarKey {
  key: string;
  score: number;
}

export class KeyIndex {
  private readonly keys: string[] = [];
  private readonly byTrigram = new Map<string, number[]>();
  private readonly wordWeights = new Map<string, number>();
  private readonly trigramCounts: number[] = [];

  constructor(keys: Iterable<string>) {
    const documentFrequency = new Map<string, number>();
    for (const key of new Set(keys)) {
      const id = this.keys.push(key) - 1;
      const grams = trigrams(key);
      this.trigramCounts.push(grams.size);
      for (const gram of grams) {
        const list = this.byTrigram.get(gram);
        if (list) list.push(id);
        else this.byTrigram.set(gram, [id]);
      }
      for (const word of new Set(key.split(' '))) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    }
    const total = Math.max(1, this.keys.length);
    for (const [word, frequency] of documentFrequency) this.wordWeights.set(word, Math.log(1 + total / frequency));
  }

  /** The best few keys for a query, best first. */
  closest(query: string, limit = 3): SimilarKey[] {
    const grams = trigrams(query);
    const shared = new Map<number, number>();
    for (const gram of grams) {
      for (const id of this.byTrigram.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const shortlist = [...shared.entries()]
      .map(([id, count]) => ({ id, dice: (2 * count) / (grams.size + (this.trigramCounts[id] ?? 0)) }))
      .filter((c) => c.dice >= 0.3)
      .sort((a, b) => b.dice - a.dice)
      .slice(0, 12);
    return (
      shortlist
        .map(({ id }) => this.keys[id] ?? '')
        // The query's most telling word must be there: "Sở Ngoại vụ" is not "Sở Nội vụ".
        .filter((key) => this.hasRarestWord(query, key))
        .map((key) => ({ key, score: 0.6 * this.wordAgreement(query, key) + 0.4 * editSimilarity(query, key) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
    );
  }

  /** Weighted share of words found in both (a word may carry one typo). */
  private wordAgreement(a: string, b: string): number {
    const wordsA = a.split(' ');
    const wordsB = b.split(' ');
    const unused = [...wordsB];
    let matched = 0;
    for (const word of wordsA) {
      const at = unused.findIndex((other) => sameWord(word, other));
      if (at >= 0) {
        matched += this.weight(word) + this.weight(unused[at] ?? word);
        unused.splice(at, 1);
      }
    }
    const total = wordsA.reduce((s, w) => s + this.weight(w), 0) + wordsB.reduce((s, w) => s + this.weight(w), 0);
    return total === 0 ? 0 : matched / total;
  }

  private hasRarestWord(query: string, key: string): boolean {
    const words = query.split(' ');
    const rarest = words.reduce((best, word) => (this.weight(word) > this.weight(best) ? word : best), words[0] ?? '');
    return key.split(' ').some((other) => sameWord(rarest, other));
  }

  private weight(word: string): number {
    return this.wordWeights.get(word) ?? Math.log(1 + this.keys.length);
  }
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const longest = Math.max(a.length, b.length);
  if (longest < 4) return false;
  return editDistance(a, b) <= (longest >= 8 ? 2 : 1);
}

function trigrams(key: string): Set<string> {
  const padded = `  ${key} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

export function editSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
