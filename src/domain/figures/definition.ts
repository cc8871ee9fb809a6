/**
 * What a figure is: its key, kind, Vietnamese and English name and definition. Each capability lists its
 * figures in a file of its own under domain/figures/ with `defineFigures`, and catalogue.ts joins the lists.
 * (Kept apart from catalogue.ts so the capability lists can use it without importing the catalogue.)
 */

/** A rate has a numerator and a denominator; a count is summed; a score is read as given. */
export type FigureKind = 'rate' | 'count' | 'score';

export interface FigureDefinition {
  /** `<capability>.<figure>`, e.g. `activities.on_time_rate`. */
  key: string;
  kind: FigureKind;
  name: { vi: string; en: string };
  definition: { vi: string; en: string };
  unit?: 'percent' | 'points' | 'items';
  /**
   * How plans and reports word the figure ("tỷ lệ hồ sơ giải quyết đúng hạn"): a plan indicator whose text
   * holds every word of one of these phrases is offered this key at import (suggest.ts), for the coordinator to confirm.
   */
  words?: readonly string[];
}

/** A capability's figures, with their keys kept as literal types (so `FigureKey` lists them all). */
export function defineFigures<const T extends readonly FigureDefinition[]>(list: T): T {
  return list;
}
