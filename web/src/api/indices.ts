import { queryOptions } from '@tanstack/react-query';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import { call, endpointUrl } from './client.js';

export const indexTrackerQuery = queryOptions({
  queryKey: ['indices'] as const,
  queryFn: () => call(endpoints.getIndexTracker, {}, { notify: false }),
});

export const lostPointsQuery = (resultId: string) =>
  queryOptions({
    queryKey: ['indices', 'lost', resultId] as const,
    queryFn: () => call(endpoints.getLostPoints, { params: { id: resultId } }, { notify: false }),
  });

export const indexSourceUrl = (resultId: string) =>
  endpointUrl(endpoints.downloadIndexSource, { params: { id: resultId } });
