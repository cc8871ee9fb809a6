import { z } from 'zod';
import { isFigureKey } from '../domain/figures/catalogue.js';
import { CALENDAR_PERIODS, REPORT_LEVELS } from '../domain/reporting/periods.js';
import { isoDate, paginated, paginationQuery, searchText, uuid } from './common.js';

export const assignmentStatus = z.enum(['not_started', 'in_progress', 'done', 'done_late', 'not_feasible'], {
  error:
    'Trạng thái không hợp lệ; chọn một trong: chưa triển khai, đang thực hiện, hoàn thành, hoàn thành trễ hạn, không thực hiện được.',
});

/** One of several due dates of an assignment ("Báo cáo 6 tháng" by 07/6): done or still open. */
export const assignmentMilestone = z.object({
  id: uuid,
  label: z.string(),
  dueOn: isoDate,
  doneOn: isoDate.nullable(),
});
export type AssignmentMilestone = z.infer<typeof assignmentMilestone>;

export const assignmentSummary = z.object({
  id: uuid,
  planId: uuid,
  planName: z.string(),
  unitId: uuid,
  unitName: z.string(),
  role: z.enum(['lead', 'cooperating']),
  area: z.string().nullable(),
  number: z.string().nullable(),
  title: z.string(),
  deliverable: z.string().nullable(),
  deadlineText: z.string(),
  /** The due date; with milestones, the next one not yet done. */
  dueOn: z.string().nullable(),
  /** Several due dates of the deadline cell, in date order; empty with one due date. */
  milestones: z.array(assignmentMilestone),
  status: assignmentStatus,
  progress: z.number().int(),
  completedOn: z.string().nullable(),
  overdue: z.boolean(),
  cancelled: z.boolean(),
  evidenceCount: z.number().int(),
  version: z.number().int(),
});
export type AssignmentSummary = z.infer<typeof assignmentSummary>;

export const listAssignmentsQuery = paginationQuery.extend({
  planId: uuid.optional(),
  unitId: uuid.optional(),
  status: assignmentStatus.optional(),
  area: z.string().max(20).optional(),
  role: z.enum(['lead', 'cooperating']).optional(),
  /** due_soon: due within 14 days and not finished; overdue: past due and not finished. */
  due: z.enum(['due_soon', 'overdue']).optional(),
  q: searchText,
});
export const assignmentPage = paginated(assignmentSummary).extend({
  counts: z.object({
    total: z.number().int(),
    overdue: z.number().int(),
    dueSoon: z.number().int(),
    byStatus: z.record(z.string(), z.number().int()),
  }),
});

const evidenceFile = z.object({
  id: uuid,
  fileId: uuid,
  fileName: z.string(),
  sizeBytes: z.number().int(),
  contentType: z.string(),
  uploadedAt: z.string(),
  uploadedByName: z.string().nullable(),
});
const issuedDocument = z.object({
  id: uuid,
  numberSymbol: z.string(),
  issuedOn: z.string(),
  summary: z.string(),
  fileId: uuid.nullable(),
});

export const assignmentDetail = assignmentSummary.extend({
  objective: z.string().nullable(),
  task: z.string().nullable(),
  leadText: z.string(),
  cooperatingText: z.string(),
  writtenAs: z.string(),
  note: z.string().nullable(),
  reason: z.string().nullable(),
  resultText: z.string(),
  cancelReason: z.string().nullable(),
  evidence: z.array(evidenceFile),
  /** Files withdrawn as wrongly uploaded: kept, with who withdrew them and why. */
  withdrawnEvidence: z.array(
    evidenceFile.extend({ withdrawnAt: z.string(), withdrawnByName: z.string().nullable(), reason: z.string() }),
  ),
  documents: z.array(issuedDocument),
  cooperatingUnits: z.array(z.object({ unitId: uuid, unitName: z.string() })),
  /** The assignment this one continues (after a reassignment, or carried from last year's plan). */
  carriedFrom: z.object({ id: uuid, planId: uuid, planName: z.string(), planYear: z.number().int() }).nullable(),
});

export const updateAssignmentRequest = z.object({
  version: z.number().int().min(1),
  status: assignmentStatus,
  progress: z.number({ error: 'Tiến độ phải là số phần trăm.' }).int('Tiến độ phải là số nguyên.').min(0).max(100),
  completedOn: isoDate.nullable().default(null),
  reason: z.string().trim().max(2000).nullable().default(null),
  resultText: z.string().trim().max(20_000).default(''),
});

/** The unit says a milestone is done (on `doneOn`, today by default) or undoes that. */
export const markMilestoneRequest = z.object({
  version: z.number().int().min(1),
  done: z.boolean({ error: 'Hãy chọn mốc đã hoàn thành hay chưa.' }),
  doneOn: isoDate.nullable().default(null),
});

export const addIssuedDocumentRequest = z.object({
  numberSymbol: z.string().trim().min(1, 'Hãy nhập số, ký hiệu văn bản (ví dụ 12/KH-UBND).').max(100),
  issuedOn: isoDate,
  summary: z.string().trim().min(3, 'Hãy nhập trích yếu văn bản.').max(1000),
});

export const periodSummary = z.object({
  id: uuid,
  planId: uuid,
  code: z.string(),
  kind: z.string(),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  /** Seen by a unit's reporter (or in a unit's report): the unit's own due date. */
  dueOn: z.string(),
  /** A level's own due date set by the plan's calendar (department, district, commune). */
  dueByLevel: z.record(z.string(), z.string()),
  closed: z.boolean(),
});

/**
 * A due rule as sent: the Vietnamese range checks (and "31/02 is not a date") are the domain's
 * (src/domain/reporting/periods.ts), so that every refusal names the period and level.
 */
const dueRule = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('day_of_last_month'), day: z.number() }),
  z.object({ rule: z.literal('days_after_end'), days: z.number() }),
  z.object({ rule: z.literal('fixed_date'), month: z.number(), day: z.number() }),
]);
const calendarPeriod = z.enum(CALENDAR_PERIODS);
const levelRules = z.partialRecord(z.enum(REPORT_LEVELS), dueRule);

/** A plan's reporting calendar: which regular reports, due rules per period and per level, the data window. */
export const reportingCalendarSchema = z.object({
  periods: z.array(calendarPeriod).max(CALENDAR_PERIODS.length),
  window: z.discriminatedUnion('rule', [
    z.object({ rule: z.literal('cutoff'), day: z.number() }),
    z.object({ rule: z.literal('calendar') }),
  ]),
  due: dueRule,
  dueOverrides: z.partialRecord(calendarPeriod, dueRule),
  levelDue: z.partialRecord(calendarPeriod, levelRules),
});

export const reportingCalendarView = z.object({
  planId: uuid,
  year: z.number().int(),
  /** False while the plan has today's defaults (nothing set). */
  custom: z.boolean(),
  calendar: reportingCalendarSchema,
});

/** Saving: without `confirm`, nothing is written and the answer says what would change. */
export const saveReportingCalendarRequest = z.object({
  calendar: reportingCalendarSchema,
  confirm: z.boolean().default(false),
});

const periodChange = z.object({
  code: z.string(),
  label: z.string(),
  dueOn: z.string(),
  previousDueOn: z.string().optional(),
});
export const reportingCalendarChange = z.object({
  saved: z.boolean(),
  added: z.array(periodChange),
  changed: z.array(periodChange),
  removed: z.array(periodChange),
  /** Periods that would change or go but already have reports (or are closed): kept as they are. */
  kept: z.array(periodChange.extend({ reason: z.enum(['closed', 'in_use']) })),
  unchanged: z.number().int(),
});

export const adHocPeriodRequest = z.object({
  label: z.string().trim().min(3, 'Hãy nhập tên kỳ báo cáo đột xuất (ít nhất 3 ký tự).').max(200),
  start: isoDate,
  end: isoDate,
  dueOn: isoDate,
});

const narrative = z.object({
  achievements: z.string().max(50_000),
  shortcomings: z.string().max(50_000),
  causes: z.string().max(50_000),
  nextTasks: z.string().max(50_000),
  proposals: z.string().max(50_000),
});
export const reportItem = z.object({
  assignmentId: uuid,
  status: assignmentStatus,
  progress: z.number().int().min(0).max(100),
  completedOn: isoDate.nullable(),
  reason: z.string().max(2000).nullable(),
  result: z.string().max(20_000),
  evidenceFileIds: z.array(uuid).max(50),
});
export const reportContent = z.object({
  items: z.array(reportItem).max(2000),
  indicators: z
    .array(
      z.object({
        indicatorId: uuid,
        value: z.number().finite().nullable(),
        // A rate target's two counts: its value is computed from them (domain/reporting/indicator-counts.ts).
        numerator: z.number().finite().nullable().optional(),
        denominator: z.number().finite().nullable().optional(),
        note: z.string().max(2000),
        // The unit's evidence for the figure, uploaded for this target of this report first.
        evidenceFileId: uuid.nullable().optional(),
        evidenceFileName: z.string().max(255).nullable().optional(),
      }),
    )
    .max(500),
  sections: narrative,
});

const itemComment = z.object({ itemKey: z.string().min(1).max(100), comment: z.string().trim().min(1).max(5000) });

export const reportVersionSummary = z.object({
  number: z.number().int(),
  action: z.enum(['submit', 'return', 'accept', 'reopen']),
  fromStatus: z.string(),
  toStatus: z.string(),
  overallComment: z.string().nullable(),
  itemComments: z.array(itemComment),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const unitReport = z.object({
  /** Null until the unit first saves its report. */
  id: uuid.nullable(),
  period: periodSummary,
  unitId: uuid,
  unitName: z.string(),
  status: z.enum(['draft', 'submitted', 'returned', 'accepted']),
  submissionCount: z.number().int(),
  firstSubmittedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
  content: reportContent,
  /** What the form shows beside each item: the assignment's activity and the indicator's target. */
  assignments: z.array(
    // resultText: the task page's result now, so the form can show it where the report's text differs.
    z.object({
      id: uuid,
      area: z.string().nullable(),
      number: z.string().nullable(),
      title: z.string(),
      dueOn: z.string().nullable(),
      deadlineText: z.string(),
      resultText: z.string(),
    }),
  ),
  indicators: z.array(
    z.object({
      id: uuid,
      area: z.string().nullable(),
      subject: z.string(),
      text: z.string(),
      comparator: z.string(),
      value: z.number(),
      unit: z.string(),
      level: z.string().nullable(),
      /**
       * How the unit gives its figure: 'figure' computed from the catalogue (read-only), 'counts' a rate's
       * numerator and denominator, 'value' a count typed as is.
       */
      entry: z.enum(['figure', 'counts', 'value']),
      countLabels: z.object({ numerator: z.string(), denominator: z.string() }).nullable(),
      /** For 'figure': the unit's own value computed from the catalogue for the period, with its source. */
      figure: z
        .object({
          key: z.string(),
          value: z.number().nullable(),
          numerator: z.number().nullable(),
          denominator: z.number().nullable(),
          sourceLabel: z.string(),
          link: z.string().optional(),
        })
        .nullable(),
    }),
  ),
  allowedActions: z.array(z.enum(['edit', 'submit', 'return', 'accept', 'reopen'])),
  /** The latest return's comments, shown on the form while the unit fixes its report. */
  lastReturn: reportVersionSummary.nullable(),
  version: z.number().int(),
});

/** Version 0 saves a report for the first time. */
export const saveReportRequest = z.object({ version: z.number().int().min(0), content: reportContent });
export const returnReportRequest = z.object({
  version: z.number().int().min(1),
  overallComment: z.string().trim().max(5000).nullable().default(null),
  itemComments: z.array(itemComment).max(500).default([]),
});
export const versionOnlyRequest = z.object({ version: z.number().int().min(1) });
export const reopenReportRequest = z.object({
  version: z.number().int().min(1),
  reason: z.string().trim().min(3, 'Hãy ghi lý do mở lại báo cáo.').max(2000),
});

export const completenessQuery = z.object({
  area: z.string().max(20).optional(),
  kind: z.enum(['province', 'department', 'district', 'commune', 'other']).optional(),
  level: z.enum(['central', 'province', 'district', 'commune']).optional(),
});

export const notificationItem = z.object({
  id: uuid,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export const notificationSettingsBody = z.object({
  daysBefore: z.array(z.number().int().min(1).max(60)).max(5),
  onDueDate: z.boolean(),
  weeklyWhileOverdue: z.boolean(),
  email: z.boolean(),
  inApp: z.boolean(),
});

const changeReason = z.string().trim().min(3, 'Hãy ghi lý do thay đổi phân công.').max(2000);
export const assignmentChangeRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reassign'), assignmentId: uuid, toUnitId: uuid, reason: changeReason }),
  z.object({
    type: z.literal('split'),
    assignmentId: uuid,
    toUnitIds: z.array(uuid).min(2, 'Chia nhiệm vụ cần ít nhất hai đơn vị.').max(50),
    reason: changeReason,
  }),
  z.object({ type: z.literal('add'), activityId: uuid, unitId: uuid, reason: changeReason }),
  z.object({ type: z.literal('cancel'), assignmentId: uuid, reason: changeReason }),
  z.object({ type: z.literal('follow_successor'), assignmentId: uuid }),
]);
export const assignmentChangeResult = z.object({ cancelled: z.array(uuid), created: z.array(uuid) });

const completenessUnit = z.object({ id: uuid, name: z.string(), kind: z.string(), level: z.string() });
export const reportStanding = z.enum(['accepted', 'under_review', 'returned', 'draft', 'missing']);
export const reportTimeliness = z.enum(['on_time', 'late', 'not_due', 'overdue']);
/** A period's reports: expected vs received vs accepted, on time, who is missing, and overdue work. */
export const completenessFigures = z.object({
  periodCode: z.string(),
  label: z.string(),
  dueOn: z.string(),
  expected: z.number().int(),
  received: z.number().int(),
  accepted: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  receivedRate: z.number().nullable(),
  acceptedRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
});
export const periodCompletenessReport = completenessFigures.extend({
  missing: z.array(completenessUnit),
  entries: z.array(
    z.object({
      unitId: uuid,
      unitName: z.string(),
      standing: reportStanding,
      timeliness: reportTimeliness,
      firstSubmittedOn: z.string().nullable(),
    }),
  ),
  overdue: z.object({
    assignments: z.number().int(),
    activities: z.number().int(),
    byUnit: z.array(z.object({ unitId: uuid, count: z.number().int(), maxDaysOverdue: z.number().int() })),
    byArea: z.array(z.object({ areaCode: z.string().nullable(), count: z.number().int() })),
  }),
});

const wordDiff = z.array(z.object({ op: z.enum(['equal', 'delete', 'insert']), text: z.string() }));
const changeKind = z.enum(['added', 'removed', 'changed']);
const diffValue = z.union([z.string(), z.number()]).nullable();
/** What changed between two versions of a report, item by item, with word diffs of the texts. */
export const reportDiff = z.object({
  changed: z.boolean(),
  items: z.array(
    z.object({
      assignmentId: uuid,
      change: changeKind,
      fields: z.array(
        z.object({
          field: z.enum(['status', 'progress', 'completedOn', 'reason']),
          before: diffValue,
          after: diffValue,
          summary: z.string(),
        }),
      ),
      result: wordDiff.nullable(),
      evidenceAdded: z.array(uuid),
      evidenceRemoved: z.array(uuid),
    }),
  ),
  indicators: z.array(
    z.object({
      indicatorId: uuid,
      change: changeKind,
      before: z.number().nullable(),
      after: z.number().nullable(),
      note: wordDiff.nullable(),
    }),
  ),
  sections: z.array(
    z.object({
      section: z.enum(['achievements', 'shortcomings', 'causes', 'nextTasks', 'proposals']),
      label: z.string(),
      ops: wordDiff,
    }),
  ),
});

export const indicatorValueRequest = z.object({
  periodId: uuid,
  value: z.number({ error: 'Số liệu phải là một số.' }).finite(),
  note: z
    .string()
    .trim()
    .min(3, 'Hãy ghi nguồn số liệu (ví dụ: Cổng Dịch vụ công quốc gia, trích xuất ngày …).')
    .max(2000),
});
const valueEvidence = z.object({ fileName: z.string(), sizeBytes: z.number().int() }).nullable();
/** A province-wide figure entered by the coordinator, with its source and evidence file. */
export const indicatorValueView = z.object({ id: uuid, value: z.number(), note: z.string(), evidence: valueEvidence });
/** A file a unit attached as evidence of its figure for a target (put in the report's content to keep it). */
export const unitIndicatorEvidence = z.object({ fileId: uuid, fileName: z.string(), sizeBytes: z.number().int() });

/** A target's link to a catalogue figure: suggested at import, confirmed (or changed, cleared) by a coordinator. */
export const indicatorFigure = z.object({
  key: z.string().nullable(),
  status: z.enum(['suggested', 'confirmed', 'cleared']).nullable(),
  /** The figure's name (vi, en), for the key. */
  name: z.object({ vi: z.string(), en: z.string() }).nullable(),
  /** Who confirmed, changed or cleared it, and when. */
  linkedBy: z.string().nullable(),
  linkedAt: z.string().nullable(),
  /** The kind of figure the target needs (a % target a rate, a count a count): what it may be linked to. */
  kind: z.enum(['rate', 'count', 'score']),
});
export type IndicatorFigure = z.infer<typeof indicatorFigure>;
export const indicatorFigureLinkRequest = z.object({
  /** A catalogue key to confirm (or change to); null clears the link. */
  figureKey: z
    .string()
    .max(100)
    .refine(isFigureKey, { error: (issue) => `“${String(issue.input)}” không có trong danh mục số liệu.` })
    .nullable()
    .meta({ label: 'Số liệu theo dõi' }),
});
export const planIndicatorStatus = z.object({
  id: uuid,
  area: z.string().nullable(),
  subject: z.string(),
  text: z.string(),
  comparator: z.string(),
  target: z.number(),
  unit: z.string(),
  level: z.string().nullable(),
  series: z.array(
    z.object({
      periodCode: z.string(),
      periodLabel: z.string(),
      value: z.number(),
      source: z.enum(['coordinator', 'units']),
    }),
  ),
  status: z.enum(['achieved', 'not_achieved', 'at_risk']).nullable(),
  statusLabel: z.string(),
  trend: z.enum(['up', 'down', 'flat']).nullable(),
  explanation: z.string(),
  coordinatorValue: indicatorValueView.nullable(),
  /** The target's id in the plan file ("III-CT3"): the plan page matches its rows by it. */
  indicatorKey: z.string(),
  figure: indicatorFigure,
  /** The figure for the target's whole scope this period, as the consolidated report shows it. */
  province: z.object({
    /** Judged figure, or null. */
    value: z.number().nullable(),
    /** A figure from part of the responsible units (never judged). */
    provisionalValue: z.number().nullable(),
    source: z.enum(['catalogue', 'coordinator', 'units']).nullable(),
    sourceLabel: z.string(),
    coveredUnits: z.number().int(),
    scopeUnits: z.number().int(),
    coverageLabel: z.string(),
    resultLabel: z.string(),
  }),
  units: z.object({
    reported: z.number().int(),
    meeting: z.number().int(),
    values: z.array(z.object({ unitId: uuid, unitName: z.string(), value: z.number(), periodCode: z.string() })),
  }),
});

const namedUnit = z.object({ id: uuid, name: z.string() });
/** What a manual reminder reached: late units, those reminded, and those that could not be (no account / no e-mail). */
export const remindResult = z.object({
  units: z.number().int(),
  reminded: z.number().int(),
  recipients: z.number().int(),
  emails: z.number().int(),
  withoutAccount: z.array(namedUnit),
  withoutEmail: z.array(namedUnit),
});
export type RemindResult = z.infer<typeof remindResult>;
