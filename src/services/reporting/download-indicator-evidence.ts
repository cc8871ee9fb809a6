import { eq } from 'drizzle-orm';
import { storedFiles } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { coordinatorValue } from '../../db/queries/reporting/coordinator-value.js';

/** The evidence file of a province-wide figure; the targets are open to every signed-in user. */
export async function downloadIndicatorEvidence(ctx: ServiceContext, indicatorId: string, periodId: string) {
  await authorize(ctx, 'plan.read');
  const value = await coordinatorValue(ctx.db, indicatorId, periodId);
  const [file] = value?.evidenceFileId
    ? await ctx.db.select().from(storedFiles).where(eq(storedFiles.id, value.evidenceFileId))
    : [];
  if (!file) throw notFound('tệp minh chứng của số liệu này');
  return {
    kind: 'file' as const,
    bytes: await ctx.files.get(file.storageKey),
    fileName: file.fileName,
    contentType: file.contentType,
  };
}
