import { sql } from 'drizzle-orm';
import type { DossierSums } from '../../../domain/dossiers/dossier-figures.js';
import type { DbOrTx } from '../../client.js';
import { queryRows } from '../../rows.js';

type Period = { from: string; to: string };

/** A period of whole months (first day to last day): the monthly aggregates answer it exactly. */
export function isWholeMonths({ from, to }: Period): boolean {
  const next = new Date(`${to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return from.endsWith('-01') && next.getUTCDate() === 1;
}

/**
 * The period's sums per unit from the aggregates: dossiers received in [from, to], judged on `to` (QĐ 766:
 * one still in process is on time while its due day has not passed on the period's last day). Whole months
 * (every period of the catalogue) are read from `dossier_monthly`, a few rows per unit and month; any other
 * period from `dossier_daily`.
 */
export async function loadDossierSums(
  db: DbOrTx,
  unitIds: readonly string[],
  period: Period,
): Promise<Map<string, DossierSums>> {
  return isWholeMonths(period) ? loadMonthlySums(db, unitIds, period) : loadDailySums(db, unitIds, period);
}

/** The counts both aggregate tables sum the same way (no judgement on the period's last day in them). */
const PLAIN_SUMS = sql.raw(
  `sum(late_apology)::int as "lateApology", sum(online)::int as online, sum(in_person)::int as "inPerson", ` +
    `sum(postal)::int as postal, sum(fee_bearing)::int as "feeBearing", sum(paid_online)::int as "paidOnline", ` +
    `sum(digitised)::int as digitised`,
);

const units = (unitIds: readonly string[]) => `{${unitIds.join(',')}}`;

/** From the daily aggregates: any period. */
export async function loadDailySums(
  db: DbOrTx,
  unitIds: readonly string[],
  { from, to }: Period,
): Promise<Map<string, DossierSums>> {
  if (!unitIds.length) return new Map();
  const rows = await queryRows<DossierSums & { unitId: string }>(
    db,
    sql`
    select unit_id as "unitId",
      sum(received)::int as received,
      coalesce(sum(ended_on_time) filter (where ended_on <= ${to}::date), 0)::int as "endedOnTime",
      coalesce(sum(received) filter (where ended_on <= ${to}::date), 0)::int as ended,
      coalesce(sum(received) filter (where ended_on > ${to}::date), 0)::int as "inProcess",
      coalesce(sum(received) filter (where ended_on > ${to}::date and due_on < ${to}::date), 0)::int as overdue,
      ${PLAIN_SUMS}
    from dossier_daily
    where unit_id = any(${units(unitIds)}::uuid[]) and received_on between ${from}::date and ${to}::date
    group by unit_id`,
  );
  return new Map(rows.map(({ unitId, ...sums }) => [unitId, sums]));
}

/**
 * From the monthly aggregates, for whole months only: `to` is a month's last day, so "ended by `to`" is "ended
 * in its month or before", and "due day before `to`" is "overdue month (that of the day after the due day) no
 * later than `to`'s month".
 */
export async function loadMonthlySums(
  db: DbOrTx,
  unitIds: readonly string[],
  { from, to }: Period,
): Promise<Map<string, DossierSums>> {
  if (!unitIds.length) return new Map();
  const lastMonth = `${to.slice(0, 7)}-01`;
  const rows = await queryRows<DossierSums & { unitId: string }>(
    db,
    sql`
    select unit_id as "unitId",
      sum(received)::int as received,
      coalesce(sum(ended_on_time) filter (where ended_month <= ${lastMonth}::date), 0)::int as "endedOnTime",
      coalesce(sum(received) filter (where ended_month <= ${lastMonth}::date), 0)::int as ended,
      coalesce(sum(received) filter (where ended_month > ${lastMonth}::date), 0)::int as "inProcess",
      coalesce(sum(received) filter (where ended_month > ${lastMonth}::date and overdue_month <= ${lastMonth}::date), 0)::int as overdue,
      ${PLAIN_SUMS}
    from dossier_monthly
    where unit_id = any(${units(unitIds)}::uuid[]) and received_month between ${from}::date and ${lastMonth}::date
    group by unit_id`,
  );
  return new Map(rows.map(({ unitId, ...sums }) => [unitId, sums]));
}
