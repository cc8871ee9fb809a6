import { check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { ColumnMapping, PlanReading } from '../../domain/plan/column-mapping.js';
import type { PlanV1 } from '../../domain/plan/types.js';
import type { ReportingCalendar } from '../../domain/reporting/reporting-calendar.js';
import { users } from './auth.js';
import { provinceColumn } from './units.js';

/** A multi-year programme ("Chương trình CCHC giai đoạn 2021–2025") grouping the yearly plans of its years. */
export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    provinceId: provinceColumn(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('programmes_years', sql`${t.startYear} <= ${t.endYear}`)],
);

/** A named plan ("Kế hoạch CCHC năm 2025"); its content lives in immutable versions. */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    documentNumber: text('document_number'),
    currentVersion: integer('current_version').notNull(),
    provinceId: provinceColumn(),
    /** The programme whose years include this plan's year, if it belongs to one. */
    programmeId: uuid('programme_id').references(() => programmes.id),
    /**
     * The plan this one was made from as next year's plan (its unfinished activities carried over). Unique:
     * two coordinators asking at once for next year's plan of the same plan get one plan, not two.
     */
    carriedFromPlanId: uuid('carried_from_plan_id').unique('plans_carried_from_plan'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** The reporting calendar the coordinator set (periods, due days per period and level, data window); null: the defaults. */
    reportingCalendar: jsonb('reporting_calendar').$type<ReportingCalendar>(),
  },
  (t) => [index('plans_programme_idx').on(t.programmeId), index('plans_province_idx').on(t.provinceId)],
);

/** Committed content is never overwritten: a revised document becomes version n+1. */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    version: integer('version').notNull(),
    content: jsonb('content').$type<PlanV1>().notNull(),
    sourceFileId: uuid('source_file_id').references(() => storedFiles.id),
    note: text('note'),
    committedBy: uuid('committed_by').references(() => users.id),
    committedAt: timestamp('committed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('plan_versions_plan_version').on(t.planId, t.version)],
);

/** An uploaded document being reviewed before it is committed as a plan (or a new version of one). */
export const planImports = pgTable(
  'plan_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    status: text('status', { enum: ['open', 'committed', 'discarded'] })
      .notNull()
      .default('open'),
    basePlanId: uuid('base_plan_id').references(() => plans.id),
    provinceId: provinceColumn(),
    content: jsonb('content').$type<PlanV1>().notNull(),
    sourceFileId: uuid('source_file_id')
      .notNull()
      .references(() => storedFiles.id),
    /** The readable text of each source row, by activity id, shown beside the row under review. */
    sourceRows: jsonb('source_rows').$type<Record<string, string>>().notNull(),
    /** How sure the reader was of the appendix, with the candidate tables (null for drafts read before it was kept). */
    reading: jsonb('reading').$type<PlanReading>(),
    /** The coordinator's column mapping the draft was read with, re-applied to a revised document of the plan. */
    columnMapping: jsonb('column_mapping').$type<ColumnMapping>(),
    /** The activities a person corrected in review since the document was last read (a re-reading drops them). */
    revisedActivityIds: jsonb('revised_activity_ids').$type<string[]>().notNull().default([]),
    asOf: text('as_of').notNull(),
    committedVersionId: uuid('committed_version_id'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_imports_status_idx').on(t.status)],
);

/** Metadata of a file kept in the FileStore; the bytes are stored before this row is committed. */
export const storedFiles = pgTable('stored_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  storageKey: text('storage_key').notNull(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  uploadedBy: uuid('uploaded_by').references(() => users.id),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});
