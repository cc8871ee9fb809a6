import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { storedFiles } from './plans.js';
import { provinceColumn, units } from './units.js';

/**
 * One administrative-procedure dossier, keyed by its code (MaHoSo) so a re-import of an overlapping month
 * updates the row. Only the facts the service-quality figures need are kept; the processing unit is the
 * directory unit it was matched to (its successor when it had ended), with the name as the export wrote it.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    code: text('code').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitName: text('unit_name').notNull(),
    procedureCode: text('procedure_code'),
    fieldCode: text('field_code'),
    /** 1 in person, 2 online, 3 public postal service (KenhThucHien). */
    channel: smallint('channel').notNull(),
    /** TrangThaiHoSo 1–10, as exported. */
    status: smallint('status'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** Local calendar day of receipt: the aggregates' key. */
    receivedOn: date('received_on').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** The end of processing: the first of processed, returned, refused. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    refusedAt: timestamp('refused_at', { withTimezone: true }),
    feeBearing: boolean('fee_bearing').notNull().default(false),
    paidOnline: boolean('paid_online').notNull().default(false),
    digitised: boolean('digitised').notNull().default(false),
    /** Null when the export does not say. */
    lateApology: boolean('late_apology'),
    importId: uuid('import_id').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dossiers_unit_received_idx').on(t.unitId, t.receivedOn)],
);

/** The counts both aggregate tables keep, column for column. */
const dossierCounts = () => ({
  received: integer('received').notNull(),
  /** Ended on or before the due instant (NgayKetThucXuLy ≤ NgayHenTra). */
  endedOnTime: integer('ended_on_time').notNull(),
  lateApology: integer('late_apology').notNull(),
  online: integer('online').notNull(),
  inPerson: integer('in_person').notNull(),
  postal: integer('postal').notNull(),
  feeBearing: integer('fee_bearing').notNull(),
  paidOnline: integer('paid_online').notNull(),
  digitised: integer('digitised').notNull(),
});

/**
 * Dossier counts per unit, day of receipt, due day and end day, maintained at import (each batch adds the
 * counts of what it writes and takes off those of what it replaces), so figures for any period sum these rows instead of scanning dossiers.
 * The due and end days stay in the key because "on time" and "in process" are judged on a period's last day.
 */
export const dossierDaily = pgTable(
  'dossier_daily',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    receivedOn: date('received_on').notNull(),
    /** '9999-12-31' when there is no due date (never overdue). */
    dueOn: date('due_on').notNull(),
    /** '9999-12-31' while still in process. */
    endedOn: date('ended_on').notNull(),
    ...dossierCounts(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.receivedOn, t.dueOn, t.endedOn] })],
);

/**
 * The daily aggregates rolled up by month of receipt, for periods of whole months (every period the
 * catalogue and the reports ask for: a month, a quarter, 6 or 9 months, a year), so that a year of the whole
 * province sums a few thousand rows, not a row per unit, day and end day. Kept in step with `dossier_daily`
 * in the same transaction (the change of the touched days' rows is added). Its key keeps what a month-end
 * judgement needs: the month the dossier ended ('9999-12-31' while in process) and the month in which it
 * becomes overdue (the month of the day after its due day; '9999-12-31' when it cannot be overdue on a
 * month's last day while still in process, i.e. no due date, or due no earlier than its end month).
 */
export const dossierMonthly = pgTable(
  'dossier_monthly',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** First day of the month of receipt. */
    receivedMonth: date('received_month').notNull(),
    /** First day of the month of (due day + 1), or '9999-12-31'. */
    overdueMonth: date('overdue_month').notNull(),
    /** First day of the month processing ended, or '9999-12-31' while in process. */
    endedMonth: date('ended_month').notNull(),
    ...dossierCounts(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.receivedMonth, t.overdueMonth, t.endedMonth] })],
);

/** An uploaded dossier export between preview and commit: what was read, and the rows refused with reasons. */
export const dossierImports = pgTable('dossier_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  sourceName: text('source_name').notNull(),
  fileName: text('file_name').notNull(),
  /** Null for a file read from disk by the CLI (large exports are not copied into the file store). */
  sourceFileId: uuid('source_file_id').references(() => storedFiles.id),
  format: text('format', { enum: ['csv', 'xlsx', 'json'] }).notNull(),
  status: text('status', { enum: ['preview', 'committed'] })
    .notNull()
    .default('preview'),
  validRows: integer('valid_rows').notNull(),
  invalidRows: integer('invalid_rows').notNull(),
  /** The first refused rows: { row, field, reason }. */
  problems: jsonb('problems')
    .notNull()
    .default(sql`'[]'::jsonb`),
  /** Columns cchc does not read, after the source's mapping: what the coordinator may still map. */
  unknownColumns: jsonb('unknown_columns')
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  /** The file's own column names, as written: what the coordinator maps the fields to. */
  columns: jsonb('columns')
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  /** Processing units named in the file that match no unit of the directory (the first of them). */
  unmatchedUnits: jsonb('unmatched_units')
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  inserted: integer('inserted'),
  updated: integer('updated'),
  /** Dossiers already held with the same facts: left as they were. */
  unchanged: integer('unchanged'),
  /** Rows the writing job has gone through so far (its progress: rowsDone / (validRows + invalidRows)). */
  rowsDone: integer('rows_done').notNull().default(0),
  /** Null for the CLI. */
  createdBy: uuid('created_by').references(() => users.id),
  /** The importing coordinator's province, whose units the file's rows were matched against (null: the CLI's). */
  provinceId: provinceColumn(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  committedAt: timestamp('committed_at', { withTimezone: true }),
});

/** How a source's export names its columns: header as written → the synchronisation field it holds. */
export const dossierSourceMappings = pgTable('dossier_source_mappings', {
  sourceName: text('source_name').primaryKey(),
  mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
