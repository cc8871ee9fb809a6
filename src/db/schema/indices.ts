import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { scoringRounds } from './scoring.js';
import { assignments } from './reporting.js';
import { storedFiles } from './plans.js';
import { provinceColumn } from './units.js';

/**
 * A national index the province is measured by (PAR INDEX, SIPAS, PAPI, PCI, DTI, …): data, not code. The five
 * usual ones come from seed/indices/national-indices.json; the coordinator can add another.
 */
export const nationalIndices = pgTable('national_indices', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  publisher: text('publisher').notNull().default(''),
  /** The whole index's maximum, when it has one (PAR INDEX 100, SIPAS 100 %, PCI 100). */
  maxScore: doublePrecision('max_score'),
  /** The areas or sub-indices usually published, each with its maximum: a year may add its own. */
  areas: jsonb('areas')
    .notNull()
    .default(sql`'[]'::jsonb`),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One province's published result of an index for a year: score, rank among how many provinces, and the score of
 * each area with its maximum (and, where printed, its percentage and self-assessed / survey parts). `own` marks the
 * province's own history; before the 2025 merger that history has two provinces, each kept under its own name with
 * a label ("Vĩnh Phúc (trước sáp nhập)"). A correction archives the row and writes a new one. In an installation
 * holding several provinces each keeps its own table (`provinceId`: whose tracker the row is in, and whose `own`).
 */
export const indexResults = pgTable(
  'index_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    indexCode: text('index_code')
      .notNull()
      .references(() => nationalIndices.code),
    year: integer('year').notNull(),
    province: text('province').notNull(),
    provinceId: provinceColumn(),
    /** How the province is shown ("Vĩnh Phúc (trước sáp nhập)"); the name when empty. */
    label: text('label').notNull().default(''),
    own: boolean('own').notNull().default(false),
    score: doublePrecision('score'),
    rank: integer('rank'),
    rankOf: integer('rank_of'),
    /** [{ code, name, score, maxPoints, percent?, selfPoints?, selfMax?, surveyPoints?, surveyMax?, parent? }] */
    areas: jsonb('areas')
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Totals the document declares over other figures ("Khảo sát lãnh đạo 18,51/22 = the survey parts"). */
    declaredSums: jsonb('declared_sums')
      .notNull()
      .default(sql`'[]'::jsonb`),
    publishedOn: date('published_on'),
    sourceNote: text('source_note').notNull().default(''),
    sourceFileId: uuid('source_file_id').references(() => storedFiles.id),
    enteredBy: uuid('entered_by').references(() => users.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    archiveReason: text('archive_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // NULLS NOT DISTINCT in the migration (0037): one live row per tracker, the shared one (null) included.
    uniqueIndex('index_results_one_live')
      .on(t.indexCode, t.year, t.province, t.provinceId)
      .where(sql`${t.archivedAt} IS NULL`),
    index('index_results_index_year').on(t.indexCode, t.year),
  ],
);

/** A target the plan sets on an index for a year: in the top N, up N places, or a score. */
export const indexTargets = pgTable('index_targets', {
  id: uuid('id').primaryKey().defaultRandom(),
  indexCode: text('index_code')
    .notNull()
    .references(() => nationalIndices.code),
  year: integer('year').notNull(),
  /** null: the whole index; otherwise an area's code. */
  areaCode: text('area_code'),
  kind: text('kind', { enum: ['top', 'climb', 'score'] }).notNull(),
  value: doublePrecision('value').notNull(),
  /** The plan's words ("nằm trong nhóm 15 tỉnh, thành phố đứng đầu"). */
  text: text('text').notNull(),
  planId: uuid('plan_id'),
  /** The province whose target it is (its coordinator's). */
  provinceId: provinceColumn(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
});

/** Points lost in an area (or criterion) of a published result, turned into an assignment for an agency. */
export const indexWorkItems = pgTable(
  'index_work_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Points lost in a published result (area or criterion)… */
    resultId: uuid('result_id').references(() => indexResults.id),
    /** …or a criterion of the province's joint round that the Ministry's appraisal deducted. */
    roundId: uuid('round_id').references(() => scoringRounds.id),
    areaCode: text('area_code').notNull(),
    criterionCode: text('criterion_code'),
    lostPoints: doublePrecision('lost_points').notNull(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    /** The item of the year before this one continues in next year's plan. */
    carriedFromId: uuid('carried_from_id').references((): AnyPgColumn => indexWorkItems.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('index_work_items_assignment').on(t.assignmentId),
    check('index_work_items_one_source', sql`(${t.resultId} is null) <> (${t.roundId} is null)`),
    // One assignment per deducted criterion of a round (its continuation next year aside).
    uniqueIndex('index_work_items_round_criterion')
      .on(t.roundId, t.criterionCode)
      .where(sql`${t.roundId} is not null and ${t.carriedFromId} is null`),
  ],
);
