import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';

/** What an open date stands for in the aggregates' key: never due, never ended. */
export const OPEN_DAY = '9999-12-31';

/** What the aggregates count of one dossier: its key (unit, days of receipt, due and end) and its flags. */
export interface AggregateFacts {
  unitId: string;
  receivedOn: string;
  /** Local day, or OPEN_DAY. */
  dueOn: string;
  endedOn: string;
  endedOnTime: boolean;
  lateApology: boolean;
  channel: number;
  feeBearing: boolean;
  paidOnline: boolean;
  digitised: boolean;
}

const COUNTS = [
  'received',
  'ended_on_time',
  'late_apology',
  'online',
  'in_person',
  'postal',
  'fee_bearing',
  'paid_online',
  'digitised',
] as const;
const countsOf = (f: AggregateFacts) => [
  1,
  +f.endedOnTime,
  +f.lateApology,
  +(f.channel === 2),
  +(f.channel === 1),
  +(f.channel === 3),
  +f.feeBearing,
  +f.paidOnline,
  +f.digitised,
];
const addedTo = (table: string) => sql.raw(COUNTS.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', '));
const COUNT_NAMES = sql.raw(COUNTS.join(', '));
const COUNT_SUMS = sql.raw(COUNTS.map((c) => `sum(${c})`).join(', '));

/**
 * A daily row's place in `dossier_monthly`: its month of receipt, the month it would be overdue in (that of the
 * day after its due day) and the month it ended. A dossier due no earlier than the month it ended can never be
 * in process and overdue on a month's last day, so its overdue month is left open: fewer rows, same answers.
 */
const MONTHLY_KEY = sql.raw(`date_trunc('month', (received_on)::timestamp)::date,
  CASE WHEN due_on = '${OPEN_DAY}'::date THEN '${OPEN_DAY}'::date
    WHEN ended_on <> '${OPEN_DAY}'::date AND date_trunc('month', (due_on + 1)::timestamp) >= date_trunc('month', (ended_on)::timestamp)
      THEN '${OPEN_DAY}'::date
    ELSE date_trunc('month', (due_on + 1)::timestamp)::date END,
  CASE WHEN ended_on = '${OPEN_DAY}'::date THEN '${OPEN_DAY}'::date ELSE date_trunc('month', (ended_on)::timestamp)::date END`);

/**
 * Brings `dossier_daily` and `dossier_monthly` up to date with a batch just written, in its transaction: the
 * counts of the rows it replaced are taken off, those of the rows it wrote added, and rows left at zero
 * removed. Work in proportion to the batch, however many dossiers a day already holds. Exact as long as the
 * aggregates were (the batch's lock keeps two imports from interleaving; the migration that made them
 * counted them from the dossiers).
 */
export async function updateDossierAggregates(
  tx: DbOrTx,
  removed: readonly AggregateFacts[],
  added: readonly AggregateFacts[],
): Promise<void> {
  const deltas = new Map<string, number[]>();
  const apply = (facts: readonly AggregateFacts[], sign: 1 | -1) => {
    for (const f of facts) {
      const key = `${f.unitId}|${f.receivedOn}|${f.dueOn}|${f.endedOn}`;
      let counts = deltas.get(key);
      if (!counts) deltas.set(key, (counts = COUNTS.map(() => 0)));
      countsOf(f).forEach((n, i) => (counts![i]! += sign * n));
    }
  };
  apply(removed, -1);
  apply(added, 1);
  // A dossier written again unchanged changes nothing.
  const changed = [...deltas].filter(([, counts]) => counts.some((n) => n !== 0));
  if (!changed.length) return;
  const keys = changed.map(([key]) => key.split('|'));
  const column = (i: number) => `{${keys.map((k) => k[i]).join(',')}}`;
  const count = (i: number) => `{${changed.map(([, counts]) => counts[i]).join(',')}}`;
  const rows = sql`unnest(${column(0)}::uuid[], ${column(1)}::date[], ${column(2)}::date[], ${column(3)}::date[],
    ${sql.join(
      COUNTS.map((_, i) => sql`${count(i)}::int[]`),
      sql`, `,
    )}) as d(unit_id, received_on, due_on, ended_on, ${COUNT_NAMES})`;
  await tx.execute(sql`
    insert into dossier_daily (unit_id, received_on, due_on, ended_on, ${COUNT_NAMES})
    select * from ${rows}
    on conflict (unit_id, received_on, due_on, ended_on) do update set ${addedTo('dossier_daily')}`);
  await tx.execute(sql`
    insert into dossier_monthly (unit_id, received_month, overdue_month, ended_month, ${COUNT_NAMES})
    select unit_id, ${MONTHLY_KEY}, ${COUNT_SUMS} from ${rows}
    group by 1, 2, 3, 4
    on conflict (unit_id, received_month, overdue_month, ended_month) do update set ${addedTo('dossier_monthly')}`);
  // Only a row whose count went down can have reached zero: none on a first import.
  const lowered = changed.filter(([, counts]) => counts[0]! < 0).map(([key]) => key.split('|'));
  if (!lowered.length) return;
  const part = (i: number) => `{${lowered.map((k) => k[i]).join(',')}}`;
  await tx.execute(sql`
    delete from dossier_daily d
    using unnest(${part(0)}::uuid[], ${part(1)}::date[], ${part(2)}::date[], ${part(3)}::date[]) as k(unit_id, received_on, due_on, ended_on)
    where d.unit_id = k.unit_id and d.received_on = k.received_on and d.due_on = k.due_on and d.ended_on = k.ended_on
      and d.received = 0`);
  await tx.execute(sql`
    delete from dossier_monthly m
    using (select distinct unit_id, date_trunc('month', (received_on)::timestamp)::date as received_month
           from unnest(${part(0)}::uuid[], ${part(1)}::date[]) as k(unit_id, received_on)) k
    where m.unit_id = k.unit_id and m.received_month = k.received_month and m.received = 0`);
}
