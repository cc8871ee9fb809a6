import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type { saveInspectionPlanRequest, updateInspectionPlanRequest } from '../../../src/contracts/inspections.js';
import type { InspectionLevel } from '../../../src/domain/inspections/selection.js';
import { call } from './client.js';

export const inspectionKeys = {
  all: ['inspection-plans'] as const,
  list: (year: number) => ['inspection-plans', 'list', year] as const,
};

export const inspectionPlanListQuery = (year: number) =>
  queryOptions({
    queryKey: inspectionKeys.list(year),
    queryFn: () => call(endpoints.listInspectionPlans, { query: { year } }),
  });

/** cchc's proposal of a level's units (a district's: `inspectorUnitId`, of its communes). */
export const proposeInspections = (
  year: number,
  level: InspectionLevel,
  percent: number,
  inspectorUnitId: string | null = null,
) =>
  call(
    endpoints.proposeInspectionSelection,
    { query: { year, level, percent, ...(inspectorUnitId ? { inspectorUnitId } : {}) } },
    { notify: false },
  );

export const createInspectionPlan = (body: z.input<typeof saveInspectionPlanRequest>) =>
  call(endpoints.createInspectionPlan, { body }, { notify: false });

export const cancelInspectionPlan = (id: string, version: number, reason: string) =>
  call(endpoints.cancelInspectionPlan, { params: { id }, body: { version, reason } }, { notify: false });

export const updateInspectionPlan = (id: string, body: z.input<typeof updateInspectionPlanRequest>) =>
  call(endpoints.updateInspectionPlan, { params: { id }, body }, { notify: false });
