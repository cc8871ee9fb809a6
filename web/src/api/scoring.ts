import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CriteriaSetJson } from '../../../src/contracts/criteria.js';
import type {
  appraiseRequest,
  councilRequest,
  createRoundRequest,
  RoundStage,
  selfAssessBatchRequest,
  selfAssessRequest,
  whatIfRequest,
} from '../../../src/contracts/scoring.js';
import type {
  criteriaSetDetail,
  criteriaSetSummary,
  roundDetail,
  roundResults,
  roundSummary,
  unitScoring,
  whatIfResult,
} from '../../../src/contracts/scoring.js';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import { call, endpointUrl, upload } from './client.js';

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

export const criteriaSetsQuery = queryOptions({
  queryKey: scoringKeys.sets,
  queryFn: () => call(endpoints.listCriteriaSets, {}),
});
export const criteriaSetQuery = (id: string) =>
  queryOptions({
    queryKey: scoringKeys.set(id),
    queryFn: () => call(endpoints.getCriteriaSet, { params: { id } }),
    staleTime: Infinity,
  });
export const roundsQuery = queryOptions({
  queryKey: scoringKeys.rounds,
  queryFn: () => call(endpoints.listScoringRounds, {}),
});
export const roundQuery = (id: string) =>
  queryOptions({ queryKey: scoringKeys.round(id), queryFn: () => call(endpoints.getScoringRound, { params: { id } }) });
export const resultsQuery = (id: string, previousRoundId?: string) =>
  queryOptions({
    queryKey: scoringKeys.results(id, previousRoundId),
    queryFn: () =>
      call(endpoints.getScoringRoundResults, { params: { id }, query: { previousRoundId } }, { notify: false }),
  });
export const unitScoringQuery = (id: string, unitId: string) =>
  queryOptions({
    queryKey: scoringKeys.unit(id, unitId),
    queryFn: () => call(endpoints.getUnitScoring, { params: { id, unitId } }),
  });
export const leafHistoryQuery = (id: string, unitId: string, code: string) =>
  queryOptions({
    queryKey: scoringKeys.history(id, unitId, code),
    queryFn: () => call(endpoints.getLeafHistory, { params: { id, unitId, code } }),
  });
export const appraisersQuery = queryOptions({
  queryKey: scoringKeys.appraisers,
  queryFn: () => call(endpoints.listAppraisers, {}),
});

/** Links the browser downloads directly (the session cookie goes with them). */
export const downloads = {
  criteriaSet: (id: string, format: 'json' | 'xlsx') =>
    endpointUrl(endpoints.exportCriteriaSet, { params: { id }, query: { format } }),
  results: (id: string, format: 'xlsx' | 'docx') =>
    endpointUrl(endpoints.exportScoringRoundResults, { params: { id }, query: { format } }),
  unitSheet: (id: string, unitId: string) => endpointUrl(endpoints.exportUnitScoringSheet, { params: { id, unitId } }),
  evidence: (id: string, unitId: string, evidenceId: string) =>
    endpointUrl(endpoints.downloadScoringEvidence, { params: { id, unitId, evidenceId } }),
};

function fileForm(file: File): FormData {
  const form = new FormData();
  form.set('file', file);
  return form;
}

export const importCriteriaSetFile = (file: File, onProgress?: (sent: number) => void) =>
  upload(endpoints.importCriteriaSetFile, {}, fileForm(file), { notify: false, onProgress });
export const saveCriteriaSet = (content: CriteriaSetJson) =>
  call(endpoints.saveCriteriaSet, { body: content }, { notify: false });
export const planWhatIf = (setId: string, input: z.input<typeof whatIfRequest>) =>
  call(endpoints.planScoreWhatIf, { params: { id: setId }, body: input }, { notify: false });

export const createRound = (input: z.input<typeof createRoundRequest>) =>
  call(endpoints.createScoringRound, { body: input }, { notify: false });
export const assignCouncil = (id: string, input: z.input<typeof councilRequest>) =>
  call(endpoints.assignScoringCouncil, { params: { id }, body: input }, { notify: false });
export const advanceRound = (id: string, version: number, to: RoundStage) =>
  call(endpoints.advanceScoringRound, { params: { id }, body: { version, to } }, { notify: false });
/** Survey points proposed from the satisfaction surveys: nothing is written until `saveSurveyPoints`. */
export const proposeSurveyPoints = (id: string) =>
  call(endpoints.proposeSurveyPoints, { params: { id } }, { notify: false });
export const saveSurveyPoints = (id: string, rows: { unitId: string; code: string; points: number }[]) =>
  call(endpoints.saveSurveyPoints, { params: { id }, body: { rows } }, { notify: false });
export const importSurveyFile = (id: string, file: File, onProgress?: (sent: number) => void) =>
  upload(endpoints.importSurveyFile, { params: { id } }, fileForm(file), { notify: false, onProgress });

export const selfAssess = (id: string, unitId: string, code: string, input: z.input<typeof selfAssessRequest>) =>
  call(endpoints.selfAssessLeaf, { params: { id, unitId, code }, body: input }, { notify: false });
/** Several criteria at once, in one transaction ("Lưu tất cả" and autosave). */
export const selfAssessMany = (id: string, unitId: string, input: z.input<typeof selfAssessBatchRequest>) =>
  call(endpoints.selfAssessLeaves, { params: { id, unitId }, body: input }, { notify: false });
export const appraise = (id: string, unitId: string, code: string, input: z.input<typeof appraiseRequest>) =>
  call(endpoints.appraiseLeaf, { params: { id, unitId, code }, body: input }, { notify: false });
export const explain = (id: string, unitId: string, code: string, version: number, answer: string) =>
  call(endpoints.explainLeaf, { params: { id, unitId, code }, body: { version, answer } }, { notify: false });
export const uploadEvidence = (
  id: string,
  unitId: string,
  code: string,
  file: File,
  onProgress?: (sent: number) => void,
) =>
  upload(endpoints.uploadScoringEvidence, { params: { id, unitId, code } }, fileForm(file), {
    notify: false,
    onProgress,
  });
export const linkEvidence = (id: string, unitId: string, code: string, label: string, url: string) =>
  call(endpoints.linkScoringEvidence, { params: { id, unitId, code }, body: { label, url } }, { notify: false });
/** Withdraws a wrongly added evidence item with a reason; it stays in the criterion's history. */
export const withdrawScoringEvidence = (evidenceId: string, reason: string) =>
  call(endpoints.withdrawScoringEvidence, { params: { id: evidenceId }, body: { reason } }, { notify: false });
export const submitSelfAssessment = (id: string, unitId: string, version: number) =>
  call(endpoints.submitSelfAssessment, { params: { id, unitId }, body: { version } }, { notify: false });
export const scoreUnanswered = (id: string, unitId: string) =>
  call(endpoints.scoreUnansweredZero, { params: { id, unitId }, body: {} }, { notify: false });
export const acceptRemaining = (id: string, unitId: string) =>
  call(endpoints.acceptRemainingCriteria, { params: { id, unitId }, body: {} }, { notify: false });
export const prefillUnit = (id: string, unitId: string) =>
  call(endpoints.prefillUnitScoring, { params: { id, unitId }, body: {} }, { notify: false });
