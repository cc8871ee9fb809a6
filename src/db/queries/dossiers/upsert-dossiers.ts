import { inArray, sql } from 'drizzle-orm';
import type { DossierRow } from '../../../domain/dossiers/dossier-record.js';
import type { DbOrTx } from '../../client.js';
import { dossiers } from '../../schema/index.js';

/** A (unit, day of receipt) whose daily aggregates must be rebuilt, as `unitId|YYYY-MM-DD`. */
export type DayKey = string;
export const dayKey = (unitId: string, day: string): DayKey => `${unitId}|${day}`;

/**
 * Writes a batch keyed by dossier code: a code already held is updated, never duplicated, and left alone when
 * its facts are the same. Returns how many were new, updated and unchanged, and the (unit, day) pairs touched before and after, so the aggregates of both can be rebuilt.
 * Within a batch the last record of a code wins (an export may list a dossier twice).
 */
export async function upsertDossiers(tx: DbOrTx, rows: readonly DossierRow[], importId: string, touched: Set<DayKey>) {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const batch = [...byCode.values()];
  if (!batch.length) return { inserted: 0, updated: 0, unchanged: 0 };
  const before = await tx
    .select({ unitId: dossiers.unitId, receivedOn: dossiers.receivedOn })
    .from(dossiers)
    .where(inArray(dossiers.code, [...byCode.keys()]));
  for (const b of before) touched.add(dayKey(b.unitId, b.receivedOn));
  for (const r of batch) touched.add(dayKey(r.unitId, r.receivedOn));
  const written = await tx
    .insert(dossiers)
    .values(batch.map((r) => ({ ...r, importId })))
    .onConflictDoUpdate({
      target: dossiers.code,
      set: Object.fromEntries(
        UPDATED_COLUMNS.map((column) => [column, sql.raw(`excluded.${dossiers[column].name}`)]),
      ) as never,
      // A dossier held with the same facts is left as it was (and counted as unchanged).
      setWhere: sql.raw(
        `(${FACT_COLUMNS.map((c) => `"dossiers"."${dossiers[c].name}"`).join(', ')}) IS DISTINCT FROM (${FACT_COLUMNS.map((c) => `excluded.${dossiers[c].name}`).join(', ')})`,
      ),
    })
    // xmax is 0 on a freshly inserted row version: new, not updated.
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  const inserted = written.filter((w) => w.inserted).length;
  return { inserted, updated: written.length - inserted, unchanged: batch.length - written.length };
}

const UPDATED_COLUMNS = [
  'unitId',
  'unitName',
  'procedureCode',
  'fieldCode',
  'channel',
  'status',
  'receivedAt',
  'receivedOn',
  'dueAt',
  'endedAt',
  'returnedAt',
  'refusedAt',
  'feeBearing',
  'paidOnline',
  'digitised',
  'lateApology',
  'importId',
  'updatedAt',
] as const satisfies readonly (keyof typeof dossiers.$inferInsert)[];

/** The facts a re-import may change (not which import wrote them, nor when). */
const FACT_COLUMNS = UPDATED_COLUMNS.filter((c) => c !== 'importId' && c !== 'updatedAt');
