/**
 * The job that builds a period's consolidated report: loads every unit's work and reports, aggregates
 * them, writes the Word report and the Excel appendix, stores both and links them to the period as a
 * new build (earlier builds are kept). Runs outside the request (src/services/jobs), saying how far it
 * has got, and yields to the event loop between stages so other users are served meanwhile.
 */
import { contentOfBytes } from '../../files/upload-content.js';
import { eq } from 'drizzle-orm';
import { reportBuilds, users } from '../../db/schema/index.js';
import { consolidate } from '../../domain/consolidation/consolidate.js';
import { indicatorsAtRisk } from '../../domain/consolidation/indicator-table.js';
import { consolidatedReportDocument } from '../../writers/cchc/consolidated-report.js';
import { reportAppendixSheets } from '../../writers/cchc/report-appendix.js';
import { renderOffThread } from '../../writers/cchc/render-off-thread.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import type { Actor } from '../context.js';
import { storeUpload } from '../../db/queries/files/store-upload.js';
import type { JobContext } from '../jobs/job-context.js';
import { provinceNames, safeFileName } from '../../db/queries/units/document-header.js';
import { loadPeriod, loadPeriodDataset } from '../../db/queries/consolidation/period-dataset.js';
import { currentReportTexts } from '../../db/queries/consolidated-report/report-texts.js';
import { withLinkedFigures } from '../figures/linked-indicator-figures.js';

export const CONSOLIDATED_REPORT_JOB = 'consolidated_report';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function buildConsolidatedReport({
  db,
  files,
  now,
  job,
  progress,
}: JobContext): Promise<Record<string, unknown>> {
  const periodId = String(job.payload.periodId);
  await progress(5, 'Đang tải số liệu của các cơ quan, đơn vị');
  const loaded = await loadPeriod(db, periodId);
  const data = await withLinkedFigures(db, await loadPeriodDataset(db, loaded, now()), {
    year: loaded.planYear,
    provinceId: loaded.planProvinceId,
  });
  const { texts, version } = await currentReportTexts(db, loaded);
  const names = await provinceNames(db);
  await breathe();

  await progress(30, 'Đang tổng hợp kết quả theo lĩnh vực, chỉ tiêu và đơn vị');
  const report = consolidate(data);
  await breathe();

  await progress(45, 'Đang soạn báo cáo Word theo Nghị định 30/2020/NĐ-CP và phụ lục Excel');
  const title = `Báo cáo kết quả thực hiện công tác CCHC ${loaded.period.label.charAt(0).toLocaleLowerCase('vi')}${loaded.period.label.slice(1)}`;
  const document = consolidatedReportDocument({
    governingBody: names.governingBody,
    place: names.place,
    texts,
    periodLabel: loaded.period.label,
    year: loaded.planYear,
    asOf: data.today,
    report,
  });
  const sheets = reportAppendixSheets({
    title,
    asOf: data.today,
    units: data.units,
    assignments: data.assignments,
    report,
  });
  // Both files are written off the event loop, side by side; progress moves as each one is ready.
  const word = renderOffThread({ kind: 'docx', document }).then(
    async (bytes) => (await progress(70, 'Đã soạn xong báo cáo Word, đang lập phụ lục Excel'), bytes),
  );
  const [docx, xlsx] = await Promise.all([word, renderOffThread({ kind: 'xlsx', sheets })]);

  await progress(90, 'Đang lưu tệp báo cáo');
  const total = report.byArea.total;
  const { completeness } = report.discipline;
  const summary = {
    assignments: total.total,
    finished: total.finished,
    completionRate: total.completionRate,
    overdue: total.overdue,
    expectedReports: completeness.expected,
    receivedReports: completeness.received,
    onTimeReports: completeness.onTime,
    lateReports: report.discipline.late.length,
    missingReports: report.discipline.missing.length,
    indicators: report.indicators.length,
    indicatorsAtRisk: indicatorsAtRisk(report.indicators).length,
  };
  const baseName = safeFileName(`Báo cáo CCHC ${loaded.period.label}`);
  const build = await db.transaction(async (tx) => {
    const [requester] = job.requestedBy ? await tx.select().from(users).where(eq(users.id, job.requestedBy)) : [];
    const actor: Actor | null = requester
      ? { userId: requester.id, role: requester.role, unitId: requester.unitId }
      : null;
    const docxFile = await storeUpload(tx, files, actor, 'reports', {
      content: contentOfBytes(docx),
      fileName: `${baseName}.docx`,
      contentType: DOCX_TYPE,
    });
    const xlsxFile = await storeUpload(tx, files, actor, 'reports', {
      content: contentOfBytes(xlsx),
      fileName: `${baseName} - Phụ lục.xlsx`,
      contentType: XLSX_TYPE,
    });
    const [row] = await tx
      .insert(reportBuilds)
      .values({
        periodId,
        jobId: job.id,
        draftVersion: version,
        docxFileId: docxFile.id,
        xlsxFileId: xlsxFile.id,
        summary,
        builtBy: actor?.userId ?? null,
        builtAt: now(),
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'reportBuild.complete',
      entityId: row!.id,
      after: { periodId, draftVersion: version, summary },
    });
    return row!;
  });
  return { buildId: build.id, periodId, ...summary };
}
