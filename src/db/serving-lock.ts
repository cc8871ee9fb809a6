import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Logger } from 'pino';
import { AppError } from '../domain/errors.js';
import type { Tx } from './client.js';
import { queryRows } from './rows.js';

/**
 * "A cchc server is serving this database", as a PostgreSQL advisory lock: every server process holds it
 * shared on a connection of its own for as long as it runs; a restore takes it exclusively for its
 * transaction, so it is refused while any server runs (and a server starting meanwhile waits for it).
 * On PGlite the folder lock (data-dir-lock.ts) already keeps every other process out.
 */
const SERVING_LOCK = 0x63636863; // "cchc"

/**
 * Takes the shared lock (waiting for a restore in progress) and holds it until the returned function is
 * called; reconnects if the connection drops.
 */
export async function holdServingLock(url: string, logger: Logger): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  const connect = async () => {
    if (stopped) return;
    const next = new pg.Client({ connectionString: url, application_name: 'cchc-server' });
    next.on('error', (error) => {
      logger.warn({ err: error.message }, 'PostgreSQL: mất kết nối giữ khoá máy chủ; sẽ kết nối lại');
      client = null;
      setTimeout(() => void connect(), 5_000).unref();
    });
    try {
      await next.connect();
      await next.query('SELECT pg_advisory_lock_shared($1)', [SERVING_LOCK]);
      client = next;
      if (stopped) await next.end();
    } catch (error) {
      logger.warn({ err: (error as Error).message }, 'PostgreSQL: chưa giữ được khoá máy chủ; sẽ thử lại');
      await next.end().catch(() => {});
      setTimeout(() => void connect(), 5_000).unref();
    }
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => {});
  };
}

/** Inside a restore's transaction: refuses if a server holds the database (PostgreSQL; always free on PGlite). */
export async function requireNoServer(tx: Tx): Promise<void> {
  const [row] = await queryRows<{ free: boolean }>(tx, sql`SELECT pg_try_advisory_xact_lock(${SERVING_LOCK}) AS free`);
  if (!row?.free) {
    throw new AppError('SERVER_RUNNING');
  }
}
