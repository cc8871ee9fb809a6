import { eq } from 'drizzle-orm';
import { storedFileDownload } from '../../db/queries/files/stored-file-download.js';
import { reportBuilds } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** The Word report or the Excel appendix of one build, as stored. */
export async function downloadReportBuild(ctx: ServiceContext, buildId: string, format: 'docx' | 'xlsx') {
  await authorize(ctx, 'provinceReport.read', { reportBuildId: buildId }, 'tải báo cáo tổng hợp');
  const [build] = await ctx.db.select().from(reportBuilds).where(eq(reportBuilds.id, buildId));
  if (!build) throw notFound('bản báo cáo tổng hợp');
  return storedFileDownload(ctx.db, ctx.files, format === 'docx' ? build.docxFileId : build.xlsxFileId, 'tệp báo cáo');
}
