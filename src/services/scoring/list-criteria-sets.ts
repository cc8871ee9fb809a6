import { asc, desc } from 'drizzle-orm';
import { criteriaSets } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { toCriteriaSetSummary } from '../../db/queries/scoring/criteria-set-view.js';

/** Every stored version, newest year first; criteria are public rules, read by every signed-in user. */
export async function listCriteriaSets(ctx: ServiceContext) {
  await authorize(ctx, 'criteria.read');
  const rows = await ctx.db
    .select()
    .from(criteriaSets)
    .orderBy(desc(criteriaSets.year), asc(criteriaSets.code), desc(criteriaSets.version));
  const latest = new Map<string, number>();
  for (const row of rows) latest.set(row.code, Math.max(latest.get(row.code) ?? 0, row.version));
  return rows.map((row) => toCriteriaSetSummary(row, latest.get(row.code) ?? row.version));
}
