import { z } from 'zod';
import { isoDate, reasonBody, uuid } from '../../contracts/common.js';
import {
  addSuccessionRequest,
  createUnitRequest,
  listUnitsQuery,
  unitDetail,
  unitGroup,
  unitImportResult,
  unitMatchQuery,
  unitPage,
  updateUnitRequest,
} from '../../contracts/units.js';
import { userSummary } from '../../contracts/users.js';
import { localDateOf } from '../../domain/text/format.js';
import { addSuccession } from '../../services/units/add-succession.js';
import { archiveUnit } from '../../services/units/archive-unit.js';
import { createUnit } from '../../services/units/create-unit.js';
import { exportUnits } from '../../services/units/export-units.js';
import { getUnit } from '../../services/units/get-unit.js';
import { getUnitTree } from '../../services/units/get-unit-tree.js';
import { importUnits } from '../../services/units/import-units.js';
import { listUnitGroups } from '../../services/units/list-unit-groups.js';
import { listUnits } from '../../services/units/list-units.js';
import { matchUnits } from '../../services/units/match-units.js';
import { updateUnit } from '../../services/units/update-unit.js';
import { listUnitUsers } from '../../services/users/list-unit-users.js';
import { readUploadedFile } from '../read-body.js';
import { route } from '../route.js';

const byId = z.object({ id: uuid });
const tag = 'units';

export const unitRoutes = [
  route({ method: 'get', path: '/units', summary: 'Tìm, lọc danh mục đơn vị', tag, access: 'signed-in', action: 'directory.read', query: listUnitsQuery, response: unitPage, handler: ({ query }, ctx) => listUnits(ctx, query) }),
  route({
    method: 'get',
    path: '/units/tree',
    summary: 'Cây đơn vị (danh sách phẳng)',
    tag,
    access: 'signed-in',
    action: 'directory.read',
    response: z.object({ nodes: z.array(z.object({ id: uuid, parentId: uuid.nullable(), name: z.string(), kind: z.string(), level: z.string(), archived: z.boolean(), validTo: z.string().nullable() })) }),
    handler: (_input, ctx) => getUnitTree(ctx),
  }),
  route({
    method: 'get',
    path: '/units/export',
    summary: 'Xuất danh mục đơn vị (CSV/XLSX)',
    tag,
    access: 'signed-in',
    action: 'directory.read',
    query: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
    response: 'file',
    handler: async ({ query }, ctx) => ({ kind: 'file', ...(await exportUnits(ctx, query.format)) }),
  }),
  route({
    method: 'post',
    path: '/units/import',
    summary: 'Nhập danh mục đơn vị từ CSV/XLSX (tất cả hoặc không)',
    tag,
    access: 'signed-in',
    action: 'units.manage',
    query: z.object({ dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') }),
    body: z.object({}),
    bodyKind: 'multipart',
    response: unitImportResult,
    handler: async ({ query }, ctx, c) => {
      const file = await readUploadedFile(c);
      return importUnits(ctx, file.bytes, { dryRun: query.dryRun, fileName: file.name });
    },
  }),
  route({
    method: 'get',
    path: '/units/match',
    summary: 'Nhận diện đơn vị từ văn bản ("Sở TTTT; UBND cấp xã"), kèm độ tin cậy',
    tag,
    access: 'signed-in',
    action: 'directory.read',
    query: unitMatchQuery,
    response: z.object({
      text: z.string(),
      units: z.array(z.object({ unitId: z.string().nullable(), groupId: z.string().nullable(), name: z.string(), group: z.boolean(), confidence: z.number(), role: z.enum(['lead', 'cooperating']).nullable(), note: z.string().nullable() })),
      warnings: z.array(z.object({ code: z.string(), message: z.string() })),
    }),
    handler: ({ query }, ctx) => matchUnits(ctx, query.text, query.asOf),
  }),
  route({ method: 'get', path: '/units/:id', summary: 'Chi tiết đơn vị', tag, access: 'signed-in', action: 'directory.read', params: byId, response: unitDetail, handler: ({ params }, ctx) => getUnit(ctx, params.id) }),
  route({ method: 'post', path: '/units', summary: 'Thêm đơn vị', tag, access: 'signed-in', action: 'units.manage', body: createUnitRequest, response: unitDetail, status: 201, handler: ({ body }, ctx) => createUnit(ctx, body) }),
  route({ method: 'patch', path: '/units/:id', summary: 'Sửa đơn vị', tag, access: 'signed-in', action: 'units.manage', params: byId, body: updateUnitRequest, response: unitDetail, handler: ({ params, body }, ctx) => updateUnit(ctx, params.id, body) }),
  route({ method: 'post', path: '/units/:id/archive', summary: 'Lưu trữ đơn vị', tag, access: 'signed-in', action: 'units.manage', params: byId, body: reasonBody, response: unitDetail, handler: ({ params, body }, ctx) => archiveUnit(ctx, params.id, body.reason) }),
  route({
    method: 'post',
    path: '/units/:id/successions',
    summary: 'Ghi nhận sáp nhập, chia tách, đổi tên',
    tag,
    access: 'signed-in',
    action: 'units.manage',
    params: byId,
    body: addSuccessionRequest,
    response: unitDetail,
    handler: ({ params, body }, ctx) => addSuccession(ctx, params.id, body),
  }),
  route({ method: 'get', path: '/units/:id/users', summary: 'Người dùng của đơn vị', tag, access: 'signed-in', action: 'unitData.read', params: byId, response: z.array(userSummary), handler: ({ params }, ctx) => listUnitUsers(ctx, params.id) }),
  route({
    method: 'get',
    path: '/unit-groups',
    summary: 'Nhóm đơn vị ("UBND cấp xã", "Các sở, ban, ngành"…)',
    tag,
    access: 'signed-in',
    action: 'directory.read',
    query: z.object({ asOf: isoDate.optional() }),
    response: z.array(unitGroup),
    handler: ({ query }, ctx) => listUnitGroups(ctx, query.asOf ?? localDateOf(ctx.now())),
  }),
];

