import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAdministrativeDocument } from '../../../src/writers/docx/administrative-document.js';
import type { AdministrativeDocument } from '../../../src/writers/docx/administrative-document.js';
import { quarterlyReport } from '../../fixtures/reports/quarterly-report.js';
import { convertToPdf, findSoffice, pdfFonts, pdfPages } from '../../support/libreoffice.js';

/** Rendering by LibreOffice: a second, independent reader that lays the pages out. */

const soffice = findSoffice();
if (!soffice) {
  console.warn(
    '\n!!! LibreOffice (soffice) is not installed: the PDF rendering checks of the Word writer are SKIPPED.\n' +
      '!!! Install it with: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-core\n',
  );
}

const scoringTable: AdministrativeDocument = {
  ...quarterlyReport,
  kind: 'Thông báo',
  title: 'Kết quả tự chấm điểm Chỉ số cải cách hành chính năm 2024',
  body: [
    {
      kind: 'table',
      columns: [
        { header: 'TT', width: 0.5, align: 'center' },
        { header: 'Đơn vị', width: 3 },
        { header: 'Điểm tự chấm', width: 1.2, type: 'decimal' },
        { header: 'Chỉ số', width: 1, type: 'percent' },
      ],
      rows: Array.from({ length: 70 }, (_, i) => [
        i + 1,
        `Ủy ban nhân dân xã Đông Hà ${i + 1}`,
        80 + (i % 20) / 4,
        0.8 + (i % 20) / 400,
      ]),
    },
  ],
};

const nfc = (text: string) => text.normalize('NFC');

describe.skipIf(!soffice)('the Word documents as LibreOffice renders them', () => {
  let dir: string;
  let report: string[];
  let scoring: string[];
  let fonts: string[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cchc-docx-pdf-'));
    const files = [join(dir, 'report.docx'), join(dir, 'scoring.docx')];
    writeFileSync(files[0]!, await buildAdministrativeDocument(quarterlyReport));
    writeFileSync(files[1]!, await buildAdministrativeDocument(scoringTable));
    const [reportPdf, scoringPdf] = convertToPdf(soffice!, files, dir);
    report = pdfPages(reportPdf!).map(nfc);
    scoring = pdfPages(scoringPdf!).map(nfc);
    fonts = pdfFonts(reportPdf!);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the Vietnamese diacritics of the header, body, tables and signature', () => {
    const firstPage = report[0]!;
    for (const text of [
      'UBND TỈNH QUẢNG TRỊ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ NỘI VỤ',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 123/BC-SNV',
      'Quảng Trị, ngày 15 tháng 3 năm 2025',
      'BÁO CÁO',
      'I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH',
      'Hồ sơ TTHC giải quyết đúng hạn',
      '47.386',
      '98,28%',
    ]) {
      expect(firstPage).toContain(text);
    }
    const lastPage = report.at(-1)!;
    for (const text of ['Nơi nhận:', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Hòa', '- Lưu: VT, CCHC.']) {
      expect(lastPage).toContain(text);
    }
  });

  it('sets the text in Times New Roman (or its metric twin Liberation Serif), nothing else', () => {
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !/LiberationSerif|TimesNewRoman/i.test(font))).toEqual([]);
  });

  it('prints the page number at the top from page 2 only, and repeats the table header on each page', () => {
    expect(report.length).toBeGreaterThanOrEqual(2);
    const firstLine = (page: string) =>
      page
        .split('\n')
        .find((line) => line.trim())
        ?.trim();
    expect(firstLine(report[0]!)).toMatch(/^UBND TỈNH QUẢNG TRỊ\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(firstLine(report[1]!)).toBe('2');

    // 70 rows run over three pages; every page holding rows starts them under the header.
    const pagesWithRows = scoring.filter((page) => page.includes('Ủy ban nhân dân xã Đông Hà'));
    expect(pagesWithRows.length).toBeGreaterThanOrEqual(2);
    for (const page of pagesWithRows) expect(page).toMatch(/TT\s+Đơn vị\s+Điểm tự chấm\s+Chỉ số/);
    expect(scoring[0]).toContain('Ủy ban nhân dân xã Đông Hà 1 ');
    expect(scoring.join('\n')).toContain('Ủy ban nhân dân xã Đông Hà 70');
    expect(scoring.join('\n')).toContain('84,75');
  });
});
