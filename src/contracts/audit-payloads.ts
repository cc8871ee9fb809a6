/**
 * What the audit log keeps of a record, as the services write it into `before` and `after`. These describe
 * shapes, not input rules: the values come from the database or from input already checked. A time is a
 * `Date` when written and its ISO text once stored; ids are text (uuids in the database).
 */
import { z } from 'zod';
import { PERIOD_KINDS } from '../domain/reporting/periods.js';
import { actorRole } from './auth.js';
import { assignmentStatus } from './reporting.js';
import { leafEntrySchema, roundStatus } from './scoring.js';
import { governmentLevel, unitKind } from './units.js';

export const instant = z.union([z.date(), z.iso.datetime()]);
const id = z.string();
const day = z.string();

/** A `units` row. */
export const unitRecord = z.object({
  id,
  code: z.string(),
  parentId: id.nullable(),
  kind: unitKind,
  level: governmentLevel,
  provinceId: id.nullable(),
  name: z.string(),
  shortNames: z.array(z.string()),
  aliases: z.array(z.string()),
  validFrom: day.nullable(),
  validTo: day.nullable(),
  archivedAt: instant.nullable(),
  version: z.number().int(),
  createdAt: instant,
  updatedAt: instant,
});

/** An API token as audited: never the token or its hash. */
export const apiTokenRecord = z.object({
  name: z.string(),
  scopes: z.array(z.string()),
  prefix: z.string(),
  accountId: id,
  expiresAt: instant.nullable(),
  revokedAt: instant.nullable(),
});

/** A single sign-on account rule as audited. */
export const ssoAccountRuleRecord = z.object({
  emailDomain: z.string(),
  role: z.string(),
  unitId: id.nullable(),
});

/** A `users` row without its password hash (recordAudit never stores secrets). */
export const userRecord = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: actorRole,
  unitId: id.nullable(),
  locale: z.enum(['vi', 'en']),
  failedLogins: z.number().int(),
  lockedUntil: instant.nullable(),
  passwordChangedAt: instant.nullable(),
  mustChangePassword: z.boolean(),
  archivedAt: instant.nullable(),
  version: z.number().int(),
  createdAt: instant,
});

/** A `reporting_periods` row. */
export const reportingPeriodRecord = z.object({
  id,
  planId: id,
  code: z.string(),
  kind: z.enum(PERIOD_KINDS),
  dueByLevel: z.record(z.string(), day).optional(),
  label: z.string(),
  start: day,
  end: day,
  dueOn: day,
  yearFraction: z.number(),
  closedAt: instant.nullable(),
});

/** What a unit says about an assignment: its progress fields, and the version they make. */
export const assignmentProgress = z.object({
  status: assignmentStatus,
  progress: z.number().int(),
  completedOn: day.nullable(),
  reason: z.string().nullable(),
  resultText: z.string(),
  version: z.number().int(),
});

/** An `assignment_documents` row. */
export const issuedDocumentRecord = z.object({
  id,
  assignmentId: id,
  numberSymbol: z.string(),
  issuedOn: day,
  summary: z.string(),
  fileId: id.nullable(),
  createdBy: id.nullable(),
  createdAt: instant,
  archivedAt: instant.nullable(),
});

/** A plan target's link to a catalogue figure (`plan_indicators.figure_*`). */
export const indicatorFigureLink = z.object({
  figureKey: z.string().nullable(),
  figureLink: z.enum(['suggested', 'confirmed', 'cleared']).nullable(),
});

/** An `indicator_values` row. */
export const indicatorValueRecord = z.object({
  id,
  indicatorId: id,
  periodId: id,
  unitId: id.nullable(),
  value: z.number(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  note: z.string(),
  source: z.enum(['report', 'coordinator']),
  evidenceFileId: id.nullable(),
  enteredBy: id.nullable(),
  enteredAt: instant,
});

/** A `report_drafts` row. */
export const reportDraftRecord = z.object({
  id,
  periodId: id,
  issuingBody: z.string(),
  referenceNumber: z.string(),
  referenceSymbol: z.string(),
  issuedOn: z.string().nullable(),
  introduction: z.string(),
  conclusions: z.string(),
  signerAuthority: z.string(),
  signerPosition: z.string(),
  signerName: z.string(),
  recipients: z.array(z.string()),
  version: z.number().int(),
  updatedBy: id.nullable(),
  updatedAt: instant,
});

/** A `scoring_rounds` row. */
export const scoringRoundRecord = z.object({
  id,
  criteriaSetId: id,
  name: z.string(),
  provinceId: id.nullable(),
  status: roundStatus,
  selfAssessmentFrom: day,
  selfAssessmentTo: day,
  appraisalFrom: day,
  appraisalTo: day,
  explanationTo: day.nullable(),
  version: z.number().int(),
  createdBy: id.nullable(),
  createdAt: instant,
  updatedAt: instant,
  publishedAt: instant.nullable(),
});

/** A `scoring_round_units` row: a unit's sheet in a round. */
export const scoringRoundUnitRecord = z.object({
  roundId: id,
  unitId: id,
  rankGroup: z.string(),
  submittedAt: instant.nullable(),
  submittedBy: id.nullable(),
  version: z.number().int(),
});

/** A `scoring_entries` row: one unit's one criterion through the stages. */
export const scoringEntryRecord = z.object({
  id,
  roundId: id,
  unitId: id,
  code: z.string(),
  selfEntry: leafEntrySchema.nullable(),
  selfNote: z.string().nullable(),
  prefilledFrom: z.string().nullable(),
  appraisedEntry: leafEntrySchema.nullable(),
  appraisalReason: z.string().nullable(),
  appraisedBy: id.nullable(),
  explanation: z.string().nullable(),
  finalEntry: leafEntrySchema.nullable(),
  finalReason: z.string().nullable(),
  finalBy: id.nullable(),
  // Joint rounds: the Sở Nội vụ's review of what the responsible agency filled.
  reviewStatus: z.enum(['returned', 'accepted']).nullable(),
  reviewReason: z.string().nullable(),
  reviewedBy: id.nullable(),
  version: z.number().int(),
  updatedBy: id.nullable(),
  updatedAt: instant,
});

/** A `scoring_evidence` row. */
export const scoringEvidenceRecord = z.object({
  id,
  roundId: id,
  unitId: id,
  code: z.string(),
  stage: z.enum(['self', 'explanation']),
  fileId: id.nullable(),
  url: z.string().nullable(),
  label: z.string(),
  addedBy: id.nullable(),
  addedAt: instant,
  archivedAt: instant.nullable(),
  archivedBy: id.nullable(),
  archiveReason: z.string().nullable(),
});

/** The tables whose rows the audit log keeps whole, so a test can hold each record to its table's columns. */
export const AUDITED_ROWS = {
  units: unitRecord,
  users: userRecord,
  reporting_periods: reportingPeriodRecord,
  assignment_documents: issuedDocumentRecord,
  indicator_values: indicatorValueRecord,
  report_drafts: reportDraftRecord,
  scoring_rounds: scoringRoundRecord,
  scoring_round_units: scoringRoundUnitRecord,
  scoring_entries: scoringEntryRecord,
  scoring_evidence: scoringEvidenceRecord,
} as const;
