import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { isWholeMonths, loadDailySums, loadMonthlySums } from '../../src/db/queries/dossiers/dossier-sums.js';
import { updateDossierAggregates } from '../../src/db/queries/dossiers/rebuild-daily.js';
import { upsertDossiers } from '../../src/db/queries/dossiers/upsert-dossiers.js';
import { queryRows } from '../../src/db/rows.js';
import { units } from '../../src/db/schema/index.js';
import type { DossierRow } from '../../src/domain/dossiers/dossier-record.js';
import { applyUnitImport } from '../../src/services/units/import-units.js';
import { createTestDatabase } from '../support/database.js';

/**
 * The daily aggregates are what the dossiers say, and the monthly ones answer every whole-month period exactly
 * as the daily ones do; both stay in step when
 * a re-import moves dossiers between days, months and units. Hand-made dossiers at the edges: due on a
 * month's last day, ended the day after, in process across months, no due date, ended in the next year.
 */
const IMPORT = '00000000-0000-0000-0000-000000000000';
let handle: DatabaseHandle;
let a: string;
let b: string;

/** A local (UTC+7) time. */
const at = (text: string) => new Date(`${text}+07:00`);

function dossier(
  code: string,
  unitId: string,
  received: string,
  due: string | null,
  ended: string | null,
  extra: Partial<DossierRow> = {},
): DossierRow {
  return {
    code,
    unitId,
    unitName: 'đơn vị',
    procedureCode: null,
    fieldCode: null,
    channel: 2,
    status: null,
    receivedAt: at(received),
    receivedOn: received.slice(0, 10),
    dueAt: due ? at(due) : null,
    endedAt: ended ? at(ended) : null,
    returnedAt: null,
    refusedAt: null,
    feeBearing: false,
    paidOnline: false,
    digitised: false,
    lateApology: null,
    ...extra,
  };
}

async function write(rows: DossierRow[]) {
  await handle.db.transaction(async (tx) => {
    const written = await upsertDossiers(tx, rows, IMPORT);
    await updateDossierAggregates(tx, written.removed, written.added);
  });
}

const ROWS = () => [
  dossier('A1', a, '2026-01-30T09:00:00', '2026-01-31T17:00:00', '2026-02-01T08:00:00', { lateApology: true }),
  dossier('A2', a, '2026-01-31T09:00:00', '2026-02-27T17:00:00', null),
  dossier('A3', a, '2026-02-10T09:00:00', '2026-02-28T17:00:00', null, { channel: 1, feeBearing: true }),
  dossier('A4', a, '2026-03-31T16:00:00', null, null, { channel: 3 }),
  dossier('A5', a, '2026-03-01T08:00:00', '2026-03-31T17:00:00', '2026-03-31T16:59:00', { digitised: true }),
  dossier('A6', a, '2026-03-01T08:00:00', '2026-03-30T17:00:00', '2026-05-02T10:00:00', { lateApology: false }),
  dossier('A7', a, '2026-12-28T08:00:00', '2027-01-05T17:00:00', '2027-01-04T10:00:00', {
    paidOnline: true,
    feeBearing: true,
  }),
  dossier('A8', a, '2026-12-20T08:00:00', '2026-12-30T17:00:00', '2027-01-08T10:00:00'),
  dossier('B1', b, '2026-02-28T23:30:00', '2026-03-01T08:00:00', '2026-03-01T07:00:00'),
  dossier('B2', b, '2026-06-15T08:00:00', '2026-06-30T17:00:00', null),
  dossier('B3', b, '2026-06-15T08:00:00', '2026-07-31T17:00:00', '2026-07-31T17:30:00'),
];

/** Every whole-month period of 2026 that starts and ends on a month boundary, and a few that do not. */
const wholeMonthPeriods = () => {
  const last = (m: number) => new Date(Date.UTC(2026, m, 0)).toISOString().slice(0, 10);
  const first = (m: number) => `2026-${String(m).padStart(2, '0')}-01`;
  const periods: { from: string; to: string }[] = [];
  for (let m1 = 1; m1 <= 12; m1++) for (let m2 = m1; m2 <= 12; m2++) periods.push({ from: first(m1), to: last(m2) });
  return periods;
};

/** The daily aggregates counted again from the dossiers themselves. */
const RECOUNT = sql`
  select unit_id::text, received_on::text,
    coalesce((due_at at time zone 'Asia/Ho_Chi_Minh')::date, '9999-12-31'::date)::text as due_on,
    coalesce((ended_at at time zone 'Asia/Ho_Chi_Minh')::date, '9999-12-31'::date)::text as ended_on,
    count(*)::int as received,
    (count(*) filter (where ended_at is not null and (due_at is null or ended_at <= due_at)))::int as ended_on_time,
    (count(*) filter (where late_apology))::int as late_apology,
    (count(*) filter (where channel = 2))::int as online,
    (count(*) filter (where channel = 1))::int as in_person,
    (count(*) filter (where channel = 3))::int as postal,
    (count(*) filter (where fee_bearing))::int as fee_bearing,
    (count(*) filter (where paid_online))::int as paid_online,
    (count(*) filter (where digitised))::int as digitised
  from dossiers group by 1, 2, 3, 4 order by 1, 2, 3, 4`;
const DAILY = sql`
  select unit_id::text, received_on::text, due_on::text, ended_on::text, received, ended_on_time, late_apology,
    online, in_person, postal, fee_bearing, paid_online, digitised
  from dossier_daily order by 1, 2, 3, 4`;

async function expectMonthlyEqualsDaily() {
  expect(await queryRows(handle.db, DAILY)).toEqual(await queryRows(handle.db, RECOUNT));
  for (const period of wholeMonthPeriods()) {
    expect(isWholeMonths(period)).toBe(true);
    const monthly = await loadMonthlySums(handle.db, [a, b], period);
    const daily = await loadDailySums(handle.db, [a, b], period);
    expect(Object.fromEntries(monthly), `${period.from}..${period.to}`).toEqual(Object.fromEntries(daily));
  }
  const [empty] = await queryRows<{ n: number }>(
    handle.db,
    sql`select count(*)::int as n from dossier_monthly where received = 0`,
  );
  expect(empty!.n).toBe(0);
}

beforeAll(async () => {
  handle = await createTestDatabase();
  const csv =
    'code,parent_code,kind,level,name,short_names\nT,,province,province,UBND tỉnh Thử,UBND tỉnh\nT.S1,T,department,province,Sở Một,S1\nT.X1,T,commune,commune,UBND xã Một,X1';
  await applyUnitImport(handle.db, null, new TextEncoder().encode(csv), { dryRun: false, now: new Date('2026-01-01') });
  const all = await handle.db.select().from(units);
  a = all.find((u) => u.code === 'T.S1')!.id;
  b = all.find((u) => u.code === 'T.X1')!.id;
});
afterAll(() => handle.close());

describe('dossier aggregates by month', () => {
  it('answer every whole-month period as the daily aggregates do', async () => {
    await write(ROWS());
    await expectMonthlyEqualsDaily();
    // Judged on 28/02: A2 (due 27/02, open) and A3 (due on the last day itself, open) are in process; only A2 is overdue.
    const february = (await loadMonthlySums(handle.db, [a], { from: '2026-01-01', to: '2026-02-28' })).get(a)!;
    expect(february).toMatchObject({ received: 3, ended: 1, inProcess: 2, overdue: 1, endedOnTime: 0 });
  });

  it('stay in step when a re-import moves dossiers between months and units', async () => {
    // The same file again changes nothing.
    await write(ROWS());
    await expectMonthlyEqualsDaily();
    await write([
      dossier('A2', a, '2026-01-31T09:00:00', '2026-02-27T17:00:00', '2026-02-26T10:00:00'),
      dossier('A3', b, '2026-04-10T09:00:00', '2026-04-28T17:00:00', null),
      dossier('B2', b, '2026-06-15T08:00:00', '2026-06-30T17:00:00', '2026-09-01T08:00:00', { lateApology: true }),
      dossier('C1', b, '2026-11-30T08:00:00', '2026-12-31T17:00:00', null),
    ]);
    await expectMonthlyEqualsDaily();
    const year = await loadMonthlySums(handle.db, [a, b], { from: '2026-01-01', to: '2026-12-31' });
    expect(year.get(a)!.received + year.get(b)!.received).toBe(12);
  });

  it('tells whole months from other periods', () => {
    expect(isWholeMonths({ from: '2026-02-01', to: '2026-02-28' })).toBe(true);
    expect(isWholeMonths({ from: '2024-02-01', to: '2024-02-29' })).toBe(true);
    expect(isWholeMonths({ from: '2024-02-01', to: '2024-02-28' })).toBe(false);
    expect(isWholeMonths({ from: '2026-01-02', to: '2026-12-31' })).toBe(false);
  });
});
