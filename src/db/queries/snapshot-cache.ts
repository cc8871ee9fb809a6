/**
 * Answers read far more often than the data changes, kept in memory and reused while the database has not
 * changed since they were computed, for at most `maxAgeMs`. "Not changed" is PostgreSQL's own transaction
 * snapshot (next transaction id and those in progress): identical snapshots mean no write has begun or
 * committed in between, on this server or any other. It is read before the data, so a write that lands while
 * an answer is computed makes the next request compute again; any write, even an unrelated one, does the
 * same, which costs a recomputation and never a stale answer.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { queryRows } from '../rows.js';

interface Entry<T> {
  fingerprint: string;
  at: number;
  value: Promise<T>;
}

async function fingerprint(db: DbOrTx): Promise<string> {
  const [row] = await queryRows<{ snapshot: string }>(db, sql`SELECT pg_current_snapshot()::text AS snapshot`);
  return row!.snapshot;
}

/** A cache of answers by key; the key must name everything the answer depends on but the data (the day too). */
export function snapshotCache<T>({ maxEntries, maxAgeMs }: { maxEntries: number; maxAgeMs: number }) {
  const cache = new Map<string, Entry<T>>();
  return async function cached(db: DbOrTx, key: string, compute: () => Promise<T>): Promise<T> {
    const print = await fingerprint(db);
    const hit = cache.get(key);
    if (hit && hit.fingerprint === print && Date.now() - hit.at < maxAgeMs) return hit.value;
    const value = compute();
    cache.set(key, { fingerprint: print, at: Date.now(), value });
    value.catch(() => cache.delete(key));
    while (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    return value;
  };
}
