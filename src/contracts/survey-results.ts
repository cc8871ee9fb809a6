/** The satisfaction results and paper entry API: what the browser sends and receives (issue #14). */
import { z } from 'zod';
import { isoDate, uuid } from './common.js';

export const surveyResultsQuery = z.object({
  campaignId: uuid.optional(),
  unitId: uuid.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  channel: z.enum(['online', 'paper']).optional(),
  field: z.string().max(40).optional(),
});
export type SurveyResultsQuery = z.infer<typeof surveyResultsQuery>;

const interval = z.object({ low: z.number(), high: z.number(), margin: z.number() }).nullable();

export const satisfactionFigureView = z.object({
  /** What the row is: a unit's name, an item's text, a pillar's or field's label, a campaign's title. */
  key: z.string().nullable(),
  label: z.string(),
  satisfied: z.number().int(),
  answers: z.number().int(),
  respondents: z.number().int(),
  /** 0–1, null without answers. */
  share: z.number().nullable(),
  interval,
  warnings: z.array(z.enum(['no_answers', 'few_respondents', 'wide_margin'])),
  tooSmall: z.boolean(),
  /** Vietnamese: why the sample is too small to trust, empty when it may be trusted. */
  warningText: z.string(),
});
export type SatisfactionFigureView = z.infer<typeof satisfactionFigureView>;

export const surveyResultsView = z.object({
  total: satisfactionFigureView.nullable(),
  units: z.array(satisfactionFigureView),
  items: z.array(satisfactionFigureView),
  pillars: z.array(satisfactionFigureView),
  fields: z.array(satisfactionFigureView),
  levels: z.array(satisfactionFigureView),
  campaigns: z.array(satisfactionFigureView),
  texts: z.array(
    z.object({
      unitName: z.string(),
      itemId: z.string(),
      text: z.string(),
      submittedAt: z.string(),
      channel: z.string(),
    }),
  ),
});
export type SurveyResultsView = z.infer<typeof surveyResultsView>;

export const paperEntryParams = z.object({ id: uuid });
export const paperEntryBody = z.object({
  unitId: uuid,
  filledOn: isoDate.optional(),
  answers: z.record(z.string().max(40), z.union([z.string().max(2000), z.array(z.string().max(200)).max(50)])),
});
export const paperEntryResult = z.object({ responseId: uuid, answers: z.number().int() });
export const paperImportResult = z.object({ responses: z.number().int(), answers: z.number().int() });
