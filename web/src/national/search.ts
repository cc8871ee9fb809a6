import { z } from 'zod';
import type { FigureKey } from '../../../src/domain/figures/catalogue.js';
import { isFigureKey } from '../../../src/domain/figures/catalogue.js';
import { FIGURE_SPANS } from '../../../src/domain/figures/period.js';

/** The national page's filters, kept in the address so a view can be sent to a colleague. */
export const nationalSearch = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  span: z.enum(FIGURE_SPANS).optional().catch(undefined),
  /** The figures shown, comma-separated catalogue keys. */
  keys: z.string().max(2000).optional().catch(undefined),
});
export type NationalSearch = z.infer<typeof nationalSearch>;

/** What the Ministry follows first: the plan's work, reports, service quality, inspections, satisfaction, feedback. */
export const HEADLINE_FIGURES: readonly FigureKey[] = [
  'activities.completion_rate',
  'activities.on_time_rate',
  'reports.on_time_rate',
  'dossiers.on_time_rate',
  'dossiers.online_rate',
  'dossiers.paid_online_rate',
  'dossiers.digitised_rate',
  'registers.inspected_rate',
  'surveys.satisfied_rate',
  'feedback.on_time_rate',
  'indices.PAR_INDEX.score',
];

/** This year, the whole year, the headline figures when the address names nothing (unknown keys dropped). */
export function resolvedNationalSearch(search: NationalSearch, today: Date = new Date()) {
  const keys = (search.keys ?? '').split(',').filter(isFigureKey);
  return {
    year: search.year ?? today.getFullYear(),
    span: search.span ?? ('year' as const),
    keys: keys.length ? keys : [...HEADLINE_FIGURES],
  };
}
