import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';

export async function checkHealth(db: Database, describe: string) {
  const started = performance.now();
  try {
    await db.execute(sql`select 1`);
    return {
      status: 'ok' as const,
      database: { ok: true, kind: describe, latencyMs: Math.round(performance.now() - started) },
    };
  } catch {
    return { status: 'degraded' as const, database: { ok: false, kind: describe, latencyMs: null } };
  }
}
