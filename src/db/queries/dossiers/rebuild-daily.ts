import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import type { DayKey } from './upsert-dossiers.js';

/** What an open date stands for in the aggregates' key: never due, never ended. */
export const OPEN_DAY = '9999-12-31';
const CHUNK = 5_000;

/**
 * Recounts `dossier_daily` for the (unit, day of receipt) pairs an import touched, from the dossiers
 * themselves, in the import's transaction: the aggregates are always what the rows say.
 */
export async function rebuildDossierDaily(tx: DbOrTx, touched: ReadonlySet<DayKey>): Promise<void> {
  const keys = [...touched];
  for (let i = 0; i < keys.length; i += CHUNK) {
    const part = keys.slice(i, i + CHUNK).map((k) => k.split('|') as [string, string]);
    const unitIds = `{${part.map(([u]) => u).join(',')}}`;
    const days = `{${part.map(([, d]) => d).join(',')}}`;
    const pairs = sql`(select * from unnest(${unitIds}::uuid[], ${days}::date[]))`;
    await tx.execute(sql`delete from dossier_daily where (unit_id, received_on) in ${pairs}`);
    await tx.execute(sql`
      insert into dossier_daily (unit_id, received_on, due_on, ended_on, received, ended_on_time, late_apology,
        online, in_person, postal, fee_bearing, paid_online, digitised)
      select unit_id, received_on,
        coalesce((due_at at time zone 'Asia/Ho_Chi_Minh')::date, ${OPEN_DAY}::date),
        coalesce((ended_at at time zone 'Asia/Ho_Chi_Minh')::date, ${OPEN_DAY}::date),
        count(*),
        count(*) filter (where ended_at is not null and (due_at is null or ended_at <= due_at)),
        count(*) filter (where late_apology),
        count(*) filter (where channel = 2),
        count(*) filter (where channel = 1),
        count(*) filter (where channel = 3),
        count(*) filter (where fee_bearing),
        count(*) filter (where paid_online),
        count(*) filter (where digitised)
      from dossiers
      where (unit_id, received_on) in ${pairs}
      group by 1, 2, 3, 4`);
  }
}
