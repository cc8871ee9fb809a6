import { sql } from 'drizzle-orm';
import type { Database } from './client.js';

/**
 * The embedded database has no autovacuum, so without this its tables never get statistics and the planner
 * guesses a handful of rows everywhere: a grouping over 100 000 survey answers then runs as a nested loop of
 * index look-ups (bench/survey-results.ts measured it three times slower). PostgreSQL's autovacuum does the same
 * on a server; on PGlite the background work calls this after start and every hour.
 */
export async function refreshPlannerStatistics(db: Database): Promise<void> {
  await db.execute(sql`analyze`);
}
