/**
 * Builds the consolidated report of the demo province's "9 tháng" period through the same job the server
 * runs, then renders it to PDF (LibreOffice) and PNG (pdftoppm) so a person can check it by eye:
 *   npx tsx scripts/render-consolidated-report.ts [outDir]
 * Copies page 1 to docs/images/consolidated-report-page1.png.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.js';
import { plans, reportingPeriods, users } from '../src/db/schema/index.js';
import { localFileStore } from '../src/files/local-file-store.js';
import type { ServiceContext } from '../src/services/context.js';
import { demoPlanName, demoYear } from '../src/domain/demo/demo-timeline.js';
import { loadDemo } from '../src/services/demo/load-demo.js';
import { runPendingJobs } from '../src/services/jobs/run-pending-jobs.js';
import { jobHandlers } from '../src/services/jobs/job-handlers.js';
import { downloadReportBuild } from '../src/services/consolidated-report/download-report-build.js';
import { getReportDraft } from '../src/services/consolidated-report/get-report-draft.js';
import { listReportBuilds } from '../src/services/consolidated-report/list-report-builds.js';
import { requestConsolidatedReport } from '../src/services/consolidated-report/request-consolidated-report.js';
import { saveReportDraft } from '../src/services/consolidated-report/save-report-draft.js';
import { convertToPdf, findSoffice } from '../test/support/libreoffice.js';

const soffice = findSoffice();
if (!soffice) {
  console.error('LibreOffice (soffice) is missing: apt-get install -y libreoffice-writer-nogui poppler-utils');
  process.exit(1);
}
const outDir = resolve(process.argv[2] ?? 'bench/out/consolidated-report');
mkdirSync(outDir, { recursive: true });

const now = new Date('2025-10-15T03:00:00Z');
const database = await openDatabase({});
await database.migrate();
const files = localFileStore(mkdtempSync(join(tmpdir(), 'cchc-render-')));
await loadDemo(database.db, { files, now });
const db = database.db;
const [coordinator] = await db.select().from(users).where(eq(users.username, 'snv.cchc'));
const ctx: ServiceContext = {
  db,
  files,
  actor: { userId: coordinator!.id, role: coordinator!.role, unitId: coordinator!.unitId },
  now: () => now,
};
const [period] = await db
  .select({ id: reportingPeriods.id })
  .from(reportingPeriods)
  .innerJoin(plans, eq(plans.id, reportingPeriods.planId))
  .where(and(eq(plans.name, demoPlanName(demoYear(now))), eq(reportingPeriods.code, 'M9')));

const draft = await getReportDraft(ctx, period!.id);
const { periodId: _p, periodLabel: _l, updatedAt: _u, ...fields } = draft;
await saveReportDraft(ctx, period!.id, {
  ...fields,
  referenceNumber: '215',
  issuedOn: '2025-10-15',
  signerName: 'Nguyễn Văn Hòa',
  conclusions:
    'Nhìn chung, các cơ quan, đơn vị đã triển khai Kế hoạch CCHC năm 2025; tuy nhiên nhiều đơn vị chưa gửi báo cáo đúng hạn, cần chấn chỉnh trong kỳ tới.',
});
await requestConsolidatedReport(ctx, period!.id);
await runPendingJobs(db, files, jobHandlers, { now: () => now });
const [build] = await listReportBuilds(ctx, period!.id);
const docx = await downloadReportBuild(ctx, build!.id, 'docx');
const docxPath = join(outDir, 'consolidated-report.docx');
writeFileSync(docxPath, Buffer.from(await new Response(docx.stream).arrayBuffer()));
const [pdfPath] = convertToPdf(soffice, [docxPath], outDir);
execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '4', pdfPath ?? '', join(outDir, 'page')]);
mkdirSync('docs/images', { recursive: true });
copyFileSync(join(outDir, 'page-1.png'), 'docs/images/consolidated-report-page1.png');
console.log(
  `${docxPath}, its PDF and pages 1–4 as PNG are in ${outDir}; page 1 is docs/images/consolidated-report-page1.png`,
);
await database.close();
