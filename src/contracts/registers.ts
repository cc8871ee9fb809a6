/**
 * The registers' API (domain/registers/): one set of schemas for every register; an entry's fields are
 * checked against its register's declaration by the use case (entrySchema), which names the field by its label.
 */
import { z } from 'zod';
import { REGISTER_KEYS } from '../domain/registers/index.js';
import { isoDate, paginated, paginationQuery, searchText, uuid } from './common.js';

export const registerKey = z.enum(REGISTER_KEYS).meta({ label: 'Sổ theo dõi' });
export const registerParams = z.object({ register: registerKey });
export const registerItemParams = z.object({ register: registerKey, id: uuid });

const fields = z.record(z.string(), z.unknown()).meta({ label: 'Thông tin' });

export const createRegisterEntryRequest = z.object({ unitId: uuid.meta({ label: 'Đơn vị' }), fields });
export const updateRegisterEntryRequest = z.object({ version: z.number().int(), fields });
export const cancelRequest = z.object({
  version: z.number().int(),
  reason: z.string().trim().min(3, 'Hãy ghi lý do (ít nhất 3 ký tự).').max(2000).meta({ label: 'Lý do' }),
});
export const registerCommentRequest = z.object({
  body: z.string().trim().min(1, 'Chưa nhập (bắt buộc).').max(5000).meta({ label: 'Ý kiến' }),
});
export const addFollowUpRequest = z.object({
  unitId: uuid.meta({ label: 'Đơn vị thực hiện' }),
  title: z.string().trim().min(3, 'Cần ít nhất 3 ký tự.').max(1000).meta({ label: 'Nội dung nhiệm vụ' }),
  dueOn: isoDate.meta({ label: 'Hạn hoàn thành' }),
});
export const closeFollowUpRequest = z.object({
  version: z.number().int(),
  result: z.string().trim().min(3, 'Cần ít nhất 3 ký tự.').max(5000).meta({ label: 'Kết quả thực hiện' }),
});
export const returnFollowUpRequest = z.object({
  version: z.number().int(),
  reason: z.string().trim().min(3, 'Cần ít nhất 3 ký tự.').max(2000).meta({ label: 'Lý do trả lại' }),
});
export const registerFileQuery = z.object({ field: z.string().max(100).optional() });

export const registerListQuery = paginationQuery.extend({
  unitId: uuid.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(['active', 'cancelled', 'all']).default('active'),
  q: searchText,
  /** Declared filters as `field:value` pairs joined by commas (`channel:press,level:province`). */
  filters: z.string().max(500).optional(),
});
export type RegisterListQuery = z.infer<typeof registerListQuery>;

export const registerFile = z.object({
  id: uuid,
  field: z.string().nullable(),
  followUpId: uuid.nullable(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});
export const registerComment = z.object({ id: uuid, body: z.string(), author: z.string(), createdAt: z.string() });
export const followUpStatus = z.enum(['open', 'reported', 'done', 'cancelled']);
export const registerFollowUp = z.object({
  id: uuid,
  entryId: uuid,
  register: registerKey,
  entryTitle: z.string(),
  unitId: uuid,
  unitName: z.string(),
  title: z.string(),
  dueOn: z.string(),
  status: followUpStatus,
  /** Open and past its due date (Vietnam's calendar day). */
  overdue: z.boolean(),
  result: z.string().nullable(),
  closedOn: z.string().nullable(),
  /** Reviewed follow-ups: the day the unit last reported it done, and why a coordinator returned it. */
  reportedOn: z.string().nullable(),
  returnReason: z.string().nullable(),
  cancelReason: z.string().nullable(),
  version: z.number().int(),
  evidence: z.array(registerFile),
});
export type RegisterFollowUpView = z.infer<typeof registerFollowUp>;

export const registerEntry = z.object({
  id: uuid,
  register: registerKey,
  unitId: uuid,
  unitName: z.string(),
  title: z.string(),
  fields: z.record(z.string(), z.unknown()),
  version: z.number().int(),
  cancelled: z.boolean(),
  cancelReason: z.string().nullable(),
  /** Follow-ups still open, for the list. */
  openFollowUps: z.number().int(),
  updatedAt: z.string(),
});
export type RegisterEntryView = z.infer<typeof registerEntry>;
export const registerEntryDetail = registerEntry.extend({
  files: z.array(registerFile),
  comments: z.array(registerComment),
  followUps: z.array(registerFollowUp),
  /** What the caller may do on it (read from the policy with the entry's facts). */
  canRecord: z.boolean(),
  /** Comments: the owner unit, a unit owing a follow-up on the entry, a coordinator. */
  canComment: z.boolean(),
  canAssign: z.boolean(),
});
export type RegisterEntryDetail = z.infer<typeof registerEntryDetail>;
export const registerEntryPage = paginated(registerEntry);

export const followUpListQuery = paginationQuery.extend({
  unitId: uuid.optional(),
  status: z.enum(['open', 'reported', 'done', 'cancelled', 'all']).default('open'),
});
export const followUpPage = paginated(registerFollowUp);

/** A figure on a dashboard tile: the province's value (Σ over its units, rates Σ/Σ) or the reporter's unit's. */
const tileFigure = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.enum(['rate', 'count', 'score']),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
});
/** The dashboard's tile of a register: this year's headline figures (Σ over the units the caller may see). */
export const registerTile = z.object({
  register: registerKey,
  name: z.string(),
  entries: z.number().int(),
  openFollowUps: z.number().int(),
  overdueFollowUps: z.number().int(),
  figures: z.array(tileFigure),
});
/** The workflows kept outside the registers, each with its own page; their tiles sit beside the registers'. */
export const WORKFLOW_TILE_KEYS = ['unit-plans', 'initiatives', 'citizen-feedback'] as const;
export const workflowTile = z.object({ workflow: z.enum(WORKFLOW_TILE_KEYS), figures: z.array(tileFigure) });
export type WorkflowTile = z.infer<typeof workflowTile>;
export const registerTilesQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const registerTiles = z.object({
  year: z.number().int(),
  tiles: z.array(registerTile),
  workflows: z.array(workflowTile),
});
export type RegisterTiles = z.infer<typeof registerTiles>;
