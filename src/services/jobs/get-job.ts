import { eq } from 'drizzle-orm';
import { jobs } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { jobView } from '../../db/queries/jobs/job-queue.js';

/** A job's status and progress, for the one who asked for it and for those who read reports. */
export async function getJob(ctx: ServiceContext, jobId: string) {
  await authorize(ctx, 'job.read', { jobId });
  const [job] = await ctx.db.select().from(jobs).where(eq(jobs.id, jobId));
  if (!job) throw notFound('công việc');
  return jobView(job);
}
