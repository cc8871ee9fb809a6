import { UPLOAD_LIMIT_MB } from '../uploads.js';
import { byId } from '../common.js';
import { endpoint } from '../endpoint.js';
import { z } from 'zod';
import {
  cancelUnitPlanRequest,
  recordUnitPlanRequest,
  unitPlanDeadlinesRequest,
  unitPlanDuty,
  unitPlanOverview,
  unitPlanPath,
} from '../unit-plans.js';

const tag = 'unit-plans';
/** The multipart form's one field is `file`, read by the route. */
const uploadedFile = z.object({});
const UNIT_PLAN = '/plans/:id/units/:unitId/unit-plan';

/** Units' own CCHC plans under a province plan: deadlines per level, the overview, a unit's duty and record. */
export const unitPlanEndpoints = {
  getUnitPlanOverview: endpoint({
    method: 'get',
    path: '/plans/:id/unit-plans',
    summary: 'Tình hình ban hành kế hoạch CCHC của các cơ quan, đơn vị theo cấp (đơn vị chưa ban hành)',
    tag,
    access: 'signed-in',
    action: 'unitPlans.overview',
    params: byId,
    response: unitPlanOverview,
  }),
  setUnitPlanDeadlines: endpoint({
    method: 'put',
    path: '/plans/:id/unit-plan-deadlines',
    summary: 'Đặt hạn ban hành kế hoạch CCHC của từng cấp (khi kế hoạch không ghi)',
    tag,
    access: 'signed-in',
    action: 'unitPlans.manage',
    params: byId,
    body: unitPlanDeadlinesRequest,
    response: unitPlanOverview,
  }),
  getUnitPlanDuty: endpoint({
    method: 'get',
    path: UNIT_PLAN,
    summary: 'Nghĩa vụ ban hành kế hoạch CCHC của đơn vị và kế hoạch đã ghi nhận',
    tag,
    access: 'signed-in',
    action: 'unitData.read',
    params: unitPlanPath,
    response: unitPlanDuty,
  }),
  recordUnitPlan: endpoint({
    method: 'post',
    path: UNIT_PLAN,
    summary: 'Ghi nhận kế hoạch CCHC đơn vị đã ban hành (số, ký hiệu; ngày ban hành)',
    tag,
    access: 'signed-in',
    action: 'unitWork.record',
    params: unitPlanPath,
    body: recordUnitPlanRequest,
    response: unitPlanDuty,
    status: 201,
  }),
  attachUnitPlanFile: endpoint({
    method: 'post',
    path: `${UNIT_PLAN}/file`,
    summary: `Tải lên tệp kế hoạch CCHC của đơn vị (PDF, Word; tối đa ${UPLOAD_LIMIT_MB} MB)`,
    tag,
    access: 'signed-in',
    action: 'unitWork.record',
    params: unitPlanPath,
    body: uploadedFile,
    bodyKind: 'multipart',
    response: unitPlanDuty,
    status: 201,
  }),
  downloadUnitPlanFile: endpoint({
    method: 'get',
    path: `${UNIT_PLAN}/file`,
    summary: 'Tải tệp kế hoạch CCHC của đơn vị',
    tag,
    access: 'signed-in',
    action: 'unitData.read',
    params: unitPlanPath,
    response: 'file',
  }),
  cancelUnitPlan: endpoint({
    method: 'post',
    path: `${UNIT_PLAN}/cancel`,
    summary: 'Hủy kế hoạch CCHC đã ghi nhận nhầm (có lý do)',
    tag,
    access: 'signed-in',
    action: 'unitWork.record',
    params: unitPlanPath,
    body: cancelUnitPlanRequest,
    response: unitPlanDuty,
  }),
};
