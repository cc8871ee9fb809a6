import { endpoints } from '../../contracts/endpoints/index.js';
import { getActivityDrillDown } from '../../services/dashboard/activity-drill-down.js';
import { exportDashboard } from '../../services/dashboard/export-dashboard.js';
import { getDashboard } from '../../services/dashboard/get-dashboard.js';
import { handle } from '../route.js';

export const dashboardRoutes = [
  handle(endpoints.getDashboard, ({ query }, ctx) => getDashboard(ctx, query)),
  handle(endpoints.exportDashboard, ({ query }, ctx) => exportDashboard(ctx, query)),
  handle(endpoints.getActivityDrillDown, ({ params }, ctx) => getActivityDrillDown(ctx, params.id)),
];
