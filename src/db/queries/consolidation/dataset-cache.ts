/**
 * Dashboards are read far more often than the data changes: the period's dataset is kept in memory and
 * reused while the database has not changed since it was loaded, for at most MAX_AGE_MS. "Not changed" is
 * PostgreSQL's own transaction snapshot (next transaction id and those in progress): identical snapshots
 * mean no write has begun or committed in between, on this server or any other. It is read before the
 * data, so a write that lands while the dataset loads makes the next request load again; any write, even
 * an unrelated one, does the same, which costs a reload and never a stale answer.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { queryRows } from '../../rows.js';
import type { PeriodDataset } from '../../../domain/consolidation/dataset.js';
import { localDateOf } from '../../../domain/text/format.js';
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

async function fingerprint(db: DbOrTx): Promise<string> {
  const [row] = await queryRows<{ snapshot: string }>(db, sql`SELECT pg_current_snapshot()::text AS snapshot`);
  return row!.snapshot;
}

export async function cachedPeriodDataset(db: DbOrTx, periodId: string, now: Date): Promise<CachedPeriod> {
  // The day is part of the key: overdue and timeliness depend on it.
  const key = `${periodId}:${localDateOf(now)}`;
  const print = await fingerprint(db);
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
