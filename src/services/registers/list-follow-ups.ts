import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { followUpViews } from '../../db/queries/registers/register-views.js';
import { registerEntries, registerFollowUps } from '../../db/schema/index.js';
import type { RegisterKey } from '../../domain/registers/index.js';
import { localDateOf } from '../../domain/text/format.js';
import type { ServiceContext } from '../context.js';
import { visibleUnits } from './steps/visible-units.js';

/** A register's follow-ups by due date: a unit's reporters see what their unit owes; the province everything. */
export async function listFollowUps(
  ctx: ServiceContext,
  register: RegisterKey,
  query: {
    unitId?: string;
    status: 'open' | 'reported' | 'done' | 'cancelled' | 'all';
    page: number;
    pageSize: number;
  },
) {
  const unitIds = await visibleUnits(ctx, register, query.unitId);
  const conditions: SQL[] = [eq(registerEntries.register, register)];
  if (unitIds) conditions.push(inArray(registerFollowUps.unitId, unitIds));
  if (query.status !== 'all') conditions.push(eq(registerFollowUps.status, query.status));
  const { total, items } = await followUpViews(ctx.db, and(...conditions), localDateOf(ctx.now()), query);
  return { items, total, page: query.page, pageSize: query.pageSize };
}
