import {
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { ROUND_STAGES } from '../../contracts/scoring.js';
import type { CriteriaSet, LeafEntry } from '../../domain/scoring/types.js';
import { users } from './auth.js';
import { storedFiles } from './plans.js';
import { provinceColumn, units } from './units.js';

/** A criteria set is never changed once stored: importing the same code again makes version n+1. */
export const criteriaSets = pgTable(
  'criteria_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    subject: text('subject', { enum: ['province', 'department', 'commune', 'district'] }).notNull(),
    content: jsonb('content').$type<CriteriaSet>().notNull(),
    sourceFileId: uuid('source_file_id').references(() => storedFiles.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [
    unique('criteria_sets_code_version').on(t.code, t.version),
    index('criteria_sets_year_idx').on(t.year, t.subject),
  ],
);

/** An assessment round: one criteria set version, the units scored, the windows and the stage reached. */
export const scoringRounds = pgTable('scoring_rounds', {
  id: uuid('id').primaryKey().defaultRandom(),
  criteriaSetId: uuid('criteria_set_id')
    .notNull()
    .references(() => criteriaSets.id),
  name: text('name').notNull(),
  /** The province whose coordinators made it (issue #17.5); null: outside every province, shared. */
  provinceId: provinceColumn(),
  status: text('status', { enum: ROUND_STAGES }).notNull().default('draft'),
  selfAssessmentFrom: date('self_assessment_from').notNull(),
  selfAssessmentTo: date('self_assessment_to').notNull(),
  appraisalFrom: date('appraisal_from').notNull(),
  appraisalTo: date('appraisal_to').notNull(),
  /** Last day for the units' explanations; open-ended when null. */
  explanationTo: date('explanation_to'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
});

/** The units a round scores; `rankGroup` is who a unit is ranked among (departments, communes). */
export const scoringRoundUnits = pgTable(
  'scoring_round_units',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => scoringRounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    rankGroup: text('rank_group').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId] })],
);

/** The appraisal council: each member reviews only the areas (top-level criteria codes) assigned. */
export const scoringCouncilMembers = pgTable(
  'scoring_council_members',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => scoringRounds.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    areas: text('areas').array().notNull(),
    /** The chair records the council's approval. */
    chair: boolean('chair').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] })],
);

/**
 * One unit's one leaf through the stages: the self-assessment, the first appraisal, the unit's
 * explanation and the final appraisal. The score used is final ?? appraised ?? self.
 */
export const scoringEntries = pgTable(
  'scoring_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => scoringRounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    code: text('code').notNull(),
    selfEntry: jsonb('self_entry').$type<LeafEntry>(),
    selfNote: text('self_note'),
    /** Set when the value came from figures cchc tracks (shown with its source). */
    prefilledFrom: text('prefilled_from'),
    appraisedEntry: jsonb('appraised_entry').$type<LeafEntry>(),
    appraisalReason: text('appraisal_reason'),
    appraisedBy: uuid('appraised_by').references(() => users.id),
    explanation: text('explanation'),
    finalEntry: jsonb('final_entry').$type<LeafEntry>(),
    finalReason: text('final_reason'),
    finalBy: uuid('final_by').references(() => users.id),
    /** Joint rounds: the Sở Nội vụ's review of what the responsible agency filled (null: not reviewed since the last write). */
    reviewStatus: text('review_status', { enum: ['returned', 'accepted'] }),
    reviewReason: text('review_reason'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('scoring_entries_leaf').on(t.roundId, t.unitId, t.code)],
);

/** Evidence for a leaf: an uploaded or already stored file, or a link (a cchc page or an outside address). */
export const scoringEvidence = pgTable(
  'scoring_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => scoringRounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    code: text('code').notNull(),
    stage: text('stage', { enum: ['self', 'explanation'] }).notNull(),
    fileId: uuid('file_id').references(() => storedFiles.id),
    url: text('url'),
    label: text('label').notNull(),
    addedBy: uuid('added_by').references(() => users.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
    /** Withdrawn (wrongly uploaded): no longer listed or counted, shown as history; the row and the stored file are kept. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    archivedBy: uuid('archived_by').references(() => users.id),
    archiveReason: text('archive_reason'),
  },
  (t) => [index('scoring_evidence_leaf_idx').on(t.roundId, t.unitId, t.code)],
);

/** Survey (điều tra xã hội học) points per unit and survey leaf, entered or imported. */
export const scoringSurveyPoints = pgTable(
  'scoring_survey_points',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => scoringRounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    code: text('code').notNull(),
    points: doublePrecision('points').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId, t.code] })],
);

export const SCORING_HISTORY_KINDS = [
  'self',
  'prefill',
  'appraisal',
  'explanation',
  'final',
  'evidence',
  'survey',
  'review',
] as const;

/** Append-only: every version of every entry, evidence item and survey figure, as written. */
export const scoringHistory = pgTable(
  'scoring_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => scoringRounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    code: text('code').notNull(),
    kind: text('kind', { enum: SCORING_HISTORY_KINDS }).notNull(),
    /** The entry's version after the write (0 for evidence and survey rows). */
    version: integer('version').notNull(),
    data: jsonb('data').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('scoring_history_leaf_idx').on(t.roundId, t.unitId, t.code)],
);

/**
 * Joint rounds (the province's own PAR INDEX self-assessment): the agencies responsible for an area or a criterion.
 * A criterion without its own row inherits its nearest ancestor's; changed in place (audited), never deleted.
 */
export const scoringResponsibilities = pgTable(
  'scoring_responsibilities',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => scoringRounds.id),
    code: text('code').notNull(),
    agencyIds: uuid('agency_ids').array().notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.code] })],
);
