/**
 * The catalogue keys a plan indicator's words suggest ("Tỷ lệ nhiệm vụ hoàn thành đúng hạn đạt 100%" →
 * activities.on_time_rate), best first: a key is offered when every word of one of its phrases is in the
 * text, diacritics and case aside. Only a suggestion: the coordinator confirms the link.
 */
import { foldVietnamese } from '../text/fold.js';
import { FIGURES, type FigureKey } from './catalogue.js';

const wordsOf = (text: string) =>
  foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

export function suggestFigureKeys(text: string): FigureKey[] {
  const present = new Set(wordsOf(text));
  const scored = FIGURES.flatMap((figure) => {
    const definition: { key: FigureKey; words?: readonly string[] } = figure;
    const matched = (definition.words ?? []).map(wordsOf).filter((phrase) => phrase.every((w) => present.has(w)));
    // The longest phrase matched decides: more of the text's words explained is a closer match.
    const best = Math.max(0, ...matched.map((phrase) => phrase.length));
    return best > 0 ? [{ key: definition.key, best }] : [];
  });
  return scored.sort((a, b) => b.best - a.best).map((s) => s.key);
}
