import { z } from 'zod';
import { byId } from '../common.js';
import { endpoint } from '../endpoint.js';
import { planSummary } from '../plans.js';
import {
  nextYearPlanPreview,
  nextYearPlanRequest,
  nextYearPlanResult,
  programmeComparison,
  programmeComparisonQuery,
  programmeRequest,
  programmeSummary,
  setPlanProgrammeRequest,
  updateProgrammeRequest,
} from '../programmes.js';

const tag = 'programmes';

/** Years and programmes: next year's plan made from a plan, multi-year programmes and their comparison. */
export const programmeEndpoints = {
  previewNextYearPlan: endpoint({
    method: 'get',
    path: '/plans/:id/next-year',
    summary: 'Xem trước kế hoạch năm sau lập từ kế hoạch này (số hoạt động chuyển sang)',
    tag,
    access: 'signed-in',
    action: 'plan.carryOver',
    params: byId,
    response: nextYearPlanPreview,
  }),
  createNextYearPlan: endpoint({
    method: 'post',
    path: '/plans/:id/next-year',
    summary: 'Lập kế hoạch năm sau từ kế hoạch này',
    tag,
    access: 'signed-in',
    action: 'plan.carryOver',
    params: byId,
    body: nextYearPlanRequest,
    response: nextYearPlanResult,
    status: 201,
  }),
  setPlanProgramme: endpoint({
    method: 'put',
    path: '/plans/:id/programme',
    summary: 'Gắn kế hoạch vào chương trình nhiều năm (hoặc gỡ ra)',
    tag,
    access: 'signed-in',
    action: 'programme.manage',
    params: byId,
    body: setPlanProgrammeRequest,
    response: planSummary,
  }),
  listProgrammes: endpoint({
    method: 'get',
    path: '/programmes',
    summary: 'Các chương trình nhiều năm và kế hoạch từng năm',
    tag,
    access: 'signed-in',
    action: 'plan.read',
    response: z.array(programmeSummary),
  }),
  createProgramme: endpoint({
    method: 'post',
    path: '/programmes',
    summary: 'Tạo chương trình nhiều năm',
    tag,
    access: 'signed-in',
    action: 'programme.manage',
    body: programmeRequest,
    response: programmeSummary,
    status: 201,
  }),
  updateProgramme: endpoint({
    method: 'patch',
    path: '/programmes/:id',
    summary: 'Sửa tên hoặc giai đoạn của chương trình',
    tag,
    access: 'signed-in',
    action: 'programme.manage',
    params: byId,
    body: updateProgrammeRequest,
    response: programmeSummary,
  }),
  compareProgrammeYears: endpoint({
    method: 'get',
    path: '/programmes/:id/comparison',
    summary: 'Tỷ lệ hoàn thành và đúng hạn theo từng năm của chương trình (theo lĩnh vực hoặc đơn vị)',
    tag,
    access: 'signed-in',
    action: 'figures.read',
    params: byId,
    query: programmeComparisonQuery,
    response: programmeComparison,
  }),
};
