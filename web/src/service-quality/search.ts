import { z } from 'zod';
import { FIGURE_SPANS } from '../../../src/domain/figures/period.js';
import { FIGURE_LEVELS } from '../../../src/domain/figures/scope.js';

/** The service-quality page's filters, kept in the address (and carried by its drill-down for the way back). */
export const serviceQualitySearch = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  span: z.enum(FIGURE_SPANS).optional().catch(undefined),
  level: z.enum(FIGURE_LEVELS).optional().catch(undefined),
});
export type ServiceQualitySearch = z.infer<typeof serviceQualitySearch>;

/** The late dossiers list adds its page. */
export const lateDossiersSearch = serviceQualitySearch.extend({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type LateDossiersSearch = z.infer<typeof lateDossiersSearch>;

/** What the page shows when the address names nothing: this year, the whole year so far, the departments. */
export function resolvedSearch(search: ServiceQualitySearch, today: Date = new Date()) {
  return {
    year: search.year ?? today.getFullYear(),
    span: search.span ?? ('year' as const),
    level: search.level ?? ('departments' as const),
  };
}
