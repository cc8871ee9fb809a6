import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { QuestionnaireDefinition, SurveyDemographics } from '../../domain/surveys/questionnaire.js';
import { users } from './auth.js';
import { provinceColumn, units } from './units.js';

/** A questionnaire family ("Phiếu khảo sát SIPAS"), known by its code; its content lives in immutable versions. */
export const surveyQuestionnaires = pgTable('survey_questionnaires', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique('survey_questionnaires_code'),
  title: text('title').notNull(),
  currentVersion: integer('current_version').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
});

/** One version of a questionnaire as data (`cchc.survey/v1`), never changed once written. */
export const surveyQuestionnaireVersions = pgTable(
  'survey_questionnaire_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => surveyQuestionnaires.id),
    version: integer('version').notNull(),
    content: jsonb('content').$type<QuestionnaireDefinition>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('survey_questionnaire_versions_number').on(t.questionnaireId, t.version)],
);

/**
 * A survey campaign: one questionnaire version, a period, the units it covers. Editable until it starts;
 * cancelled with a reason, never deleted.
 */
export const surveyCampaigns = pgTable(
  'survey_campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    questionnaireVersionId: uuid('questionnaire_version_id')
      .notNull()
      .references(() => surveyQuestionnaireVersions.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** Every answer must carry an unused single-use code of the campaign. */
    codesRequired: boolean('codes_required').notNull().default(false),
    /** The province whose units it covers (questionnaires are shared, as criteria sets are). */
    provinceId: provinceColumn(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by').references(() => users.id),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('survey_campaigns_period', sql`${t.startsOn} <= ${t.endsOn}`)],
);

/**
 * A unit a campaign covers (its one-stop desk), with its quota of answers and the token of its public link
 * (`/khao-sat/<token>`, the QR code's target).
 */
export const surveyCampaignUnits = pgTable(
  'survey_campaign_units',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => surveyCampaigns.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    publicToken: text('public_token').notNull().unique('survey_campaign_units_token'),
    /** Answers wanted from this unit; null: no quota. */
    quota: integer('quota'),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.unitId] }),
    check('survey_campaign_units_quota', sql`${t.quota} >= 0`),
  ],
);

/** Answers wanted per field (lĩnh vực, SURVEY_FIELDS) over the whole campaign. */
export const surveyFieldQuotas = pgTable(
  'survey_field_quotas',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => surveyCampaigns.id),
    field: text('field').notNull(),
    quota: integer('quota').notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.field] }), check('survey_field_quotas_quota', sql`${t.quota} >= 0`)],
);

/**
 * A single-use code printed on a result paper: one code, at most one answer. The guarantee is the unique
 * `survey_responses.code_id` (two simultaneous submissions with one code: the second insert fails).
 */
export const surveyCodes = pgTable(
  'survey_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => surveyCampaigns.id),
    /** The unit whose papers carry it; null: valid at any unit of the campaign. */
    unitId: uuid('unit_id').references(() => units.id),
    /** What is printed and typed: unambiguous letters and digits, unique across campaigns. */
    code: text('code').notNull().unique('survey_codes_code'),
    /** Codes generated together (1, 2, …), printed as one list. */
    batch: integer('batch').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('survey_codes_campaign_idx').on(t.campaignId, t.batch)],
);

/**
 * One filled questionnaire. Nothing personal beyond the optional demographics: the device hash is a keyed
 * hash of address and browser, kept only to flag duplicates.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => surveyCampaigns.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    questionnaireVersionId: uuid('questionnaire_version_id')
      .notNull()
      .references(() => surveyQuestionnaireVersions.id),
    channel: text('channel', { enum: ['online', 'paper'] }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    /** The field (SURVEY_FIELDS) answered to the questionnaire's field item, if any. */
    field: text('field'),
    demographics: jsonb('demographics').$type<SurveyDemographics>(),
    /** Unique: a code gives at most one response. */
    codeId: uuid('code_id')
      .references(() => surveyCodes.id)
      .unique('survey_responses_code'),
    deviceHash: text('device_hash'),
    /** Hash of the answers, to find the same answers from the same device. */
    answersHash: text('answers_hash').notNull(),
    /** Same device hash and same answers as another response within minutes: kept, but flagged. */
    duplicate: boolean('duplicate').notNull().default(false),
    /** Paper forms: the officer who typed it in. */
    enteredBy: uuid('entered_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('survey_responses_campaign_unit_idx').on(t.campaignId, t.unitId),
    index('survey_responses_device_idx').on(t.deviceHash, t.submittedAt),
  ],
);

/**
 * One row per answered item, with the response's campaign, unit and the item's pillar copied in, so results
 * aggregate in SQL (share of 4–5 among scale answers per unit, pillar, item). An item left blank has no row.
 */
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id),
    itemId: text('item_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    pillar: text('pillar'),
    /** 'scale': 1–5. */
    scale: smallint('scale'),
    /** 'single': the option's value. */
    choice: text('choice'),
    /** 'multiple': the options' values. */
    choices: text('choices').array(),
    /** 'text'. */
    text: text('text'),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.itemId] }),
    index('survey_answers_campaign_unit_item_idx').on(t.campaignId, t.unitId, t.itemId),
    check('survey_answers_scale', sql`${t.scale} between 1 and 5`),
  ],
);

/**
 * Counters of the public form's rate limits, shared by every server process: key ('ip:<hash>' or
 * 'unit:<campaignId>:<unitId>') and the start of the window.
 */
export const surveyRateLimits = pgTable(
  'survey_rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
