import { z } from 'zod';
import { uuid } from './common.js';
import { planActivitySchema, planV1Schema } from './plan-file.js';

const summary = z.object({
  activities: z.number().int(),
  indicators: z.number().int(),
  unplaced: z.number().int(),
  byArea: z.array(z.object({ code: z.string().nullable(), title: z.string(), activities: z.number().int() })),
  warningsByCode: z.record(z.string(), z.number().int()),
  activitiesWithWarnings: z.number().int(),
});

const fieldChange = z.object({ field: z.string(), before: z.string(), after: z.string() });
export const planDiff = z.object({
  added: z.array(planActivitySchema),
  removed: z.array(planActivitySchema),
  changed: z.array(z.object({ before: planActivitySchema, after: planActivitySchema, changes: z.array(fieldChange) })),
  unchanged: z.number().int(),
});

export const planImportSummary = z.object({
  id: uuid,
  status: z.enum(['open', 'committed', 'discarded']),
  fileName: z.string(),
  title: z.string().nullable(),
  basePlanId: uuid.nullable(),
  basePlanName: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  summary,
});

export const planImportDetail = planImportSummary.extend({
  version: z.number().int(),
  asOf: z.string(),
  content: planV1Schema,
  sourceRows: z.record(z.string(), z.string()),
  /** Against the base plan's current version, when this document revises a committed plan. */
  diff: planDiff.nullable(),
});

const editableText = z.string().trim().max(5000).nullable();
export const reviseActivityRequest = z.object({
  version: z.number().int().min(1),
  area: z.string().trim().max(20).nullable().optional(),
  number: z.string().trim().max(40).nullable().optional(),
  objective: editableText.optional(),
  task: editableText.optional(),
  activity: editableText.optional(),
  deliverable: editableText.optional(),
  lead: z.string().trim().max(2000).optional(),
  cooperating: z.string().trim().max(2000).optional(),
  deadline: z.string().trim().max(1000).optional(),
  budget: z.string().trim().max(500).optional(),
});
export type ReviseActivityRequest = z.infer<typeof reviseActivityRequest>;

export const commitPlanImportRequest = z.object({
  version: z.number().int().min(1),
  name: z.string().trim().min(3, 'Hãy đặt tên kế hoạch (ít nhất 3 ký tự).').max(300),
  note: z.string().trim().max(2000).nullable().default(null),
});

export const planSummary = z.object({
  id: uuid,
  name: z.string(),
  year: z.number().int(),
  documentNumber: z.string().nullable(),
  currentVersion: z.number().int(),
  activities: z.number().int(),
  createdAt: z.string(),
  archived: z.boolean(),
  /** The multi-year programme the plan belongs to, if any. */
  programmeId: uuid.nullable(),
  /** The plan this one was made from as next year's plan, if it was. */
  carriedFromPlanId: uuid.nullable(),
});

export const planVersionSummary = z.object({
  version: z.number().int(),
  committedAt: z.string(),
  committedByName: z.string().nullable(),
  note: z.string().nullable(),
  sourceFileName: z.string().nullable(),
});

export const planDetail = z.object({
  plan: planSummary,
  version: planVersionSummary.extend({ content: planV1Schema, summary }),
  versions: z.array(planVersionSummary),
});

export const uploadPlanQuery = z.object({
  basePlanId: uuid.optional(),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD.')
    .optional(),
});

export const planImportActivityParams = z.object({ id: uuid, activityId: z.string().min(1).max(100) });
/** A plan's current version, or ?version=n. */
export const planVersionQuery = z.object({ version: z.coerce.number().int().min(1).optional() });
export const planDiffRangeQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});
