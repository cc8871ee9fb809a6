import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { reportBuilds, storedFiles, users } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadPeriod } from '../../db/queries/consolidation/period-dataset.js';

/** Every build of the period's consolidated report, newest first. */
export async function listReportBuilds(ctx: ServiceContext, periodId: string) {
  await authorize(ctx, 'provinceReport.read', { periodId }, 'xem báo cáo tổng hợp');
  await loadPeriod(ctx.db, periodId);
  const docx = alias(storedFiles, 'docx');
  const xlsx = alias(storedFiles, 'xlsx');
  const rows = await ctx.db
    .select({
      build: reportBuilds,
      docxName: docx.fileName,
      docxSize: docx.sizeBytes,
      xlsxName: xlsx.fileName,
      xlsxSize: xlsx.sizeBytes,
      builtByName: users.displayName,
    })
    .from(reportBuilds)
    .innerJoin(docx, eq(docx.id, reportBuilds.docxFileId))
    .innerJoin(xlsx, eq(xlsx.id, reportBuilds.xlsxFileId))
    .leftJoin(users, eq(users.id, reportBuilds.builtBy))
    .where(eq(reportBuilds.periodId, periodId))
    .orderBy(desc(reportBuilds.builtAt));
  return rows.map((r) => ({
    id: r.build.id,
    periodId: r.build.periodId,
    draftVersion: r.build.draftVersion,
    summary: r.build.summary,
    docx: { fileName: r.docxName, sizeBytes: r.docxSize },
    xlsx: { fileName: r.xlsxName, sizeBytes: r.xlsxSize },
    builtByName: r.builtByName,
    builtAt: r.build.builtAt.toISOString(),
  }));
}
