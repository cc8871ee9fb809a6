import { and, asc, count, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { listUsersQuery } from '../../contracts/users.js';
import { users } from '../../db/schema/index.js';
import { foldVietnamese } from '../../domain/text/fold.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { selectUserSummaries, toUserSummary } from '../../db/queries/users/user-mapping.js';

export async function listUsers(ctx: ServiceContext, query: z.infer<typeof listUsersQuery>) {
  await authorize(ctx, 'users.manage', {}, 'quản lý người dùng');
  // Systems' accounts are listed with their API tokens.
  const filters: SQL[] = [ne(users.role, 'system')];
  if (!query.includeArchived) filters.push(isNull(users.archivedAt));
  if (query.role) filters.push(eq(users.role, query.role));
  if (query.unitId) filters.push(eq(users.unitId, query.unitId));
  if (query.q) {
    const pattern = `%${foldVietnamese(query.q)}%`;
    filters.push(
      or(sql`fold_vi(${users.displayName}) LIKE ${pattern}`, sql`fold_vi(${users.username}) LIKE ${pattern}`)!,
    );
  }
  const where = filters.length ? and(...filters) : undefined;
  const rows = await selectUserSummaries(ctx.db)
    .where(where)
    .orderBy(asc(users.username))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await ctx.db.select({ n: count() }).from(users).where(where);
  const now = ctx.now();
  return {
    items: rows.map((r) => toUserSummary(r, now)),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
