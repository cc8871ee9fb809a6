import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTableWorkbook } from '../../../src/writers/xlsx/table-workbook.js';
import { convert, findSoffice, hasCalc } from '../../support/libreoffice.js';

/** LibreOffice Calc as a second reader of the workbooks: it shows the cells as a person sees them. */

const soffice = findSoffice();
const canRead = soffice !== null && hasCalc();
if (!canRead) {
  console.warn(
    '\n!!! LibreOffice Calc is not installed: the spreadsheet rendering checks of the Excel writer are SKIPPED.\n' +
      '!!! Install it with: apt-get install -y libreoffice-calc-nogui\n',
  );
}

describe.skipIf(!canRead)('the Excel workbooks as LibreOffice Calc shows them', () => {
  let dir: string;
  let lines: string[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cchc-xlsx-'));
    const file = join(dir, 'scores.xlsx');
    writeFileSync(
      file,
      await buildTableWorkbook([
        {
          name: 'Điểm',
          title: ['KẾT QUẢ CHẤM ĐIỂM'],
          columns: [
            { header: 'Đơn vị' },
            { header: 'Hồ sơ', type: 'integer', total: 'sum' },
            { header: 'Tỷ lệ', type: 'percent', decimals: 1 },
            { header: 'Hạn', type: 'date' },
          ],
          rows: [
            ['Sở Tài chính', 1607, 0.9828, '2025-03-31'],
            ['Ủy ban nhân dân xã Hướng Lập', 393, 0.5, '2025-12-01'],
          ],
          totals: { label: 'Tổng cộng' },
        },
      ]),
    );
    // 44,34,76: comma-separated, quoted, UTF-8; cells as they are shown.
    const [csv] = convert(soffice!, [file], dir, 'csv:Text - txt - csv (StarCalc):44,34,76');
    lines = readFileSync(csv!, 'utf8').split(/\r?\n/);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows dates as dd/mm/yyyy, percentages with their decimals, and the totals row', () => {
    expect(lines[0]).toMatch(/^KẾT QUẢ CHẤM ĐIỂM/);
    expect(lines[2]).toBe('Đơn vị,Hồ sơ,Tỷ lệ,Hạn');
    // Grouping follows the computer's locale: 1.607 in Vietnamese, 1,607 in English.
    expect(lines[3]).toMatch(/^Sở Tài chính,"?1[.,]607"?,98[.,]3%,31\/03\/2025$/);
    expect(lines[4]).toMatch(/^Ủy ban nhân dân xã Hướng Lập,393,50[.,]0%,01\/12\/2025$/);
    expect(lines[5]).toMatch(/^Tổng cộng,"?2[.,]000"?,,$/);
  });
});
