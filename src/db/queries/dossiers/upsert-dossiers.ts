import { sql } from 'drizzle-orm';
import { localDayOf, type DossierRow } from '../../../domain/dossiers/dossier-record.js';
import type { DbOrTx } from '../../client.js';
import { queryRows } from '../../rows.js';
import { OPEN_DAY, type AggregateFacts } from './rebuild-daily.js';

/** A PostgreSQL array literal of texts (null: NULL), to send a column of a batch as one parameter. */
export function pgArray(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

/** Serialises dossier writes between imports running at once (a web job and the CLI): see below. */
const DOSSIER_WRITE_LOCK = 766_011;

const text = (v: string | null) => v;
const time = (v: Date | null) => (v ? v.toISOString() : null);
const flag = (v: boolean | null) => (v === null ? null : v ? 't' : 'f');
const int = (v: number | null) => (v === null ? null : String(v));

/** The columns written, each with its type and how a row gives it. */
const COLUMNS: [name: string, type: string, value: (r: DossierRow) => string | null][] = [
  ['code', 'text', (r) => text(r.code)],
  ['unit_id', 'uuid', (r) => text(r.unitId)],
  ['unit_name', 'text', (r) => text(r.unitName)],
  ['procedure_code', 'text', (r) => text(r.procedureCode)],
  ['field_code', 'text', (r) => text(r.fieldCode)],
  ['channel', 'smallint', (r) => int(r.channel)],
  ['status', 'smallint', (r) => int(r.status)],
  ['received_at', 'timestamptz', (r) => time(r.receivedAt)],
  ['received_on', 'date', (r) => text(r.receivedOn)],
  ['due_at', 'timestamptz', (r) => time(r.dueAt)],
  ['ended_at', 'timestamptz', (r) => time(r.endedAt)],
  ['returned_at', 'timestamptz', (r) => time(r.returnedAt)],
  ['refused_at', 'timestamptz', (r) => time(r.refusedAt)],
  ['fee_bearing', 'boolean', (r) => flag(r.feeBearing)],
  ['paid_online', 'boolean', (r) => flag(r.paidOnline)],
  ['digitised', 'boolean', (r) => flag(r.digitised)],
  ['late_apology', 'boolean', (r) => flag(r.lateApology)],
];
const NAMES = sql.raw([...COLUMNS.map(([name]) => name), 'import_id', 'updated_at'].join(', '));
/** The facts a re-import may change: every column but the code (not which import wrote them, nor when). */
const FACTS = COLUMNS.slice(1).map(([name]) => name);
/** A dossier held with the same facts is left as it was. */
const CHANGED = sql.raw(
  `(${FACTS.map((name) => `dossiers.${name}`).join(', ')}) is distinct from (${FACTS.map((name) => `excluded.${name}`).join(', ')})`,
);
/** Every column but the code is replaced by a later export's. */
const UPDATES = sql.raw([...FACTS, 'import_id', 'updated_at'].map((name) => `${name} = excluded.${name}`).join(', '));

/** What the aggregates count of a dossier as read from a file. */
export function aggregateFactsOf(r: DossierRow): AggregateFacts {
  return {
    unitId: r.unitId,
    receivedOn: r.receivedOn,
    dueOn: r.dueAt ? localDayOf(r.dueAt) : OPEN_DAY,
    endedOn: r.endedAt ? localDayOf(r.endedAt) : OPEN_DAY,
    endedOnTime: r.endedAt !== null && (r.dueAt === null || r.endedAt <= r.dueAt),
    lateApology: r.lateApology === true,
    channel: r.channel,
    feeBearing: r.feeBearing,
    paidOnline: r.paidOnline,
    digitised: r.digitised,
  };
}

/**
 * Writes a batch keyed by dossier code: a code already held is updated, never duplicated, and left alone when
 * its facts are the same (counted as unchanged). Returns how many were new, updated and unchanged, and what the aggregates counted of the replaced rows (`removed`) and count of the written ones
 * (`added`), so that they can be brought up to date by difference. Within a batch the last record of a code
 * wins (an export may list a dossier twice). Each column of the batch goes as one array parameter (`unnest`):
 * two statements a batch whatever its size. The batch's transaction holds a lock that other dossier writers
 * wait for, so that what is read here as replaced is what the write replaces.
 */
export async function upsertDossiers(tx: DbOrTx, rows: readonly DossierRow[], importId: string) {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const batch = [...byCode.values()];
  if (!batch.length) return { inserted: 0, updated: 0, unchanged: 0, removed: [], added: [] };
  await tx.execute(sql`select pg_advisory_xact_lock(${DOSSIER_WRITE_LOCK})`);
  const removed = await queryRows<AggregateFacts>(
    tx,
    sql`
    select unit_id as "unitId", received_on::text as "receivedOn",
      coalesce((due_at at time zone 'Asia/Ho_Chi_Minh')::date, ${OPEN_DAY}::date)::text as "dueOn",
      coalesce((ended_at at time zone 'Asia/Ho_Chi_Minh')::date, ${OPEN_DAY}::date)::text as "endedOn",
      (ended_at is not null and (due_at is null or ended_at <= due_at)) as "endedOnTime",
      coalesce(late_apology, false) as "lateApology", channel, fee_bearing as "feeBearing",
      paid_online as "paidOnline", digitised
    from dossiers where code = any(${pgArray([...byCode.keys()])}::text[])
    for update`,
  );
  const columns = sql.join(
    COLUMNS.map(([, type, value]) => sql`${pgArray(batch.map(value))}::${sql.raw(type)}[]`),
    sql`, `,
  );
  const [written] = await queryRows<{ inserted: number; total: number }>(
    tx,
    sql`
    with written as (
      insert into dossiers (${NAMES})
      select *, ${importId}::uuid, now() from unnest(${columns})
      on conflict (code) do update set ${UPDATES} where ${CHANGED}
      returning (xmax = 0) as inserted
    )
    select (count(*) filter (where inserted))::int as inserted, count(*)::int as total from written`,
  );
  // xmax is 0 on a freshly inserted row version: new, not updated.
  return {
    inserted: written!.inserted,
    updated: written!.total - written!.inserted,
    // Not returned: held with the same facts (their aggregates' removal and addition cancel out).
    unchanged: batch.length - written!.total,
    removed,
    added: batch.map(aggregateFactsOf),
  };
}
