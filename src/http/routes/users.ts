import { z } from 'zod';
import { reasonBody, uuid } from '../../contracts/common.js';
import { createUserRequest, listUsersQuery, resetPasswordRequest, updateUserRequest, userPage, userSummary } from '../../contracts/users.js';
import { archiveUser } from '../../services/users/archive-user.js';
import { createUser } from '../../services/users/create-user.js';
import { listUsers } from '../../services/users/list-users.js';
import { resetPassword } from '../../services/users/reset-password.js';
import { updateUser } from '../../services/users/update-user.js';
import { route } from '../route.js';

const byId = z.object({ id: uuid });
const tag = 'users';

export const userRoutes = [
  route({ method: 'get', path: '/users', summary: 'Danh sách tài khoản', tag, access: 'signed-in', action: 'users.manage', query: listUsersQuery, response: userPage, handler: ({ query }, ctx) => listUsers(ctx, query) }),
  route({ method: 'post', path: '/users', summary: 'Tạo tài khoản', tag, access: 'signed-in', action: 'users.manage', body: createUserRequest, response: userSummary, status: 201, handler: ({ body }, ctx) => createUser(ctx, body) }),
  route({ method: 'patch', path: '/users/:id', summary: 'Sửa tài khoản, mở khóa', tag, access: 'signed-in', action: 'users.manage', params: byId, body: updateUserRequest, response: userSummary, handler: ({ params, body }, ctx) => updateUser(ctx, params.id, body) }),
  route({ method: 'post', path: '/users/:id/reset-password', summary: 'Đặt lại mật khẩu', tag, access: 'signed-in', action: 'users.manage', params: byId, body: resetPasswordRequest, response: 'none', handler: ({ params, body }, ctx) => resetPassword(ctx, params.id, body.newPassword) }),
  route({ method: 'post', path: '/users/:id/archive', summary: 'Lưu trữ tài khoản', tag, access: 'signed-in', action: 'users.manage', params: byId, body: reasonBody, response: 'none', handler: ({ params, body }, ctx) => archiveUser(ctx, params.id, body.reason) }),
];
