import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type { ServiceQualityQuery, ServiceQualityView } from '../../../src/contracts/service-quality.js';
import type { DossierDetail } from '../../../src/contracts/dossiers.js';
import { call, endpointUrl } from './client.js';

export type { DossierDetail, ServiceQualityView };

export const serviceQualityQuery = (query: ServiceQualityQuery) =>
  queryOptions({
    queryKey: ['service-quality', query] as const,
    queryFn: () => call(endpoints.getServiceQuality, { query }, { notify: false }),
    placeholderData: keepPreviousData,
  });

/** The Excel workbook of the page as filtered. */
export const serviceQualityExportUrl = (query: ServiceQualityQuery) =>
  endpointUrl(endpoints.exportServiceQuality, { query });

export const lateDossiersQuery = (
  unitId: string,
  period: { from: string; to: string },
  page: number,
  pageSize: number,
) =>
  queryOptions({
    queryKey: ['service-quality', 'late', unitId, period, page, pageSize] as const,
    queryFn: () =>
      call(
        endpoints.listUnitDossiers,
        { params: { unitId }, query: { ...period, lateWithoutApology: 'true', page, pageSize } },
        { notify: false },
      ),
    placeholderData: keepPreviousData,
  });

export const dossierQuery = (unitId: string, code: string) =>
  queryOptions({
    queryKey: ['service-quality', 'dossier', unitId, code] as const,
    queryFn: () => call(endpoints.getUnitDossier, { params: { unitId, code } }, { notify: false }),
  });
