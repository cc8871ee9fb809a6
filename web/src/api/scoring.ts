import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { CriteriaSetJson } from '../../../src/contracts/criteria.js';
import type { appraiseRequest, councilRequest, createRoundRequest, RoundStage, selfAssessBatchRequest, selfAssessRequest, whatIfRequest } from '../../../src/contracts/scoring.js';
import {
  appraiserOption,
  criteriaSetDetail,
  criteriaSetImportResult,
  criteriaSetSummary,
  historyEntry,
  prefillResult,
  roundDetail,
  roundResults,
  roundSummary,
  surveyPointsResult,
  unitScoring,
  whatIfResult,
} from '../../../src/contracts/scoring.js';
import { apiRequest, apiUpload } from './client.js';

export type CriteriaSetSummary = z.infer<typeof criteriaSetSummary>;
export type CriteriaSetDetail = z.infer<typeof criteriaSetDetail>;
export type RoundSummary = z.infer<typeof roundSummary>;
export type RoundDetail = z.infer<typeof roundDetail>;
export type RoundResults = z.infer<typeof roundResults>;
export type UnitScoring = z.infer<typeof unitScoring>;
export type LeafView = UnitScoring['leaves'][number];
export type WhatIfResult = z.infer<typeof whatIfResult>;
export type Evidence = LeafView['evidence'][number];

export const scoringKeys = {
  all: ['scoring'] as const,
  sets: ['scoring', 'sets'] as const,
  set: (id: string) => ['scoring', 'set', id] as const,
  rounds: ['scoring', 'rounds'] as const,
  round: (id: string) => ['scoring', 'round', id] as const,
  results: (id: string, previousRoundId?: string) => ['scoring', 'results', id, previousRoundId ?? null] as const,
  unit: (id: string, unitId: string) => ['scoring', 'unit', id, unitId] as const,
  history: (id: string, unitId: string, code: string) => ['scoring', 'history', id, unitId, code] as const,
  appraisers: ['scoring', 'appraisers'] as const,
};

export const criteriaSetsQuery = queryOptions({ queryKey: scoringKeys.sets, queryFn: () => apiRequest('/scoring/criteria-sets', z.array(criteriaSetSummary)) });
export const criteriaSetQuery = (id: string) =>
  queryOptions({ queryKey: scoringKeys.set(id), queryFn: () => apiRequest(`/scoring/criteria-sets/${id}`, criteriaSetDetail), staleTime: Infinity });
export const roundsQuery = queryOptions({ queryKey: scoringKeys.rounds, queryFn: () => apiRequest('/scoring/rounds', z.array(roundSummary)) });
export const roundQuery = (id: string) => queryOptions({ queryKey: scoringKeys.round(id), queryFn: () => apiRequest(`/scoring/rounds/${id}`, roundDetail) });
export const resultsQuery = (id: string, previousRoundId?: string) =>
  queryOptions({
    queryKey: scoringKeys.results(id, previousRoundId),
    queryFn: () => apiRequest(`/scoring/rounds/${id}/results`, roundResults, { query: { previousRoundId }, notify: false }),
  });
export const unitScoringQuery = (id: string, unitId: string) =>
  queryOptions({ queryKey: scoringKeys.unit(id, unitId), queryFn: () => apiRequest(`/scoring/rounds/${id}/units/${unitId}`, unitScoring) });
export const leafHistoryQuery = (id: string, unitId: string, code: string) =>
  queryOptions({ queryKey: scoringKeys.history(id, unitId, code), queryFn: () => apiRequest(`${leafPath(id, unitId, code)}/history`, z.array(historyEntry)) });
export const appraisersQuery = queryOptions({ queryKey: scoringKeys.appraisers, queryFn: () => apiRequest('/scoring/appraisers', z.array(appraiserOption)) });

const unitPath = (id: string, unitId: string) => `/scoring/rounds/${id}/units/${unitId}`;
const leafPath = (id: string, unitId: string, code: string) => `${unitPath(id, unitId)}/entries/${encodeURIComponent(code)}`;

/** Links the browser downloads directly (the session cookie goes with them). */
export const downloads = {
  criteriaSet: (id: string, format: 'json' | 'xlsx') => `/api/scoring/criteria-sets/${id}/export?format=${format}`,
  results: (id: string, format: 'xlsx' | 'docx') => `/api/scoring/rounds/${id}/results/export?format=${format}`,
  unitSheet: (id: string, unitId: string) => `/api${unitPath(id, unitId)}/sheet`,
  evidence: (id: string, unitId: string, evidenceId: string) => `/api${unitPath(id, unitId)}/evidence/${evidenceId}`,
};

function fileForm(file: File): FormData {
  const form = new FormData();
  form.set('file', file);
  return form;
}

export const importCriteriaSetFile = (file: File, onProgress?: (sent: number) => void) =>
  apiUpload('/scoring/criteria-sets/import', criteriaSetImportResult, fileForm(file), { notify: false, onProgress });
export const saveCriteriaSet = (content: CriteriaSetJson) => apiRequest('/scoring/criteria-sets', criteriaSetImportResult, { body: content, notify: false });
export const planWhatIf = (setId: string, input: z.input<typeof whatIfRequest>) =>
  apiRequest(`/scoring/criteria-sets/${setId}/what-if`, whatIfResult, { body: input, notify: false });

export const createRound = (input: z.input<typeof createRoundRequest>) => apiRequest('/scoring/rounds', roundDetail, { body: input, notify: false });
export const assignCouncil = (id: string, input: z.input<typeof councilRequest>) =>
  apiRequest(`/scoring/rounds/${id}/council`, roundDetail, { method: 'PUT', body: input, notify: false });
export const advanceRound = (id: string, version: number, to: RoundStage) =>
  apiRequest(`/scoring/rounds/${id}/advance`, roundDetail, { body: { version, to }, notify: false });
export const importSurveyFile = (id: string, file: File, onProgress?: (sent: number) => void) =>
  apiUpload(`/scoring/rounds/${id}/survey/import`, surveyPointsResult, fileForm(file), { notify: false, onProgress });

export const selfAssess = (id: string, unitId: string, code: string, input: z.input<typeof selfAssessRequest>) =>
  apiRequest(`${leafPath(id, unitId, code)}/self`, unitScoring, { method: 'PUT', body: input, notify: false });
/** Several criteria at once, in one transaction ("Lưu tất cả" and autosave). */
export const selfAssessMany = (id: string, unitId: string, input: z.input<typeof selfAssessBatchRequest>) =>
  apiRequest(`${unitPath(id, unitId)}/self`, unitScoring, { method: 'PUT', body: input, notify: false });
export const appraise = (id: string, unitId: string, code: string, input: z.input<typeof appraiseRequest>) =>
  apiRequest(`${leafPath(id, unitId, code)}/appraisal`, unitScoring, { method: 'PUT', body: input, notify: false });
export const explain = (id: string, unitId: string, code: string, version: number, answer: string) =>
  apiRequest(`${leafPath(id, unitId, code)}/explanation`, unitScoring, { method: 'PUT', body: { version, answer }, notify: false });
export const uploadEvidence = (id: string, unitId: string, code: string, file: File, onProgress?: (sent: number) => void) =>
  apiUpload(`${leafPath(id, unitId, code)}/evidence`, unitScoring, fileForm(file), { notify: false, onProgress });
export const linkEvidence = (id: string, unitId: string, code: string, label: string, url: string) =>
  apiRequest(`${leafPath(id, unitId, code)}/evidence-links`, unitScoring, { body: { label, url }, notify: false });
/** Withdraws a wrongly added evidence item with a reason; it stays in the criterion's history. */
export const withdrawScoringEvidence = (evidenceId: string, reason: string) =>
  apiRequest(`/scoring/evidence/${evidenceId}/withdraw`, unitScoring, { body: { reason }, notify: false });
export const submitSelfAssessment = (id: string, unitId: string, version: number) =>
  apiRequest(`${unitPath(id, unitId)}/submit`, unitScoring, { body: { version }, notify: false });
export const scoreUnanswered = (id: string, unitId: string) =>
  apiRequest(`${unitPath(id, unitId)}/score-unanswered`, z.object({ scored: z.number(), manual: z.array(z.string()) }), { body: {}, notify: false });
export const acceptRemaining = (id: string, unitId: string) =>
  apiRequest(`${unitPath(id, unitId)}/accept-remaining`, z.object({ accepted: z.number(), remaining: z.number() }), { body: {}, notify: false });
export const prefillUnit = (id: string, unitId: string) =>
  apiRequest(`${unitPath(id, unitId)}/prefill`, prefillResult, { body: {}, notify: false });
