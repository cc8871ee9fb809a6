/**
 * Assessment rounds over the HTTP API: criteria set versions, rounds and their stages, each unit's
 * entries (self-assessment, appraisal, explanation, final appraisal), evidence, survey points,
 * results and what-if plans. Shared with the browser app.
 */
import { z } from 'zod';
import { isoDate, uuid } from './common.js';
import { isSafeLink } from '../domain/text/safe-link.js';
import { criteriaSetSchema } from './criteria.js';

export const ROUND_STAGES = [
  'draft',
  'self_assessment',
  'appraisal',
  'explanation',
  'final_appraisal',
  'approved',
  'published',
] as const;
export const roundStatus = z.enum(ROUND_STAGES);
export type RoundStage = z.infer<typeof roundStatus>;

/** Vietnamese names of the stages, for messages and the browser. */
export const ROUND_STAGE_LABELS: Record<RoundStage, string> = {
  draft: 'Dự thảo',
  self_assessment: 'Tự đánh giá',
  appraisal: 'Thẩm định',
  explanation: 'Giải trình',
  final_appraisal: 'Thẩm định lại',
  approved: 'Hội đồng đã thông qua',
  published: 'Đã công bố',
};

const note = z.string().trim().max(4000);
const reason = z.string().trim().min(3, 'Hãy ghi lý do (ít nhất 3 ký tự).').max(4000);
const leafCode = z.string().min(1).max(40);

export const leafEntrySchema = z
  .object({
    value: z.union([z.boolean(), z.number().finite()]).optional(),
    inputs: z.record(z.string().max(60), z.number().finite()).optional(),
    notApplicable: z.boolean().optional(),
  })
  .strict();

// Criteria sets ----------------------------------------------------------------------------------

export const criteriaSetSummary = z.object({
  id: uuid,
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  year: z.number().int(),
  subject: z.enum(['province', 'department', 'commune', 'district']),
  leaves: z.number().int(),
  /** The newest version of its code. */
  latest: z.boolean(),
  archived: z.boolean(),
  createdAt: z.string(),
});
export const criteriaSetDetail = criteriaSetSummary.extend({ content: criteriaSetSchema });
export const criteriaSetImportResult = criteriaSetDetail.extend({
  /** False when the content equals the latest version of its code (no new version was made). */
  created: z.boolean(),
});
export const criteriaExportQuery = z.object({ format: z.enum(['json', 'xlsx']).default('json') });

// Rounds -----------------------------------------------------------------------------------------

const windows = {
  selfAssessmentFrom: isoDate,
  selfAssessmentTo: isoDate,
  appraisalFrom: isoDate,
  appraisalTo: isoDate,
  explanationTo: isoDate.nullable().default(null),
};
const windowsInOrder = (r: {
  selfAssessmentFrom?: string;
  selfAssessmentTo?: string;
  appraisalFrom?: string;
  appraisalTo?: string;
}) =>
  (!r.selfAssessmentFrom || !r.selfAssessmentTo || r.selfAssessmentFrom <= r.selfAssessmentTo) &&
  (!r.appraisalFrom || !r.appraisalTo || r.appraisalFrom <= r.appraisalTo);
const windowMessage = { message: 'Ngày kết thúc của mỗi đợt phải sau ngày bắt đầu.', path: ['selfAssessmentTo'] };

export const createRoundRequest = z
  .object({
    criteriaSetId: uuid,
    name: z.string().trim().min(3, 'Hãy đặt tên đợt đánh giá (ít nhất 3 ký tự).').max(300),
    unitIds: z.array(uuid).min(1, 'Hãy chọn ít nhất một đơn vị được đánh giá.').max(5000),
    ...windows,
  })
  .refine(windowsInOrder, windowMessage);

export const updateRoundRequest = z
  .object({
    version: z.number().int().min(1),
    name: z.string().trim().min(3).max(300).optional(),
    selfAssessmentFrom: isoDate.optional(),
    selfAssessmentTo: isoDate.optional(),
    appraisalFrom: isoDate.optional(),
    appraisalTo: isoDate.optional(),
    explanationTo: isoDate.nullable().optional(),
  })
  .refine(windowsInOrder, windowMessage);

export const councilRequest = z.object({
  version: z.number().int().min(1),
  members: z
    .array(
      z.object({
        userId: uuid,
        areas: z.array(leafCode).min(1, 'Hãy giao ít nhất một lĩnh vực.'),
        chair: z.boolean().default(false),
      }),
    )
    .max(100),
});

/** A user who may sit on a council. */
export const appraiserOption = z.object({ id: uuid, username: z.string(), displayName: z.string() });

export const advanceRoundRequest = z.object({ version: z.number().int().min(1), to: roundStatus });

export const roundSummary = z.object({
  id: uuid,
  name: z.string(),
  status: roundStatus,
  criteriaSet: criteriaSetSummary.pick({ id: true, code: true, version: true, name: true, year: true, subject: true }),
  selfAssessmentFrom: z.string(),
  selfAssessmentTo: z.string(),
  appraisalFrom: z.string(),
  appraisalTo: z.string(),
  explanationTo: z.string().nullable(),
  version: z.number().int(),
  units: z.number().int(),
  submitted: z.number().int(),
  publishedAt: z.string().nullable(),
});

export const roundUnitRow = z.object({
  unitId: uuid,
  code: z.string(),
  name: z.string(),
  rankGroup: z.string(),
  submittedAt: z.string().nullable(),
  version: z.number().int(),
});

export const roundDetail = roundSummary.extend({
  areas: z.array(z.object({ code: z.string(), title: z.string(), maxPoints: z.number() })),
  /** A reporter sees only their own unit here until the results are published. */
  roundUnits: z.array(roundUnitRow),
  council: z.array(z.object({ userId: uuid, displayName: z.string(), areas: z.array(z.string()), chair: z.boolean() })),
});

// Entries ----------------------------------------------------------------------------------------

export const selfAssessRequest = z.object({
  /** The entry's version as read; 0 when the leaf has no entry yet. */
  version: z.number().int().min(0),
  entry: leafEntrySchema,
  note: note.nullable().default(null),
});

/** Several leaves self-scored at once ("Lưu tất cả"): all are saved in one transaction, or none. */
export const selfAssessBatchRequest = z.object({
  entries: z
    .array(selfAssessRequest.extend({ code: leafCode }))
    .min(1, 'Không có tiêu chí nào thay đổi để lưu.')
    .max(1000)
    .refine(
      (entries) => new Set(entries.map((e) => e.code)).size === entries.length,
      'Mỗi tiêu chí chỉ được gửi một lần.',
    ),
});

export const appraiseRequest = z
  .object({
    /** The entry's version as read; 0 when the unit left the leaf empty. */
    version: z.number().int().min(0),
    /** accept: keep the unit's value (first appraisal) or the first appraisal (final); adjust: the value given, with a reason. */
    decision: z.enum(['accept', 'adjust']),
    entry: leafEntrySchema.optional(),
    reason: reason.optional(),
  })
  .refine((r) => r.decision === 'accept' || (r.entry && r.reason), {
    message: 'Khi điều chỉnh, hãy nhập giá trị thẩm định và lý do.',
    path: ['reason'],
  });

export const explainRequest = z.object({
  version: z.number().int().min(1),
  answer: z.string().trim().min(3, 'Hãy nhập nội dung giải trình.').max(8000),
});

export const evidenceLinkRequest = z
  .object({
    label: z.string().trim().min(1, 'Hãy ghi tên tài liệu kiểm chứng.').max(500),
    url: z.string().trim().max(2000).optional(),
    fileId: uuid.optional(),
  })
  .refine((r) => Boolean(r.url) !== Boolean(r.fileId), {
    message: 'Hãy cho một địa chỉ hoặc một tệp đã lưu trong cchc (một trong hai).',
    path: ['url'],
  })
  .refine((r) => !r.url || isSafeLink(r.url), {
    message:
      'Địa chỉ: phải là địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://, hoặc một trang trong cchc bắt đầu bằng một dấu / (không phải //).',
    path: ['url'],
  });

export const submitRequest = z.object({ version: z.number().int().min(1) });

export const evidenceItem = z.object({
  id: uuid,
  stage: z.enum(['self', 'explanation']),
  label: z.string(),
  url: z.string().nullable(),
  fileId: uuid.nullable(),
  fileName: z.string().nullable(),
  addedAt: z.string(),
});

const stagePoints = z.object({ points: z.number().nullable(), detail: z.string().nullable() });
export const leafEntryView = z.object({
  code: z.string(),
  title: z.string(),
  area: z.string(),
  maxPoints: z.number(),
  method: z.string(),
  source: z.enum(['self', 'survey']),
  guidance: z.string().nullable(),
  version: z.number().int(),
  self: z
    .object({ entry: leafEntrySchema.nullable(), note: z.string().nullable(), prefilledFrom: z.string().nullable() })
    .merge(stagePoints),
  appraisal: z
    .object({ entry: leafEntrySchema.nullable(), reason: z.string().nullable() })
    .merge(stagePoints)
    .nullable(),
  explanation: z.string().nullable(),
  final: z.object({ entry: leafEntrySchema.nullable(), reason: z.string().nullable() }).merge(stagePoints).nullable(),
  /** Points lost between the self-assessment and the appraisal: what an explanation answers. */
  deducted: z.number(),
  surveyPoints: z.number().nullable(),
  evidence: z.array(evidenceItem),
  /** Items withdrawn as wrongly added: no longer counted, kept with who withdrew them, when and why. */
  withdrawnEvidence: z.array(
    evidenceItem.extend({ withdrawnAt: z.string(), withdrawnByName: z.string().nullable(), reason: z.string() }),
  ),
});

const scoreTotals = z.object({
  total: z.number(),
  effectiveMax: z.number(),
  percent: z.number().nullable(),
  band: z.string().nullable(),
  areas: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      points: z.number(),
      maxPoints: z.number(),
      effectiveMax: z.number(),
    }),
  ),
  issues: z.array(z.object({ code: z.string(), severity: z.enum(['error', 'warning']), message: z.string() })),
});

export const unitScoring = z.object({
  round: roundSummary,
  unit: roundUnitRow,
  leaves: z.array(leafEntryView),
  scores: z.object({ self: scoreTotals, appraised: scoreTotals.nullable(), final: scoreTotals.nullable() }),
});

export const prefillResult = z.object({
  prefilled: z.array(
    z.object({
      code: z.string(),
      input: z.string().optional(),
      value: z.number(),
      label: z.string(),
      link: z.string(),
    }),
  ),
  missing: z.array(z.object({ code: z.string(), input: z.string().optional(), figure: z.string() })),
});

export const historyEntry = z.object({
  kind: z.string(),
  version: z.number().int(),
  data: z.unknown(),
  actorName: z.string().nullable(),
  at: z.string(),
});

// Survey, results, what-if -----------------------------------------------------------------------

export const surveyPointsRequest = z.object({
  rows: z
    .array(z.object({ unitId: uuid, code: leafCode, points: z.number().finite().min(0) }))
    .min(1)
    .max(50_000),
});
export const surveyPointsResult = z.object({ saved: z.number().int(), unchanged: z.number().int() });

export const resultsQuery = z.object({ previousRoundId: uuid.optional() });
export const resultsExportQuery = z.object({ format: z.enum(['xlsx', 'docx']).default('xlsx') });

export const unitResult = z.object({
  unitId: uuid,
  code: z.string(),
  name: z.string(),
  rankGroup: z.string(),
  rank: z.number().int(),
  of: z.number().int(),
  total: z.number(),
  effectiveMax: z.number(),
  percent: z.number().nullable(),
  selfPoints: z.number(),
  surveyPoints: z.number(),
  bonusPoints: z.number(),
  penaltyPoints: z.number(),
  band: z.string().nullable(),
  areas: z.array(z.object({ code: z.string(), points: z.number(), effectiveMax: z.number() })),
  lostMost: z.array(z.object({ code: z.string(), title: z.string(), lost: z.number() })),
  previous: z
    .object({
      total: z.number(),
      percent: z.number().nullable(),
      rank: z.number().int().nullable(),
      deltaPercent: z.number().nullable(),
    })
    .nullable(),
});

export const roundResults = z.object({
  round: roundSummary,
  areas: z.array(z.object({ code: z.string(), title: z.string(), maxPoints: z.number() })),
  units: z.array(unitResult),
  pointsLost: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      maxPoints: z.number(),
      units: z.number().int(),
      unitsLosing: z.number().int(),
      totalLost: z.number(),
      averageLost: z.number(),
      shareLost: z.number().nullable(),
    }),
  ),
  consistency: z.array(
    z.object({
      unitId: uuid,
      check: z.string(),
      severity: z.enum(['error', 'info']),
      code: z.string().nullable(),
      message: z.string(),
    }),
  ),
  /** True while the council has not approved: the figures may still change. */
  provisional: z.boolean(),
});

export const whatIfRequest = z.object({
  /** Last year's points per scored leaf (the province's PAR INDEX as the Ministry published it). */
  entries: z.record(leafCode, leafEntrySchema),
  /** Target points per area code. */
  targets: z.record(leafCode, z.number().finite().min(0)),
  pinned: z.record(leafCode, z.number().finite().min(0)).default({}),
  /** Start from the province's PAR INDEX published for this year (tracker's area scores); `entries` override. */
  fromPublishedYear: z.number().int().min(2000).max(2100).optional().meta({ label: 'Năm kết quả công bố' }),
});
export const whatIfResult = z.object({
  lastYear: z.object({ total: z.number(), percent: z.number().nullable() }),
  /** Present when started from a published year: the entries used and how each area was filled. */
  start: z
    .object({
      year: z.number(),
      name: z.string(),
      score: z.number().nullable(),
      entries: z.record(z.string(), leafEntrySchema),
      areas: z.array(
        z.object({
          code: z.string(),
          title: z.string(),
          maxPoints: z.number(),
          published: z.number().nullable(),
          prefilled: z.number(),
          note: z.string().nullable(),
        }),
      ),
    })
    .optional(),
  areas: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      current: z.number(),
      target: z.number(),
      planned: z.number(),
      maxPoints: z.number(),
      feasible: z.boolean(),
      shortfall: z.number(),
      leaves: z.array(
        z.object({
          code: z.string(),
          title: z.string(),
          source: z.string(),
          current: z.number(),
          required: z.number(),
          maxPoints: z.number(),
          increase: z.number(),
          pinned: z.boolean(),
          requiredValue: z.string().optional(),
        }),
      ),
    }),
  ),
  total: z.object({ current: z.number(), planned: z.number() }),
  problems: z.array(z.string()),
});
