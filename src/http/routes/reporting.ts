import { z } from 'zod';
import { reasonBody, uuid } from '../../contracts/common.js';
import {
  adHocPeriodRequest,
  addIssuedDocumentRequest,
  assignmentChangeRequest,
  assignmentChangeResult,
  remindResult,
  assignmentDetail,
  assignmentPage,
  completenessQuery,
  indicatorValueRequest,
  indicatorValueView,
  planIndicatorStatus,
  listAssignmentsQuery,
  notificationItem,
  notificationSettingsBody,
  periodCompletenessReport,
  periodSummary,
  reopenReportRequest,
  reportDiff,
  reportVersionSummary,
  returnReportRequest,
  saveReportRequest,
  unitReport,
  updateAssignmentRequest,
  versionOnlyRequest,
} from '../../contracts/reporting.js';
import { getMyNotificationSettings, listMyNotifications, markNotificationRead, updateMyNotificationSettings } from '../../services/notifications/my-notifications.js';
import { actOnUnitReport } from '../../services/reporting/act-on-unit-report.js';
import { addEvidence } from '../../services/reporting/add-evidence.js';
import { addIssuedDocument } from '../../services/reporting/add-issued-document.js';
import { changeAssignment } from '../../services/reporting/change-assignment.js';
import { downloadEvidence } from '../../services/reporting/download-evidence.js';
import { getAssignment } from '../../services/reporting/get-assignment.js';
import { getUnitReport } from '../../services/reporting/get-unit-report.js';
import { listAssignments } from '../../services/reporting/list-assignments.js';
import { getPeriodCompleteness } from '../../services/reporting/period-completeness.js';
import { addAdHocPeriod, closePeriod, listPeriods } from '../../services/reporting/periods.js';
import { attachIndicatorEvidence, downloadIndicatorEvidence } from '../../services/reporting/indicator-value-evidence.js';
import { enterIndicatorValue, listPlanIndicators } from '../../services/reporting/plan-indicators.js';
import { remindLateUnits } from '../../services/reporting/remind-late-units.js';
import { compareReportVersions, listReportVersions } from '../../services/reporting/report-history.js';
import { saveUnitReport } from '../../services/reporting/save-unit-report.js';
import { updateAssignment } from '../../services/reporting/update-assignment.js';
import { withdrawEvidence } from '../../services/reporting/withdraw-evidence.js';
import { UPLOAD_LIMIT_MB } from '../../domain/uploads/limits.js';
import { readUploadedFile } from '../read-body.js';
import { route } from '../route.js';

const byId = z.object({ id: uuid });
const byPeriod = z.object({ periodId: uuid });
const reportPath = z.object({ periodId: uuid, unitId: uuid });
const tag = 'reporting';
const REPORT = '/periods/:periodId/units/:unitId/report';

export const reportingRoutes = [
  route({ method: 'get', path: '/assignments', summary: 'Nhiệm vụ của đơn vị (sắp đến hạn, quá hạn, theo lĩnh vực, trạng thái)', tag, access: 'signed-in', action: 'unitData.read', query: listAssignmentsQuery, response: assignmentPage, handler: ({ query }, ctx) => listAssignments(ctx, query) }),
  route({ method: 'get', path: '/assignments/:id', summary: 'Chi tiết nhiệm vụ', tag, access: 'signed-in', action: 'unitData.read', params: byId, response: assignmentDetail, handler: ({ params }, ctx) => getAssignment(ctx, params.id) }),
  route({ method: 'patch', path: '/assignments/:id', summary: 'Cập nhật tình hình thực hiện', tag, access: 'signed-in', action: 'unitWork.record', params: byId, body: updateAssignmentRequest, response: assignmentDetail, handler: ({ params, body }, ctx) => updateAssignment(ctx, params.id, body) }),
  route({
    method: 'post',
    path: '/assignments/:id/evidence',
    summary: `Tải lên tệp minh chứng (PDF, Word, Excel, ảnh; tối đa ${UPLOAD_LIMIT_MB} MB)`,
    tag,
    access: 'signed-in',
    action: 'unitWork.record',
    params: byId,
    body: z.object({}),
    bodyKind: 'multipart',
    response: assignmentDetail,
    status: 201,
    handler: async ({ params }, ctx, c) => {
      const file = await readUploadedFile(c);
      return addEvidence(ctx, params.id, { bytes: file.bytes, fileName: file.name });
    },
  }),
  route({
    method: 'post',
    path: '/assignment-changes',
    summary: 'Điều chỉnh phân công: giao lại, chia, bổ sung, hủy (có lý do), chuyển cho đơn vị kế thừa',
    tag,
    access: 'signed-in',
    action: 'assignment.change',
    body: assignmentChangeRequest,
    response: assignmentChangeResult,
    status: 201,
    handler: ({ body }, ctx) => changeAssignment(ctx, body),
  }),
  route({ method: 'post', path: '/assignments/:id/documents', summary: 'Ghi văn bản đã ban hành', tag, access: 'signed-in', action: 'unitWork.record', params: byId, body: addIssuedDocumentRequest, response: assignmentDetail, status: 201, handler: ({ params, body }, ctx) => addIssuedDocument(ctx, params.id, body) }),
  route({ method: 'get', path: '/evidence/:id', summary: 'Tải tệp minh chứng', tag, access: 'signed-in', action: 'unitData.read', params: byId, response: 'file', handler: async ({ params }, ctx) => ({ kind: 'file', ...(await downloadEvidence(ctx, params.id)) }) }),
  route({ method: 'post', path: '/evidence/:id/withdraw', summary: 'Rút tệp minh chứng tải nhầm (có lý do; tệp vẫn được lưu)', tag, access: 'signed-in', action: 'evidence.withdraw', params: byId, body: reasonBody, response: assignmentDetail, handler: ({ params, body }, ctx) => withdrawEvidence(ctx, params.id, body.reason) }),
  route({ method: 'get', path: '/plans/:id/periods', summary: 'Các kỳ báo cáo của kế hoạch', tag, access: 'signed-in', action: 'plan.read', params: byId, response: z.array(periodSummary), handler: ({ params }, ctx) => listPeriods(ctx, params.id) }),
  route({ method: 'post', path: '/plans/:id/periods', summary: 'Yêu cầu báo cáo đột xuất', tag, access: 'signed-in', action: 'period.manage', params: byId, body: adHocPeriodRequest, response: periodSummary, status: 201, handler: ({ params, body }, ctx) => addAdHocPeriod(ctx, params.id, body) }),
  route({
    method: 'get',
    path: '/periods/:id/completeness',
    summary: 'Tình hình nộp báo cáo của kỳ: dự kiến, đã nhận, đã chấp nhận, đúng hạn, chưa báo cáo',
    tag,
    access: 'signed-in',
    action: 'provinceReport.read',
    params: byId,
    query: completenessQuery,
    response: periodCompletenessReport,
    handler: ({ params, query }, ctx) => getPeriodCompleteness(ctx, params.id, query),
  }),
  route({
    method: 'get',
    path: '/plans/:id/indicators',
    summary: 'Chỉ tiêu của kế hoạch tại một kỳ: số liệu, tình trạng (đạt / chưa đạt / có nguy cơ), xu hướng',
    tag,
    access: 'signed-in',
    action: 'plan.read',
    params: byId,
    query: byPeriod,
    response: z.array(planIndicatorStatus),
    handler: ({ params, query }, ctx) => listPlanIndicators(ctx, params.id, query.periodId),
  }),
  route({
    method: 'put',
    path: '/indicators/:id/value',
    summary: 'Nhập số liệu chỉ tiêu toàn tỉnh cho một kỳ (kèm nguồn)',
    tag,
    access: 'signed-in',
    action: 'indicator.enter',
    params: byId,
    body: indicatorValueRequest,
    response: indicatorValueView,
    handler: ({ params, body }, ctx) => enterIndicatorValue(ctx, params.id, body),
  }),
  route({
    method: 'post',
    path: '/indicators/:id/value/evidence',
    summary: 'Đính kèm tệp minh chứng cho số liệu chỉ tiêu toàn tỉnh của một kỳ',
    tag,
    access: 'signed-in',
    action: 'indicator.enter',
    params: byId,
    query: byPeriod,
    body: z.object({}),
    bodyKind: 'multipart',
    response: indicatorValueView,
    status: 201,
    handler: async ({ params, query }, ctx, c) => {
      const file = await readUploadedFile(c);
      return attachIndicatorEvidence(ctx, params.id, query.periodId, { bytes: file.bytes, fileName: file.name });
    },
  }),
  route({ method: 'get', path: '/indicators/:id/value/evidence', summary: 'Tải tệp minh chứng của số liệu chỉ tiêu toàn tỉnh', tag, access: 'signed-in', action: 'plan.read', params: byId, query: byPeriod, response: 'file', handler: ({ params, query }, ctx) => downloadIndicatorEvidence(ctx, params.id, query.periodId) }),
  route({ method: 'post', path: '/periods/:id/close', summary: 'Khóa kỳ báo cáo', tag, access: 'signed-in', action: 'period.manage', params: byId, body: reasonBody, response: periodSummary, handler: ({ params, body }, ctx) => closePeriod(ctx, params.id, body.reason) }),
  route({ method: 'post', path: '/periods/:id/remind', summary: 'Nhắc tất cả đơn vị chưa gửi báo cáo', tag, access: 'signed-in', action: 'period.manage', params: byId, response: remindResult, handler: ({ params }, ctx) => remindLateUnits(ctx, params.id) }),
  route({ method: 'get', path: REPORT, summary: 'Báo cáo của đơn vị trong kỳ', tag, access: 'signed-in', action: 'unitData.read', params: reportPath, response: unitReport, handler: ({ params }, ctx) => getUnitReport(ctx, params.periodId, params.unitId) }),
  route({ method: 'put', path: REPORT, summary: 'Lưu báo cáo (bản nháp hoặc bản bị trả lại)', tag, access: 'signed-in', action: 'unitWork.record', params: reportPath, body: saveReportRequest, response: unitReport, handler: ({ params, body }, ctx) => saveUnitReport(ctx, params.periodId, params.unitId, body) }),
  route({ method: 'post', path: `${REPORT}/submit`, summary: 'Gửi báo cáo', tag, access: 'signed-in', action: 'unitWork.record', params: reportPath, body: versionOnlyRequest, response: unitReport, handler: ({ params, body }, ctx) => actOnUnitReport(ctx, params.periodId, params.unitId, body.version, { type: 'submit' }) }),
  route({
    method: 'post',
    path: `${REPORT}/return`,
    summary: 'Trả lại báo cáo kèm ý kiến',
    tag,
    access: 'signed-in',
    action: 'unitReport.review',
    params: reportPath,
    body: returnReportRequest,
    response: unitReport,
    handler: ({ params, body }, ctx) => actOnUnitReport(ctx, params.periodId, params.unitId, body.version, { type: 'return', overallComment: body.overallComment, itemComments: body.itemComments }),
  }),
  route({ method: 'post', path: `${REPORT}/accept`, summary: 'Chấp nhận báo cáo (khóa)', tag, access: 'signed-in', action: 'unitReport.review', params: reportPath, body: versionOnlyRequest, response: unitReport, handler: ({ params, body }, ctx) => actOnUnitReport(ctx, params.periodId, params.unitId, body.version, { type: 'accept' }) }),
  route({ method: 'post', path: `${REPORT}/reopen`, summary: 'Mở lại báo cáo đã chấp nhận (ghi lý do)', tag, access: 'signed-in', action: 'unitReport.review', params: reportPath, body: reopenReportRequest, response: unitReport, handler: ({ params, body }, ctx) => actOnUnitReport(ctx, params.periodId, params.unitId, body.version, { type: 'reopen', reason: body.reason }) }),
  route({ method: 'get', path: `${REPORT}/versions`, summary: 'Các phiên bản của báo cáo', tag, access: 'signed-in', action: 'unitData.read', params: reportPath, response: z.array(reportVersionSummary), handler: ({ params }, ctx) => listReportVersions(ctx, params.periodId, params.unitId) }),
  route({
    method: 'get',
    path: `${REPORT}/compare`,
    summary: 'So sánh hai phiên bản báo cáo (0 = bản đang làm)',
    tag,
    access: 'signed-in',
    action: 'unitData.read',
    params: reportPath,
    query: z.object({ from: z.coerce.number().int().min(0), to: z.coerce.number().int().min(0) }),
    response: reportDiff,
    handler: ({ params, query }, ctx) => compareReportVersions(ctx, params.periodId, params.unitId, query.from, query.to),
  }),
  route({ method: 'get', path: '/notifications', summary: 'Thông báo của tôi', tag, access: 'signed-in', action: 'account.own', query: z.object({ unread: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') }), response: z.array(notificationItem), handler: ({ query }, ctx) => listMyNotifications(ctx, query.unread) }),
  route({ method: 'post', path: '/notifications/:id/read', summary: 'Đánh dấu đã đọc', tag, access: 'signed-in', action: 'account.own', params: byId, response: 'none', handler: ({ params }, ctx) => markNotificationRead(ctx, params.id) }),
  route({ method: 'get', path: '/me/notification-settings', summary: 'Cài đặt nhắc việc của tôi', tag, access: 'signed-in', action: 'account.own', response: notificationSettingsBody, handler: (_i, ctx) => getMyNotificationSettings(ctx) }),
  route({ method: 'put', path: '/me/notification-settings', summary: 'Đổi cài đặt nhắc việc', tag, access: 'signed-in', action: 'account.own', body: notificationSettingsBody, response: notificationSettingsBody, handler: ({ body }, ctx) => updateMyNotificationSettings(ctx, body) }),
];
