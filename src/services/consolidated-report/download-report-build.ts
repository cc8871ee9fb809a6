import { eq } from 'drizzle-orm';
import { reportBuilds, storedFiles } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** The Word report or the Excel appendix of one build, as stored. */
export async function downloadReportBuild(ctx: ServiceContext, buildId: string, format: 'docx' | 'xlsx') {
  await authorize(ctx, 'provinceReport.read', {}, 'tải báo cáo tổng hợp');
  const [build] = await ctx.db.select().from(reportBuilds).where(eq(reportBuilds.id, buildId));
  if (!build) throw notFound('bản báo cáo tổng hợp');
  const [file] = await ctx.db
    .select()
    .from(storedFiles)
    .where(eq(storedFiles.id, format === 'docx' ? build.docxFileId : build.xlsxFileId));
  if (!file) throw notFound('tệp báo cáo');
  return {
    kind: 'file' as const,
    bytes: new Uint8Array(await ctx.files.get(file.storageKey)),
    fileName: file.fileName,
    contentType: file.contentType,
  };
}
