import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type {
  cancelSurveyCampaignRequest,
  generateCodesRequest,
  surveyCampaignRequest,
} from '../../../src/contracts/surveys.js';
import type {
  paperEntryBody,
  surveyResultsQuery as surveyResultsQuerySchema,
} from '../../../src/contracts/survey-results.js';
import { call, upload } from './client.js';

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

export const questionnaireVersionQuery = (versionId: string) =>
  queryOptions({
    queryKey: ['surveys', 'version', versionId] as const,
    queryFn: () => call(endpoints.getQuestionnaireVersion, { params: { versionId } }),
    staleTime: Infinity,
  });

export const enterPaperResponse = (campaignId: string, body: z.input<typeof paperEntryBody>) =>
  call(endpoints.enterPaperResponse, { params: { id: campaignId }, body }, { notify: false });

export const importPaperResponses = (campaignId: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return upload(endpoints.importPaperResponses, { params: { id: campaignId } }, form, { notify: false });
};

export const surveyResultsQuery = (query: z.input<typeof surveyResultsQuerySchema>) =>
  queryOptions({
    queryKey: ['surveys', 'results', query] as const,
    queryFn: () => call(endpoints.getSurveyResults, { query }),
  });
