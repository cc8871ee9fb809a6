import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { plans, storedFiles } from './plans.js';
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
