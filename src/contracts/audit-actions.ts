/**
 * Every action and entity the server writes to the audit log, with its name in both languages of the web app.
 * `recordAudit` accepts only these codes, so a new action without a label is a type error, and the audit page
 * shows the label (the code only as a tooltip).
 */
interface Label {
  vi: string;
  en: string;
}

export const AUDIT_ACTIONS = {
  create: { vi: 'Thêm mới', en: 'Created' },
  update: { vi: 'Sửa', en: 'Edited' },
  save: { vi: 'Lưu', en: 'Saved' },
  archive: { vi: 'Lưu trữ', en: 'Archived' },
  import: { vi: 'Nhập từ tệp', en: 'Imported from a file' },
  import_create: { vi: 'Thêm khi nhập tệp', en: 'Created by a file import' },
  import_update: { vi: 'Sửa khi nhập tệp', en: 'Edited by a file import' },
  add_succession: { vi: 'Thêm liên kết kế thừa', en: 'Succession added' },
  login: { vi: 'Đăng nhập', en: 'Signed in' },
  logout: { vi: 'Đăng xuất', en: 'Signed out' },
  lock: { vi: 'Khóa do đăng nhập sai', en: 'Locked after failed sign-ins' },
  change_password: { vi: 'Đổi mật khẩu', en: 'Password changed' },
  reset_password: { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
  update_settings: { vi: 'Đổi cài đặt nhắc việc', en: 'Reminder settings changed' },
  'system.backup': { vi: 'Tải bản sao lưu toàn hệ thống', en: 'Whole-system backup downloaded' },
  // Plans
  upload: { vi: 'Tải lên văn bản kế hoạch', en: 'Plan document uploaded' },
  revise_activity: { vi: 'Sửa nhiệm vụ khi rà soát', en: 'Activity revised in review' },
  discard: { vi: 'Hủy bản nhập', en: 'Import discarded' },
  commit: { vi: 'Ban hành kế hoạch', en: 'Plan committed' },
  commit_version: { vi: 'Ban hành phiên bản mới của kế hoạch', en: 'New plan version committed' },
  // Tasks and reports
  assignment_reassign: { vi: 'Giao lại cho đơn vị khác', en: 'Reassigned to another unit' },
  assignment_split: { vi: 'Tách giao cho nhiều đơn vị', en: 'Split between units' },
  assignment_add: { vi: 'Giao thêm đơn vị', en: 'Unit added' },
  assignment_cancel: { vi: 'Hủy giao nhiệm vụ', en: 'Assignment cancelled' },
  assignment_follow_successor: { vi: 'Chuyển cho đơn vị kế thừa', en: 'Moved to the successor unit' },
  update_progress: { vi: 'Cập nhật tiến độ', en: 'Progress updated' },
  add_evidence: { vi: 'Thêm tài liệu kiểm chứng', en: 'Evidence added' },
  withdraw_evidence: { vi: 'Rút tệp minh chứng', en: 'Evidence file withdrawn' },
  add_document: { vi: 'Thêm văn bản đã ban hành', en: 'Issued document added' },
  enter_value: { vi: 'Nhập số liệu chỉ tiêu', en: 'Indicator value entered' },
  attach_evidence: { vi: 'Đính kèm tài liệu cho số liệu', en: 'Evidence attached to a value' },
  add_period: { vi: 'Thêm kỳ báo cáo', en: 'Reporting period added' },
  close_period: { vi: 'Khóa kỳ báo cáo', en: 'Reporting period locked' },
  remind_late_units: { vi: 'Nhắc đơn vị chậm báo cáo', en: 'Late units reminded' },
  submit: { vi: 'Gửi', en: 'Submitted' },
  return: { vi: 'Trả lại để sửa', en: 'Returned for changes' },
  accept: { vi: 'Chấp nhận', en: 'Accepted' },
  reopen: { vi: 'Mở lại', en: 'Reopened' },
  request_build: { vi: 'Yêu cầu lập báo cáo tổng hợp', en: 'Consolidated report requested' },
  build: { vi: 'Lập báo cáo tổng hợp', en: 'Consolidated report built' },
  // Scoring
  'scoring.self': { vi: 'Tự chấm tiêu chí', en: 'Criterion self-assessed' },
  'scoring.prefill': { vi: 'Tự điền từ số liệu theo dõi', en: 'Filled from tracked figures' },
  'scoring.appraisal': { vi: 'Thẩm định tiêu chí', en: 'Criterion appraised' },
  'scoring.explanation': { vi: 'Giải trình tiêu chí', en: 'Criterion explained' },
  'scoring.final': { vi: 'Thẩm định lại tiêu chí', en: 'Criterion re-appraised' },
  'scoring.evidence': { vi: 'Thêm tài liệu kiểm chứng', en: 'Evidence added' },
  withdraw_scoring_evidence: { vi: 'Rút tài liệu kiểm chứng của tiêu chí', en: 'Criterion evidence withdrawn' },
  'scoring.survey': { vi: 'Nhập điểm điều tra xã hội học', en: 'Survey points entered' },
  assign_council: { vi: 'Phân công Hội đồng thẩm định', en: 'Appraisal council assigned' },
  'stage.draft': { vi: 'Chuyển về Dự thảo', en: 'Moved to Draft' },
  'stage.self_assessment': { vi: 'Mở tự đánh giá', en: 'Self-assessment opened' },
  'stage.appraisal': { vi: 'Chuyển sang Thẩm định', en: 'Moved to Appraisal' },
  'stage.explanation': { vi: 'Chuyển sang Giải trình', en: 'Moved to Explanation' },
  'stage.final_appraisal': { vi: 'Chuyển sang Thẩm định lại', en: 'Moved to Final appraisal' },
  'stage.approved': { vi: 'Hội đồng thông qua', en: 'Approved by the council' },
  'stage.published': { vi: 'Công bố kết quả', en: 'Results published' },
} as const satisfies Record<string, Label>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ENTITIES = {
  unit: { vi: 'Đơn vị', en: 'Unit' },
  system: { vi: 'Hệ thống', en: 'System' },
  user: { vi: 'Người dùng', en: 'User' },
  notification_settings: { vi: 'Cài đặt nhắc việc', en: 'Reminder settings' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  plan_import: { vi: 'Bản nhập kế hoạch', en: 'Plan import' },
  plan_activity: { vi: 'Nhiệm vụ của kế hoạch', en: 'Plan activity' },
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
} as const satisfies Record<string, Label>;

export type AuditEntity = keyof typeof AUDIT_ENTITIES;

/** The label of a code in the given language; a code written before the catalogue existed is shown as it is. */
export function auditActionLabel(code: string, locale: keyof Label): string {
  return (AUDIT_ACTIONS as Record<string, Label>)[code]?.[locale] ?? code;
}

export function auditEntityLabel(code: string, locale: keyof Label): string {
  return (AUDIT_ENTITIES as Record<string, Label>)[code]?.[locale] ?? code;
}
