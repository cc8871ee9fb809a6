import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type {
  cancelSurveyCampaignRequest,
  generateCodesRequest,
  surveyCampaignRequest,
} from '../../../src/contracts/surveys.js';
import { call } from './client.js';

export const surveyKeys = {
  all: ['surveys'] as const,
  questionnaires: ['surveys', 'questionnaires'] as const,
  campaigns: ['surveys', 'campaigns'] as const,
  campaign: (id: string) => ['surveys', 'campaign', id] as const,
};

export const questionnaireListQuery = queryOptions({
  queryKey: surveyKeys.questionnaires,
  queryFn: () => call(endpoints.listQuestionnaires, {}),
});

export const surveyCampaignListQuery = queryOptions({
  queryKey: surveyKeys.campaigns,
  queryFn: () => call(endpoints.listSurveyCampaigns, {}),
});

export const surveyCampaignQuery = (campaignId: string) =>
  queryOptions({
    queryKey: surveyKeys.campaign(campaignId),
    queryFn: () => call(endpoints.getSurveyCampaign, { params: { campaignId } }),
  });

export const createSurveyCampaign = (body: z.input<typeof surveyCampaignRequest>) =>
  call(endpoints.createSurveyCampaign, { body }, { notify: false });

export const cancelSurveyCampaign = (campaignId: string, body: z.input<typeof cancelSurveyCampaignRequest>) =>
  call(endpoints.cancelSurveyCampaign, { params: { campaignId }, body }, { notify: false });

export const generateSurveyCodes = (campaignId: string, body: z.input<typeof generateCodesRequest>) =>
  call(endpoints.generateSurveyCodes, { params: { campaignId }, body }, { notify: false });
