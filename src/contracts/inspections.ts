import { z } from 'zod';
import { isoDate, uuid } from './common.js';
import { INSPECTION_LEVELS } from '../domain/inspections/selection.js';

export const inspectionLevel = z.enum(INSPECTION_LEVELS, {
  error: 'Chọn một trong: Sở, ban, ngành; UBND cấp huyện; UBND cấp xã.',
});
const year = z.coerce.number().int().min(2000).max(2100).meta({ label: 'Năm' });
const percent = z.coerce
  .number({ error: 'Phải là một số.' })
  .gt(0, 'Phải lớn hơn 0.')
  .max(100, 'Không được quá 100.')
  .meta({ label: 'Tỷ lệ kiểm tra (%)' });

/** A district inspecting its own communes (where the three-level structure applies); none: the province. */
const inspectorUnitId = uuid.nullish().meta({ label: 'Đơn vị kiểm tra' });

export const inspectionProposalQuery = z.object({
  year,
  level: inspectionLevel.meta({ label: 'Cấp' }),
  percent,
  inspectorUnitId,
});

export const proposedUnit = z.object({
  unitId: uuid,
  code: z.string(),
  name: z.string(),
  lastInspectedOn: z.string().nullable(),
  score: z.number().nullable(),
  due: z.boolean(),
  reason: z.string(),
  proposed: z.boolean(),
});
export const inspectionProposal = z.object({
  year: z.number().int(),
  level: inspectionLevel,
  percent: z.number(),
  total: z.number().int(),
  needed: z.number().int(),
  /** Every unit of the level in the proposal's order; the first `needed` are proposed. */
  units: z.array(proposedUnit),
});
export type InspectionProposal = z.infer<typeof inspectionProposal>;

export const teamMember = z.object({
  name: z.string().trim().min(2, 'Cần ít nhất 2 ký tự.').max(200).meta({ label: 'Họ tên thành viên đoàn' }),
  unit: z.string().trim().min(2, 'Cần ít nhất 2 ký tự.').max(300).meta({ label: 'Đơn vị công tác' }),
  role: z.string().trim().max(100).nullish().meta({ label: 'Vai trò trong đoàn' }),
});
export const saveInspectionPlanRequest = z.object({
  year,
  level: inspectionLevel.meta({ label: 'Cấp' }),
  inspectorUnitId,
  targetPercent: percent,
  title: z.string().trim().min(3, 'Cần ít nhất 3 ký tự.').max(300).meta({ label: 'Tên kế hoạch kiểm tra' }),
  units: z
    .array(
      z.object({
        unitId: uuid.meta({ label: 'Đơn vị được kiểm tra' }),
        scheduledOn: isoDate.meta({ label: 'Ngày kiểm tra dự kiến' }),
      }),
    )
    .min(1, 'Chọn ít nhất một đơn vị.')
    .max(2000)
    .meta({ label: 'Đơn vị được kiểm tra' }),
  team: z.array(teamMember).max(50).default([]).meta({ label: 'Đoàn kiểm tra' }),
});
export type SaveInspectionPlanRequest = z.input<typeof saveInspectionPlanRequest>;
export const updateInspectionPlanRequest = saveInspectionPlanRequest
  .omit({ year: true, level: true, inspectorUnitId: true })
  .extend({ version: z.number().int() });

export const inspectionPlanUnit = z.object({
  unitId: uuid,
  code: z.string(),
  name: z.string(),
  scheduledOn: z.string(),
  reason: z.string().nullable(),
  /** The inspection recorded for the unit in the plan's year (the register's entry), if any. */
  inspection: z.object({ entryId: uuid, inspectedOn: z.string() }).nullable(),
  openItems: z.number().int(),
  reportedItems: z.number().int(),
  doneItems: z.number().int(),
});
export const inspectionPlan = z.object({
  id: uuid,
  year: z.number().int(),
  level: inspectionLevel,
  levelName: z.string(),
  /** The district inspecting its communes, or null: the province (Sở Nội vụ). */
  inspectorUnitId: uuid.nullable(),
  inspectorName: z.string().nullable(),
  title: z.string(),
  targetPercent: z.number(),
  /** The level's units (a district's: its communes) and the share the plan covers (Σ selected / Σ units). */
  levelUnits: z.number().int(),
  needed: z.number().int(),
  team: z.array(z.object({ name: z.string(), unit: z.string(), role: z.string().nullable() })),
  units: z.array(inspectionPlanUnit),
  inspected: z.number().int(),
  cancelled: z.boolean(),
  cancelReason: z.string().nullable(),
  version: z.number().int(),
});
export type InspectionPlanView = z.infer<typeof inspectionPlan>;
export const inspectionPlanList = z.object({ items: z.array(inspectionPlan) });
export const inspectionPlanListQuery = z.object({ year: year.optional() });
export const cancelInspectionPlanRequest = z.object({
  version: z.number().int(),
  reason: z.string().trim().min(3, 'Hãy ghi lý do (ít nhất 3 ký tự).').max(2000).meta({ label: 'Lý do hủy' }),
});
