import { z } from 'zod';
import { uuid } from './common.js';
import { COLUMN_ROLES } from '../domain/plan/column-mapping.js';
import type { ColumnRole } from '../domain/plan/columns.js';
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

const columnRole = z.enum(COLUMN_ROLES as [ColumnRole, ...ColumnRole[]]);

/** Which table holds the activities, where it starts and what each column holds (rows and tables 1-based). */
export const columnMappingSchema = z
  .object({
    table: z.number().int().min(1, 'Bảng phải từ 1 trở lên.'),
    headerRow: z.number().int().min(1, 'Hàng tiêu đề phải từ 1 trở lên.').nullable(),
    firstDataRow: z.number().int().min(1, 'Hàng dữ liệu đầu tiên phải từ 1 trở lên.'),
    roles: z.array(columnRole).min(1, 'Cần ít nhất một cột.').max(60, 'Tối đa 60 cột.'),
  })
  .refine((m) => m.roles.includes('activity') || m.roles.includes('task'), {
    message: 'Hãy chọn cột “Hoạt động” (hoặc “Nhiệm vụ”).',
    path: ['roles'],
  })
  .refine((m) => m.headerRow === null || m.headerRow < m.firstDataRow, {
    message: 'Hàng dữ liệu đầu tiên phải nằm dưới hàng tiêu đề.',
    path: ['firstDataRow'],
  });

export const planReadingSchema = z.object({
  state: z.enum(['recognised', 'mapped', 'needsMapping']),
  reason: z.string().nullable(),
  mapping: z
    .object({
      table: z.number().int(),
      headerRow: z.number().int().nullable(),
      firstDataRow: z.number().int(),
      roles: z.array(columnRole),
    })
    .nullable(),
  candidates: z.array(
    z.object({
      table: z.number().int(),
      columns: z.number().int(),
      rows: z.number().int(),
      cells: z.array(z.array(z.string())),
    }),
  ),
});

export const mapPlanImportColumnsRequest = z.object({
  version: z.number().int().min(1),
  mapping: columnMappingSchema,
});

export const planImportDetail = planImportSummary.extend({
  version: z.number().int(),
  asOf: z.string(),
  content: planV1Schema,
  sourceRows: z.record(z.string(), z.string()),
  /** How sure the reader was of the appendix table; null for a draft read before this was kept. */
  reading: planReadingSchema.nullable(),
  /**
   * What a person did in review since the document was last read: activities corrected by hand (a re-reading
   * with a column mapping reads them afresh) and duties confirmed or dropped (kept across a re-reading).
   */
  handEdits: z.object({ activityIds: z.array(z.string()), duties: z.number().int().min(0) }),
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

const budgetTally = z.object({
  activities: z.number().int(),
  withAmount: z.number().int(),
  amountMillionVnd: z.number(),
  regular: z.number().int(),
  unknown: z.number().int(),
  other: z.number().int(),
});
/** The budget column summed per area and per lead unit (amounts only; ambiguous cells listed, never summed). */
export const budgetTotalsSchema = z.object({
  total: budgetTally,
  byArea: z.array(budgetTally.extend({ code: z.string().nullable(), title: z.string() })),
  byLead: z.array(budgetTally.extend({ key: z.string(), name: z.string(), unitId: z.string().nullable() })),
  ambiguous: z.array(
    z.object({ activityId: z.string(), number: z.string().nullable(), title: z.string(), text: z.string() }),
  ),
});

export const planDetail = z.object({
  plan: planSummary,
  version: planVersionSummary.extend({ content: planV1Schema, summary, budget: budgetTotalsSchema }),
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
export const planImportDutyParams = z.object({ id: uuid, dutyId: z.string().min(1).max(100) });
/** The coordinator's word on a duty read from the text: confirmed (it becomes an activity at commit) or dropped. */
export const decideDutyRequest = z.object({
  version: z.number().int().min(1),
  decision: z.enum(['suggested', 'confirmed', 'dropped'], {
    error: 'Quyết định không hợp lệ; chọn xác nhận, bỏ qua hoặc để gợi ý.',
  }),
});
export type DecideDutyRequest = z.infer<typeof decideDutyRequest>;
/** A plan's current version, or ?version=n. */
export const planVersionQuery = z.object({ version: z.coerce.number().int().min(1).optional() });
export const planDiffRangeQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});
