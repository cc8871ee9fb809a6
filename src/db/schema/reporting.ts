import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ItemComment } from '../../domain/reporting/report-workflow.js';
import type { ReportContent } from '../../domain/reporting/report-form.js';
import { PERIOD_KINDS, type ReportLevel } from '../../domain/reporting/periods.js';
import { users } from './auth.js';
import { plans, storedFiles } from './plans.js';
import { units } from './units.js';

/** The assignable lines of a committed plan, kept in step with its latest version. */
export const planActivities = pgTable(
  'plan_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    /** The activity's id inside the plan content (e.g. "II-3"), stable across versions. */
    activityKey: text('activity_key').notNull(),
    area: text('area'),
    number: text('number'),
    title: text('title').notNull(),
    objective: text('objective'),
    task: text('task'),
    deliverable: text('deliverable'),
    deadlineText: text('deadline_text').notNull(),
    dueOn: date('due_on'),
    leadText: text('lead_text').notNull(),
    cooperatingText: text('cooperating_text').notNull(),
    /** Set when a later version of the plan no longer has the line. */
    removedInVersion: integer('removed_in_version'),
  },
  (t) => [unique('plan_activities_key').on(t.planId, t.activityKey)],
);

export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => planActivities.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role', { enum: ['lead', 'cooperating'] }).notNull(),
    writtenAs: text('written_as').notNull(),
    viaGroupId: uuid('via_group_id'),
    note: text('note'),
    /** The unit's own deadline (a per-level deadline gives each level its date). */
    dueOn: date('due_on'),
    status: text('status', { enum: ['not_started', 'in_progress', 'done', 'done_late', 'not_feasible'] })
      .notNull()
      .default('not_started'),
    progress: integer('progress').notNull().default(0),
    completedOn: date('completed_on'),
    reason: text('reason'),
    resultText: text('result_text').notNull().default(''),
    carriedFromId: uuid('carried_from_id'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('assignments_unit_idx').on(t.unitId, t.planId),
    index('assignments_activity_idx').on(t.activityId),
    // A unit leads an activity once: two changes racing on PostgreSQL cannot both create the same lead.
    uniqueIndex('assignments_one_active_lead')
      .on(t.activityId, t.unitId)
      .where(sql`${t.role} = 'lead' AND ${t.cancelledAt} IS NULL`),
  ],
);

/**
 * The due dates of an assignment whose deadline cell names several ("báo cáo 6 tháng trước ngày 07/6, báo cáo
 * năm trước ngày 07/11"), each done or not on its own. The assignment's `due_on` is the earliest one not yet
 * done (the last one once all are), so its overdue state, lists and reminders follow the next open milestone.
 * Kept in step with the plan at each commit (a done milestone stays done when its label or date is kept).
 */
export const assignmentMilestones = pgTable(
  'assignment_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    /** 0-based, in date order. */
    position: integer('position').notNull(),
    label: text('label').notNull(),
    dueOn: date('due_on').notNull(),
    /** The day the unit said it was done; null while open. */
    doneOn: date('done_on'),
    doneBy: uuid('done_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('assignment_milestones_position').on(t.assignmentId, t.position)],
);

/** Documents a unit issued for an assignment (số, ký hiệu; ngày ban hành; trích yếu), with the file if uploaded. */
export const assignmentDocuments = pgTable('assignment_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  assignmentId: uuid('assignment_id')
    .notNull()
    .references(() => assignments.id),
  numberSymbol: text('number_symbol').notNull(),
  issuedOn: date('issued_on').notNull(),
  summary: text('summary').notNull(),
  fileId: uuid('file_id').references(() => storedFiles.id),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
});

export const assignmentEvidence = pgTable(
  'assignment_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Withdrawn (wrong file): no longer listed or counted; the row and the stored file are kept. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    archivedBy: uuid('archived_by').references(() => users.id),
    archiveReason: text('archive_reason'),
  },
  (t) => [index('assignment_evidence_assignment_idx').on(t.assignmentId)],
);

export const reportingPeriods = pgTable(
  'reporting_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    code: text('code').notNull(),
    kind: text('kind', { enum: PERIOD_KINDS }).notNull(),
    label: text('label').notNull(),
    start: date('start').notNull(),
    end: date('end').notNull(),
    dueOn: date('due_on').notNull(),
    /** A level's own due date set by the plan's calendar (communes earlier than departments); others use due_on. */
    dueByLevel: jsonb('due_by_level').$type<Partial<Record<ReportLevel, string>>>().notNull().default({}),
    yearFraction: doublePrecision('year_fraction').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [unique('reporting_periods_code').on(t.planId, t.code)],
);

/** A unit's report for a period: the current content plus its review state. */
export const unitReports = pgTable(
  'unit_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    status: text('status', { enum: ['draft', 'submitted', 'returned', 'accepted'] })
      .notNull()
      .default('draft'),
    submissionCount: integer('submission_count').notNull().default(0),
    reopenCount: integer('reopen_count').notNull().default(0),
    content: jsonb('content').$type<ReportContent>().notNull(),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    lastSubmittedAt: timestamp('last_submitted_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('unit_reports_period_unit').on(t.periodId, t.unitId), index('unit_reports_unit_idx').on(t.unitId)],
);

/** Every submission, return, acceptance and reopening, with the content as it stood: nothing is lost. */
export const unitReportVersions = pgTable(
  'unit_report_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => unitReports.id),
    number: integer('number').notNull(),
    action: text('action', { enum: ['submit', 'return', 'accept', 'reopen'] }).notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    content: jsonb('content').$type<ReportContent>().notNull(),
    overallComment: text('overall_comment'),
    itemComments: jsonb('item_comments')
      .$type<ItemComment[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    reason: text('reason'),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('unit_report_versions_number').on(t.reportId, t.number)],
);

export const planIndicators = pgTable(
  'plan_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    indicatorKey: text('indicator_key').notNull(),
    area: text('area'),
    text: text('text').notNull(),
    subject: text('subject').notNull(),
    comparator: text('comparator', { enum: ['>=', '>', '=', '<=', '<'] }).notNull(),
    value: doublePrecision('value').notNull(),
    unit: text('unit').notNull(),
    level: text('level', { enum: ['province', 'department', 'district', 'commune', 'all'] }),
    activityId: uuid('activity_id').references(() => planActivities.id),
    removedInVersion: integer('removed_in_version'),
    /**
     * The catalogue figure (domain/figures) the target is measured by: suggested at import from its words,
     * then confirmed, changed or cleared by a coordinator ('cleared': no figure, and a later version of the
     * plan does not suggest one again). Only a confirmed link fills the target's value.
     */
    figureKey: text('figure_key'),
    figureLink: text('figure_link', { enum: ['suggested', 'confirmed', 'cleared'] }),
    figureLinkedBy: uuid('figure_linked_by').references(() => users.id),
    figureLinkedAt: timestamp('figure_linked_at', { withTimezone: true }),
  },
  (t) => [unique('plan_indicators_key').on(t.planId, t.indicatorKey)],
);

/** A reported figure: by a unit in its report, or province-wide by the coordinator (unit_id null). */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => planIndicators.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    unitId: uuid('unit_id').references(() => units.id),
    value: doublePrecision('value').notNull(),
    /** A rate's counts as the unit gave them (value = numerator / denominator); null for a count or an old report. */
    numerator: doublePrecision('numerator'),
    denominator: doublePrecision('denominator'),
    note: text('note').notNull().default(''),
    source: text('source', { enum: ['report', 'coordinator'] }).notNull(),
    evidenceFileId: uuid('evidence_file_id').references(() => storedFiles.id),
    enteredBy: uuid('entered_by').references(() => users.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('indicator_values_slot').on(t.indicatorId, t.periodId, t.unitId).nullsNotDistinct()],
);

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    dedupeKey: text('dedupe_key').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

export const notificationSettings = pgTable('notification_settings', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  daysBefore: integer('days_before').array().notNull(),
  onDueDate: boolean('on_due_date').notNull(),
  weeklyWhileOverdue: boolean('weekly_while_overdue').notNull(),
  email: boolean('email').notNull(),
  inApp: boolean('in_app').notNull(),
});

/** E-mail waiting to go out: kept until the SMTP server accepts it, retried with back-off. */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    dedupeKey: text('dedupe_key').notNull().unique(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('outbox_pending_idx').on(t.sentAt, t.nextAttemptAt)],
);
