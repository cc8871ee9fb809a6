import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { units } from './units.js';

/**
 * A group's score for a unit and period as the national portal published it (QĐ 766), with the counts
 * and quality remarks of the row it came from. The published score is the official one; the recomputed
 * score sits beside it as a check and never replaces it.
 */
export const serviceFigures = pgTable(
  'service_figures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    groupCode: text('group_code', { enum: ['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH'] }).notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    /** The row as the portal named it, kept so a wrong match can be seen and corrected. */
    departmentId: text('department_id'),
    departmentCode: text('department_code'),
    departmentName: text('department_name'),
    level: text('level'),
    publishedScore: doublePrecision('published_score'),
    publishedMaxScore: doublePrecision('published_max_score'),
    publishedRatio: doublePrecision('published_ratio'),
    scoreDelta: doublePrecision('score_delta'),
    recomputedScore: doublePrecision('recomputed_score'),
    /** Published and recomputed differ by more than 0.01 points. */
    differs: boolean('differs').notNull().default(false),
    /** The tree row's counts, by the portal's field names. */
    counts: jsonb('counts')
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** Each metric's code, name, numerator, denominator, ratio, score and maximum, as published. */
    metrics: jsonb('metrics')
      .notNull()
      .default(sql`'[]'::jsonb`),
    qualityFlags: jsonb('quality_flags')
      .notNull()
      .default(sql`'[]'::jsonb`),
    sourceFile: text('source_file').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('service_figures_unit_group_period').on(t.unitId, t.groupCode, t.periodFrom, t.periodTo)],
);

/** The portal's id of a unit, remembered on its first match so later imports need no name matching. */
export const portalDepartments = pgTable('portal_departments', {
  departmentId: text('department_id').primaryKey(),
  unitId: uuid('unit_id')
    .notNull()
    .references(() => units.id),
  departmentCode: text('department_code'),
  departmentName: text('department_name'),
  linkedAt: timestamp('linked_at', { withTimezone: true }).notNull(),
});
