import { queryOptions } from '@tanstack/react-query';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type { RecordUnitPlanRequest } from '../../../src/contracts/unit-plans.js';
import { call, upload } from './client.js';

export const unitPlanKeys = {
  all: ['unit-plans'] as const,
  overview: (planId: string) => ['unit-plans', 'overview', planId] as const,
  duty: (planId: string, unitId: string) => ['unit-plans', 'duty', planId, unitId] as const,
};

export const unitPlanOverviewQuery = (planId: string) =>
  queryOptions({
    queryKey: unitPlanKeys.overview(planId),
    queryFn: () => call(endpoints.getUnitPlanOverview, { params: { id: planId } }),
  });

export const unitPlanDutyQuery = (planId: string, unitId: string) =>
  queryOptions({
    queryKey: unitPlanKeys.duty(planId, unitId),
    queryFn: () => call(endpoints.getUnitPlanDuty, { params: { id: planId, unitId } }),
  });

export const recordUnitPlan = (planId: string, unitId: string, body: RecordUnitPlanRequest) =>
  call(endpoints.recordUnitPlan, { params: { id: planId, unitId }, body }, { notify: false });

export function attachUnitPlanFile(planId: string, unitId: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return upload(endpoints.attachUnitPlanFile, { params: { id: planId, unitId } }, form, { notify: false });
}

export const unitPlanActivitiesQuery = (planId: string, unitId: string) =>
  queryOptions({
    queryKey: ['unit-plans', 'activities', planId, unitId] as const,
    queryFn: () => call(endpoints.getUnitPlanActivities, { params: { id: planId, unitId } }),
  });

export const readUnitPlanActivities = (planId: string, unitId: string) =>
  call(endpoints.readUnitPlanActivities, { params: { id: planId, unitId } }, { notify: false });

export const linkUnitPlanActivity = (
  planId: string,
  unitId: string,
  activityId: string,
  body: { planActivityId: string | null; version: number },
) => call(endpoints.linkUnitPlanActivity, { params: { id: planId, unitId, activityId }, body }, { notify: false });
