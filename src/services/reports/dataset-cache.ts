/**
 * Dashboards are read far more often than the data changes: the period's dataset is kept in memory and
 * reused while a cheap fingerprint of what it is made from (assignments, unit reports, indicator values,
 * evidence; their counts, version sums and last changes) is unchanged, and for at most MAX_AGE_MS. The fingerprint is
 * read on every request, so a change is seen by the next one, on this server or another.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { queryRows } from '../../db/rows.js';
import type { PeriodDataset } from '../../domain/reports/dataset.js';
import { localDateOf } from '../../domain/text/format.js';
import { loadPeriod, loadPeriodDataset, type LoadedPeriod } from './period-dataset.js';

const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 20;

export interface CachedPeriod {
  loaded: LoadedPeriod;
  data: PeriodDataset;
  /** A figure computed from this dataset once, then reused while the dataset is (e.g. a dashboard per filter). */
  memo: <T>(key: string, compute: () => T) => T;
}

interface Entry {
  fingerprint: string;
  at: number;
  value: Promise<CachedPeriod>;
}
const cache = new Map<string, Entry>();

async function fingerprint(db: DbOrTx, periodId: string): Promise<string> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`WITH p AS (SELECT plan_id FROM reporting_periods WHERE id = ${periodId})
      SELECT
        (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '') FROM assignments WHERE plan_id = (SELECT plan_id FROM p)) AS a,
        (SELECT count(*) || ':' || coalesce(sum(r.version), 0) || ':' || coalesce(max(r.updated_at)::text, '')
           FROM unit_reports r JOIN reporting_periods rp ON rp.id = r.period_id WHERE rp.plan_id = (SELECT plan_id FROM p)) AS r,
        (SELECT count(*) || ':' || coalesce(sum(v.value), 0) || ':' || coalesce(max(v.entered_at)::text, '')
           FROM indicator_values v JOIN reporting_periods vp ON vp.id = v.period_id WHERE vp.plan_id = (SELECT plan_id FROM p)) AS v,
        (SELECT count(*) || ':' || coalesce(max(created_at)::text, '') || ':' || count(archived_at) FROM assignment_evidence) AS e,
        (SELECT count(*) FROM reporting_periods WHERE plan_id = (SELECT plan_id FROM p)) AS n,
        (SELECT current_version FROM plans WHERE id = (SELECT plan_id FROM p)) AS pv`,
  );
  return JSON.stringify(row ?? {});
}

export async function cachedPeriodDataset(db: DbOrTx, periodId: string, now: Date): Promise<CachedPeriod> {
  // The day is part of the key: overdue and timeliness depend on it.
  const key = `${periodId}:${localDateOf(now)}`;
  const print = await fingerprint(db, periodId);
  const hit = cache.get(key);
  if (hit && hit.fingerprint === print && Date.now() - hit.at < MAX_AGE_MS) return hit.value;
  const value = (async () => {
    const loaded = await loadPeriod(db, periodId);
    const derived = new Map<string, unknown>();
    const memo = <T>(memoKey: string, compute: () => T): T => {
      if (!derived.has(memoKey)) derived.set(memoKey, compute());
      return derived.get(memoKey) as T;
    };
    return { loaded, data: await loadPeriodDataset(db, loaded, now), memo };
  })();
  cache.set(key, { fingerprint: print, at: Date.now(), value });
  value.catch(() => cache.delete(key));
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}
