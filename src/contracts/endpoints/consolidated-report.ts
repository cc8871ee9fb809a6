import { z } from 'zod';
import { uuid } from '../common.js';
import { endpoint } from '../endpoint.js';
import {
  downloadFormat,
  jobView,
  reportBuildView,
  reportDraft,
  saveReportDraftRequest,
} from '../consolidated-report.js';

const byId = z.object({ id: uuid });
/** One OpenAPI group for the consolidated report and the dashboard, as before they had files of their own. */
const tag = 'reports';
const CONSOLIDATED = '/periods/:id/consolidated-report';

/** The consolidated report of a period (draft, builds as background jobs, downloads), and a unit's own report as Word. */
export const consolidatedReportEndpoints = {
  getConsolidatedReportDraft: endpoint({
    method: 'get',
    path: `${CONSOLIDATED}/draft`,
    summary: 'Phần soạn thảo của báo cáo tổng hợp (mở đầu, kết luận, số ký hiệu, người ký, nơi nhận)',
    tag,
    access: 'signed-in',
    action: 'provinceReport.read',
    params: byId,
    response: reportDraft,
  }),
  saveConsolidatedReportDraft: endpoint({
    method: 'put',
    path: `${CONSOLIDATED}/draft`,
    summary: 'Lưu phần soạn thảo của báo cáo tổng hợp',
    tag,
    access: 'signed-in',
    action: 'provinceReport.write',
    params: byId,
    body: saveReportDraftRequest,
    response: reportDraft,
  }),
  requestConsolidatedReport: endpoint({
    method: 'post',
    path: `${CONSOLIDATED}/builds`,
    summary: 'Lập báo cáo tổng hợp (Word + phụ lục Excel); trả về công việc để theo dõi tiến độ',
    tag,
    access: 'signed-in',
    action: 'provinceReport.write',
    params: byId,
    response: jobView,
    status: 201,
  }),
  listConsolidatedReportBuilds: endpoint({
    method: 'get',
    path: `${CONSOLIDATED}/builds`,
    summary: 'Các bản báo cáo tổng hợp đã lập của kỳ',
    tag,
    access: 'signed-in',
    action: 'provinceReport.read',
    params: byId,
    response: z.array(reportBuildView),
  }),
  downloadConsolidatedReportBuild: endpoint({
    method: 'get',
    path: '/report-builds/:id/download',
    summary: 'Tải báo cáo tổng hợp (docx) hoặc phụ lục (xlsx)',
    tag,
    access: 'signed-in',
    action: 'provinceReport.read',
    params: byId,
    query: downloadFormat,
    response: 'file',
  }),
  getJob: endpoint({
    method: 'get',
    path: '/jobs/:id',
    summary: 'Tình trạng và tiến độ của công việc',
    tag,
    access: 'signed-in',
    action: 'job.read',
    params: byId,
    response: jobView,
  }),
  exportUnitReportDocx: endpoint({
    method: 'get',
    path: '/periods/:periodId/units/:unitId/report/docx',
    summary: 'Báo cáo của đơn vị dạng Word để ký, lưu',
    tag,
    access: 'signed-in',
    action: 'unitData.read',
    params: z.object({ periodId: uuid, unitId: uuid }),
    response: 'file',
  }),
};
