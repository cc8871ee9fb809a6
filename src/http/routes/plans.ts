import { z } from 'zod';
import { reasonBody, uuid } from '../../contracts/common.js';
import { commitPlanImportRequest, planDetail, planDiff, planImportDetail, planImportSummary, planSummary, reviseActivityRequest, uploadPlanQuery } from '../../contracts/plans.js';
import { commitPlanImport } from '../../services/plans/commit-plan-import.js';
import { diffPlanVersions } from '../../services/plans/diff-plan-versions.js';
import { discardPlanImport } from '../../services/plans/discard-plan-import.js';
import { getPlan } from '../../services/plans/get-plan.js';
import { getPlanImport, listPlanImports } from '../../services/plans/get-plan-import.js';
import { listPlans } from '../../services/plans/list-plans.js';
import { revisePlanImportActivity } from '../../services/plans/revise-plan-import.js';
import { uploadPlanDocument } from '../../services/plans/upload-plan-document.js';
import { readUploadedFile } from '../read-body.js';
import { route } from '../route.js';

const byId = z.object({ id: uuid });
const tag = 'plans';

export const planRoutes = [
  route({
    method: 'post',
    path: '/plan-imports',
    summary: 'Tải lên văn bản kế hoạch (DOCX, HTML, Markdown, văn bản, cchc.plan/v1) để rà soát',
    tag,
    access: 'signed-in',
    action: 'plan.import',
    query: uploadPlanQuery,
    body: z.object({}),
    bodyKind: 'multipart',
    response: planImportDetail,
    status: 201,
    handler: async ({ query }, ctx, c) => {
      const file = await readUploadedFile(c);
      return uploadPlanDocument(ctx, { bytes: file.bytes, fileName: file.name, contentType: file.type, basePlanId: query.basePlanId, asOf: query.asOf });
    },
  }),
  route({ method: 'get', path: '/plan-imports', summary: 'Các bản nhập đang rà soát', tag, access: 'signed-in', action: 'plan.import', response: z.array(planImportSummary), handler: (_i, ctx) => listPlanImports(ctx) }),
  route({ method: 'get', path: '/plan-imports/:id', summary: 'Bản nhập kế hoạch để rà soát', tag, access: 'signed-in', action: 'plan.import', params: byId, response: planImportDetail, handler: ({ params }, ctx) => getPlanImport(ctx, params.id) }),
  route({
    method: 'patch',
    path: '/plan-imports/:id/activities/:activityId',
    summary: 'Sửa một hoạt động trong bản nhập',
    tag,
    access: 'signed-in',
    action: 'plan.import',
    params: z.object({ id: uuid, activityId: z.string().min(1).max(100) }),
    body: reviseActivityRequest,
    response: planImportDetail,
    handler: ({ params, body }, ctx) => revisePlanImportActivity(ctx, params.id, params.activityId, body),
  }),
  route({ method: 'post', path: '/plan-imports/:id/commit', summary: 'Ghi bản nhập thành kế hoạch (hoặc phiên bản mới)', tag, access: 'signed-in', action: 'plan.import', params: byId, body: commitPlanImportRequest, response: planDetail, status: 201, handler: ({ params, body }, ctx) => commitPlanImport(ctx, params.id, body) }),
  route({ method: 'post', path: '/plan-imports/:id/discard', summary: 'Hủy bản nhập', tag, access: 'signed-in', action: 'plan.import', params: byId, body: reasonBody, response: 'none', handler: ({ params, body }, ctx) => discardPlanImport(ctx, params.id, body.reason) }),
  route({ method: 'get', path: '/plans', summary: 'Các kế hoạch đã ghi', tag, access: 'signed-in', action: 'plan.read', response: z.array(planSummary), handler: (_i, ctx) => listPlans(ctx) }),
  route({
    method: 'get',
    path: '/plans/:id',
    summary: 'Một kế hoạch (phiên bản hiện hành hoặc ?version=n)',
    tag,
    access: 'signed-in',
    action: 'plan.read',
    params: byId,
    query: z.object({ version: z.coerce.number().int().min(1).optional() }),
    response: planDetail,
    handler: ({ params, query }, ctx) => getPlan(ctx, params.id, query.version),
  }),
  route({
    method: 'get',
    path: '/plans/:id/diff',
    summary: 'So sánh hai phiên bản của kế hoạch',
    tag,
    access: 'signed-in',
    action: 'plan.read',
    params: byId,
    query: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
    response: planDiff,
    handler: ({ params, query }, ctx) => diffPlanVersions(ctx, params.id, query.from, query.to),
  }),
];
