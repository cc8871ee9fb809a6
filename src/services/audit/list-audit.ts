import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { listAuditQuery } from '../../contracts/audit.js';
import { auditLog, users } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export async function listAudit(ctx: ServiceContext, query: z.infer<typeof listAuditQuery>) {
  await authorize(ctx, 'audit.read', {}, 'xem nhật ký hệ thống');
  const filters: SQL[] = [];
  if (query.entity) filters.push(eq(auditLog.entity, query.entity));
  if (query.action) filters.push(eq(auditLog.action, query.action));
  if (query.entityId) filters.push(eq(auditLog.entityId, query.entityId));
  if (query.actorId) filters.push(eq(auditLog.actorId, query.actorId));
  const where = filters.length ? and(...filters) : undefined;
  const rows = await ctx.db
    .select({ entry: auditLog, actorName: users.displayName })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await ctx.db.select({ n: count() }).from(auditLog).where(where);
  return {
    items: rows.map(({ entry, actorName }) => ({ ...entry, at: entry.at.toISOString(), actorName })),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
