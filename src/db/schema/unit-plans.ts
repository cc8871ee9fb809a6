import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { plans, storedFiles } from './plans.js';
import { planActivities } from './reporting.js';
import { units } from './units.js';

/**
 * The date by which the units of a level must issue their own CCHC plan, per province plan (departments
 * 31/01, communes 28/02). Read from the plan's activity "ban hành kế hoạch CCHC" where its deadline cell
 * names levels, or set here by the coordinator where the document does not say (a row overrides the plan's date).
 */
export const unitPlanDeadlines = pgTable(
  'unit_plan_deadlines',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    level: text('level', { enum: ['department', 'district', 'commune'] }).notNull(),
    /** Null: follow the plan's own date again (the setting is kept, never deleted). */
    dueOn: date('due_on'),
    setBy: uuid('set_by').references(() => users.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.level] })],
);

/** A unit's own CCHC plan, issued under a province plan: number, date, file. Cancelled (never deleted) with a reason. */
export const unitPlans = pgTable(
  'unit_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    documentNumber: text('document_number').notNull(),
    issuedOn: date('issued_on').notNull(),
    fileId: uuid('file_id').references(() => storedFiles.id),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('unit_plans_plan_idx').on(t.planId),
    uniqueIndex('unit_plans_one_active')
      .on(t.planId, t.unitId)
      .where(sql`${t.cancelledAt} IS NULL`),
  ],
);

/**
 * An activity of a unit's own plan, read from its file by the plan importer, and the province plan's activity it
 * carries out: suggested by wording (the unit's assigned activities first), then confirmed, changed or cleared by
 * the unit. A new reading supersedes the rows of the last one (kept, never deleted).
 */
export const unitPlanActivities = pgTable(
  'unit_plan_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitPlanId: uuid('unit_plan_id')
      .notNull()
      .references(() => unitPlans.id),
    ordinal: integer('ordinal').notNull(),
    area: text('area'),
    number: text('number'),
    text: text('text').notNull(),
    deliverable: text('deliverable'),
    deadlineText: text('deadline_text').notNull(),
    planActivityId: uuid('plan_activity_id').references(() => planActivities.id),
    /** `suggested` by cchc, `confirmed` by the unit (a link it chose, or none: `planActivityId` null). */
    link: text('link', { enum: ['suggested', 'confirmed'] }).notNull(),
    version: integer('version').notNull().default(1),
    readAt: timestamp('read_at', { withTimezone: true }).notNull(),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [index('unit_plan_activities_plan_idx').on(t.unitPlanId)],
);
