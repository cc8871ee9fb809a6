import { eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { criteriaSets } from '../../schema/index.js';
import { notFound } from '../../../domain/errors.js';
import type { SetRow } from './round-data.js';

export async function loadCriteriaSetRow(db: DbOrTx, id: string): Promise<{ row: SetRow; latestVersion: number }> {
  const [row] = await db.select().from(criteriaSets).where(eq(criteriaSets.id, id));
  if (!row) throw notFound('bộ tiêu chí');
  const [latest] = await db
    .select({ version: max(criteriaSets.version) })
    .from(criteriaSets)
    .where(eq(criteriaSets.code, row.code));
  return { row, latestVersion: latest?.version ?? row.version };
}
