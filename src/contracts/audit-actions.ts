/**
 * The audit catalogue: every entity and action the server writes to the audit log, with its name in both
 * languages of the web app and, for an action, the entity its rows are about and the schema of what it keeps
 * in `before` and `after`. `recordAudit` takes an action's code and exactly that payload (anything else is a
 * type error, and a payload that slips past the types is refused when written); the audit page shows the
 * label, the code only as a tooltip.
 *
 * Codes are `<entity>.<verb>`, both lowerCamel, the entity being the row's entity (`unit.archive`,
 * `unitReport.submit`), so one code says both what was done and to what. Renaming a code means a migration
 * that rewrites the rows already written (see 0009_audit_action_codes.sql).
 */
import { z } from 'zod';
import {
  assignmentProgress,
  indicatorFigureLink,
  indicatorValueRecord,
  instant,
  issuedDocumentRecord,
  reportDraftRecord,
  reportingPeriodRecord,
  scoringEntryRecord,
  scoringEvidenceRecord,
  scoringRoundRecord,
  scoringRoundUnitRecord,
  unitRecord,
  apiTokenRecord,
  ssoAccountRuleRecord,
  userRecord,
} from './audit-payloads.js';
import { planActivitySchema } from './plan-file.js';
import { columnMappingSchema } from './plans.js';
import { notificationSettingsBody, reportContent, reportingCalendarSchema } from './reporting.js';
import { councilRequest } from './scoring.js';
import { successionKind } from './units.js';
import { saveCalendarYearRequest } from './working-calendar.js';

interface Label {
  vi: string;
  en: string;
}

export const AUDIT_ENTITIES = {
  unit: { vi: 'Đơn vị', en: 'Unit' },
  system: { vi: 'Hệ thống', en: 'System' },
  user: { vi: 'Người dùng', en: 'User' },
  api_token: { vi: 'Mã truy cập API', en: 'API token' },
  sso_account_rule: { vi: 'Quy tắc tạo tài khoản đăng nhập một lần', en: 'Single sign-on account rule' },
  notification_settings: { vi: 'Cài đặt nhắc việc', en: 'Reminder settings' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  plan_import: { vi: 'Bản nhập kế hoạch', en: 'Plan import' },
  plan_activity: { vi: 'Nhiệm vụ của kế hoạch', en: 'Plan activity' },
  programme: { vi: 'Chương trình nhiều năm', en: 'Multi-year programme' },
  plan_indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  assignment: { vi: 'Nhiệm vụ được giao', en: 'Assignment' },
  reporting_period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  unit_report: { vi: 'Báo cáo của đơn vị', en: 'Unit report' },
  report_draft: { vi: 'Dự thảo báo cáo tổng hợp', en: 'Consolidated report draft' },
  report_build: { vi: 'Báo cáo tổng hợp', en: 'Consolidated report' },
  criteria_set: { vi: 'Bộ tiêu chí', en: 'Criteria set' },
  scoring_round: { vi: 'Đợt đánh giá', en: 'Scoring round' },
  scoring_round_unit: { vi: 'Phiếu chấm của đơn vị', en: 'Unit score sheet' },
  scoring_entry: { vi: 'Điểm tiêu chí', en: 'Criterion score' },
  scoring_evidence: { vi: 'Tài liệu kiểm chứng', en: 'Scoring evidence' },
  dossier_import: { vi: 'Bản nhập hồ sơ TTHC', en: 'Dossier import' },
  dossier_source: { vi: 'Nguồn dữ liệu hồ sơ TTHC', en: 'Dossier data source' },
  service_figures: { vi: 'Số liệu chất lượng phục vụ (QĐ 766)', en: 'Service-quality figures (QĐ 766)' },
  national_index: { vi: 'Chỉ số quốc gia', en: 'National index' },
  index_result: { vi: 'Kết quả chỉ số quốc gia', en: 'National index result' },
  index_target: { vi: 'Mục tiêu chỉ số quốc gia', en: 'National index target' },
  index_work_item: { vi: 'Nhiệm vụ khắc phục điểm bị mất', en: 'Lost-points work item' },
  register_entry: { vi: 'Mục sổ theo dõi', en: 'Register entry' },
  register_follow_up: { vi: 'Nhiệm vụ theo dõi', en: 'Follow-up item' },
  inspection_plan: { vi: 'Kế hoạch kiểm tra CCHC', en: 'Inspection plan' },
  survey_questionnaire: { vi: 'Phiếu khảo sát', en: 'Survey questionnaire' },
  survey_campaign: { vi: 'Đợt khảo sát', en: 'Survey campaign' },
  survey_response: { vi: 'Phiếu trả lời khảo sát', en: 'Survey response' },
  unit_plan: { vi: 'Kế hoạch CCHC của đơn vị', en: 'Unit CCHC plan' },
  unit_plan_activity: { vi: 'Hoạt động trong kế hoạch của đơn vị', en: 'Unit plan activity' },
  initiative: { vi: 'Sáng kiến CCHC', en: 'CCHC initiative' },
  initiative_application: { vi: 'Áp dụng sáng kiến', en: 'Initiative application' },
  citizen_feedback: { vi: 'Phản ánh, kiến nghị', en: 'Citizen feedback' },
  working_calendar: { vi: 'Lịch làm việc', en: 'Working calendar' },
} as const satisfies Record<string, Label>;

export type AuditEntity = keyof typeof AUDIT_ENTITIES;

/** One catalogue entry; `payload` holds the `before` and `after` the action writes (absent keys are written as null). */
function action<const E extends AuditEntity, const P extends z.ZodRawShape = Record<never, never>>(
  entity: E,
  vi: string,
  en: string,
  payload?: P,
) {
  return { entity, vi, en, payload: z.strictObject(payload ?? ({} as P)) };
}

const id = z.string();
const count = z.number().int();
const programmeRecord = z.object({ name: z.string(), startYear: count, endYear: count });
const indexResultRecord = z.object({
  id: z.string(),
  indexCode: z.string(),
  year: count,
  province: z.string(),
  label: z.string(),
  own: z.boolean(),
  score: z.number().nullable(),
  rank: count.nullable(),
  rankOf: count.nullable(),
  areas: z.array(
    z.object({ code: z.string(), score: z.number().nullable(), maxPoints: z.number().nullable() }).loose(),
  ),
});
const replaced = <T extends z.ZodType>(record: T) => ({ before: record, after: record });

// Payloads several actions share.
const assignmentChange = {
  before: z.object({ cancelled: z.array(id) }),
  after: z.object({ created: z.array(z.object({ id, unitId: id })) }),
};
const reportStatus = z.enum(['draft', 'submitted', 'returned', 'accepted']);
const reportTransition = {
  before: z.object({ status: reportStatus }),
  after: z.object({ status: reportStatus, submission: count.nullable() }),
};
const planCommitted = {
  after: z.object({
    name: z.string(),
    version: count,
    importId: id,
    activities: count,
    assignments: count,
    cooperating: count,
    cancelled: count,
    unassigned: count,
  }),
};
const surveyCampaignRecord = z.object({
  title: z.string(),
  questionnaireVersionId: id,
  startsOn: z.string(),
  endsOn: z.string(),
  codesRequired: z.boolean(),
  units: z.array(z.object({ unitId: id, quota: count.nullable() })),
  fieldQuotas: z.array(z.object({ field: z.string(), quota: count })),
});
const entryWrite = { before: scoringEntryRecord.nullable(), after: scoringEntryRecord };
const roundChange = replaced(scoringRoundRecord);
// A register entry as kept in the log: its register, owner unit and typed fields.
const registerEntryRecord = z.object({
  register: z.string(),
  unitId: id,
  fields: z.record(z.string(), z.unknown()),
  version: count,
  cancelled: z.boolean(),
});
const followUpRecord = z.object({
  entryId: id,
  unitId: id,
  title: z.string(),
  dueOn: z.string(),
  status: z.enum(['open', 'reported', 'done', 'cancelled']),
  result: z.string().nullable(),
  closedOn: z.string().nullable(),
  reportedOn: z.string().nullable().optional(),
  returnReason: z.string().nullable().optional(),
});
const inspectionPlanRecord = z.object({
  year: z.number().int(),
  level: z.string(),
  targetPercent: z.number(),
  title: z.string(),
  team: z.array(z.object({ name: z.string(), unit: z.string(), role: z.string().nullable() })),
  units: z.array(z.object({ unitId: id, scheduledOn: z.string() })),
  cancelled: z.boolean(),
});
/** A year's working calendar as saved: the origin it replaced shows in `before` (null: it was never saved). */
const calendarYearRecord = saveCalendarYearRequest.omit({ version: true }).extend({ version: count });

const unitPlanRecord = z.object({
  planId: id,
  unitId: id,
  documentNumber: z.string(),
  issuedOn: z.string(),
  fileName: z.string().nullable(),
});
const initiativeState = z.object({
  status: z.enum(['submitted', 'recognised', 'not_recognised', 'withdrawn']),
  effectLevel: z.string().nullable().optional(),
  decidedOn: z.string().nullable().optional(),
  decisionNumber: z.string().nullable().optional(),
});
const feedbackReceived = z.object({
  receivedOn: z.string(),
  channel: z.string(),
  subject: z.string(),
  dueOn: z.string(),
  unitId: id.nullable(),
  reference: z.string().nullable(),
});
const feedbackState = z.object({
  status: z.enum(['received', 'assigned', 'answered', 'cancelled']),
  unitId: id.nullable().optional(),
  answeredOn: z.string().nullable().optional(),
  onTime: z.boolean().optional(),
  published: z.boolean().optional(),
  publishedOn: z.string().nullable().optional(),
});
const applicationRecord = z.object({ initiativeId: id, unitId: id, appliedOn: z.string(), note: z.string() });

export const AUDIT_ACTIONS = {
  // Units' own CCHC plans
  'plan.setUnitPlanDeadlines': action(
    'plan',
    'Đặt hạn ban hành kế hoạch CCHC của các cấp',
    'Unit plan deadlines set',
    replaced(z.array(z.object({ level: z.string(), dueOn: z.string().nullable() }))),
  ),
  'unitPlan.record': action('unit_plan', 'Ghi nhận kế hoạch CCHC của đơn vị', 'Unit plan recorded', {
    after: unitPlanRecord,
  }),
  'unitPlan.attachFile': action('unit_plan', 'Tải lên tệp kế hoạch CCHC của đơn vị', 'Unit plan file uploaded', {
    before: z.object({ fileName: z.string().nullable() }),
    after: z.object({ fileName: z.string(), sizeBytes: count }),
  }),
  'unitPlan.cancel': action('unit_plan', 'Hủy kế hoạch CCHC đã ghi nhận', 'Unit plan record cancelled', {
    before: unitPlanRecord,
  }),
  'unitPlan.readActivities': action(
    'unit_plan',
    'Đọc hoạt động từ tệp kế hoạch CCHC của đơn vị',
    'Unit plan activities read from its file',
    {
      before: z.object({ activities: count }),
      after: z.object({ fileName: z.string(), activities: count, linked: count }),
    },
  ),
  'unitPlanActivity.link': action(
    'unit_plan_activity',
    'Gắn hoạt động của đơn vị với kế hoạch tỉnh',
    'Unit plan activity linked to the province plan',
    replaced(z.object({ planActivityId: id.nullable(), link: z.string() })),
  ),
  // Initiatives
  'initiative.propose': action('initiative', 'Đề xuất sáng kiến', 'Initiative proposed', {
    after: z.object({ unitId: id, year: count, title: z.string(), area: z.string() }),
  }),
  'initiative.addFile': action('initiative', 'Thêm tệp vào sáng kiến', 'Initiative file added', {
    after: z.object({ fileName: z.string(), sizeBytes: count }),
  }),
  'initiative.decide': action(
    'initiative',
    'Ghi quyết định của Hội đồng về sáng kiến',
    'Council decision on an initiative recorded',
    replaced(initiativeState),
  ),
  'initiative.attachDecisionFile': action(
    'initiative',
    'Tải lên tệp quyết định công nhận sáng kiến',
    'Initiative decision file uploaded',
    { after: z.object({ fileName: z.string(), sizeBytes: count }) },
  ),
  'initiative.withdraw': action('initiative', 'Rút sáng kiến', 'Initiative withdrawn', replaced(initiativeState)),
  'initiativeApplication.record': action(
    'initiative_application',
    'Ghi nhận áp dụng sáng kiến',
    'Initiative application recorded',
    { after: applicationRecord },
  ),
  'initiativeApplication.cancel': action(
    'initiative_application',
    'Hủy ghi nhận áp dụng sáng kiến',
    'Initiative application cancelled',
    { before: applicationRecord },
  ),
  // Citizen feedback (PAKN)
  'citizenFeedback.receive': action('citizen_feedback', 'Tiếp nhận phản ánh, kiến nghị', 'Citizen feedback received', {
    after: feedbackReceived,
  }),
  'citizenFeedback.import': action(
    'citizen_feedback',
    'Tiếp nhận phản ánh, kiến nghị từ tệp',
    'Citizen feedback imported from a file',
    { after: feedbackReceived.extend({ file: z.string(), row: count }) },
  ),
  'citizenFeedback.assign': action(
    'citizen_feedback',
    'Giao phản ánh, kiến nghị cho đơn vị xử lý',
    'Citizen feedback assigned',
    replaced(feedbackState),
  ),
  'citizenFeedback.answer': action(
    'citizen_feedback',
    'Trả lời phản ánh, kiến nghị',
    'Citizen feedback answered',
    replaced(feedbackState),
  ),
  'citizenFeedback.publish': action(
    'citizen_feedback',
    'Công khai trả lời phản ánh, kiến nghị',
    'Citizen feedback answer published',
    replaced(feedbackState),
  ),
  'citizenFeedback.cancel': action(
    'citizen_feedback',
    'Hủy phản ánh, kiến nghị',
    'Citizen feedback cancelled',
    replaced(feedbackState),
  ),
  // Units and accounts
  'unit.create': action('unit', 'Thêm đơn vị', 'Unit created', { after: unitRecord }),
  'unit.update': action('unit', 'Sửa đơn vị', 'Unit edited', replaced(unitRecord)),
  'unit.archive': action('unit', 'Lưu trữ đơn vị', 'Unit archived', replaced(unitRecord)),
  'unit.createByImport': action('unit', 'Thêm đơn vị khi nhập tệp', 'Unit created by a file import', {
    after: unitRecord,
  }),
  'unit.updateByImport': action(
    'unit',
    'Sửa đơn vị khi nhập tệp',
    'Unit edited by a file import',
    replaced(unitRecord),
  ),
  'unit.addSuccession': action('unit', 'Thêm liên kết kế thừa', 'Succession added', {
    before: z.object({ validTo: z.string().nullable() }),
    after: z.object({
      toId: id,
      kind: successionKind,
      effectiveOn: z.string(),
      note: z.string().nullable(),
      validTo: z.string(),
    }),
  }),
  'user.create': action('user', 'Tạo tài khoản', 'Account created', { after: userRecord }),
  'user.update': action('user', 'Sửa tài khoản', 'Account edited', replaced(userRecord)),
  'user.archive': action('user', 'Lưu trữ tài khoản', 'Account archived', replaced(userRecord)),
  'user.login': action('user', 'Đăng nhập', 'Signed in'),
  'user.logout': action('user', 'Đăng xuất', 'Signed out'),
  'user.lockOut': action('user', 'Khóa do đăng nhập sai', 'Locked after failed sign-ins'),
  'user.changePassword': action('user', 'Đổi mật khẩu', 'Password changed'),
  'user.resetPassword': action('user', 'Đặt lại mật khẩu', 'Password reset'),
  'apiToken.issue': action('api_token', 'Cấp mã truy cập API', 'API token issued', { after: apiTokenRecord }),
  'apiToken.revoke': action('api_token', 'Thu hồi mã truy cập API', 'API token revoked', replaced(apiTokenRecord)),
  'ssoAccountRule.create': action('sso_account_rule', 'Thêm quy tắc tạo tài khoản SSO', 'SSO account rule added', {
    after: ssoAccountRuleRecord,
  }),
  'ssoAccountRule.delete': action('sso_account_rule', 'Bỏ quy tắc tạo tài khoản SSO', 'SSO account rule removed', {
    before: ssoAccountRuleRecord,
  }),
  'notificationSettings.update': action('notification_settings', 'Đổi cài đặt nhắc việc', 'Reminder settings changed', {
    after: notificationSettingsBody,
  }),
  'system.downloadBackup': action('system', 'Tải bản sao lưu toàn hệ thống', 'Whole-system backup downloaded', {
    after: z.object({ fileName: z.string(), bytes: count }),
  }),
  // Dossiers (the province's procedure system's exports)
  'dossierImport.upload': action('dossier_import', 'Tải lên tệp hồ sơ TTHC', 'Dossier file uploaded', {
    after: z.object({ fileName: z.string(), sourceName: z.string(), validRows: count, invalidRows: count }),
  }),
  'dossierImport.commit': action('dossier_import', 'Ghi hồ sơ TTHC từ tệp', 'Dossiers written from a file', {
    after: z.object({ inserted: count, updated: count, unchanged: count.optional(), skippedRows: count }),
  }),
  'dossierImport.reread': action(
    'dossier_import',
    'Đọc lại tệp hồ sơ TTHC theo cách đọc cột mới',
    'Dossier file read again with a new column mapping',
    {
      after: z.object({ sourceName: z.string(), validRows: count, invalidRows: count }),
    },
  ),
  'dossierSource.saveMapping': action(
    'dossier_source',
    'Lưu cách đọc cột của nguồn hồ sơ',
    'Dossier column mapping saved',
    { after: z.object({ sourceName: z.string(), mapping: z.record(z.string(), z.string()) }) },
  ),
  // Plans
  'planImport.upload': action('plan_import', 'Tải lên văn bản kế hoạch', 'Plan document uploaded', {
    after: z.object({ fileName: z.string(), activities: count }),
  }),
  'planImport.reviseActivity': action(
    'plan_import',
    'Sửa nhiệm vụ khi rà soát',
    'Activity revised in review',
    replaced(planActivitySchema),
  ),
  'planImport.decideDuty': action('plan_import', 'Xác nhận nhiệm vụ từ văn bản', 'Duty from the text decided', {
    before: z.object({ dutyId: z.string(), decision: z.string() }),
    after: z.object({ dutyId: z.string(), decision: z.string() }),
  }),
  'planImport.mapColumns': action(
    'plan_import',
    'Đọc lại văn bản kế hoạch theo cách đọc cột đã chọn',
    'Plan document read again with a column mapping',
    {
      before: z.object({
        mapping: columnMappingSchema.nullable(),
        activities: count,
        /** Activities corrected by hand that the re-reading replaced (absent in entries written before). */
        revisedActivities: count.optional(),
      }),
      after: z.object({ mapping: columnMappingSchema, activities: count }),
    },
  ),
  'planImport.discard': action('plan_import', 'Hủy bản nhập', 'Import discarded'),
  'plan.commit': action('plan', 'Ban hành kế hoạch', 'Plan committed', planCommitted),
  'plan.commitVersion': action(
    'plan',
    'Ban hành phiên bản mới của kế hoạch',
    'New plan version committed',
    planCommitted,
  ),
  'plan.carryOver': action('plan', 'Lập kế hoạch năm sau từ kế hoạch', "Next year's plan made from a plan", {
    after: z.object({
      name: z.string(),
      year: count,
      fromPlanId: id,
      fromYear: count,
      activities: count,
      assignments: count,
      indicators: count,
      deadlinesToSet: count,
    }),
  }),
  'plan.setProgramme': action('plan', 'Gắn kế hoạch vào chương trình', 'Plan assigned to a programme', {
    before: z.object({ programmeId: id.nullable() }),
    after: z.object({ programmeId: id.nullable() }),
  }),
  'programme.create': action('programme', 'Tạo chương trình nhiều năm', 'Programme created', {
    after: programmeRecord,
  }),
  'programme.update': action('programme', 'Sửa chương trình nhiều năm', 'Programme edited', {
    before: programmeRecord,
    after: programmeRecord,
  }),
  'plan.addPeriod': action('plan', 'Thêm kỳ báo cáo', 'Reporting period added', { after: reportingPeriodRecord }),
  'plan.setReportingCalendar': action('plan', 'Đặt lịch báo cáo', 'Reporting calendar set', {
    before: reportingCalendarSchema.nullable(),
    after: z.object({
      calendar: reportingCalendarSchema,
      added: z.array(z.string()),
      changed: z.array(z.string()),
      removed: z.array(z.string()),
      kept: z.array(z.string()),
    }),
  }),
  'plan.loadDemoProgress': action('plan', 'Nạp tiến độ mẫu', 'Demo progress loaded', {
    after: z.object({ finishedAssignments: count, dueBefore: z.string(), underWay: count }),
  }),
  // Tasks and reports
  'planActivity.reassign': action(
    'plan_activity',
    'Giao lại cho đơn vị khác',
    'Reassigned to another unit',
    assignmentChange,
  ),
  'planActivity.split': action('plan_activity', 'Tách giao cho nhiều đơn vị', 'Split between units', assignmentChange),
  'planActivity.addUnit': action('plan_activity', 'Giao thêm đơn vị', 'Unit added', assignmentChange),
  'planActivity.cancelAssignment': action(
    'plan_activity',
    'Hủy giao nhiệm vụ',
    'Assignment cancelled',
    assignmentChange,
  ),
  'planActivity.followSuccessor': action(
    'plan_activity',
    'Chuyển cho đơn vị kế thừa',
    'Moved to the successor unit',
    assignmentChange,
  ),
  'assignment.updateProgress': action(
    'assignment',
    'Cập nhật tiến độ',
    'Progress updated',
    replaced(assignmentProgress),
  ),
  'assignment.markMilestone': action('assignment', 'Cập nhật mốc thời hạn', 'Milestone marked', {
    before: z.object({ milestoneId: id, label: z.string(), doneOn: z.string().nullable() }),
    after: z.object({
      milestoneId: id,
      label: z.string(),
      doneOn: z.string().nullable(),
      dueOn: z.string().nullable(),
    }),
  }),
  'assignment.addEvidence': action('assignment', 'Thêm tệp minh chứng', 'Evidence file added', {
    after: z.object({ evidenceId: id, fileName: z.string(), sizeBytes: count }),
  }),
  'assignment.withdrawEvidence': action('assignment', 'Rút tệp minh chứng', 'Evidence file withdrawn', {
    before: z.object({ evidenceId: id, fileId: id, fileName: z.string() }),
  }),
  'assignment.addDocument': action('assignment', 'Thêm văn bản đã ban hành', 'Issued document added', {
    after: issuedDocumentRecord,
  }),
  'planIndicator.enterValue': action('plan_indicator', 'Nhập số liệu chỉ tiêu', 'Indicator value entered', {
    before: indicatorValueRecord.nullable(),
    after: indicatorValueRecord,
  }),
  'planIndicator.linkFigure': action('plan_indicator', 'Gắn chỉ tiêu với số liệu', 'Target linked to a figure', {
    before: indicatorFigureLink,
    after: indicatorFigureLink,
  }),
  'planIndicator.attachUnitEvidence': action(
    'plan_indicator',
    'Đơn vị đính kèm minh chứng số liệu chỉ tiêu',
    'Unit attached evidence to a target figure',
    { after: z.object({ unitId: id, periodId: id, fileId: id, fileName: z.string(), sizeBytes: count }) },
  ),
  'planIndicator.attachEvidence': action(
    'plan_indicator',
    'Đính kèm tài liệu cho số liệu',
    'Evidence attached to a value',
    {
      before: indicatorValueRecord,
      after: indicatorValueRecord.extend({ fileName: z.string() }),
    },
  ),
  'reportingPeriod.close': action('reporting_period', 'Khóa kỳ báo cáo', 'Reporting period locked'),
  'reportingPeriod.remindLateUnits': action('reporting_period', 'Nhắc đơn vị chậm báo cáo', 'Late units reminded', {
    after: z.object({ units: count, reminded: count, recipients: count, emails: count, withoutAccount: count }),
  }),
  'unitReport.create': action('unit_report', 'Bắt đầu báo cáo của đơn vị', 'Unit report started', {
    after: z.object({ periodId: id, unitId: id }),
  }),
  'unitReport.save': action('unit_report', 'Lưu báo cáo', 'Report saved', replaced(reportContent)),
  'unitReport.submit': action('unit_report', 'Gửi báo cáo', 'Report submitted', reportTransition),
  'unitReport.return': action('unit_report', 'Trả lại báo cáo để sửa', 'Report returned for changes', reportTransition),
  'unitReport.accept': action('unit_report', 'Chấp nhận báo cáo', 'Report accepted', reportTransition),
  'unitReport.reopen': action('unit_report', 'Mở lại báo cáo', 'Report reopened', reportTransition),
  'reportDraft.create': action(
    'report_draft',
    'Bắt đầu dự thảo báo cáo tổng hợp',
    'Consolidated report draft started',
    { after: reportDraftRecord },
  ),
  'reportDraft.save': action(
    'report_draft',
    'Lưu dự thảo báo cáo tổng hợp',
    'Consolidated report draft saved',
    replaced(reportDraftRecord),
  ),
  'reportBuild.request': action('report_build', 'Yêu cầu lập báo cáo tổng hợp', 'Consolidated report requested', {
    after: z.object({ periodId: id, jobId: id }),
  }),
  'reportBuild.complete': action('report_build', 'Lập báo cáo tổng hợp', 'Consolidated report built', {
    after: z.object({ periodId: id, draftVersion: count, summary: z.record(z.string(), z.number().nullable()) }),
  }),
  // Scoring
  'criteriaSet.import': action('criteria_set', 'Nhập bộ tiêu chí từ tệp', 'Criteria set imported', {
    after: z.object({
      code: z.string(),
      version: count,
      name: z.string(),
      year: count,
      subject: z.enum(['province', 'department', 'commune', 'district']),
    }),
  }),
  'criteriaSet.archive': action('criteria_set', 'Lưu trữ bộ tiêu chí', 'Criteria set archived', {
    before: z.object({ archivedAt: z.null() }),
    after: z.object({ archivedAt: instant }),
  }),
  'scoringRound.create': action('scoring_round', 'Mở đợt đánh giá', 'Scoring round created', {
    after: scoringRoundRecord.extend({ unitIds: z.array(id) }),
  }),
  'scoringRound.update': action('scoring_round', 'Sửa đợt đánh giá', 'Scoring round edited', roundChange),
  'scoringRound.assignCouncil': action('scoring_round', 'Phân công Hội đồng thẩm định', 'Appraisal council assigned', {
    before: scoringRoundRecord,
    after: scoringRoundRecord.extend({ council: councilRequest.shape.members }),
  }),
  'scoringRound.enterSurveyPoints': action('scoring_round', 'Nhập điểm điều tra xã hội học', 'Survey points entered', {
    after: z.object({ rows: count, saved: count }),
  }),
  'scoringRound.openSelfAssessment': action('scoring_round', 'Mở tự đánh giá', 'Self-assessment opened', roundChange),
  'scoringRound.startAppraisal': action('scoring_round', 'Chuyển sang Thẩm định', 'Moved to Appraisal', roundChange),
  'scoringRound.startExplanation': action(
    'scoring_round',
    'Chuyển sang Giải trình',
    'Moved to Explanation',
    roundChange,
  ),
  'scoringRound.startFinalAppraisal': action(
    'scoring_round',
    'Chuyển sang Thẩm định lại',
    'Moved to Final appraisal',
    roundChange,
  ),
  'scoringRound.approve': action('scoring_round', 'Hội đồng thông qua', 'Approved by the council', roundChange),
  'scoringRound.publish': action('scoring_round', 'Công bố kết quả', 'Results published', roundChange),
  'scoringRoundUnit.submitSelfAssessment': action(
    'scoring_round_unit',
    'Gửi kết quả tự đánh giá',
    'Self-assessment submitted',
    replaced(scoringRoundUnitRecord),
  ),
  'scoringEntry.selfAssess': action('scoring_entry', 'Tự chấm tiêu chí', 'Criterion self-assessed', entryWrite),
  'scoringEntry.prefill': action(
    'scoring_entry',
    'Tự điền từ số liệu theo dõi',
    'Filled from tracked figures',
    entryWrite,
  ),
  'scoringEntry.appraise': action('scoring_entry', 'Thẩm định tiêu chí', 'Criterion appraised', entryWrite),
  'scoringEntry.explain': action('scoring_entry', 'Giải trình tiêu chí', 'Criterion explained', entryWrite),
  'scoringEntry.review': action('scoring_entry', 'Sở Nội vụ xem xét tiêu chí', 'Criterion reviewed', entryWrite),
  'scoringRound.assignAgencies': action(
    'scoring_round',
    'Giao cơ quan chủ trì tiêu chí',
    'Responsible agencies assigned',
    {
      before: z.object({ assignments: z.array(z.object({ code: z.string(), agencyIds: z.array(id) })) }),
      after: z.object({ assignments: z.array(z.object({ code: z.string(), agencyIds: z.array(id) })) }),
    },
  ),
  'scoringEntry.reappraise': action('scoring_entry', 'Thẩm định lại tiêu chí', 'Criterion re-appraised', entryWrite),
  'scoringEvidence.add': action(
    'scoring_evidence',
    'Thêm tài liệu kiểm chứng của tiêu chí',
    'Criterion evidence added',
    { after: scoringEvidenceRecord },
  ),
  'scoringEvidence.withdraw': action(
    'scoring_evidence',
    'Rút tài liệu kiểm chứng của tiêu chí',
    'Criterion evidence withdrawn',
    replaced(scoringEvidenceRecord),
  ),
  // Service-quality figures published by the national portal
  'serviceFigures.import': action(
    'service_figures',
    'Nhập số liệu chất lượng phục vụ từ Cổng DVCQG',
    'Service-quality figures imported from the national portal',
    {
      after: z.object({
        period: z.object({ from: z.string(), to: z.string() }),
        files: z.array(z.string()),
        created: count,
        updated: count,
        unmatched: count,
        differing: count,
      }),
    },
  ),
  // National indices tracker (services/indices/)
  'nationalIndex.create': action('national_index', 'Thêm chỉ số quốc gia', 'National index added', {
    after: z.object({ code: z.string(), name: z.string(), maxScore: z.number().nullable(), areas: count }),
  }),
  'indexResult.record': action('index_result', 'Nhập kết quả chỉ số quốc gia', 'National index result entered', {
    before: indexResultRecord.nullable(),
    after: indexResultRecord,
  }),
  'indexResult.import': action(
    'index_result',
    'Nhập kết quả chỉ số quốc gia từ tệp',
    'National index results imported',
    {
      before: indexResultRecord.nullable(),
      after: indexResultRecord.extend({ fileName: z.string() }),
    },
  ),
  'indexResult.attachSource': action(
    'index_result',
    'Đính kèm văn bản công bố chỉ số',
    'Source document of an index result attached',
    {
      before: z.object({ sourceFileId: z.string().nullable() }),
      after: z.object({ sourceFileId: z.string(), fileName: z.string() }),
    },
  ),
  'indexTarget.create': action('index_target', 'Đặt mục tiêu chỉ số quốc gia', 'National index target set', {
    after: z.object({
      indexCode: z.string(),
      year: count,
      areaCode: z.string().nullable(),
      kind: z.string(),
      value: z.number(),
      text: z.string(),
    }),
  }),
  'indexWorkItem.create': action(
    'index_work_item',
    'Giao nhiệm vụ khắc phục điểm bị mất',
    'Lost points turned into an assignment',
    {
      after: z.object({
        /** A published result's lost points, or (roundId) a criterion the Ministry's appraisal deducted. */
        resultId: z.string().nullable(),
        roundId: z.string().nullable(),
        areaCode: z.string(),
        criterionCode: z.string().nullable(),
        lostPoints: z.number(),
        unitId: z.string(),
        planId: z.string(),
        assignmentId: z.string(),
        carriedFromAssignmentId: z.string().nullable(),
      }),
    },
  ),
  // Registers (steering meetings, training, publicity, ISO 9001: domain/registers/)
  'registerEntry.create': action('register_entry', 'Ghi mục sổ theo dõi', 'Register entry recorded', {
    after: registerEntryRecord,
  }),
  'registerEntry.update': action(
    'register_entry',
    'Sửa mục sổ theo dõi',
    'Register entry edited',
    replaced(registerEntryRecord),
  ),
  'registerEntry.cancel': action(
    'register_entry',
    'Hủy mục sổ theo dõi',
    'Register entry cancelled',
    replaced(registerEntryRecord),
  ),
  'registerEntry.addFile': action('register_entry', 'Tải tệp lên mục sổ theo dõi', 'File added to a register entry', {
    after: z.object({ fileId: id, field: z.string().nullable(), fileName: z.string(), sizeBytes: count }),
  }),
  'registerEntry.comment': action('register_entry', 'Ghi ý kiến vào mục sổ theo dõi', 'Comment on a register entry', {
    after: z.object({ commentId: id }),
  }),
  'registerFollowUp.create': action('register_follow_up', 'Giao nhiệm vụ theo dõi', 'Follow-up item assigned', {
    after: followUpRecord,
  }),
  'registerFollowUp.addEvidence': action(
    'register_follow_up',
    'Tải minh chứng nhiệm vụ theo dõi',
    'Follow-up evidence added',
    { after: z.object({ fileId: id, fileName: z.string(), sizeBytes: count }) },
  ),
  'registerFollowUp.close': action(
    'register_follow_up',
    'Báo cáo hoàn thành nhiệm vụ theo dõi',
    'Follow-up item closed',
    replaced(followUpRecord),
  ),
  'registerFollowUp.accept': action(
    'register_follow_up',
    'Chấp nhận báo cáo khắc phục',
    'Remediation report accepted',
    replaced(followUpRecord),
  ),
  'registerFollowUp.return': action(
    'register_follow_up',
    'Trả lại báo cáo khắc phục',
    'Remediation report returned',
    replaced(followUpRecord),
  ),
  'registerFollowUp.cancel': action(
    'register_follow_up',
    'Hủy nhiệm vụ theo dõi',
    'Follow-up item cancelled',
    replaced(followUpRecord),
  ),
  // Inspection plans (domain/inspections/)
  'inspectionPlan.create': action('inspection_plan', 'Lập kế hoạch kiểm tra CCHC', 'Inspection plan created', {
    after: inspectionPlanRecord,
  }),
  'inspectionPlan.update': action(
    'inspection_plan',
    'Sửa kế hoạch kiểm tra CCHC',
    'Inspection plan edited',
    replaced(inspectionPlanRecord),
  ),
  'inspectionPlan.cancel': action('inspection_plan', 'Hủy kế hoạch kiểm tra CCHC', 'Inspection plan cancelled', {
    before: z.object({ cancelled: z.boolean() }),
    after: z.object({ cancelled: z.boolean() }),
  }),
  // The working calendar: a year's holidays and days worked in exchange, replaced whole (the entity is the year).
  'workingCalendar.save': action('working_calendar', 'Sửa lịch làm việc', 'Working calendar edited', {
    before: calendarYearRecord.nullable(),
    after: calendarYearRecord,
  }),
  // Satisfaction surveys
  'surveyQuestionnaire.import': action('survey_questionnaire', 'Nhập phiếu khảo sát', 'Survey questionnaire imported', {
    after: z.object({ code: z.string(), title: z.string(), version: count, items: count }),
  }),
  'surveyCampaign.create': action('survey_campaign', 'Tạo đợt khảo sát', 'Survey campaign created', {
    after: surveyCampaignRecord,
  }),
  'surveyCampaign.update': action(
    'survey_campaign',
    'Sửa đợt khảo sát',
    'Survey campaign edited',
    replaced(surveyCampaignRecord),
  ),
  'surveyCampaign.cancel': action('survey_campaign', 'Huỷ đợt khảo sát', 'Survey campaign cancelled', {
    after: z.object({ cancelReason: z.string() }),
  }),
  'surveyCampaign.generateCodes': action(
    'survey_campaign',
    'Tạo mã phiếu dùng một lần',
    'Single-use survey codes generated',
    {
      after: z.object({ batch: count, count, unitId: id.nullable() }),
    },
  ),
  // Satisfaction surveys: paper forms typed in or imported.
  'surveyResponse.enterPaper': action('survey_response', 'Nhập phiếu khảo sát giấy', 'Paper survey form typed in', {
    after: z.object({ responseId: id, unitId: id, answers: count }),
  }),
  'surveyCampaign.importPaper': action(
    'survey_campaign',
    'Nhập tệp phiếu khảo sát giấy',
    'Paper survey forms imported',
    {
      after: z.object({ file: z.string(), responses: count, answers: count }),
    },
  ),
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export const AUDIT_ACTION_CODES = Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]];

type PayloadSchema<A extends AuditAction> = (typeof AUDIT_ACTIONS)[A]['payload'];

/** What an action keeps in `before` and `after`, as its writer passes it; nothing for an action without a payload. */
export type AuditPayload<A extends AuditAction> = [keyof PayloadSchema<A>['shape']] extends [never]
  ? { before?: never; after?: never }
  : z.input<PayloadSchema<A>>;

/** The actions whose rows are about `entity`, for a filter that narrows by entity first. */
export function auditActionsOf(entity?: string): AuditAction[] {
  return AUDIT_ACTION_CODES.filter((code) => !entity || AUDIT_ACTIONS[code].entity === entity);
}

/** The label of a code in the given language; a code the catalogue does not know is shown as it is. */
export function auditActionLabel(code: string, locale: keyof Label): string {
  return (AUDIT_ACTIONS as Record<string, Label>)[code]?.[locale] ?? code;
}

export function auditEntityLabel(code: string, locale: keyof Label): string {
  return (AUDIT_ENTITIES as Record<string, Label>)[code]?.[locale] ?? code;
}
