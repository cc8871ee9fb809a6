import { sql } from 'drizzle-orm';
import type { DossierSums } from '../../../domain/dossiers/dossier-figures.js';
import type { DbOrTx } from '../../client.js';
import { queryRows } from '../../rows.js';

/**
 * The period's sums per unit from the daily aggregates: dossiers received in [from, to], judged on `to`
 * (QĐ 766: one still in process is on time while its due day has not passed on the period's last day).
 */
export async function loadDossierSums(
  db: DbOrTx,
  unitIds: readonly string[],
  period: { from: string; to: string },
): Promise<Map<string, DossierSums>> {
  if (!unitIds.length) return new Map();
  const { from, to } = period;
  const rows = await queryRows<DossierSums & { unitId: string }>(
    db,
    sql`
    select unit_id as "unitId",
      sum(received)::int as received,
      coalesce(sum(ended_on_time) filter (where ended_on <= ${to}::date), 0)::int as "endedOnTime",
      coalesce(sum(received) filter (where ended_on <= ${to}::date), 0)::int as ended,
      coalesce(sum(received) filter (where ended_on > ${to}::date), 0)::int as "inProcess",
      coalesce(sum(received) filter (where ended_on > ${to}::date and due_on < ${to}::date), 0)::int as overdue,
      sum(late_apology)::int as "lateApology",
      sum(online)::int as online,
      sum(in_person)::int as "inPerson",
      sum(postal)::int as postal,
      sum(fee_bearing)::int as "feeBearing",
      sum(paid_online)::int as "paidOnline",
      sum(digitised)::int as digitised
    from dossier_daily
    where unit_id = any(${`{${unitIds.join(',')}}`}::uuid[]) and received_on between ${from}::date and ${to}::date
    group by unit_id`,
  );
  return new Map(rows.map(({ unitId, ...sums }) => [unitId, sums]));
}
