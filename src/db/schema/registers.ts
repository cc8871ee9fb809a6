import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { storedFiles } from './plans.js';
import { units } from './units.js';

/**
 * One entry of a register (domain/registers/: steering meetings, training courses, publicity, ISO 9001 …):
 * its owner unit and its typed fields as JSON, validated against the register's declaration on every write.
 * Never deleted: cancelled with a reason.
 */
export const registerEntries = pgTable(
  'register_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    register: text('register').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    fields: jsonb('fields').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull().default(1),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('register_entries_register_unit_idx').on(t.register, t.unitId)],
);

/** A file uploaded to an entry: for one of its file fields (`field`), or as further evidence (null). */
export const registerFiles = pgTable(
  'register_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => registerEntries.id),
    /** Set when the file is a follow-up item's evidence. */
    followUpId: uuid('follow_up_id'),
    field: text('field'),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('register_files_entry_idx').on(t.entryId)],
);

export const registerComments = pgTable(
  'register_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => registerEntries.id),
    body: text('body').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('register_comments_entry_idx').on(t.entryId)],
);

/**
 * A follow-up item of an entry (a commitment made at a steering meeting): owed by a unit, due on a date,
 * followed like an assignment (open → done with its result and evidence; cancelled with a reason), reminded
 * before and after its due date through the notifications.
 */
export const registerFollowUps = pgTable(
  'register_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => registerEntries.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
    /** `reported`: the owing unit reported it done and a coordinator reviews it (registers with `followUps.review`). */
    status: text('status', { enum: ['open', 'reported', 'done', 'cancelled'] })
      .notNull()
      .default('open'),
    result: text('result'),
    /** The day the owing unit last reported it done (kept when a coordinator returns it). */
    reportedOn: date('reported_on'),
    /** Why a coordinator returned the report (the unit fixes it and reports again). */
    returnReason: text('return_reason'),
    closedOn: date('closed_on'),
    closedBy: uuid('closed_by').references(() => users.id),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('register_follow_ups_unit_idx').on(t.unitId, t.status)],
);
