import { z } from 'zod';
import { isoDate, paginated, paginationQuery, searchText, uuid } from './common.js';

export const unitKind = z.enum(['province', 'department', 'district', 'commune', 'other']);
export const governmentLevel = z.enum(['central', 'province', 'district', 'commune']);
export const successionKind = z.enum(['merge', 'split', 'rename']);

const nameList = z.array(z.string().trim().min(1).max(300)).max(50);

/** The editable fields, without defaults: an update changes only what it sends. */
const unitFieldsBase = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'Hãy nhập mã đơn vị.')
    .max(50)
    .regex(/^[A-Za-z0-9._-]+$/, 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.'),
  parentId: uuid.nullable(),
  kind: unitKind,
  level: governmentLevel,
  name: z.string().trim().min(2, 'Hãy nhập tên đơn vị.').max(300),
  shortNames: nameList,
  aliases: nameList,
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
});

export const unitFields = unitFieldsBase.extend({
  shortNames: nameList.default([]),
  aliases: nameList.default([]),
  validFrom: isoDate.nullable().default(null),
  validTo: isoDate.nullable().default(null),
});

export const createUnitRequest = unitFields.refine((u) => !u.validFrom || !u.validTo || u.validFrom <= u.validTo, {
  message: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.',
  path: ['validTo'],
});
export const updateUnitRequest = unitFieldsBase.partial().extend({ version: z.number().int().min(1) });

export const unitSummary = z.object({
  id: uuid,
  code: z.string(),
  parentId: uuid.nullable(),
  kind: unitKind,
  level: governmentLevel,
  name: z.string(),
  shortNames: z.array(z.string()),
  aliases: z.array(z.string()),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  archived: z.boolean(),
  version: z.number().int(),
});
export type UnitSummary = z.infer<typeof unitSummary>;

export const successionLink = z.object({
  unitId: uuid,
  unitName: z.string(),
  kind: successionKind,
  effectiveOn: z.string(),
  note: z.string().nullable(),
});

export const unitDetail = unitSummary.extend({
  parentName: z.string().nullable(),
  successors: z.array(successionLink),
  predecessors: z.array(successionLink),
  childCount: z.number().int(),
});
export type UnitDetail = z.infer<typeof unitDetail>;

export const listUnitsQuery = paginationQuery.extend({
  q: searchText,
  kind: unitKind.optional(),
  level: governmentLevel.optional(),
  parentId: uuid.optional(),
  /** validAt=YYYY-MM-DD keeps the units valid that day. */
  validAt: isoDate.optional(),
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export const unitPage = paginated(unitSummary);

export const addSuccessionRequest = z.object({
  toId: uuid,
  kind: successionKind,
  effectiveOn: isoDate,
  note: z.string().trim().max(1000).nullable().default(null),
});

export const unitGroup = z.object({
  id: uuid,
  code: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  rootId: uuid.nullable(),
  memberKinds: z.array(unitKind),
  memberCount: z.number().int(),
});

export const unitImportResult = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  successions: z.number().int(),
});

export const unitMatchQuery = z.object({ text: z.string().trim().min(1).max(2000), asOf: isoDate.optional() });

/** One unit of the hierarchy, flat: the browser builds the tree from parentId. */
export const unitTreeNode = z.object({
  id: uuid,
  parentId: uuid.nullable(),
  name: z.string(),
  kind: unitKind,
  level: governmentLevel,
  archived: z.boolean(),
  validTo: z.string().nullable(),
});
export const unitTree = z.object({ nodes: z.array(unitTreeNode) });

export const unitExportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
/** dryRun=true checks the whole file and reports what would change, writing nothing. */
export const unitImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export const unitGroupsQuery = z.object({ asOf: isoDate.optional() });

export const unitMatchResult = z.object({
  text: z.string(),
  units: z.array(
    z.object({
      unitId: z.string().nullable(),
      groupId: z.string().nullable(),
      name: z.string(),
      group: z.boolean(),
      confidence: z.number(),
      role: z.enum(['lead', 'cooperating']).nullable(),
      note: z.string().nullable(),
    }),
  ),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
