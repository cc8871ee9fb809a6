import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { units } from '../../schema/index.js';
import { AppError } from '../../../domain/errors.js';

/** A parent must exist, be active, and not be the unit itself or one of its descendants. */
export async function checkParent(db: DbOrTx, unitId: string | null, parentId: string | null): Promise<void> {
  let cursor = parentId;
  const visited = new Set<string>();
  while (cursor) {
    if (cursor === unitId || visited.has(cursor)) {
      throw new AppError('UNIT_CYCLE');
    }
    visited.add(cursor);
    const [row] = await db
      .select({ parentId: units.parentId, archivedAt: units.archivedAt })
      .from(units)
      .where(eq(units.id, cursor));
    if (!row) throw new AppError('PARENT_NOT_FOUND');
    if (cursor === parentId && row.archivedAt) throw new AppError('PARENT_ARCHIVED');
    cursor = row.parentId;
  }
}
