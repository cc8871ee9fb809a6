import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type { NationalFiguresSearch, NationalFiguresView } from '../../../src/contracts/national.js';
import { call, endpointUrl } from './client.js';

export type { NationalFiguresView };

export const nationalFiguresQuery = (query: NationalFiguresSearch) =>
  queryOptions({
    queryKey: ['national', query] as const,
    queryFn: () => call(endpoints.getNationalFigures, { query }, { notify: false }),
    placeholderData: keepPreviousData,
  });

/** The national consolidated workbook of the figures shown. */
export const nationalReportUrl = (query: NationalFiguresSearch) =>
  endpointUrl(endpoints.exportNationalReport, { query });
