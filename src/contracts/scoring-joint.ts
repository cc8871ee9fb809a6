/** The province's joint self-assessment (its own PAR INDEX for the Ministry): requests and views. */
import { z } from 'zod';
import { isoDate, uuid } from './common.js';
import { leafEntrySchema, unitScoring } from './scoring.js';

const code = z.string().trim().min(1, 'Hãy ghi mã lĩnh vực hoặc tiêu chí.').max(40);
const reason = z.string().trim().min(3, 'Hãy ghi lý do (ít nhất 3 ký tự).').max(2000);

/** Agencies named for areas or criteria; an empty list clears a code's names (its criteria inherit again). */
export const jointAgenciesRequest = z.object({
  assignments: z
    .array(z.object({ code, agencyIds: z.array(uuid).max(20, 'Mỗi mục giao tối đa 20 cơ quan.') }))
    .min(1, 'Hãy chọn ít nhất một lĩnh vực hoặc tiêu chí.')
    .max(500),
});

export const jointReviewRequest = z
  .object({
    version: z.number().int().min(1),
    /** accept: the criterion is compiled as filled; return: the agency corrects it (reason required). */
    decision: z.enum(['accept', 'return']),
    reason: reason.optional(),
  })
  .refine((r) => r.decision === 'accept' || r.reason, {
    message: 'Khi trả lại, hãy ghi lý do để cơ quan sửa.',
    path: ['reason'],
  });

export const jointLockRequest = z.object({ version: z.number().int().min(1) });

/** The Ministry's appraisal of one criterion, as published (points, or the method's value) with its remark. */
export const ministryAppraisalRequest = z.object({
  version: z.number().int().min(0),
  entry: leafEntrySchema,
  reason: z.string().trim().max(2000).optional(),
});

export const jointExportQuery = z.object({ format: z.enum(['xlsx', 'docx']).default('xlsx') });

export const JOINT_STATUS_VALUES = ['open', 'filled', 'returned', 'accepted'] as const;

export const jointLeaf = z.object({
  code: z.string(),
  /** The units responsible today (a merged department's successor), and as named. */
  agencyIds: z.array(uuid),
  namedIds: z.array(uuid),
  /** The area or criterion the names come from (the criterion itself when named on it). */
  inheritedFrom: z.string().nullable(),
  status: z.enum(JOINT_STATUS_VALUES),
  reviewReason: z.string().nullable(),
  /** A deduction in the Ministry's appraisal: an explanation is owed by the agencies, by `explanationDue`. */
  explanationOwed: z.boolean(),
  /** The assignment a deduction was turned into (the coordinator's view; null before, or for an agency). */
  work: z
    .object({
      id: uuid,
      assignmentId: uuid,
      planId: uuid,
      unitName: z.string(),
      dueOn: z.string().nullable(),
      status: z.string(),
    })
    .nullable(),
});

export const jointRound = z.object({
  sheet: unitScoring,
  /** The actor's unit when they see the round as a responsible agency (only its criteria are listed). */
  agencyView: uuid.nullable(),
  agencies: z.array(
    z.object({
      id: uuid,
      name: z.string(),
      code: z.string(),
      validTo: z.string().nullable(),
      successorNames: z.array(z.string()),
    }),
  ),
  named: z.array(z.object({ code: z.string(), agencyIds: z.array(uuid) })),
  leaves: z.array(jointLeaf),
  progress: z.array(
    z.object({
      agencyId: uuid,
      agencyName: z.string(),
      assigned: z.number().int(),
      filled: z.number().int(),
      returned: z.number().int(),
      accepted: z.number().int(),
      explanationsOwed: z.number().int(),
    }),
  ),
  explanationDue: z.string().nullable(),
});

export const ministryImportResult = z.object({ saved: z.number().int(), unchanged: z.number().int() });

/** A deducted criterion turned into an assignment for its responsible agency, in a plan. */
export const deductionWorkRequest = z.object({
  planId: uuid.meta({ label: 'Kế hoạch' }),
  /** One of the criterion's agencies; may be left out when it has only one. */
  unitId: uuid.optional().meta({ label: 'Cơ quan chủ trì' }),
  /** Absent: 31/12 of the plan's year. */
  dueOn: isoDate.nullable().optional().meta({ label: 'Hạn hoàn thành' }),
});

export const deductionWorkResult = z.object({
  id: uuid,
  assignmentId: uuid,
  activityId: uuid,
  planId: uuid,
  unitId: uuid,
  dueOn: z.string().nullable(),
  /** false: the criterion had already been turned into work (the same assignment is returned). */
  created: z.boolean(),
});
