import { asc, desc, eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { criteriaSets } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { toCriteriaSetDetail, toCriteriaSetSummary } from './criteria-set-view.js';
import type { SetRow } from './round-data.js';

/** Every stored version, newest year first; criteria are public rules, read by every signed-in user. */
export async function listCriteriaSets(ctx: ServiceContext) {
  await authorize(ctx, 'criteria.read');
  const rows = await ctx.db.select().from(criteriaSets).orderBy(desc(criteriaSets.year), asc(criteriaSets.code), desc(criteriaSets.version));
  const latest = new Map<string, number>();
  for (const row of rows) latest.set(row.code, Math.max(latest.get(row.code) ?? 0, row.version));
  return rows.map((row) => toCriteriaSetSummary(row, latest.get(row.code) ?? row.version));
}

export async function loadCriteriaSetRow(db: DbOrTx, id: string): Promise<{ row: SetRow; latestVersion: number }> {
  const [row] = await db.select().from(criteriaSets).where(eq(criteriaSets.id, id));
  if (!row) throw notFound('bộ tiêu chí');
  const [latest] = await db.select({ version: max(criteriaSets.version) }).from(criteriaSets).where(eq(criteriaSets.code, row.code));
  return { row, latestVersion: latest?.version ?? row.version };
}

export async function getCriteriaSet(ctx: ServiceContext, id: string) {
  await authorize(ctx, 'criteria.read');
  const { row, latestVersion } = await loadCriteriaSetRow(ctx.db, id);
  return toCriteriaSetDetail(row, latestVersion);
}
