import { z } from 'zod';
import { byId, reasonBody } from '../common.js';
import { endpoint } from '../endpoint.js';
import {
  addSuccessionRequest,
  createUnitRequest,
  listUnitsQuery,
  unitDetail,
  unitExportQuery,
  unitGroup,
  unitGroupsQuery,
  unitImportQuery,
  unitImportResult,
  unitMatchQuery,
  unitMatchResult,
  unitPage,
  unitTree,
  updateUnitRequest,
} from '../units.js';
import { userSummary } from '../users.js';

const tag = 'units';

export const unitEndpoints = {
  listUnits: endpoint({ method: 'get', path: '/units', summary: 'Tìm, lọc danh mục đơn vị', tag, access: 'signed-in', action: 'directory.read', query: listUnitsQuery, response: unitPage }),
  getUnitTree: endpoint({ method: 'get', path: '/units/tree', summary: 'Cây đơn vị (danh sách phẳng)', tag, access: 'signed-in', action: 'directory.read', response: unitTree }),
  exportUnits: endpoint({ method: 'get', path: '/units/export', summary: 'Xuất danh mục đơn vị (CSV/XLSX)', tag, access: 'signed-in', action: 'directory.read', query: unitExportQuery, response: 'file' }),
  importUnits: endpoint({
    method: 'post',
    path: '/units/import',
    summary: 'Nhập danh mục đơn vị từ CSV/XLSX (tất cả hoặc không)',
    tag,
    access: 'signed-in', action: 'units.manage',
    query: unitImportQuery,
    bodyKind: 'multipart',
    response: unitImportResult,
  }),
  matchUnits: endpoint({
    method: 'get',
    path: '/units/match',
    summary: 'Nhận diện đơn vị từ văn bản ("Sở TTTT; UBND cấp xã"), kèm độ tin cậy',
    tag,
    access: 'signed-in', action: 'directory.read',
    query: unitMatchQuery,
    response: unitMatchResult,
  }),
  getUnit: endpoint({ method: 'get', path: '/units/:id', summary: 'Chi tiết đơn vị', tag, access: 'signed-in', action: 'directory.read', params: byId, response: unitDetail }),
  createUnit: endpoint({ method: 'post', path: '/units', summary: 'Thêm đơn vị', tag, access: 'signed-in', action: 'units.manage', body: createUnitRequest, response: unitDetail, status: 201 }),
  updateUnit: endpoint({ method: 'patch', path: '/units/:id', summary: 'Sửa đơn vị', tag, access: 'signed-in', action: 'units.manage', params: byId, body: updateUnitRequest, response: unitDetail }),
  archiveUnit: endpoint({ method: 'post', path: '/units/:id/archive', summary: 'Lưu trữ đơn vị', tag, access: 'signed-in', action: 'units.manage', params: byId, body: reasonBody, response: unitDetail }),
  addUnitSuccession: endpoint({
    method: 'post',
    path: '/units/:id/successions',
    summary: 'Ghi nhận sáp nhập, chia tách, đổi tên',
    tag,
    access: 'signed-in', action: 'units.manage',
    params: byId,
    body: addSuccessionRequest,
    response: unitDetail,
  }),
  listUnitUsers: endpoint({ method: 'get', path: '/units/:id/users', summary: 'Người dùng của đơn vị', tag, access: 'signed-in', action: 'unitData.read', params: byId, response: z.array(userSummary) }),
  listUnitGroups: endpoint({
    method: 'get',
    path: '/unit-groups',
    summary: 'Nhóm đơn vị ("UBND cấp xã", "Các sở, ban, ngành"…)',
    tag,
    access: 'signed-in', action: 'directory.read',
    query: unitGroupsQuery,
    response: z.array(unitGroup),
  }),
};
