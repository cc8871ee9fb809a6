/**
 * Renders the sample quarterly CCHC report to DOCX, then PDF (LibreOffice) and PNG (pdftoppm),
 * so a person can check the layout by eye: npx tsx scripts/render-sample-report.ts [outDir]
 * Copies page 1 to docs/images/sample-report-page1.png.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildAdministrativeDocument } from '../src/writers/docx/administrative-document.js';
import { quarterlyReport } from '../test/fixtures/reports/quarterly-report.js';
import { convertToPdf, findSoffice } from '../test/support/libreoffice.js';

const soffice = findSoffice();
if (!soffice) {
  console.error('LibreOffice (soffice) is missing: apt-get install -y libreoffice-writer-nogui poppler-utils');
  process.exit(1);
}

const outDir = resolve(process.argv[2] ?? 'bench/out/sample-report');
mkdirSync(outDir, { recursive: true });
const docxPath = join(outDir, 'sample-report.docx');
writeFileSync(docxPath, await buildAdministrativeDocument(quarterlyReport));

const [pdfPath] = convertToPdf(soffice, [docxPath], outDir);
execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdfPath ?? '', join(outDir, 'page')]);

mkdirSync('docs/images', { recursive: true });
copyFileSync(join(outDir, 'page-1.png'), 'docs/images/sample-report-page1.png');
console.log(
  `${docxPath}, its PDF and pages 1–2 as PNG are in ${outDir}; page 1 is docs/images/sample-report-page1.png`,
);
