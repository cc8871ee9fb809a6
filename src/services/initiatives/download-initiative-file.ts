import { and, eq } from 'drizzle-orm';
import { storedFileDownload } from '../../db/queries/files/stored-file-download.js';
import { initiativeFiles, initiatives } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readInitiative } from './get-initiative.js';

/** A proposal file or the decision file of an initiative, for whoever may see the initiative. */
export async function downloadInitiativeFile(ctx: ServiceContext, id: string, fileId: string) {
  const actor = await authorize(ctx, 'initiative.read', { initiativeId: id });
  await readInitiative(ctx, actor, id);
  const [proposal] = await ctx.db
    .select({ id: initiativeFiles.fileId })
    .from(initiativeFiles)
    .where(and(eq(initiativeFiles.initiativeId, id), eq(initiativeFiles.fileId, fileId)));
  const [decision] = proposal
    ? []
    : await ctx.db
        .select({ id: initiatives.decisionFileId })
        .from(initiatives)
        .where(and(eq(initiatives.id, id), eq(initiatives.decisionFileId, fileId)));
  if (!proposal && !decision) throw notFound('tệp của sáng kiến');
  return storedFileDownload(ctx.db, ctx.files, fileId, 'tệp của sáng kiến');
}
