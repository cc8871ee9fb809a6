/** The figure catalogue (domain/figures) over HTTP: its definitions, and values for a unit or a level and a period. */
import { z } from 'zod';
import { FIGURE_KEYS, isFigureKey, type FigureKey } from '../domain/figures/catalogue.js';
import { FIGURE_SPANS } from '../domain/figures/period.js';
import { FIGURE_LEVELS } from '../domain/figures/scope.js';
import { isoDate, uuid } from './common.js';

const figureKey = z.string().refine(isFigureKey) as unknown as z.ZodType<FigureKey>;
const text = z.object({ vi: z.string(), en: z.string() });

export const figureDefinition = z.object({
  key: figureKey,
  kind: z.enum(['rate', 'count', 'score']),
  name: text,
  definition: text,
  unit: z.enum(['percent', 'points', 'items']).optional(),
  /** How plans word the figure: what a plan indicator's link is suggested from. */
  words: z.array(z.string()).optional(),
});
export const figureCatalogue = z.array(figureDefinition);

/** Which figures over which period: comma-separated catalogue keys (all when absent), a year and a span of it. */
export const figureSelection = z.object({
  keys: z
    .string()
    .max(2000)
    .transform((s) =>
      s
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    )
    .refine((keys) => keys.every(isFigureKey), {
      error: (issue) =>
        `không có trong danh mục số liệu: ${(issue.input as string[]).filter((k) => !isFigureKey(k)).join(', ')}`,
    })
    .optional()
    .meta({ label: 'Mã số liệu' }),
  year: z.coerce.number().int().min(2000).max(2100),
  /** The year, its first 9 or 6 months, a quarter (q1…q4) or a month (m1…m12). */
  span: z.enum(FIGURE_SPANS).default('year').meta({ label: 'Kỳ' }),
});

export const figuresQuery = figureSelection
  .extend({
    /** One unit; without it and `level`, the whole province (a unit's reporters: their own unit). */
    unitId: uuid.optional(),
    level: z.enum(FIGURE_LEVELS).optional(),
  })
  .refine((q) => !(q.unitId && q.level), { error: 'chọn một đơn vị hoặc một cấp, không chọn cả hai', path: ['level'] });
export type FiguresQuery = z.infer<typeof figuresQuery>;

export const figureValue = z.object({
  key: figureKey,
  unitId: uuid.nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** null: no data (never shown as 0). */
  value: z.number().nullable(),
  source: z.object({ label: z.string(), link: z.string().optional() }),
  unitsCovered: z.number().int().optional(),
});

export const figuresView = z.object({
  period: z.object({ from: isoDate, to: isoDate }),
  scope: z.union([z.object({ unitId: uuid }), z.object({ level: z.enum(FIGURE_LEVELS) })]),
  values: z.array(figureValue),
  units: z.array(figureValue),
});
export type FiguresView = z.infer<typeof figuresView>;

export { FIGURE_KEYS };
