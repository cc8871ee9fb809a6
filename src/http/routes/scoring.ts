import { endpoints } from '../../contracts/endpoints/index.js';
import { acceptRemaining } from '../../services/scoring/accept-remaining.js';
import { scoreUnansweredZero } from '../../services/scoring/score-unanswered.js';
import { addEvidenceFile } from '../../services/scoring/add-evidence-file.js';
import { addEvidenceLink } from '../../services/scoring/add-evidence-link.js';
import { advanceRound } from '../../services/scoring/advance-round.js';
import { appraiseLeaf } from '../../services/scoring/appraise-leaf.js';
import { archiveCriteriaSet } from '../../services/scoring/archive-criteria-set.js';
import { assignCouncil } from '../../services/scoring/assign-council.js';
import { createRound } from '../../services/scoring/create-round.js';
import { explainLeaf } from '../../services/scoring/explain-leaf.js';
import { exportCriteriaSet } from '../../services/scoring/export-criteria-set.js';
import { exportRoundResults } from '../../services/scoring/export-results.js';
import { exportUnitSheet } from '../../services/scoring/export-unit-sheet.js';
import { getEvidenceFile } from '../../services/scoring/get-evidence-file.js';
import { getRound } from '../../services/scoring/get-round.js';
import { getUnitScoring } from '../../services/scoring/get-unit-scoring.js';
import { listAppraisers } from '../../services/scoring/list-appraisers.js';
import { importCriteriaSet } from '../../services/scoring/import-criteria-set.js';
import { leafHistory } from '../../services/scoring/leaf-history.js';
import { getCriteriaSet } from '../../services/scoring/get-criteria-set.js';
import { listCriteriaSets } from '../../services/scoring/list-criteria-sets.js';
import { listRounds } from '../../services/scoring/list-rounds.js';
import { prefillUnit } from '../../services/scoring/prefill-unit.js';
import { getRoundResults } from '../../services/scoring/round-results.js';
import { importSurveyFile } from '../../services/scoring/import-survey-file.js';
import { saveSurveyPoints } from '../../services/scoring/save-survey-points.js';
import { proposeSurveyPoints } from '../../services/scoring/propose-survey-points.js';
import { selfAssessLeaf } from '../../services/scoring/self-assess-leaf.js';
import { selfAssessLeaves } from '../../services/scoring/self-assess-leaves.js';
import { submitSelfAssessment } from '../../services/scoring/submit-self-assessment.js';
import { updateRound } from '../../services/scoring/update-round.js';
import { planWhatIf } from '../../services/scoring/what-if.js';
import { withdrawScoringEvidence } from '../../services/scoring/withdraw-scoring-evidence.js';
import { exportJointRound } from '../../services/scoring/joint/export-joint-round.js';
import { getJointRound } from '../../services/scoring/joint/get-joint-round.js';
import { importMinistryAppraisal } from '../../services/scoring/joint/import-ministry-appraisal.js';
import { lockJointRound } from '../../services/scoring/joint/lock-joint-round.js';
import { recordMinistryAppraisal } from '../../services/scoring/joint/record-ministry-appraisal.js';
import { reviewJointLeaf } from '../../services/scoring/joint/review-joint-leaf.js';
import { createDeductionWork } from '../../services/scoring/joint/create-deduction-work.js';
import { setJointAgencies } from '../../services/scoring/joint/set-joint-agencies.js';
import { readUploadedFile } from '../read-body.js';
import { handle } from '../route.js';

export const scoringRoutes = [
  // Criteria sets
  handle(endpoints.listCriteriaSets, (_i, ctx) => listCriteriaSets(ctx)),
  handle(endpoints.saveCriteriaSet, ({ body }, ctx) => importCriteriaSet(ctx, { json: body })),
  handle(endpoints.importCriteriaSetFile, async (_i, ctx, c) => {
    const file = await readUploadedFile(c);
    return importCriteriaSet(ctx, { file });
  }),
  handle(endpoints.getCriteriaSet, ({ params }, ctx) => getCriteriaSet(ctx, params.id)),
  handle(endpoints.exportCriteriaSet, ({ params, query }, ctx) => exportCriteriaSet(ctx, params.id, query.format)),
  handle(endpoints.archiveCriteriaSet, ({ params, body }, ctx) => archiveCriteriaSet(ctx, params.id, body.reason)),
  handle(endpoints.planScoreWhatIf, ({ params, body }, ctx) => planWhatIf(ctx, params.id, body)),
  // Rounds
  handle(endpoints.listAppraisers, (_i, ctx) => listAppraisers(ctx)),
  handle(endpoints.listScoringRounds, (_i, ctx) => listRounds(ctx)),
  handle(endpoints.createScoringRound, ({ body }, ctx) => createRound(ctx, body)),
  handle(endpoints.getScoringRound, ({ params }, ctx) => getRound(ctx, params.id)),
  handle(endpoints.updateScoringRound, ({ params, body }, ctx) => updateRound(ctx, params.id, body)),
  handle(endpoints.assignScoringCouncil, ({ params, body }, ctx) => assignCouncil(ctx, params.id, body)),
  handle(endpoints.advanceScoringRound, ({ params, body }, ctx) => advanceRound(ctx, params.id, body)),
  handle(endpoints.getScoringRoundResults, ({ params, query }, ctx) =>
    getRoundResults(ctx, params.id, query.previousRoundId),
  ),
  handle(endpoints.exportScoringRoundResults, ({ params, query }, ctx) =>
    exportRoundResults(ctx, params.id, query.format),
  ),
  handle(endpoints.saveSurveyPoints, ({ params, body }, ctx) => saveSurveyPoints(ctx, params.id, body.rows)),
  handle(endpoints.proposeSurveyPoints, ({ params }, ctx) => proposeSurveyPoints(ctx, params.id)),
  handle(endpoints.importSurveyFile, async ({ params }, ctx, c) => {
    const file = await readUploadedFile(c);
    return importSurveyFile(ctx, params.id, file);
  }),
  // The province's joint round
  handle(endpoints.getJointRound, ({ params }, ctx) => getJointRound(ctx, params.id)),
  handle(endpoints.setJointAgencies, ({ params, body }, ctx) => setJointAgencies(ctx, params.id, body)),
  handle(endpoints.reviewJointLeaf, ({ params, body }, ctx) => reviewJointLeaf(ctx, params.id, params.code, body)),
  handle(endpoints.lockJointRound, ({ params, body }, ctx) => lockJointRound(ctx, params.id, body.version)),
  handle(endpoints.recordMinistryAppraisal, ({ params, body }, ctx) =>
    recordMinistryAppraisal(ctx, params.id, params.code, body),
  ),
  handle(endpoints.importMinistryAppraisal, async ({ params }, ctx, c) => {
    const file = await readUploadedFile(c);
    return importMinistryAppraisal(ctx, params.id, file);
  }),
  handle(endpoints.createDeductionWork, ({ params, body }, ctx) =>
    createDeductionWork(ctx, params.id, params.code, body),
  ),
  handle(endpoints.exportJointRound, ({ params, query }, ctx) => exportJointRound(ctx, params.id, query.format)),
  // One unit
  handle(endpoints.getUnitScoring, ({ params }, ctx) => getUnitScoring(ctx, params.id, params.unitId)),
  handle(endpoints.exportUnitScoringSheet, ({ params }, ctx) => exportUnitSheet(ctx, params.id, params.unitId)),
  handle(endpoints.prefillUnitScoring, ({ params }, ctx) => prefillUnit(ctx, params.id, params.unitId)),
  handle(endpoints.submitSelfAssessment, ({ params, body }, ctx) =>
    submitSelfAssessment(ctx, params.id, params.unitId, body.version),
  ),
  handle(endpoints.acceptRemainingCriteria, ({ params }, ctx) => acceptRemaining(ctx, params.id, params.unitId)),
  handle(endpoints.scoreUnansweredZero, ({ params }, ctx) => scoreUnansweredZero(ctx, params.id, params.unitId)),
  handle(endpoints.downloadScoringEvidence, ({ params }, ctx) =>
    getEvidenceFile(ctx, params.id, params.unitId, params.evidenceId),
  ),
  // One criterion
  handle(endpoints.selfAssessLeaves, ({ params, body }, ctx) => selfAssessLeaves(ctx, params.id, params.unitId, body)),
  handle(endpoints.selfAssessLeaf, ({ params, body }, ctx) =>
    selfAssessLeaf(ctx, params.id, params.unitId, params.code, body),
  ),
  handle(endpoints.appraiseLeaf, ({ params, body }, ctx) =>
    appraiseLeaf(ctx, params.id, params.unitId, params.code, body),
  ),
  handle(endpoints.explainLeaf, ({ params, body }, ctx) =>
    explainLeaf(ctx, params.id, params.unitId, params.code, body),
  ),
  handle(endpoints.uploadScoringEvidence, async ({ params }, ctx, c) => {
    const file = await readUploadedFile(c);
    return addEvidenceFile(ctx, params.id, params.unitId, params.code, file);
  }),
  handle(endpoints.linkScoringEvidence, ({ params, body }, ctx) =>
    addEvidenceLink(ctx, params.id, params.unitId, params.code, body),
  ),
  handle(endpoints.withdrawScoringEvidence, ({ params, body }, ctx) =>
    withdrawScoringEvidence(ctx, params.id, body.reason),
  ),
  handle(endpoints.getLeafHistory, ({ params }, ctx) => leafHistory(ctx, params.id, params.unitId, params.code)),
];
