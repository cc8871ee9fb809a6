import { z } from 'zod';
import { reasonBody, uuid } from '../common.js';
import { endpoint } from '../endpoint.js';
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
} from '../scoring.js';

const tag = 'scoring';
const byId = z.object({ id: uuid });
/** One unit in a round. */
const byUnit = z.object({ id: uuid, unitId: uuid });
/** One criterion (leaf) of a unit's scoring in a round. */
const byLeaf = byUnit.extend({ code: z.string().min(1).max(40) });
/** Multipart endpoints read their one file in the handler; actions without input post an empty object. */
const noBody = z.object({});
const acceptRemainingResult = z.object({ accepted: z.number().int(), remaining: z.number().int() });
/** Criteria scored 0, and the codes left for the appraiser (manual methods). */
const scoreUnansweredResult = z.object({ scored: z.number().int(), manual: z.array(z.string()) });
const ROUND = '/scoring/rounds/:id';
const UNIT = `${ROUND}/units/:unitId`;
const LEAF = `${UNIT}/entries/:code`;

const criteriaSetEndpoints = {
  listCriteriaSets: endpoint({ method: 'get', path: '/scoring/criteria-sets', summary: 'Các bộ tiêu chí (mọi phiên bản)', tag, access: 'signed-in', action: 'criteria.read', response: z.array(criteriaSetSummary) }),
  saveCriteriaSet: endpoint({
    method: 'post',
    path: '/scoring/criteria-sets',
    summary: 'Lưu bộ tiêu chí từ trình soạn (JSON cchc-criteria/1); cùng mã thì thành phiên bản mới',
    tag,
    access: 'signed-in', action: 'scoring.manage',
    body: z.unknown(),
    response: criteriaSetImportResult,
    status: 201,
  }),
  importCriteriaSetFile: endpoint({
    method: 'post',
    path: '/scoring/criteria-sets/import',
    summary: 'Nhập bộ tiêu chí từ tệp JSON hoặc Excel (.xlsx)',
    tag,
    access: 'signed-in', action: 'scoring.manage',
    body: noBody,
    bodyKind: 'multipart',
    response: criteriaSetImportResult,
    status: 201,
  }),
  getCriteriaSet: endpoint({ method: 'get', path: '/scoring/criteria-sets/:id', summary: 'Một phiên bản bộ tiêu chí', tag, access: 'signed-in', action: 'criteria.read', params: byId, response: criteriaSetDetail }),
  exportCriteriaSet: endpoint({ method: 'get', path: '/scoring/criteria-sets/:id/export', summary: 'Xuất bộ tiêu chí (JSON hoặc XLSX)', tag, access: 'signed-in', action: 'criteria.read', params: byId, query: criteriaExportQuery, response: 'file' }),
  archiveCriteriaSet: endpoint({ method: 'post', path: '/scoring/criteria-sets/:id/archive', summary: 'Lưu trữ một phiên bản bộ tiêu chí', tag, access: 'signed-in', action: 'scoring.manage', params: byId, body: reasonBody, response: 'none' }),
  planScoreWhatIf: endpoint({
    method: 'post',
    path: '/scoring/criteria-sets/:id/what-if',
    summary: 'Phương án nâng điểm: mỗi tiêu chí cần đạt bao nhiêu để đạt mục tiêu từng lĩnh vực',
    tag,
    access: 'signed-in', action: 'scoring.whatIf',
    params: byId,
    body: whatIfRequest,
    response: whatIfResult,
  }),
};

const roundEndpoints = {
  listAppraisers: endpoint({ method: 'get', path: '/scoring/appraisers', summary: 'Thẩm định viên có thể phân công vào Hội đồng', tag, access: 'signed-in', action: 'scoring.manage', response: z.array(appraiserOption) }),
  listScoringRounds: endpoint({ method: 'get', path: '/scoring/rounds', summary: 'Các đợt đánh giá', tag, access: 'signed-in', action: 'scoring.readRound', response: z.array(roundSummary) }),
  createScoringRound: endpoint({ method: 'post', path: '/scoring/rounds', summary: 'Mở đợt đánh giá (dự thảo)', tag, access: 'signed-in', action: 'scoring.manage', body: createRoundRequest, response: roundDetail, status: 201 }),
  getScoringRound: endpoint({ method: 'get', path: ROUND, summary: 'Một đợt đánh giá', tag, access: 'signed-in', action: 'scoring.readRound', params: byId, response: roundDetail }),
  updateScoringRound: endpoint({ method: 'patch', path: ROUND, summary: 'Sửa tên, thời hạn của đợt đánh giá', tag, access: 'signed-in', action: 'scoring.manage', params: byId, body: updateRoundRequest, response: roundDetail }),
  assignScoringCouncil: endpoint({ method: 'put', path: `${ROUND}/council`, summary: 'Phân công Hội đồng thẩm định theo lĩnh vực', tag, access: 'signed-in', action: 'scoring.manage', params: byId, body: councilRequest, response: roundDetail }),
  advanceScoringRound: endpoint({ method: 'post', path: `${ROUND}/advance`, summary: 'Chuyển đợt đánh giá sang giai đoạn tiếp theo', tag, access: 'signed-in', action: 'scoring.manage', params: byId, body: advanceRoundRequest, response: roundDetail }),
  getScoringRoundResults: endpoint({ method: 'get', path: `${ROUND}/results`, summary: 'Kết quả, xếp hạng, điểm bị mất, kiểm tra số liệu', tag, access: 'signed-in', action: 'scoring.readResults', params: byId, query: resultsQuery, response: roundResults }),
  exportScoringRoundResults: endpoint({ method: 'get', path: `${ROUND}/results/export`, summary: 'Bảng kết quả chính thức (XLSX hoặc DOCX)', tag, access: 'signed-in', action: 'scoring.readResults', params: byId, query: resultsExportQuery, response: 'file' }),
  saveSurveyPoints: endpoint({ method: 'put', path: `${ROUND}/survey`, summary: 'Nhập điểm điều tra xã hội học', tag, access: 'signed-in', action: 'scoring.manage', params: byId, body: surveyPointsRequest, response: surveyPointsResult }),
  importSurveyFile: endpoint({
    method: 'post',
    path: `${ROUND}/survey/import`,
    summary: 'Nhập điểm điều tra xã hội học từ tệp (XLSX, CSV hoặc JSON)',
    tag,
    access: 'signed-in', action: 'scoring.manage',
    params: byId,
    body: noBody,
    bodyKind: 'multipart',
    response: surveyPointsResult,
  }),
};

const unitScoringEndpoints = {
  getUnitScoring: endpoint({ method: 'get', path: UNIT, summary: 'Phiếu chấm điểm của một đơn vị', tag, access: 'signed-in', action: 'scoring.readUnit', params: byUnit, response: unitScoring }),
  exportUnitScoringSheet: endpoint({ method: 'get', path: `${UNIT}/sheet`, summary: 'Phiếu chấm điểm kèm danh sách tài liệu kiểm chứng (DOCX)', tag, access: 'signed-in', action: 'scoring.readUnit', params: byUnit, response: 'file' }),
  prefillUnitScoring: endpoint({ method: 'post', path: `${UNIT}/prefill`, summary: 'Tự điền các tiêu chí có số liệu theo dõi trong cchc', tag, access: 'signed-in', action: 'scoring.selfAssess', params: byUnit, body: noBody, response: prefillResult }),
  submitSelfAssessment: endpoint({ method: 'post', path: `${UNIT}/submit`, summary: 'Gửi kết quả tự đánh giá', tag, access: 'signed-in', action: 'scoring.selfAssess', params: byUnit, body: submitRequest, response: unitScoring }),
  acceptRemainingCriteria: endpoint({
    method: 'post',
    path: `${UNIT}/accept-remaining`,
    summary: 'Chấp nhận các tiêu chí còn lại (trong lĩnh vực được phân công) theo kết quả tự chấm',
    tag,
    access: 'signed-in', action: 'scoring.appraise',
    params: byUnit,
    body: noBody,
    response: acceptRemainingResult,
  }),
  scoreUnansweredZero: endpoint({
    method: 'post',
    path: `${UNIT}/score-unanswered`,
    summary: 'Chấm 0 điểm (có lý do) các tiêu chí bắt buộc mà đơn vị không tự chấm, trong lĩnh vực được phân công',
    tag,
    access: 'signed-in', action: 'scoring.appraise',
    params: byUnit,
    body: noBody,
    response: scoreUnansweredResult,
  }),
  downloadScoringEvidence: endpoint({ method: 'get', path: `${UNIT}/evidence/:evidenceId`, summary: 'Tải tài liệu kiểm chứng', tag, access: 'signed-in', action: 'scoring.readUnit', params: byUnit.extend({ evidenceId: uuid }), response: 'file' }),
};

const leafEndpoints = {
  selfAssessLeaves: endpoint({ method: 'put', path: `${UNIT}/self`, summary: 'Tự chấm nhiều tiêu chí một lần (Lưu tất cả)', tag, access: 'signed-in', action: 'scoring.selfAssess', params: byUnit, body: selfAssessBatchRequest, response: unitScoring }),
  selfAssessLeaf: endpoint({ method: 'put', path: `${LEAF}/self`, summary: 'Tự chấm một tiêu chí', tag, access: 'signed-in', action: 'scoring.selfAssess', params: byLeaf, body: selfAssessRequest, response: unitScoring }),
  appraiseLeaf: endpoint({ method: 'put', path: `${LEAF}/appraisal`, summary: 'Thẩm định (hoặc thẩm định lại) một tiêu chí', tag, access: 'signed-in', action: 'scoring.appraise', params: byLeaf, body: appraiseRequest, response: unitScoring }),
  explainLeaf: endpoint({ method: 'put', path: `${LEAF}/explanation`, summary: 'Giải trình một tiêu chí bị trừ điểm', tag, access: 'signed-in', action: 'scoring.selfAssess', params: byLeaf, body: explainRequest, response: unitScoring }),
  uploadScoringEvidence: endpoint({
    method: 'post',
    path: `${LEAF}/evidence`,
    summary: 'Tải lên tài liệu kiểm chứng',
    tag,
    access: 'signed-in', action: 'scoring.selfAssess',
    params: byLeaf,
    body: noBody,
    bodyKind: 'multipart',
    response: unitScoring,
    status: 201,
  }),
  linkScoringEvidence: endpoint({
    method: 'post',
    path: `${LEAF}/evidence-links`,
    summary: 'Dẫn chiếu tài liệu kiểm chứng đã có (tệp trong cchc hoặc địa chỉ)',
    tag,
    access: 'signed-in', action: 'scoring.selfAssess',
    params: byLeaf,
    body: evidenceLinkRequest,
    response: unitScoring,
    status: 201,
  }),
  withdrawScoringEvidence: endpoint({ method: 'post', path: '/scoring/evidence/:id/withdraw', summary: 'Rút tài liệu kiểm chứng nộp nhầm (có lý do; vẫn lưu trong lịch sử)', tag, access: 'signed-in', action: 'scoring.selfAssess', params: byId, body: reasonBody, response: unitScoring }),
  getLeafHistory: endpoint({ method: 'get', path: `${LEAF}/history`, summary: 'Mọi phiên bản của một tiêu chí', tag, access: 'signed-in', action: 'scoring.readUnit', params: byLeaf, response: z.array(historyEntry) }),
};

/** Criteria sets, rounds, one unit's scoring and one criterion's: the order the OpenAPI document lists them in. */
export const scoringEndpoints = { ...criteriaSetEndpoints, ...roundEndpoints, ...unitScoringEndpoints, ...leafEndpoints };
