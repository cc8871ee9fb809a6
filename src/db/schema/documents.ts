import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { storedFiles } from './plans.js';
import { reportingPeriods } from './reporting.js';

/**
 * What the coordinator writes around the figures of a period's consolidated report (báo cáo CCHC):
 * the introduction, the conclusions, the number and symbol, the signer and the recipients. One per period.
 */
export const reportDrafts = pgTable('report_drafts', {
  id: uuid('id').primaryKey().defaultRandom(),
  periodId: uuid('period_id')
    .notNull()
    .unique()
    .references(() => reportingPeriods.id),
  issuingBody: text('issuing_body').notNull(),
  referenceNumber: text('reference_number').notNull().default(''),
  referenceSymbol: text('reference_symbol').notNull(),
  issuedOn: text('issued_on'),
  introduction: text('introduction').notNull().default(''),
  conclusions: text('conclusions').notNull().default(''),
  signerAuthority: text('signer_authority').notNull().default(''),
  signerPosition: text('signer_position').notNull(),
  signerName: text('signer_name').notNull().default(''),
  recipients: text('recipients').array().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type JobStatus = 'pending' | 'running' | 'done' | 'failed';

/**
 * Long work (report builds) done outside the request that asked for it. Workers claim a pending job
 * with SELECT … FOR UPDATE SKIP LOCKED, so any number of app servers may poll; a running job whose
 * heartbeat stopped (the server died) is claimed again.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'running', 'done', 'failed'] })
      .$type<JobStatus>()
      .notNull()
      .default('pending'),
    progress: integer('progress').notNull().default(0),
    /** What the job is doing now, in Vietnamese, for the progress bar. */
    stage: text('stage').notNull().default('Đang chờ xử lý'),
    result: jsonb('result').$type<Record<string, unknown>>(),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    requestedBy: uuid('requested_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('jobs_status_idx').on(t.status, t.createdAt)],
);

/** Every consolidated report built for a period, with its Word report and Excel appendix; never overwritten. */
export const reportBuilds = pgTable(
  'report_builds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    jobId: uuid('job_id').references(() => jobs.id),
    /** The draft version the texts came from. */
    draftVersion: integer('draft_version').notNull(),
    docxFileId: uuid('docx_file_id')
      .notNull()
      .references(() => storedFiles.id),
    xlsxFileId: uuid('xlsx_file_id')
      .notNull()
      .references(() => storedFiles.id),
    /** The headline figures as built, so a list of builds can show them without opening files. */
    summary: jsonb('summary').$type<Record<string, number | null>>().notNull(),
    builtBy: uuid('built_by').references(() => users.id),
    builtAt: timestamp('built_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_builds_period_idx').on(t.periodId, t.builtAt)],
);
