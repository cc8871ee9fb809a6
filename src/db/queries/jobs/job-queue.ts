/**
 * The jobs table as a queue. A worker claims the oldest pending job with FOR UPDATE SKIP LOCKED (PGlite
 * and PostgreSQL alike), so several app servers never run one job twice; while it runs it reports
 * progress, which doubles as a heartbeat. A job whose heartbeat stopped (its server died) is taken
 * again, up to MAX_ATTEMPTS.
 */
import { and, asc, eq, lt, or, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../client.js';
import { jobs } from '../../schema/index.js';
import type { Actor } from '../../../services/context.js';

export type JobRow = typeof jobs.$inferSelect;

/** A running job silent for this long is presumed dead. */
export const STALE_AFTER_MS = 5 * 60_000;
export const MAX_ATTEMPTS = 3;

export async function enqueueJob(
  tx: DbOrTx,
  kind: string,
  payload: Record<string, unknown>,
  actor: Actor | null,
  now: Date,
): Promise<JobRow> {
  const [row] = await tx
    .insert(jobs)
    .values({ kind, payload, requestedBy: actor?.userId ?? null, createdAt: now })
    .returning();
  return row!;
}

/** Takes the oldest job that is pending, or running with a stopped heartbeat; null when there is none. */
export async function claimJob(db: Database, now: Date): Promise<JobRow | null> {
  return db.transaction(async (tx) => {
    const [job] = await tx
      .select()
      .from(jobs)
      .where(
        or(
          eq(jobs.status, 'pending'),
          and(eq(jobs.status, 'running'), lt(jobs.heartbeatAt, new Date(now.getTime() - STALE_AFTER_MS))),
        ),
      )
      .orderBy(asc(jobs.createdAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!job) return null;
    if (job.attempts >= MAX_ATTEMPTS) {
      await tx
        .update(jobs)
        .set({ status: 'failed', error: 'Công việc bị gián đoạn nhiều lần; hãy yêu cầu lại.', finishedAt: now })
        .where(eq(jobs.id, job.id));
      return null;
    }
    const [claimed] = await tx
      .update(jobs)
      .set({ status: 'running', startedAt: now, heartbeatAt: now, attempts: sql`${jobs.attempts} + 1`, progress: 0 })
      .where(eq(jobs.id, job.id))
      .returning();
    return claimed!;
  });
}

export async function reportJobProgress(
  db: DbOrTx,
  jobId: string,
  progress: number,
  stage: string,
  now: Date,
): Promise<void> {
  await db
    .update(jobs)
    .set({ progress: Math.max(0, Math.min(100, Math.round(progress))), stage, heartbeatAt: now })
    .where(eq(jobs.id, jobId));
}

export async function finishJob(db: DbOrTx, jobId: string, result: Record<string, unknown>, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ status: 'done', progress: 100, stage: 'Hoàn thành', result, error: null, finishedAt: now, heartbeatAt: now })
    .where(eq(jobs.id, jobId));
}

export async function failJob(db: DbOrTx, jobId: string, message: string, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ status: 'failed', stage: 'Thất bại', error: message.slice(0, 2000), finishedAt: now, heartbeatAt: now })
    .where(eq(jobs.id, jobId));
}

export function jobView(job: JobRow) {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: job.progress,
    stage: job.stage,
    error: job.error,
    result: job.result ?? null,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
