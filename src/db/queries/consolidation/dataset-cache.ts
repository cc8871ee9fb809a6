/**
 * Dashboards are read far more often than the data changes: the period's dataset is kept in memory and
 * reused while the database has not changed since it was loaded (see snapshot-cache.ts), for at most a minute.
 */
import type { DbOrTx } from '../../client.js';
import type { PeriodDataset } from '../../../domain/consolidation/dataset.js';
import { localDateOf } from '../../../domain/text/format.js';
import { snapshotCache } from '../snapshot-cache.js';
import { loadPeriod, loadPeriodDataset, type LoadedPeriod } from './period-dataset.js';

export interface CachedPeriod {
  loaded: LoadedPeriod;
  data: PeriodDataset;
  /** A figure computed from this dataset once, then reused while the dataset is (e.g. a dashboard per filter). */
  memo: <T>(key: string, compute: () => T) => T;
}

const cached = snapshotCache<CachedPeriod>({ maxEntries: 20, maxAgeMs: 60_000 });

export function cachedPeriodDataset(db: DbOrTx, periodId: string, now: Date): Promise<CachedPeriod> {
  // The day is part of the key: overdue and timeliness depend on it.
  return cached(db, `${periodId}:${localDateOf(now)}`, async () => {
    const loaded = await loadPeriod(db, periodId);
    const derived = new Map<string, unknown>();
    const memo = <T>(memoKey: string, compute: () => T): T => {
      if (!derived.has(memoKey)) derived.set(memoKey, compute());
      return derived.get(memoKey) as T;
    };
    return { loaded, data: await loadPeriodDataset(db, loaded, now), memo };
  });
}
