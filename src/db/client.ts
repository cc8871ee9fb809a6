import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import * as schema from './schema/index.js';
import { StatementCachingClient } from './statement-cache.js';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type DbOrTx = Database | Tx;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** A short description for logs and /api/health (never the password). */
  describe: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite in a folder: this process's ownership of it (data-dir-lock.ts). */
  lock?: DataDirLock;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export interface OpenDatabaseOptions {
  /** postgres://… selects PostgreSQL; otherwise PGlite. */
  url?: string | undefined;
  /** PGlite data directory; `memory://` (or undefined) keeps it in memory. */
  dataDir?: string | undefined;
  /** Who opens a PGlite folder, named in its lock (default: the cchc command being run). */
  owner?: string;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.url && /^postgres(ql)?:\/\//.test(options.url)) return openPostgres(options.url);
  return openPglite(options.dataDir, options.owner ?? process.argv[2] ?? 'node');
}

async function openPglite(dataDir: string | undefined, owner: string): Promise<DatabaseHandle> {
  if (!dataDir || dataDir.startsWith('memory://'))
    return pgliteHandle(await createPglite(undefined), 'PGlite (in memory)');
  mkdirSync(dataDir, { recursive: true });
  // Never open a folder another process has open: two PGlite instances on one folder destroy it.
  const lock = lockDataDir(dataDir, owner);
  try {
    const handle = pgliteHandle(await createPglite(dataDir), `PGlite (${dataDir})`);
    return {
      ...handle,
      lock,
      close: async () => {
        try {
          await handle.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

const createPglite = (dataDir: string | undefined) => PGlite.create(dataDir, { extensions: { unaccent, pg_trgm } });

function pgliteHandle(client: PGlite, describe: string): DatabaseHandle {
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    describe,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const { db, describe, close } = postgresPool(url);
  return {
    db,
    kind: 'postgres',
    describe,
    migrate: () => migratePg(db as never, { migrationsFolder }),
    close,
  };
}

/** A pool on a PostgreSQL server, as a database (the primary's, or a read replica's: read-replica.ts). */
export function postgresPool(url: string): { db: Database; describe: string; close: () => Promise<void> } {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.CCHC_DB_POOL ?? 10),
    Client: StatementCachingClient,
  });
  // An idle connection dropped by the server (restart, failover, admin) must not crash the process:
  // the pool discards it and opens a new one on the next query.
  pool.on('error', (error) => console.warn(`PostgreSQL: kết nối bị đóng (${error.message}); sẽ kết nối lại khi cần.`));
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  const safe = new URL(url);
  return { db, describe: `PostgreSQL (${safe.host}${safe.pathname})`, close: () => pool.end() };
}
