import { z } from 'zod';
import { isoDate, paginationQuery, uuid } from './common.js';
import { INITIATIVE_AREAS } from '../domain/initiatives/initiatives.js';

export const initiativeStatus = z.enum(['submitted', 'recognised', 'not_recognised', 'withdrawn']);
export const effectLevel = z.enum(['unit', 'province', 'national']);

const text = (label: string, max: number) =>
  z
    .string({ error: `Hãy nhập ${label.toLowerCase()}.` })
    .trim()
    .min(1, `Hãy nhập ${label.toLowerCase()}.`)
    .max(max, `${label} dài quá: tối đa ${max} ký tự.`)
    .meta({ label });

export const proposeInitiativeRequest = z.object({
  year: z.number().int().min(2000).max(2100).meta({ label: 'Năm' }),
  title: text('Tên sáng kiến', 300),
  area: z.enum(INITIATIVE_AREAS, { error: 'Hãy chọn một trong tám lĩnh vực CCHC.' }).meta({ label: 'Lĩnh vực' }),
  problem: text('Vấn đề cần giải quyết', 5000),
  solution: text('Giải pháp', 10000),
});

export const decideInitiativeRequest = z.object({
  recognised: z.boolean({ error: 'Hãy chọn công nhận hoặc không công nhận.' }).meta({ label: 'Kết quả' }),
  effectLevel: effectLevel.nullable().meta({ label: 'Phạm vi ảnh hưởng' }),
  decidedOn: isoDate.meta({ label: 'Ngày quyết định' }),
  decisionNumber: text('Số quyết định', 100),
  note: z.string().trim().max(2000).default('').meta({ label: 'Ghi chú' }),
  version: z.number().int(),
});

export const withdrawInitiativeRequest = z.object({
  reason: z.string().trim().min(3, 'Hãy ghi lý do rút (ít nhất 3 ký tự).').max(2000).meta({ label: 'Lý do' }),
  version: z.number().int(),
});

export const applyInitiativeRequest = z.object({
  unitId: uuid.meta({ label: 'Đơn vị áp dụng' }),
  appliedOn: isoDate.meta({ label: 'Ngày áp dụng' }),
  note: z.string().trim().max(2000).default('').meta({ label: 'Kết quả áp dụng' }),
});

export const cancelApplicationRequest = z.object({
  reason: z.string().trim().min(3, 'Hãy ghi lý do hủy (ít nhất 3 ký tự).').max(2000).meta({ label: 'Lý do' }),
});

export const initiativeListQuery = paginationQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: initiativeStatus.optional(),
  unitId: uuid.optional(),
});

const fileRef = z.object({ id: uuid, fileName: z.string() });

export const initiativeSummary = z.object({
  id: uuid,
  unitId: uuid,
  unitName: z.string(),
  year: z.number().int(),
  title: z.string(),
  area: z.string(),
  status: initiativeStatus,
  effectLevel: effectLevel.nullable(),
  decidedOn: isoDate.nullable(),
  submittedAt: z.string(),
  applications: z.number().int(),
});

export const initiativeDetail = initiativeSummary.extend({
  problem: z.string(),
  solution: z.string(),
  decisionNumber: z.string().nullable(),
  decisionNote: z.string().nullable(),
  decisionFile: fileRef.nullable(),
  withdrawReason: z.string().nullable(),
  files: z.array(fileRef),
  applicationList: z.array(
    z.object({ id: uuid, unitId: uuid, unitName: z.string(), appliedOn: isoDate, note: z.string() }),
  ),
  version: z.number().int(),
  /** What the caller may do with it now. */
  can: z.object({ decide: z.boolean(), withdraw: z.boolean(), addFile: z.boolean(), apply: z.boolean() }),
});

export const initiativeList = z.object({
  items: z.array(initiativeSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z.record(initiativeStatus, z.number().int()),
});

export const initiativeFilePath = z.object({ id: uuid, fileId: uuid });
export const applicationPath = z.object({ id: uuid, applicationId: uuid });

export type InitiativeDetail = z.infer<typeof initiativeDetail>;
export type InitiativeSummary = z.infer<typeof initiativeSummary>;
export type ProposeInitiativeRequest = z.infer<typeof proposeInitiativeRequest>;
export type DecideInitiativeRequest = z.infer<typeof decideInitiativeRequest>;
