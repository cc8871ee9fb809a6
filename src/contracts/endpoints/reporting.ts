import { z } from 'zod';
import { reasonBody, uuid } from '../common.js';
import { endpoint } from '../endpoint.js';
import {
  adHocPeriodRequest,
  addIssuedDocumentRequest,
  assignmentChangeRequest,
  assignmentChangeResult,
  assignmentDetail,
  assignmentPage,
  completenessQuery,
  indicatorValueRequest,
  indicatorValueView,
  listAssignmentsQuery,
  notificationItem,
  notificationSettingsBody,
  periodCompletenessReport,
  periodSummary,
  planIndicatorStatus,
  remindResult,
  reopenReportRequest,
  reportDiff,
  reportVersionSummary,
  returnReportRequest,
  saveReportRequest,
  unitReport,
  updateAssignmentRequest,
  versionOnlyRequest,
} from '../reporting.js';
import { UPLOAD_LIMIT_MB } from '../uploads.js';

const byId = z.object({ id: uuid });
const byPeriod = z.object({ periodId: uuid });
/** A unit's report for one period. */
const reportPath = z.object({ periodId: uuid, unitId: uuid });
/** Two versions of a report to compare; 0 is the one being worked on. */
const compareVersionsQuery = z.object({ from: z.coerce.number().int().min(0), to: z.coerce.number().int().min(0) });
const notificationListQuery = z.object({ unread: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') });
/** Multipart endpoints read their one file in the handler. */
const uploadedFile = z.object({});
const tag = 'reporting';
const REPORT = '/periods/:periodId/units/:unitId/report';

export const reportingEndpoints = {
  listAssignments: endpoint({ method: 'get', path: '/assignments', summary: 'Nhiệm vụ của đơn vị (sắp đến hạn, quá hạn, theo lĩnh vực, trạng thái)', tag, access: 'signed-in', action: 'unitData.read', query: listAssignmentsQuery, response: assignmentPage }),
  getAssignment: endpoint({ method: 'get', path: '/assignments/:id', summary: 'Chi tiết nhiệm vụ', tag, access: 'signed-in', action: 'unitData.read', params: byId, response: assignmentDetail }),
  updateAssignment: endpoint({ method: 'patch', path: '/assignments/:id', summary: 'Cập nhật tình hình thực hiện', tag, access: 'signed-in', action: 'unitWork.record', params: byId, body: updateAssignmentRequest, response: assignmentDetail }),
  uploadAssignmentEvidence: endpoint({
    method: 'post',
    path: '/assignments/:id/evidence',
    summary: `Tải lên tệp minh chứng (PDF, Word, Excel, ảnh; tối đa ${UPLOAD_LIMIT_MB} MB)`,
    tag,
    access: 'signed-in', action: 'unitWork.record',
    params: byId,
    body: uploadedFile,
    bodyKind: 'multipart',
    response: assignmentDetail,
    status: 201,
  }),
  changeAssignment: endpoint({
    method: 'post',
    path: '/assignment-changes',
    summary: 'Điều chỉnh phân công: giao lại, chia, bổ sung, hủy (có lý do), chuyển cho đơn vị kế thừa',
    tag,
    access: 'signed-in', action: 'assignment.change',
    body: assignmentChangeRequest,
    response: assignmentChangeResult,
    status: 201,
  }),
  addIssuedDocument: endpoint({ method: 'post', path: '/assignments/:id/documents', summary: 'Ghi văn bản đã ban hành', tag, access: 'signed-in', action: 'unitWork.record', params: byId, body: addIssuedDocumentRequest, response: assignmentDetail, status: 201 }),
  downloadAssignmentEvidence: endpoint({ method: 'get', path: '/evidence/:id', summary: 'Tải tệp minh chứng', tag, access: 'signed-in', action: 'unitData.read', params: byId, response: 'file' }),
  withdrawAssignmentEvidence: endpoint({ method: 'post', path: '/evidence/:id/withdraw', summary: 'Rút tệp minh chứng tải nhầm (có lý do; tệp vẫn được lưu)', tag, access: 'signed-in', action: 'evidence.withdraw', params: byId, body: reasonBody, response: assignmentDetail }),
  listPlanPeriods: endpoint({ method: 'get', path: '/plans/:id/periods', summary: 'Các kỳ báo cáo của kế hoạch', tag, access: 'signed-in', action: 'plan.read', params: byId, response: z.array(periodSummary) }),
  addAdHocPeriod: endpoint({ method: 'post', path: '/plans/:id/periods', summary: 'Yêu cầu báo cáo đột xuất', tag, access: 'signed-in', action: 'period.manage', params: byId, body: adHocPeriodRequest, response: periodSummary, status: 201 }),
  getPeriodCompleteness: endpoint({
    method: 'get',
    path: '/periods/:id/completeness',
    summary: 'Tình hình nộp báo cáo của kỳ: dự kiến, đã nhận, đã chấp nhận, đúng hạn, chưa báo cáo',
    tag,
    access: 'signed-in', action: 'provinceReport.read',
    params: byId,
    query: completenessQuery,
    response: periodCompletenessReport,
  }),
  listPlanIndicators: endpoint({
    method: 'get',
    path: '/plans/:id/indicators',
    summary: 'Chỉ tiêu của kế hoạch tại một kỳ: số liệu, tình trạng (đạt / chưa đạt / có nguy cơ), xu hướng',
    tag,
    access: 'signed-in', action: 'plan.read',
    params: byId,
    query: byPeriod,
    response: z.array(planIndicatorStatus),
  }),
  enterIndicatorValue: endpoint({
    method: 'put',
    path: '/indicators/:id/value',
    summary: 'Nhập số liệu chỉ tiêu toàn tỉnh cho một kỳ (kèm nguồn)',
    tag,
    access: 'signed-in', action: 'indicator.enter',
    params: byId,
    body: indicatorValueRequest,
    response: indicatorValueView,
  }),
  attachIndicatorEvidence: endpoint({
    method: 'post',
    path: '/indicators/:id/value/evidence',
    summary: 'Đính kèm tệp minh chứng cho số liệu chỉ tiêu toàn tỉnh của một kỳ',
    tag,
    access: 'signed-in', action: 'indicator.enter',
    params: byId,
    query: byPeriod,
    body: uploadedFile,
    bodyKind: 'multipart',
    response: indicatorValueView,
    status: 201,
  }),
  downloadIndicatorEvidence: endpoint({ method: 'get', path: '/indicators/:id/value/evidence', summary: 'Tải tệp minh chứng của số liệu chỉ tiêu toàn tỉnh', tag, access: 'signed-in', action: 'plan.read', params: byId, query: byPeriod, response: 'file' }),
  closePeriod: endpoint({ method: 'post', path: '/periods/:id/close', summary: 'Khóa kỳ báo cáo', tag, access: 'signed-in', action: 'period.manage', params: byId, body: reasonBody, response: periodSummary }),
  remindLateUnits: endpoint({ method: 'post', path: '/periods/:id/remind', summary: 'Nhắc tất cả đơn vị chưa gửi báo cáo', tag, access: 'signed-in', action: 'period.manage', params: byId, response: remindResult }),
  getUnitReport: endpoint({ method: 'get', path: REPORT, summary: 'Báo cáo của đơn vị trong kỳ', tag, access: 'signed-in', action: 'unitData.read', params: reportPath, response: unitReport }),
  saveUnitReport: endpoint({ method: 'put', path: REPORT, summary: 'Lưu báo cáo (bản nháp hoặc bản bị trả lại)', tag, access: 'signed-in', action: 'unitWork.record', params: reportPath, body: saveReportRequest, response: unitReport }),
  submitUnitReport: endpoint({ method: 'post', path: `${REPORT}/submit`, summary: 'Gửi báo cáo', tag, access: 'signed-in', action: 'unitWork.record', params: reportPath, body: versionOnlyRequest, response: unitReport }),
  returnUnitReport: endpoint({ method: 'post', path: `${REPORT}/return`, summary: 'Trả lại báo cáo kèm ý kiến', tag, access: 'signed-in', action: 'unitReport.review', params: reportPath, body: returnReportRequest, response: unitReport }),
  acceptUnitReport: endpoint({ method: 'post', path: `${REPORT}/accept`, summary: 'Chấp nhận báo cáo (khóa)', tag, access: 'signed-in', action: 'unitReport.review', params: reportPath, body: versionOnlyRequest, response: unitReport }),
  reopenUnitReport: endpoint({ method: 'post', path: `${REPORT}/reopen`, summary: 'Mở lại báo cáo đã chấp nhận (ghi lý do)', tag, access: 'signed-in', action: 'unitReport.review', params: reportPath, body: reopenReportRequest, response: unitReport }),
  listUnitReportVersions: endpoint({ method: 'get', path: `${REPORT}/versions`, summary: 'Các phiên bản của báo cáo', tag, access: 'signed-in', action: 'unitData.read', params: reportPath, response: z.array(reportVersionSummary) }),
  compareUnitReportVersions: endpoint({ method: 'get', path: `${REPORT}/compare`, summary: 'So sánh hai phiên bản báo cáo (0 = bản đang làm)', tag, access: 'signed-in', action: 'unitData.read', params: reportPath, query: compareVersionsQuery, response: reportDiff }),
  listMyNotifications: endpoint({ method: 'get', path: '/notifications', summary: 'Thông báo của tôi', tag, access: 'signed-in', action: 'account.own', query: notificationListQuery, response: z.array(notificationItem) }),
  markNotificationRead: endpoint({ method: 'post', path: '/notifications/:id/read', summary: 'Đánh dấu đã đọc', tag, access: 'signed-in', action: 'account.own', params: byId, response: 'none' }),
  getMyNotificationSettings: endpoint({ method: 'get', path: '/me/notification-settings', summary: 'Cài đặt nhắc việc của tôi', tag, access: 'signed-in', action: 'account.own', response: notificationSettingsBody }),
  updateMyNotificationSettings: endpoint({ method: 'put', path: '/me/notification-settings', summary: 'Đổi cài đặt nhắc việc', tag, access: 'signed-in', action: 'account.own', body: notificationSettingsBody, response: notificationSettingsBody }),
};
