/** The service-quality page (QĐ 766): per unit and level, the six groups, total, rank, dossier figures and trend. */
import { z } from 'zod';
import { FIGURE_SPANS } from '../domain/figures/period.js';
import { FIGURE_LEVELS } from '../domain/figures/scope.js';
import { SERVICE_QUALITY_GROUPS } from '../domain/service-quality/groups.js';
import { uuid } from './common.js';

export const serviceQualityQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).meta({ label: 'Năm' }),
  /** The year, its first 9 or 6 months, a quarter (q1…q4) or a month (m1…m12). */
  span: z.enum(FIGURE_SPANS).default('year').meta({ label: 'Kỳ' }),
  /** The province's departments, its communes, or every unit; a unit's reporter sees their own unit whatever is asked. */
  level: z.enum(FIGURE_LEVELS).default('departments').meta({ label: 'Cấp' }),
  /** One unit only (a unit's reporter: their own, the default for them). */
  unitId: uuid.optional(),
});
export type ServiceQualityQuery = z.infer<typeof serviceQualityQuery>;

const period = z.object({ from: z.string(), to: z.string() });

export const groupScoreView = z.object({
  group: z.enum(SERVICE_QUALITY_GROUPS),
  max: z.number(),
  published: z.number().nullable(),
  recomputed: z.number().nullable(),
  differs: z.boolean(),
});

export const dossierFigureRowView = z.object({
  received: z.number().nullable(),
  onTimeRate: z.number().nullable(),
  late: z.number().nullable(),
  lateWithoutApology: z.number().nullable(),
  onlineRate: z.number().nullable(),
  paidOnlineRate: z.number().nullable(),
  digitisedRate: z.number().nullable(),
});

export const trendPointView = z.object({
  span: z.enum(FIGURE_SPANS),
  total: z.number().nullable(),
  onTimeRate: z.number().nullable(),
});

export const serviceQualityRowView = z.object({
  /** null: the level's own row. */
  unitId: uuid.nullable(),
  unitName: z.string(),
  unitCode: z.string().nullable(),
  groups: z.array(groupScoreView),
  total: z.number().nullable(),
  /** Competition ranking on the total within the level (5, 5, 7); null without a total or outside a level. */
  rank: z.number().int().nullable(),
  rankedOf: z.number().int().nullable(),
  dossiers: dossierFigureRowView,
  /** The same unit's total and on-time rate over the periods of the year up to the one chosen. */
  trend: z.array(trendPointView),
});
export type ServiceQualityRowView = z.infer<typeof serviceQualityRowView>;

export const serviceQualityView = z.object({
  year: z.number().int(),
  span: z.enum(FIGURE_SPANS),
  period,
  /** 'unit' when one unit is shown (a unit's reporter always). */
  scope: z.enum(['unit', ...FIGURE_LEVELS]),
  trendSpans: z.array(z.object({ span: z.enum(FIGURE_SPANS), period })),
  /** The level's own row: published scores only where the portal publishes one (the province), dossiers Σnum/Σden. */
  levelRow: serviceQualityRowView.nullable(),
  rows: z.array(serviceQualityRowView),
});
export type ServiceQualityView = z.infer<typeof serviceQualityView>;
