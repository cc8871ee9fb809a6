import { z } from 'zod';
import { paginated, paginationQuery, searchText, uuid } from './common.js';
import { password, role } from './auth.js';

export const userSummary = z.object({
  id: uuid,
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role,
  unitId: uuid.nullable(),
  unitName: z.string().nullable(),
  locked: z.boolean(),
  archived: z.boolean(),
  version: z.number().int(),
});
export type UserSummary = z.infer<typeof userSummary>;

const username = z
  .string()
  .trim()
  .min(3, 'Tên đăng nhập phải có ít nhất 3 ký tự.')
  .max(60)
  .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới.');

export const createUserRequest = z
  .object({
    username,
    displayName: z.string().trim().min(2, 'Hãy nhập họ tên.').max(200),
    email: z.email('Địa chỉ thư điện tử không hợp lệ.').nullable().default(null),
    role,
    unitId: uuid.nullable().default(null),
    password,
  })
  .refine((u) => u.role !== 'reporter' || u.unitId, {
    message: 'Người báo cáo phải thuộc một đơn vị.',
    path: ['unitId'],
  });

export const updateUserRequest = z.object({
  version: z.number().int().min(1),
  displayName: z.string().trim().min(2).max(200).optional(),
  email: z.email('Địa chỉ thư điện tử không hợp lệ.').nullable().optional(),
  role: role.optional(),
  unitId: uuid.nullable().optional(),
  locale: z.enum(['vi', 'en']).optional(),
  unlock: z.boolean().optional(),
});

export const resetPasswordRequest = z.object({ newPassword: password });

export const listUsersQuery = paginationQuery.extend({
  q: searchText,
  role: role.optional(),
  unitId: uuid.optional(),
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export const userPage = paginated(userSummary);
