import { eq } from 'drizzle-orm';
import { jobs } from '../../db/schema/index.js';
import { forbidden, notFound } from '../../domain/errors.js';
import { requireActor } from '../access.js';
import type { ServiceContext } from '../context.js';
import { REPORT_READERS } from '../../contracts/reports.js';
import { jobView } from './job-queue.js';

/** A job's status and progress, for the one who asked for it and for those who read reports. */
export async function getJob(ctx: ServiceContext, jobId: string) {
  const actor = requireActor(ctx);
  const [job] = await ctx.db.select().from(jobs).where(eq(jobs.id, jobId));
  if (!job) throw notFound('công việc');
  if (job.requestedBy !== actor.userId && !REPORT_READERS.includes(actor.role)) throw forbidden('xem công việc của người khác');
  return jobView(job);
}
