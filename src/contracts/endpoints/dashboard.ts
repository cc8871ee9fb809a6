import { z } from 'zod';
import { uuid } from '../common.js';
import { endpoint } from '../endpoint.js';
import { activityDrillDown, dashboardQuery, dashboardView } from '../dashboard.js';

const byId = z.object({ id: uuid });
/** One OpenAPI group for the consolidated report and the dashboard, as before they had files of their own. */
const tag = 'reports';

/** The dashboard: its view, its Excel export, and one activity unit by unit. */
export const dashboardEndpoints = {
  getDashboard: endpoint({
    method: 'get',
    path: '/dashboard',
    summary: 'Bảng điều hành: tiến độ, quá hạn, chưa báo cáo, chỉ tiêu có nguy cơ, xếp hạng, xu hướng',
    tag,
    access: 'signed-in',
    reads: 'replica',
    action: 'provinceReport.read',
    query: dashboardQuery,
    response: dashboardView,
  }),
  exportDashboard: endpoint({
    method: 'get',
    path: '/dashboard/export',
    summary: 'Tải bảng điều hành dạng Excel',
    tag,
    access: 'signed-in',
    reads: 'replica',
    action: 'provinceReport.read',
    query: dashboardQuery,
    response: 'file',
  }),
  getActivityDrillDown: endpoint({
    method: 'get',
    path: '/dashboard/activities/:id',
    summary: 'Chi tiết một hoạt động: từng đơn vị, tình trạng, minh chứng',
    tag,
    access: 'signed-in',
    reads: 'replica',
    action: 'provinceReport.read',
    params: byId,
    response: activityDrillDown,
  }),
};
