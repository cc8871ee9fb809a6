import { z } from 'zod';
import { uuid } from '../../contracts/common.js';
import { activityDrillDown, dashboardQuery, dashboardView, downloadFormat, jobView, reportBuildView, reportDraft, saveReportDraftRequest } from '../../contracts/reports.js';
import { getJob } from '../../services/jobs/get-job.js';
import { getActivityDrillDown } from '../../services/reports/activity-drill-down.js';
import { downloadReportBuild } from '../../services/reports/download-report-build.js';
import { exportDashboard } from '../../services/reports/export-dashboard.js';
import { exportUnitReport } from '../../services/reports/export-unit-report.js';
import { getDashboard } from '../../services/reports/get-dashboard.js';
import { getReportDraft } from '../../services/reports/get-report-draft.js';
import { listReportBuilds } from '../../services/reports/list-report-builds.js';
import { requestConsolidatedReport } from '../../services/reports/request-consolidated-report.js';
import { saveReportDraft } from '../../services/reports/save-report-draft.js';
import { route } from '../route.js';

const byId = z.object({ id: uuid });
const tag = 'reports';

export const reportRoutes = [
  route({ method: 'get', path: '/periods/:id/consolidated-report/draft', summary: 'Phần soạn thảo của báo cáo tổng hợp (mở đầu, kết luận, số ký hiệu, người ký, nơi nhận)', tag, access: 'signed-in', action: 'provinceReport.read', params: byId, response: reportDraft, handler: ({ params }, ctx) => getReportDraft(ctx, params.id) }),
  route({ method: 'put', path: '/periods/:id/consolidated-report/draft', summary: 'Lưu phần soạn thảo của báo cáo tổng hợp', tag, access: 'signed-in', action: 'provinceReport.write', params: byId, body: saveReportDraftRequest, response: reportDraft, handler: ({ params, body }, ctx) => saveReportDraft(ctx, params.id, body) }),
  route({ method: 'post', path: '/periods/:id/consolidated-report/builds', summary: 'Lập báo cáo tổng hợp (Word + phụ lục Excel); trả về công việc để theo dõi tiến độ', tag, access: 'signed-in', action: 'provinceReport.write', params: byId, response: jobView, status: 201, handler: ({ params }, ctx) => requestConsolidatedReport(ctx, params.id) }),
  route({ method: 'get', path: '/periods/:id/consolidated-report/builds', summary: 'Các bản báo cáo tổng hợp đã lập của kỳ', tag, access: 'signed-in', action: 'provinceReport.read', params: byId, response: z.array(reportBuildView), handler: ({ params }, ctx) => listReportBuilds(ctx, params.id) }),
  route({ method: 'get', path: '/report-builds/:id/download', summary: 'Tải báo cáo tổng hợp (docx) hoặc phụ lục (xlsx)', tag, access: 'signed-in', action: 'provinceReport.read', params: byId, query: downloadFormat, response: 'file', handler: ({ params, query }, ctx) => downloadReportBuild(ctx, params.id, query.format) }),
  route({ method: 'get', path: '/jobs/:id', summary: 'Tình trạng và tiến độ của công việc', tag, access: 'signed-in', action: 'job.read', params: byId, response: jobView, handler: ({ params }, ctx) => getJob(ctx, params.id) }),
  route({
    method: 'get',
    path: '/periods/:periodId/units/:unitId/report/docx',
    summary: 'Báo cáo của đơn vị dạng Word để ký, lưu',
    tag,
    access: 'signed-in',
    action: 'unitData.read',
    params: z.object({ periodId: uuid, unitId: uuid }),
    response: 'file',
    handler: ({ params }, ctx) => exportUnitReport(ctx, params.periodId, params.unitId),
  }),
  route({ method: 'get', path: '/dashboard', summary: 'Bảng điều hành: tiến độ, quá hạn, chưa báo cáo, chỉ tiêu có nguy cơ, xếp hạng, xu hướng', tag, access: 'signed-in', action: 'provinceReport.read', query: dashboardQuery, response: dashboardView, handler: ({ query }, ctx) => getDashboard(ctx, query) }),
  route({ method: 'get', path: '/dashboard/export', summary: 'Tải bảng điều hành dạng Excel', tag, access: 'signed-in', action: 'provinceReport.read', query: dashboardQuery, response: 'file', handler: ({ query }, ctx) => exportDashboard(ctx, query) }),
  route({ method: 'get', path: '/dashboard/activities/:id', summary: 'Chi tiết một hoạt động: từng đơn vị, tình trạng, minh chứng', tag, access: 'signed-in', action: 'provinceReport.read', params: byId, response: activityDrillDown, handler: ({ params }, ctx) => getActivityDrillDown(ctx, params.id) }),
];
