/**
 * `cchc.plan/v1`: the structured plan the importer writes and reads back, shared by the CLI,
 * the HTTP API and the browser. Documented field by field in docs/plan-format.md.
 */
import { z } from 'zod';
import type { PlanV1 } from '../domain/plan/types.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
const level = z.enum(['province', 'department', 'district', 'commune', 'all']);
const deadlineKind = z.enum(['date', 'period', 'multi', 'continuous', 'event', 'per_level', 'unknown']);

export const planWarningSchema = z.object({
  code: z.string().min(1),
  message: z.string(),
  field: z.string().optional(),
});

export const planUnitRefSchema = z.object({
  unitId: z.string().nullable(),
  groupId: z.string().nullable(),
  name: z.string(),
  group: z.boolean(),
  confidence: z.number().min(0).max(1),
  role: z.enum(['lead', 'cooperating']).nullable(),
  note: z.string().nullable(),
});

export const planUnitsSchema = z.object({ text: z.string(), units: z.array(planUnitRefSchema) });

export const planDeadlineSchema = z.object({
  text: z.string(),
  kind: deadlineKind,
  start: isoDate.nullable(),
  due: isoDate.nullable(),
  parts: z.array(
    z.object({
      level: level.nullable(),
      text: z.string(),
      kind: deadlineKind,
      start: isoDate.nullable(),
      due: isoDate.nullable(),
    }),
  ),
  /** Absent in plans read before milestones were (they load as before: one due date). */
  milestones: z
    .array(z.object({ label: z.string().min(1), level: level.nullable(), due: isoDate }))
    .min(2)
    .optional(),
});

export const planBudgetSchema = z.object({
  text: z.string(),
  kind: z.enum(['amount', 'regular', 'estimate', 'none', 'unknown']),
  amountMillionVnd: z.number().nonnegative().nullable(),
});

export const planActivitySchema = z.object({
  id: z.string().min(1),
  area: z.string().nullable(),
  number: z.string().nullable(),
  objective: z.string().nullable(),
  task: z.string().nullable(),
  activity: z.string().nullable(),
  deliverable: z.string().nullable(),
  lead: planUnitsSchema,
  cooperating: planUnitsSchema,
  deadline: planDeadlineSchema,
  budget: planBudgetSchema,
  warnings: z.array(planWarningSchema),
  source: z.object({ table: z.number().int(), row: z.number().int(), line: z.number().int().nullable() }).nullable(),
});

export const planDutySchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  what: z.enum(['report', 'plan']),
  units: planUnitsSchema,
  dueDates: z.array(z.object({ label: z.string(), due: isoDate })).min(1),
  deadlineText: z.string(),
  line: z.number().int().nullable(),
  decision: z.enum(['suggested', 'confirmed', 'dropped']),
});

export const planIndicatorSchema = z.object({
  id: z.string().min(1),
  area: z.string().nullable(),
  text: z.string(),
  comparator: z.enum(['>=', '>', '=', '<=', '<']),
  value: z.number(),
  unit: z.string(),
  level: level.nullable(),
  subject: z.string(),
  origin: z.enum(['appendix', 'prose']),
  activityId: z.string().nullable(),
});

export const planV1Schema = z
  .object({
    format: z.literal('cchc.plan/v1'),
    title: z.string().nullable(),
    issuer: z.string().nullable(),
    documentNumber: z.string().nullable(),
    issuedOn: isoDate.nullable(),
    year: z.number().int().min(1990).max(2100).nullable(),
    columns: z.array(
      z.object({
        header: z.string(),
        role: z.enum([
          'number',
          'objective',
          'task',
          'activity',
          'deliverable',
          'lead',
          'cooperating',
          'deadline',
          'budget',
          'other',
        ]),
      }),
    ),
    areas: z.array(z.object({ code: z.string().min(1), title: z.string() })),
    activities: z.array(planActivitySchema),
    indicators: z.array(planIndicatorSchema),
    unplaced: z.array(z.object({ text: z.string(), reason: z.string() })),
    warnings: z.array(planWarningSchema),
    duties: z.array(planDutySchema).optional(),
  })
  .superRefine((plan, ctx) => {
    const ids = new Set<string>();
    plan.activities.forEach((a, i) => {
      if (ids.has(a.id))
        ctx.addIssue({ code: 'custom', message: `Mã hoạt động trùng: ${a.id}`, path: ['activities', i, 'id'] });
      ids.add(a.id);
    });
    const dutyIds = new Set<string>();
    plan.duties?.forEach((duty, i) => {
      if (dutyIds.has(duty.id))
        ctx.addIssue({ code: 'custom', message: `Mã nhiệm vụ trùng: ${duty.id}`, path: ['duties', i, 'id'] });
      dutyIds.add(duty.id);
    });
    plan.indicators.forEach((ind, i) => {
      if (ind.activityId && !ids.has(ind.activityId)) {
        ctx.addIssue({
          code: 'custom',
          message: `Chỉ tiêu ${ind.id} trỏ tới hoạt động không có: ${ind.activityId}`,
          path: ['indicators', i, 'activityId'],
        });
      }
    });
  });

export type PlanV1Contract = z.infer<typeof planV1Schema>;

// The domain type and the contract describe the same object; this fails to compile if they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const planTypesAgree: Same<PlanV1, PlanV1Contract> = true;
