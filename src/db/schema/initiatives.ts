import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './auth.js';
import { storedFiles } from './plans.js';
import { units } from './units.js';

export const INITIATIVE_STATUSES = ['submitted', 'recognised', 'not_recognised', 'withdrawn'] as const;
export const INITIATIVE_EFFECT_LEVELS = ['unit', 'province', 'national'] as const;

/**
 * An administrative-reform initiative (sáng kiến) a unit proposes; a council evaluates it and the coordinator
 * records the council's decision. Withdrawn (never deleted) with a reason.
 */
export const initiatives = pgTable(
  'initiatives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    /** One of the eight CCHC areas (domain/initiatives/areas.ts). */
    area: text('area').notNull(),
    problem: text('problem').notNull(),
    solution: text('solution').notNull(),
    status: text('status', { enum: INITIATIVE_STATUSES }).notNull().default('submitted'),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    /** The council's decision as the coordinator recorded it. */
    effectLevel: text('effect_level', { enum: INITIATIVE_EFFECT_LEVELS }),
    decidedOn: date('decided_on'),
    decisionNumber: text('decision_number'),
    decisionNote: text('decision_note'),
    decisionFileId: uuid('decision_file_id').references(() => storedFiles.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawReason: text('withdraw_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('initiatives_year_idx').on(t.year, t.status), index('initiatives_unit_idx').on(t.unitId)],
);

/** The files a unit attaches to its proposal. */
export const initiativeFiles = pgTable('initiative_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  initiativeId: uuid('initiative_id')
    .notNull()
    .references(() => initiatives.id),
  fileId: uuid('file_id')
    .notNull()
    .references(() => storedFiles.id),
  addedBy: uuid('added_by').references(() => users.id),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Another unit applying a recognised initiative. Cancelled (never deleted) with a reason. */
export const initiativeApplications = pgTable(
  'initiative_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    appliedOn: date('applied_on').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
  },
  (t) => [
    uniqueIndex('initiative_applications_one_active')
      .on(t.initiativeId, t.unitId)
      .where(sql`${t.cancelledAt} IS NULL`),
  ],
);
