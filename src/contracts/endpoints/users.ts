import { byId, reasonBody } from '../common.js';
import { endpoint } from '../endpoint.js';
import {
  createUserRequest,
  listUsersQuery,
  resetPasswordRequest,
  updateUserRequest,
  userPage,
  userSummary,
} from '../users.js';

const tag = 'users';

export const userEndpoints = {
  listUsers: endpoint({
    method: 'get',
    path: '/users',
    summary: 'Danh sách tài khoản',
    tag,
    access: 'signed-in',
    action: 'users.manage',
    query: listUsersQuery,
    response: userPage,
  }),
  createUser: endpoint({
    method: 'post',
    path: '/users',
    summary: 'Tạo tài khoản',
    tag,
    access: 'signed-in',
    action: 'users.manage',
    body: createUserRequest,
    response: userSummary,
    status: 201,
  }),
  updateUser: endpoint({
    method: 'patch',
    path: '/users/:id',
    summary: 'Sửa tài khoản, mở khóa',
    tag,
    access: 'signed-in',
    action: 'users.manage',
    params: byId,
    body: updateUserRequest,
    response: userSummary,
  }),
  resetUserPassword: endpoint({
    method: 'post',
    path: '/users/:id/reset-password',
    summary: 'Đặt lại mật khẩu',
    tag,
    access: 'signed-in',
    action: 'users.manage',
    params: byId,
    body: resetPasswordRequest,
    response: 'none',
  }),
  archiveUser: endpoint({
    method: 'post',
    path: '/users/:id/archive',
    summary: 'Lưu trữ tài khoản',
    tag,
    access: 'signed-in',
    action: 'users.manage',
    params: byId,
    body: reasonBody,
    response: 'none',
  }),
};
