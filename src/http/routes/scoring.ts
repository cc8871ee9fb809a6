import { z } from 'zod';
import { reasonBody, uuid } from '../../contracts/common.js';
import {
  advanceRoundRequest,
  appraiserOption,
  appraiseRequest,
  councilRequest,
  createRoundRequest,
  criteriaExportQuery,
  criteriaSetDetail,
  criteriaSetImportResult,
  criteriaSetSummary,
  evidenceLinkRequest,
  explainRequest,
  historyEntry,
  prefillResult,
  resultsExportQuery,
  resultsQuery,
  roundDetail,
  roundResults,
  roundSummary,
  selfAssessBatchRequest,
  selfAssessRequest,
  submitRequest,
  surveyPointsRequest,
  surveyPointsResult,
  unitScoring,
  updateRoundRequest,
  whatIfRequest,
  whatIfResult,
} from '../../contracts/scoring.js';
import { acceptRemaining } from '../../services/scoring/accept-remaining.js';
import { scoreUnansweredZero } from '../../services/scoring/score-unanswered.js';
import { addEvidenceFile, addEvidenceLink } from '../../services/scoring/add-evidence.js';
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
import { getCriteriaSet, listCriteriaSets } from '../../services/scoring/list-criteria-sets.js';
import { listRounds } from '../../services/scoring/list-rounds.js';
import { prefillUnit } from '../../services/scoring/prefill-unit.js';
import { getRoundResults } from '../../services/scoring/round-results.js';
import { importSurveyFile, saveSurveyPoints } from '../../services/scoring/save-survey-points.js';
import { selfAssessLeaf, selfAssessLeaves } from '../../services/scoring/self-assess-leaf.js';
import { submitSelfAssessment } from '../../services/scoring/submit-self-assessment.js';
import { updateRound } from '../../services/scoring/update-round.js';
import { planWhatIf } from '../../services/scoring/what-if.js';
import { withdrawScoringEvidence } from '../../services/scoring/withdraw-scoring-evidence.js';
import { readUploadedFile } from '../read-body.js';
import { route } from '../route.js';

const tag = 'scoring';
const byId = z.object({ id: uuid });
const byUnit = z.object({ id: uuid, unitId: uuid });
const byLeaf = z.object({ id: uuid, unitId: uuid, code: z.string().min(1).max(40) });
const ROUND = '/scoring/rounds/:id';
const UNIT = `${ROUND}/units/:unitId`;
const LEAF = `${UNIT}/entries/:code`;

export const scoringRoutes = [
  // Criteria sets
  route({ method: 'get', path: '/scoring/criteria-sets', summary: 'Các bộ tiêu chí (mọi phiên bản)', tag, access: 'signed-in', action: 'criteria.read', response: z.array(criteriaSetSummary), handler: (_i, ctx) => listCriteriaSets(ctx) }),
  route({
    method: 'post',
    path: '/scoring/criteria-sets',
    summary: 'Lưu bộ tiêu chí từ trình soạn (JSON cchc-criteria/1); cùng mã thì thành phiên bản mới',
    tag,
    access: 'signed-in',
    action: 'scoring.manage',
    body: z.unknown(),
    response: criteriaSetImportResult,
    status: 201,
    handler: ({ body }, ctx) => importCriteriaSet(ctx, { json: body }),
  }),
  route({
    method: 'post',
    path: '/scoring/criteria-sets/import',
    summary: 'Nhập bộ tiêu chí từ tệp JSON hoặc Excel (.xlsx)',
    tag,
    access: 'signed-in',
    action: 'scoring.manage',
    body: z.object({}),
    bodyKind: 'multipart',
    response: criteriaSetImportResult,
    status: 201,
    handler: async (_i, ctx, c) => {
      const file = await readUploadedFile(c);
      return importCriteriaSet(ctx, { file: { bytes: file.bytes, fileName: file.name, contentType: file.type } });
    },
  }),
  route({ method: 'get', path: '/scoring/criteria-sets/:id', summary: 'Một phiên bản bộ tiêu chí', tag, access: 'signed-in', action: 'criteria.read', params: byId, response: criteriaSetDetail, handler: ({ params }, ctx) => getCriteriaSet(ctx, params.id) }),
  route({ method: 'get', path: '/scoring/criteria-sets/:id/export', summary: 'Xuất bộ tiêu chí (JSON hoặc XLSX)', tag, access: 'signed-in', action: 'criteria.read', params: byId, query: criteriaExportQuery, response: 'file', handler: ({ params, query }, ctx) => exportCriteriaSet(ctx, params.id, query.format) }),
  route({ method: 'post', path: '/scoring/criteria-sets/:id/archive', summary: 'Lưu trữ một phiên bản bộ tiêu chí', tag, access: 'signed-in', action: 'scoring.manage', params: byId, body: reasonBody, response: 'none', handler: ({ params, body }, ctx) => archiveCriteriaSet(ctx, params.id, body.reason) }),
  route({ method: 'post', path: '/scoring/criteria-sets/:id/what-if', summary: 'Phương án nâng điểm: mỗi tiêu chí cần đạt bao nhiêu để đạt mục tiêu từng lĩnh vực', tag, access: 'signed-in', action: 'scoring.whatIf', params: byId, body: whatIfRequest, response: whatIfResult, handler: ({ params, body }, ctx) => planWhatIf(ctx, params.id, body) }),
  // Rounds
  route({ method: 'get', path: '/scoring/appraisers', summary: 'Thẩm định viên có thể phân công vào Hội đồng', tag, access: 'signed-in', action: 'scoring.manage', response: z.array(appraiserOption), handler: (_i, ctx) => listAppraisers(ctx) }),
  route({ method: 'get', path: '/scoring/rounds', summary: 'Các đợt đánh giá', tag, access: 'signed-in', action: 'scoring.readRound', response: z.array(roundSummary), handler: (_i, ctx) => listRounds(ctx) }),
  route({ method: 'post', path: '/scoring/rounds', summary: 'Mở đợt đánh giá (dự thảo)', tag, access: 'signed-in', action: 'scoring.manage', body: createRoundRequest, response: roundDetail, status: 201, handler: ({ body }, ctx) => createRound(ctx, body) }),
  route({ method: 'get', path: ROUND, summary: 'Một đợt đánh giá', tag, access: 'signed-in', action: 'scoring.readRound', params: byId, response: roundDetail, handler: ({ params }, ctx) => getRound(ctx, params.id) }),
  route({ method: 'patch', path: ROUND, summary: 'Sửa tên, thời hạn của đợt đánh giá', tag, access: 'signed-in', action: 'scoring.manage', params: byId, body: updateRoundRequest, response: roundDetail, handler: ({ params, body }, ctx) => updateRound(ctx, params.id, body) }),
  route({ method: 'put', path: `${ROUND}/council`, summary: 'Phân công Hội đồng thẩm định theo lĩnh vực', tag, access: 'signed-in', action: 'scoring.manage', params: byId, body: councilRequest, response: roundDetail, handler: ({ params, body }, ctx) => assignCouncil(ctx, params.id, body) }),
  route({ method: 'post', path: `${ROUND}/advance`, summary: 'Chuyển đợt đánh giá sang giai đoạn tiếp theo', tag, access: 'signed-in', action: 'scoring.manage', params: byId, body: advanceRoundRequest, response: roundDetail, handler: ({ params, body }, ctx) => advanceRound(ctx, params.id, body) }),
  route({ method: 'get', path: `${ROUND}/results`, summary: 'Kết quả, xếp hạng, điểm bị mất, kiểm tra số liệu', tag, access: 'signed-in', action: 'scoring.readResults', params: byId, query: resultsQuery, response: roundResults, handler: ({ params, query }, ctx) => getRoundResults(ctx, params.id, query.previousRoundId) }),
  route({ method: 'get', path: `${ROUND}/results/export`, summary: 'Bảng kết quả chính thức (XLSX hoặc DOCX)', tag, access: 'signed-in', action: 'scoring.readResults', params: byId, query: resultsExportQuery, response: 'file', handler: ({ params, query }, ctx) => exportRoundResults(ctx, params.id, query.format) }),
  route({ method: 'put', path: `${ROUND}/survey`, summary: 'Nhập điểm điều tra xã hội học', tag, access: 'signed-in', action: 'scoring.manage', params: byId, body: surveyPointsRequest, response: surveyPointsResult, handler: ({ params, body }, ctx) => saveSurveyPoints(ctx, params.id, body.rows) }),
  route({
    method: 'post',
    path: `${ROUND}/survey/import`,
    summary: 'Nhập điểm điều tra xã hội học từ tệp (XLSX, CSV hoặc JSON)',
    tag,
    access: 'signed-in',
    action: 'scoring.manage',
    params: byId,
    body: z.object({}),
    bodyKind: 'multipart',
    response: surveyPointsResult,
    handler: async ({ params }, ctx, c) => {
      const file = await readUploadedFile(c);
      return importSurveyFile(ctx, params.id, { bytes: file.bytes, fileName: file.name, contentType: file.type });
    },
  }),
  // One unit
  route({ method: 'get', path: UNIT, summary: 'Phiếu chấm điểm của một đơn vị', tag, access: 'signed-in', action: 'scoring.readUnit', params: byUnit, response: unitScoring, handler: ({ params }, ctx) => getUnitScoring(ctx, params.id, params.unitId) }),
  route({ method: 'get', path: `${UNIT}/sheet`, summary: 'Phiếu chấm điểm kèm danh sách tài liệu kiểm chứng (DOCX)', tag, access: 'signed-in', action: 'scoring.readUnit', params: byUnit, response: 'file', handler: ({ params }, ctx) => exportUnitSheet(ctx, params.id, params.unitId) }),
  route({ method: 'post', path: `${UNIT}/prefill`, summary: 'Tự điền các tiêu chí có số liệu theo dõi trong cchc', tag, access: 'signed-in', action: 'scoring.selfAssess', params: byUnit, body: z.object({}), response: prefillResult, handler: ({ params }, ctx) => prefillUnit(ctx, params.id, params.unitId) }),
  route({ method: 'post', path: `${UNIT}/submit`, summary: 'Gửi kết quả tự đánh giá', tag, access: 'signed-in', action: 'scoring.selfAssess', params: byUnit, body: submitRequest, response: unitScoring, handler: ({ params, body }, ctx) => submitSelfAssessment(ctx, params.id, params.unitId, body.version) }),
  route({
    method: 'post',
    path: `${UNIT}/accept-remaining`,
    summary: 'Chấp nhận các tiêu chí còn lại (trong lĩnh vực được phân công) theo kết quả tự chấm',
    tag,
    access: 'signed-in',
    action: 'scoring.appraise',
    params: byUnit,
    body: z.object({}),
    response: z.object({ accepted: z.number().int(), remaining: z.number().int() }),
    handler: ({ params }, ctx) => acceptRemaining(ctx, params.id, params.unitId),
  }),
  route({
    method: 'post',
    path: `${UNIT}/score-unanswered`,
    summary: 'Chấm 0 điểm (có lý do) các tiêu chí bắt buộc mà đơn vị không tự chấm, trong lĩnh vực được phân công',
    tag,
    access: 'signed-in',
    action: 'scoring.appraise',
    params: byUnit,
    body: z.object({}),
    response: z.object({ scored: z.number().int(), manual: z.array(z.string()) }),
    handler: ({ params }, ctx) => scoreUnansweredZero(ctx, params.id, params.unitId),
  }),
  route({ method: 'get', path: `${UNIT}/evidence/:evidenceId`, summary: 'Tải tài liệu kiểm chứng', tag, access: 'signed-in', action: 'scoring.readUnit', params: byUnit.extend({ evidenceId: uuid }), response: 'file', handler: ({ params }, ctx) => getEvidenceFile(ctx, params.id, params.unitId, params.evidenceId) }),
  // One leaf
  route({ method: 'put', path: `${UNIT}/self`, summary: 'Tự chấm nhiều tiêu chí một lần (Lưu tất cả)', tag, access: 'signed-in', action: 'scoring.selfAssess', params: byUnit, body: selfAssessBatchRequest, response: unitScoring, handler: ({ params, body }, ctx) => selfAssessLeaves(ctx, params.id, params.unitId, body) }),
  route({ method: 'put', path: `${LEAF}/self`, summary: 'Tự chấm một tiêu chí', tag, access: 'signed-in', action: 'scoring.selfAssess', params: byLeaf, body: selfAssessRequest, response: unitScoring, handler: ({ params, body }, ctx) => selfAssessLeaf(ctx, params.id, params.unitId, params.code, body) }),
  route({ method: 'put', path: `${LEAF}/appraisal`, summary: 'Thẩm định (hoặc thẩm định lại) một tiêu chí', tag, access: 'signed-in', action: 'scoring.appraise', params: byLeaf, body: appraiseRequest, response: unitScoring, handler: ({ params, body }, ctx) => appraiseLeaf(ctx, params.id, params.unitId, params.code, body) }),
  route({ method: 'put', path: `${LEAF}/explanation`, summary: 'Giải trình một tiêu chí bị trừ điểm', tag, access: 'signed-in', action: 'scoring.selfAssess', params: byLeaf, body: explainRequest, response: unitScoring, handler: ({ params, body }, ctx) => explainLeaf(ctx, params.id, params.unitId, params.code, body) }),
  route({
    method: 'post',
    path: `${LEAF}/evidence`,
    summary: 'Tải lên tài liệu kiểm chứng',
    tag,
    access: 'signed-in',
    action: 'scoring.selfAssess',
    params: byLeaf,
    body: z.object({}),
    bodyKind: 'multipart',
    response: unitScoring,
    status: 201,
    handler: async ({ params }, ctx, c) => {
      const file = await readUploadedFile(c);
      return addEvidenceFile(ctx, params.id, params.unitId, params.code, { bytes: file.bytes, fileName: file.name, contentType: file.type });
    },
  }),
  route({ method: 'post', path: `${LEAF}/evidence-links`, summary: 'Dẫn chiếu tài liệu kiểm chứng đã có (tệp trong cchc hoặc địa chỉ)', tag, access: 'signed-in', action: 'scoring.selfAssess', params: byLeaf, body: evidenceLinkRequest, response: unitScoring, status: 201, handler: ({ params, body }, ctx) => addEvidenceLink(ctx, params.id, params.unitId, params.code, body) }),
  route({ method: 'post', path: '/scoring/evidence/:id/withdraw', summary: 'Rút tài liệu kiểm chứng nộp nhầm (có lý do; vẫn lưu trong lịch sử)', tag, access: 'signed-in', action: 'scoring.selfAssess', params: byId, body: reasonBody, response: unitScoring, handler: ({ params, body }, ctx) => withdrawScoringEvidence(ctx, params.id, body.reason) }),
  route({ method: 'get', path: `${LEAF}/history`, summary: 'Mọi phiên bản của một tiêu chí', tag, access: 'signed-in', action: 'scoring.readUnit', params: byLeaf, response: z.array(historyEntry), handler: ({ params }, ctx) => leafHistory(ctx, params.id, params.unitId, params.code) }),
];

