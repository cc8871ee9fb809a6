import { byId } from '../common.js';
import { endpoint } from '../endpoint.js';
import {
  cancelInspectionPlanRequest,
  inspectionPlan,
  inspectionPlanList,
  inspectionPlanListQuery,
  inspectionProposal,
  inspectionProposalQuery,
  saveInspectionPlanRequest,
  updateInspectionPlanRequest,
} from '../inspections.js';

const tag = 'inspections';

/**
 * The year's inspection plans (per level: which units, when, by whom). The inspections themselves, their files
 * and remediation items are the `inspections` register's (`/registers/inspections/…`).
 */
export const inspectionEndpoints = {
  proposeInspectionSelection: endpoint({
    method: 'get',
    path: '/inspection-plans/proposal',
    summary: 'Đề xuất đơn vị cần kiểm tra của một cấp theo tỷ lệ (chưa được kiểm tra 2 năm gần đây trước)',
    tag,
    access: 'signed-in',
    action: 'inspections.manage',
    query: inspectionProposalQuery,
    response: inspectionProposal,
  }),
  listInspectionPlans: endpoint({
    method: 'get',
    path: '/inspection-plans',
    summary: 'Các kế hoạch kiểm tra công tác CCHC theo năm',
    tag,
    access: 'signed-in',
    action: 'inspections.read',
    query: inspectionPlanListQuery,
    response: inspectionPlanList,
  }),
  createInspectionPlan: endpoint({
    method: 'post',
    path: '/inspection-plans',
    summary: 'Lập kế hoạch kiểm tra của một cấp: đơn vị, ngày kiểm tra, đoàn kiểm tra',
    tag,
    access: 'signed-in',
    action: 'inspections.manage',
    body: saveInspectionPlanRequest,
    response: inspectionPlan,
    status: 201,
  }),
  getInspectionPlan: endpoint({
    method: 'get',
    path: '/inspection-plans/:id',
    summary: 'Một kế hoạch kiểm tra: đơn vị, lịch, đoàn, tiến độ kiểm tra và khắc phục',
    tag,
    access: 'signed-in',
    action: 'inspections.read',
    params: byId,
    response: inspectionPlan,
  }),
  updateInspectionPlan: endpoint({
    method: 'put',
    path: '/inspection-plans/:id',
    summary: 'Điều chỉnh kế hoạch kiểm tra (đơn vị bỏ ra được giữ lại, đánh dấu)',
    tag,
    access: 'signed-in',
    action: 'inspections.manage',
    params: byId,
    body: updateInspectionPlanRequest,
    response: inspectionPlan,
  }),
  cancelInspectionPlan: endpoint({
    method: 'post',
    path: '/inspection-plans/:id/cancel',
    summary: 'Hủy kế hoạch kiểm tra (có lý do; không xóa)',
    tag,
    access: 'signed-in',
    action: 'inspections.manage',
    params: byId,
    body: cancelInspectionPlanRequest,
    response: inspectionPlan,
  }),
};
