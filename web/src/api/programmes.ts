import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type {
  nextYearPlanPreview,
  programmeComparison,
  programmeRequest,
  programmeSummary,
} from '../../../src/contracts/programmes.js';
import { call } from './client.js';

export type ProgrammeSummary = z.infer<typeof programmeSummary>;
export type ProgrammeComparison = z.infer<typeof programmeComparison>;
export type NextYearPlanPreview = z.infer<typeof nextYearPlanPreview>;
export type ProgrammeInput = z.input<typeof programmeRequest>;

export const programmeKeys = {
  all: ['programmes'] as const,
  list: ['programmes', 'list'] as const,
  comparison: (id: string, by: 'area' | 'unit') => ['programmes', 'comparison', id, by] as const,
  nextYear: (planId: string) => ['programmes', 'next-year', planId] as const,
};

export const programmeListQuery = queryOptions({
  queryKey: programmeKeys.list,
  queryFn: () => call(endpoints.listProgrammes, {}),
});

export const programmeComparisonQuery = (id: string, by: 'area' | 'unit') =>
  queryOptions({
    queryKey: programmeKeys.comparison(id, by),
    queryFn: () => call(endpoints.compareProgrammeYears, { params: { id }, query: { by } }),
  });

export const nextYearPreviewQuery = (planId: string) =>
  queryOptions({
    queryKey: programmeKeys.nextYear(planId),
    queryFn: () => call(endpoints.previewNextYearPlan, { params: { id: planId } }),
    staleTime: 0,
  });

export function createNextYearPlan(planId: string, name: string | undefined) {
  return call(endpoints.createNextYearPlan, { params: { id: planId }, body: { name } }, { notify: false });
}

export function createProgramme(input: ProgrammeInput) {
  return call(endpoints.createProgramme, { body: input }, { notify: false });
}

export function updateProgramme(id: string, input: ProgrammeInput & { version: number }) {
  return call(endpoints.updateProgramme, { params: { id }, body: input }, { notify: false });
}

export function setPlanProgramme(planId: string, programmeId: string | null) {
  return call(endpoints.setPlanProgramme, { params: { id: planId }, body: { programmeId } }, { notify: false });
}
