import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { provinceColumn, units } from './units.js';

export const FEEDBACK_STATUSES = ['received', 'assigned', 'answered', 'cancelled'] as const;
export const FEEDBACK_CHANNELS = ['portal', 'hotline', 'mail', 'direct', 'email', 'other'] as const;

/**
 * A citizen's or business's feedback (phản ánh, kiến nghị — PAKN): received by the Sở Nội vụ (by hand or from a
 * spreadsheet), assigned to a unit, answered by that unit within the legal time (15 working days from receipt:
 * `due_on`, computed once from the working calendar when received), the answer then published. Never
 * deleted: cancelled with a reason.
 */
export const citizenFeedback = pgTable(
  'citizen_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The reference the sender or the portal gave (số phiếu); may be empty. */
    reference: text('reference'),
    receivedOn: date('received_on').notNull(),
    channel: text('channel', { enum: FEEDBACK_CHANNELS }).notNull(),
    senderName: text('sender_name').notNull(),
    senderContact: text('sender_contact'),
    subject: text('subject').notNull(),
    content: text('content').notNull(),
    dueOn: date('due_on').notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    /** The province whose office received it (issue #17.5); null: outside every province. */
    provinceId: provinceColumn(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    status: text('status', { enum: FEEDBACK_STATUSES }).notNull().default('received'),
    answer: text('answer'),
    answeredOn: date('answered_on'),
    answeredBy: uuid('answered_by').references(() => users.id),
    published: boolean('published').notNull().default(false),
    publishedOn: date('published_on'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('citizen_feedback_unit_due_idx').on(t.unitId, t.dueOn),
    index('citizen_feedback_received_idx').on(t.receivedOn),
  ],
);
