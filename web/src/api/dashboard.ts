import { queryOptions } from '@tanstack/react-query';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type { ActivityDrillDown, DashboardView } from '../../../src/contracts/dashboard.js';
import type { DashboardSearch } from '../dashboard/search.js';
import { call, endpointUrl } from './client.js';

export type { ActivityDrillDown, DashboardView };

export const dashboardKeys = {
  view: (search: DashboardSearch) => ['dashboard', search] as const,
  activity: (id: string) => ['dashboard', 'activity', id] as const,
};

export const dashboardQuery = (search: DashboardSearch) =>
  queryOptions({
    queryKey: dashboardKeys.view(search),
    queryFn: () => call(endpoints.getDashboard, { query: search }, { notify: false }),
    // Keep the figures on screen while the area or kind changes, never another plan's or period's under this one's title.
    placeholderData: (previous, previousQuery) => {
      const before = previousQuery?.queryKey[1];
      return before?.planId === search.planId && before?.periodId === search.periodId ? previous : undefined;
    },
  });

export const activityDrillDownQuery = (activityId: string) =>
  queryOptions({
    queryKey: dashboardKeys.activity(activityId),
    queryFn: () => call(endpoints.getActivityDrillDown, { params: { id: activityId } }, { notify: false }),
  });

/** The Excel workbook of the dashboard as filtered. */
export const dashboardExportUrl = (search: DashboardSearch) =>
  endpointUrl(endpoints.exportDashboard, { query: search });
