/** The national view (issue #17.5): every province's figures side by side and the country's, for the Ministry. */
import { z } from 'zod';
import { isoDate, uuid } from './common.js';
import { figureSelection, figureValue } from './figures.js';
import { FIGURE_SPANS } from '../domain/figures/period.js';

export const nationalFiguresQuery = figureSelection;
export type NationalFiguresQuery = z.infer<typeof nationalFiguresQuery>;
/** As a URL carries it: the figures comma-separated. */
export type NationalFiguresSearch = z.input<typeof nationalFiguresQuery>;

export const nationalFiguresView = z.object({
  year: z.number().int(),
  span: z.enum(FIGURE_SPANS),
  period: z.object({ from: isoDate, to: isoDate }),
  /** Each province, by name: its values combined over its own units, as its own figures page shows them. */
  provinces: z.array(z.object({ provinceId: uuid, code: z.string(), name: z.string(), values: z.array(figureValue) })),
  /** The country's: each unit counted once, a rate Σ numerator / Σ denominator over every province's units. */
  national: z.array(figureValue),
});
export type NationalFiguresView = z.infer<typeof nationalFiguresView>;
