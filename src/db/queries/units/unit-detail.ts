import { count, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { UnitDetail } from '../../../contracts/units.js';
import type { DbOrTx } from '../../client.js';
import { units, unitSuccessions } from '../../schema/index.js';
import { notFound } from '../../../domain/errors.js';
import { toUnitSummary } from './unit-mapping.js';

export async function loadUnitDetail(db: DbOrTx, id: string): Promise<UnitDetail> {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  if (!row) throw notFound('đơn vị');
  const other = alias(units, 'other');
  const link = {
    kind: unitSuccessions.kind,
    effectiveOn: unitSuccessions.effectiveOn,
    note: unitSuccessions.note,
    unitName: other.name,
  };
  const [successors, predecessors, parent, children] = await Promise.all([
    db
      .select({ ...link, unitId: unitSuccessions.toId })
      .from(unitSuccessions)
      .innerJoin(other, eq(other.id, unitSuccessions.toId))
      .where(eq(unitSuccessions.fromId, id)),
    db
      .select({ ...link, unitId: unitSuccessions.fromId })
      .from(unitSuccessions)
      .innerJoin(other, eq(other.id, unitSuccessions.fromId))
      .where(eq(unitSuccessions.toId, id)),
    row.parentId ? db.select({ name: units.name }).from(units).where(eq(units.id, row.parentId)) : Promise.resolve([]),
    db.select({ n: count() }).from(units).where(eq(units.parentId, id)),
  ]);
  return {
    ...toUnitSummary(row),
    parentName: parent[0]?.name ?? null,
    successors,
    predecessors,
    childCount: children[0]?.n ?? 0,
  };
}
