import { z } from 'zod';
import { isoDate, uuid } from './common.js';
import { UNIT_PLAN_LEVELS } from '../domain/unit-plans/deadlines.js';

export const unitPlanLevel = z.enum(UNIT_PLAN_LEVELS);
export const unitPlanState = z.enum(['issued_on_time', 'issued_late', 'overdue', 'not_yet_due']);

export const unitPlanDeadline = z.object({
  level: unitPlanLevel,
  dueOn: isoDate,
  /** `plan`: read from the plan's own activity; `setting`: set by the coordinator. */
  source: z.enum(['plan', 'setting']),
  text: z.string().nullable(),
});

export const unitPlanRecord = z.object({
  id: uuid,
  documentNumber: z.string(),
  issuedOn: isoDate,
  fileId: uuid.nullable(),
  fileName: z.string().nullable(),
  recordedAt: z.string(),
  version: z.number().int(),
});

export const unitPlanDuty = z.object({
  planId: uuid,
  planName: z.string(),
  year: z.number().int(),
  unitId: uuid,
  unitName: z.string(),
  level: unitPlanLevel.nullable(),
  dueOn: isoDate.nullable(),
  state: unitPlanState.nullable(),
  record: unitPlanRecord.nullable(),
});

export const unitPlanLevelSummary = z.object({
  level: unitPlanLevel,
  dueOn: isoDate.nullable(),
  units: z.number().int(),
  issued: z.number().int(),
  onTime: z.number().int(),
});

export const unitPlanOverview = z.object({
  planId: uuid,
  planName: z.string(),
  year: z.number().int(),
  deadlines: z.array(unitPlanDeadline),
  levels: z.array(unitPlanLevelSummary),
  units: z.array(
    z.object({
      unitId: uuid,
      unitName: z.string(),
      level: unitPlanLevel,
      dueOn: isoDate,
      state: unitPlanState,
      documentNumber: z.string().nullable(),
      issuedOn: isoDate.nullable(),
    }),
  ),
});

export const unitPlanDeadlinesRequest = z.object({
  deadlines: z
    .array(z.object({ level: unitPlanLevel, dueOn: isoDate.nullable() }))
    .max(3)
    .meta({ label: 'Hạn ban hành kế hoạch' }),
});

export const unitPlanPath = z.object({ id: uuid, unitId: uuid });

/** Multipart: the fields beside the plan's file (optional). */
export const recordUnitPlanRequest = z.object({
  documentNumber: z
    .string({ error: 'Hãy nhập số, ký hiệu của kế hoạch.' })
    .trim()
    .min(1, 'Hãy nhập số, ký hiệu của kế hoạch.')
    .max(100, 'Số, ký hiệu dài quá: tối đa 100 ký tự.')
    .meta({ label: 'Số, ký hiệu' }),
  issuedOn: isoDate.meta({ label: 'Ngày ban hành' }),
});

export const cancelUnitPlanRequest = z.object({
  reason: z.string().trim().min(3, 'Hãy ghi lý do hủy (ít nhất 3 ký tự).').max(2000).meta({ label: 'Lý do' }),
  version: z.number().int(),
});

export type UnitPlanDuty = z.infer<typeof unitPlanDuty>;
export type UnitPlanOverview = z.infer<typeof unitPlanOverview>;
export type RecordUnitPlanRequest = z.infer<typeof recordUnitPlanRequest>;

/** How an activity of the unit's plan is tied to the province plan: cchc's suggestion, or the unit's choice. */
export const unitPlanActivityLink = z.enum(['suggested', 'confirmed']);

export const unitPlanActivity = z.object({
  id: uuid,
  ordinal: z.number().int(),
  area: z.string().nullable(),
  number: z.string().nullable(),
  text: z.string(),
  deliverable: z.string().nullable(),
  deadlineText: z.string(),
  link: unitPlanActivityLink,
  /** The province plan's activity it carries out; null: the unit's own. */
  planActivity: z.object({ id: uuid, key: z.string(), title: z.string() }).nullable(),
  version: z.number().int(),
});

/**
 * The activities read from a unit's plan file and how they cover the province plan's activities assigned to the
 * unit: each assigned activity covered when some line of the unit's plan is linked to it. Coverage counts the
 * activities the unit leads.
 */
export const unitPlanActivities = z.object({
  readAt: z.string().nullable(),
  activities: z.array(unitPlanActivity),
  assigned: z.array(
    z.object({ id: uuid, key: z.string(), title: z.string(), lead: z.boolean(), covered: z.boolean() }),
  ),
  /** Activities the unit leads that its plan covers / activities the unit leads. */
  coverage: z.object({ numerator: z.number().int(), denominator: z.number().int() }),
});

export const unitPlanActivityPath = unitPlanPath.extend({ activityId: uuid });

export const linkUnitPlanActivityRequest = z.object({
  planActivityId: uuid.nullable().meta({ label: 'Hoạt động của kế hoạch tỉnh' }),
  version: z.number().int().meta({ label: 'Phiên bản' }),
});

export type UnitPlanActivities = z.infer<typeof unitPlanActivities>;
