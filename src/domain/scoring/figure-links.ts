/**
 * A criterion's link to a figure: a key of the figure catalogue (domain/figures), one of the two names the
 * first criteria sets used for the same figures (still accepted, so stored and exported sets keep
 * working), or `indicator:<id>` for a plan indicator's value.
 */
import { isFigureKey, type FigureKey } from '../figures/catalogue.js';

/** The names before the catalogue, and the catalogue key each meant. */
export const LEGACY_FIGURE_NAMES = {
  activities_on_time_rate: 'activities.on_time_rate',
  reports_on_time_rate: 'reports.on_time_rate',
} as const satisfies Record<string, FigureKey>;

type LegacyFigureName = keyof typeof LEGACY_FIGURE_NAMES;

export type LinkedFigure = FigureKey | LegacyFigureName | `indicator:${string}`;

const INDICATOR = /^indicator:[A-Za-z0-9_.:-]+$/;

export function isLinkedFigure(text: string): text is LinkedFigure {
  return isFigureKey(text) || Object.hasOwn(LEGACY_FIGURE_NAMES, text) || INDICATOR.test(text);
}

/** The catalogue key a link names, or null (an indicator, or a key no capability offers). */
export function catalogueKeyOf(link: LinkedFigure): FigureKey | null {
  if (isFigureKey(link)) return link;
  return Object.hasOwn(LEGACY_FIGURE_NAMES, link) ? LEGACY_FIGURE_NAMES[link as LegacyFigureName] : null;
}
