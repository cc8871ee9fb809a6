import { endpoint } from '../endpoint.js';
import {
  paperEntryBody,
  paperEntryParams,
  paperEntryResult,
  paperImportResult,
  surveyResultsQuery,
  surveyResultsView,
} from '../survey-results.js';

const tag = 'surveys';

/** Satisfaction results and paper forms (issue #14): answers are never reachable without a session. */
export const surveyResultEndpoints = {
  getSurveyResults: endpoint({
    method: 'get',
    path: '/survey-results',
    summary:
      'Kết quả khảo sát sự hài lòng: tỷ lệ hài lòng theo đơn vị, câu hỏi, trụ cột, lĩnh vực, cấp và đợt, sai số, ý kiến',
    tag,
    access: 'signed-in',
    reads: 'replica',
    action: 'surveys.results',
    query: surveyResultsQuery,
    response: surveyResultsView,
  }),
  exportSurveyResults: endpoint({
    method: 'get',
    path: '/survey-results/export',
    summary: 'Tải kết quả khảo sát dạng Excel (như đang xem)',
    tag,
    access: 'signed-in',
    action: 'surveys.results',
    query: surveyResultsQuery,
    response: 'file',
  }),
  exportSurveySummary: endpoint({
    method: 'get',
    path: '/survey-results/summary',
    summary: 'Tải báo cáo tóm tắt kết quả khảo sát dạng Word (NĐ 30/2020): theo đơn vị, trụ cột và đợt',
    tag,
    access: 'signed-in',
    action: 'surveys.results',
    query: surveyResultsQuery,
    response: 'file',
  }),
  enterPaperResponse: endpoint({
    method: 'post',
    path: '/survey-campaigns/:id/paper-responses',
    summary: 'Nhập một phiếu khảo sát giấy (đánh dấu là phiếu giấy, người nhập)',
    tag,
    access: 'signed-in',
    action: 'surveys.enterPaper',
    params: paperEntryParams,
    body: paperEntryBody,
    response: paperEntryResult,
    status: 201,
  }),
  importPaperResponses: endpoint({
    method: 'post',
    path: '/survey-campaigns/:id/paper-responses/import',
    summary: 'Nhập tệp Excel phiếu khảo sát giấy (theo tệp mẫu; lỗi một dòng thì không nhập dòng nào)',
    tag,
    access: 'signed-in',
    action: 'surveys.enterPaper',
    params: paperEntryParams,
    bodyKind: 'multipart',
    response: paperImportResult,
    status: 201,
  }),
  getPaperTemplate: endpoint({
    method: 'get',
    path: '/survey-campaigns/:id/paper-template',
    summary: 'Tải tệp mẫu Excel để nhập phiếu khảo sát giấy',
    tag,
    access: 'signed-in',
    action: 'surveys.enterPaper',
    params: paperEntryParams,
    response: 'file',
  }),
};
