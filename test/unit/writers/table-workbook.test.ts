import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { sanitizeSheetNames } from '../../../src/writers/xlsx/sheet-name.js';
import { buildTableWorkbook, wrappedLines } from '../../../src/writers/xlsx/table-workbook.js';
import type { SheetSpec } from '../../../src/writers/xlsx/table-workbook.js';

const scores: SheetSpec = {
  name: 'Chỉ số CCHC: 2024 [cấp xã]',
  title: [
    'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024',
    '(Kèm theo Báo cáo số 123/BC-SNV ngày 15/3/2025 của Sở Nội vụ)',
  ],
  columns: [
    { header: 'TT', type: 'integer', width: 5 },
    { header: 'Đơn vị', type: 'text' },
    { header: 'Hồ sơ\ntiếp nhận', type: 'integer', total: 'sum' },
    { header: 'Điểm', type: 'decimal', decimals: 2, total: 'average' },
    { header: 'Tỷ lệ đúng hạn', type: 'percent', decimals: 1 },
    { header: 'Ngày báo cáo', type: 'date' },
  ],
  rows: [
    [1, 'UBND xã Cam Lộ', 1607, 86.44, 0.9828, '2025-03-31'],
    [2, 'UBND phường Đông Hà', 2450, 91.5, 0.9912, new Date('2025-04-01T17:30:00Z')],
    [3, 'UBND xã Hướng Hóa', 'Chưa báo cáo', 78.25, null, 'Quý I/2025'],
  ],
  totals: { label: 'Tổng cộng' },
  orientation: 'landscape',
};

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('buildTableWorkbook', () => {
  let buffer: Buffer;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    buffer = await buildTableWorkbook([
      scores,
      { name: 'Chỉ số CCHC- 2024 -cấp xã-', columns: [{ header: 'A' }], rows: [] },
    ]);
    const workbook = await readBack(buffer);
    sheet = workbook.worksheets[0]!;
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Chỉ số CCHC- 2024 -cấp xã-',
      'Chỉ số CCHC- 2024 -cấp xã- (2)',
    ]);
  });

  it('puts the title lines above the table, merged across its width', () => {
    expect(sheet.getCell('A1').value).toBe('KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024');
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.getCell('F1').isMerged && sheet.getCell('F1').master.address).toBe('A1');
    expect(sheet.getCell('A2').value).toBe('(Kèm theo Báo cáo số 123/BC-SNV ngày 15/3/2025 của Sở Nội vụ)');
    expect(sheet.getCell('A2').font.italic).toBe(true);
  });

  it('writes a bold, wrapped, filled header that stays frozen in view and carries the auto-filter', () => {
    const header = sheet.getRow(4);
    expect(header.values).toEqual([
      undefined,
      'TT',
      'Đơn vị',
      'Hồ sơ\ntiếp nhận',
      'Điểm',
      'Tỷ lệ đúng hạn',
      'Ngày báo cáo',
    ]);
    const cell = sheet.getCell('C4');
    expect(cell.font.bold).toBe(true);
    expect(cell.alignment.wrapText).toBe(true);
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    // The filter covers the header and the data, not the totals row.
    expect(sheet.autoFilter).toBe('A4:F7');
  });

  it('keeps numbers, percentages and dates as typed values with readable formats', () => {
    const [count, score, rate, date] = ['C5', 'D5', 'E5', 'F5'].map((address) => sheet.getCell(address));
    expect([count!.value, count!.numFmt]).toEqual([1607, '#,##0']);
    expect([score!.value, score!.numFmt]).toEqual([86.44, '#,##0.00']);
    expect([rate!.value, rate!.numFmt]).toEqual([0.9828, '0.0%']);
    expect(date!.value).toEqual(new Date(Date.UTC(2025, 2, 31)));
    expect(date!.numFmt).toBe('dd/mm/yyyy');
    // An instant is filed under its date in Vietnam: 17:30 UTC on 1 April is 00:30 on 2 April there.
    expect(sheet.getCell('F6').value).toEqual(new Date(Date.UTC(2025, 3, 2)));
    // Text where a number was expected is kept as written, not lost.
    expect(sheet.getCell('C7').value).toBe('Chưa báo cáo');
    expect(sheet.getCell('F7').value).toBe('Quý I/2025');
    expect(sheet.getCell('E7').value).toBeNull();
  });

  it('stores dates as day serials, the way Excel stores its own dates', async () => {
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    // 31/03/2025 is day 45747 of Excel's calendar, with no time of day.
    expect(xml).toMatch(/<c r="F5"[^>]*><v>45747<\/v><\/c>/);
  });

  it('adds a totals row whose formulas follow the filter, with the computed values cached', () => {
    // The label spans the columns before the first total: TT and Đơn vị.
    expect(sheet.getCell('A8').value).toBe('Tổng cộng');
    expect(sheet.getCell('A8').font.bold).toBe(true);
    expect(sheet.getCell('B8').isMerged && sheet.getCell('B8').master.address).toBe('A8');
    expect(sheet.getCell('C8').isMerged).toBe(false);
    expect(sheet.getCell('C8').value).toEqual({ formula: 'SUBTOTAL(109,C5:C7)', result: 4057 });
    expect(sheet.getCell('D8').value).toMatchObject({ formula: 'SUBTOTAL(101,D5:D7)' });
    expect((sheet.getCell('D8').value as ExcelJS.CellFormulaValue).result).toBeCloseTo(85.3967, 3);
    expect(sheet.getCell('C8').numFmt).toBe('#,##0');
  });

  it('sizes columns as given or to their content, and prints on A4 fitted to the width', () => {
    expect(sheet.getColumn(1).width).toBe(5);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual('UBND phường Đông Hà'.length);
    expect(sheet.getColumn(6).width).toBeGreaterThanOrEqual('Ngày báo cáo'.length);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(sheet.pageSetup.printTitlesRow).toBe('4:4');
  });

  it('starts the table on the first row when there is no title', async () => {
    const workbook = await readBack(
      await buildTableWorkbook([{ name: 'Dữ liệu', columns: [{ header: 'Mã' }], rows: [['X1']] }]),
    );
    const plain = workbook.worksheets[0]!;
    expect(plain.getCell('A1').value).toBe('Mã');
    expect(plain.getCell('A2').value).toBe('X1');
    expect(plain.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('refuses a sheet without columns with a Vietnamese message', async () => {
    await expect(buildTableWorkbook([{ name: 'Trống', columns: [], rows: [] }])).rejects.toMatchObject({
      code: 'REPORT_SHEET_WITHOUT_COLUMNS',
      message: 'Trang tính "Trống" không có cột nào để ghi.',
    });
  });
});

describe('sanitizeSheetNames', () => {
  it('gives every sheet a name Excel accepts and no other sheet has', () => {
    const names = sanitizeSheetNames([
      'Sở KH&ĐT: quý I/2025',
      'sở kh&đt- quý i-2025',
      'Ủy ban nhân dân thành phố Đông Hà tỉnh Quảng Trị',
      "'Tổng hợp'",
      '[*?]',
      '',
      'History',
    ]);
    expect(names).toEqual([
      'Sở KH&ĐT- quý I-2025',
      'sở kh&đt- quý i-2025 (2)',
      'Ủy ban nhân dân thành phố Đông',
      'Tổng hợp',
      '----',
      'Trang 6',
      'History (2)',
    ]);
    for (const name of names) {
      expect([...name].length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });
});

describe('rows of wrapped text', () => {
  it('are as tall as their longest cell wraps to, so the lines do not spill over the rows below', async () => {
    const long =
      'Tối thiểu 80% hồ sơ giải quyết TTHC được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử; 80% TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến.';
    const workbook = await readBack(
      await buildTableWorkbook([
        {
          name: 'Chỉ tiêu',
          columns: [
            { header: 'TT', type: 'integer' },
            { header: 'Nội dung trong kế hoạch', type: 'text', width: 40 },
            { header: 'Kết quả', type: 'decimal' },
          ],
          rows: [
            [1, long, 80.5],
            [2, 'Duy trì họp Ban chỉ đạo', 2],
          ],
        },
      ]),
    );
    const sheet = workbook.worksheets[0]!;
    // 40 width units are about 210 pt: the text (about 1 150 pt of Times New Roman 12) needs 6 or more lines.
    expect(wrappedLines(long, 40, 12, false)).toBeGreaterThanOrEqual(6);
    expect(sheet.getRow(2).height).toBeGreaterThanOrEqual(6 * 12 * 1.15);
    // A one-line row keeps Excel's default height.
    expect(sheet.getRow(3).height ?? 15).toBeLessThan(20);
  });

  it('counts lines as a word wrap does, not by dividing the width', () => {
    // Three words that each take 60% of the line: the widths add up to two lines, but each word needs its own.
    const word = 'Ủyban'.repeat(3);
    expect(wrappedLines(`${word} ${word} ${word}`, 30, 12, false)).toBe(3);
    expect(wrappedLines('ngắn\nhai dòng', 30, 12, false)).toBe(2);
  });
});

describe('formula injection in tables', () => {
  it('never writes text a spreadsheet would run as a formula: title, header and text cells get a leading quote', async () => {
    const sheet = (
      await readBack(
        await buildTableWorkbook([
          {
            name: 'X',
            title: ['=1+1'],
            columns: [
              { header: '@A', type: 'text' },
              { header: 'Số', type: 'integer' },
            ],
            rows: [
              ['=HYPERLINK("http://evil.example/","click")', -5],
              ['-', 3],
            ],
          },
        ]),
      )
    ).worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe("'=1+1");
    expect(sheet.getCell('A3').value).toBe("'@A");
    expect(sheet.getCell('A4').value).toBe('\'=HYPERLINK("http://evil.example/","click")');
    // Numbers stay numbers; a lone dash is no formula.
    expect(sheet.getCell('B4').value).toBe(-5);
    expect(sheet.getCell('A5').value).toBe('-');
  });
});
