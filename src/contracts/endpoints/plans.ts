import { z } from 'zod';
import { byId, reasonBody } from '../common.js';
import { endpoint } from '../endpoint.js';
import {
  commitPlanImportRequest,
  planDetail,
  planDiff,
  planDiffRangeQuery,
  planImportActivityParams,
  planImportDetail,
  planImportSummary,
  planSummary,
  planVersionQuery,
  reviseActivityRequest,
  uploadPlanQuery,
} from '../plans.js';

const tag = 'plans';

export const planEndpoints = {
  uploadPlanDocument: endpoint({
    method: 'post',
    path: '/plan-imports',
    summary: 'Tải lên văn bản kế hoạch (DOCX, HTML, Markdown, văn bản, cchc.plan/v1) để rà soát',
    tag,
    access: 'signed-in', action: 'plan.import',
    query: uploadPlanQuery,
    bodyKind: 'multipart',
    response: planImportDetail,
    status: 201,
  }),
  listPlanImports: endpoint({ method: 'get', path: '/plan-imports', summary: 'Các bản nhập đang rà soát', tag, access: 'signed-in', action: 'plan.import', response: z.array(planImportSummary) }),
  getPlanImport: endpoint({ method: 'get', path: '/plan-imports/:id', summary: 'Bản nhập kế hoạch để rà soát', tag, access: 'signed-in', action: 'plan.import', params: byId, response: planImportDetail }),
  revisePlanImportActivity: endpoint({
    method: 'patch',
    path: '/plan-imports/:id/activities/:activityId',
    summary: 'Sửa một hoạt động trong bản nhập',
    tag,
    access: 'signed-in', action: 'plan.import',
    params: planImportActivityParams,
    body: reviseActivityRequest,
    response: planImportDetail,
  }),
  commitPlanImport: endpoint({
    method: 'post',
    path: '/plan-imports/:id/commit',
    summary: 'Ghi bản nhập thành kế hoạch (hoặc phiên bản mới)',
    tag,
    access: 'signed-in', action: 'plan.import',
    params: byId,
    body: commitPlanImportRequest,
    response: planDetail,
    status: 201,
  }),
  discardPlanImport: endpoint({ method: 'post', path: '/plan-imports/:id/discard', summary: 'Hủy bản nhập', tag, access: 'signed-in', action: 'plan.import', params: byId, body: reasonBody, response: 'none' }),
  listPlans: endpoint({ method: 'get', path: '/plans', summary: 'Các kế hoạch đã ghi', tag, access: 'signed-in', action: 'plan.read', response: z.array(planSummary) }),
  getPlan: endpoint({
    method: 'get',
    path: '/plans/:id',
    summary: 'Một kế hoạch (phiên bản hiện hành hoặc ?version=n)',
    tag,
    access: 'signed-in', action: 'plan.read',
    params: byId,
    query: planVersionQuery,
    response: planDetail,
  }),
  diffPlanVersions: endpoint({
    method: 'get',
    path: '/plans/:id/diff',
    summary: 'So sánh hai phiên bản của kế hoạch',
    tag,
    access: 'signed-in', action: 'plan.read',
    params: byId,
    query: planDiffRangeQuery,
    response: planDiff,
  }),
};
