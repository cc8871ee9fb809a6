import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCriteriaSet } from '../../../src/contracts/criteria.js';
import { AppError } from '../../../src/domain/errors.js';
import { ERROR_STATUS } from '../../../src/http/error-status.js';
import { readCriteriaXlsx } from '../../../src/readers/criteria-xlsx.js';
import { writeCriteriaXlsx } from '../../../src/writers/criteria-xlsx.js';
import { sampleSet } from './fixture.js';

const seed = (name: string) =>
  parseCriteriaSet(JSON.parse(readFileSync(new URL(`../../../seed/criteria/${name}`, import.meta.url), 'utf8')));

async function failure(data: Uint8Array): Promise<AppError> {
  try {
    await readCriteriaXlsx(data);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the read to fail');
}

/** Writes a set, lets `edit` damage the workbook, returns the bytes. */
async function edited(edit: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeCriteriaXlsx(sampleSet())) as unknown as ArrayBuffer);
  edit(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('criteria XLSX', () => {
  it.each(['par-index-province-2023.json', 'internal-department-2025.json', 'internal-commune-2025.json'])(
    'round-trips %s: write → read back → equal',
    async (file) => {
      const set = seed(file);
      expect(await readCriteriaXlsx(await writeCriteriaXlsx(set))).toEqual(set);
    },
  );

  it('round-trips bonus/penalty nodes, formulas and not-applicable rules', async () => {
    const set = sampleSet();
    expect(await readCriteriaXlsx(await writeCriteriaXlsx(set))).toEqual(set);
  });

  it('writes formula-like text with a leading quote and reads it back as it was', async () => {
    const set = sampleSet();
    const first = set.nodes[0]!;
    const hostile = {
      ...set,
      nodes: [
        { ...first, title: '=HYPERLINK("http://evil.example/","click")', guidance: '- Kiểm tra văn bản\n- Đối chiếu' },
        ...set.nodes.slice(1),
      ],
    };
    const bytes = await writeCriteriaXlsx(hostile);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.getWorksheet('Tiêu chí')!.getRow(2).getCell(3).value).toBe(`'${hostile.nodes[0]!.title}`);
    expect(await readCriteriaXlsx(bytes)).toEqual(hostile);
  });

  it('reports every bad row with its number, in Vietnamese, and reads nothing', async () => {
    const data = await edited((book) => {
      const sheet = book.getWorksheet('Tiêu chí');
      if (!sheet) throw new Error('sheet');
      sheet.getRow(3).getCell(5).value = 'một'; // 1.1 max
      sheet.getRow(4).getCell(8).value = '{tiers: ['; // 1.2 params
      sheet.getRow(5).getCell(2).value = '9'; // 1.3 parent
      sheet.getRow(6).getCell(7).value = 'Bốc thăm'; // 1.4 method
    });
    const error = await failure(data);
    expect(error.code).toBe('INVALID_CRITERIA_XLSX');
    expect(error.message).toContain('chưa nhập gì');
    expect(error.details).toEqual({
      problems: [
        'Trang "Tiêu chí", dòng 3 (mã 1.1): điểm tối đa "một" không phải là số.',
        'Trang "Tiêu chí", dòng 4 (mã 1.2): cột "Tham số (JSON)" không phải JSON hợp lệ: {tiers: [',
        'Trang "Tiêu chí", dòng 5 (mã 1.3): mã cha "9" không có ở các dòng phía trên.',
        'Trang "Tiêu chí", dòng 6 (mã 1.4): cột "Phương pháp chấm": "Bốc thăm" không hợp lệ (Đạt/Không đạt, Theo mức, Theo tỷ lệ, Công thức, Chấm trực tiếp).',
      ],
    });
  });

  it('points rule violations at the row of the node', async () => {
    const data = await edited((book) => {
      const sheet = book.getWorksheet('Tiêu chí');
      if (!sheet) throw new Error('sheet');
      sheet.getRow(3).getCell(5).value = 1.5; // 1.1: area 1 no longer adds up to 6
    });
    const error = await failure(data);
    expect((error.details as { problems: string[] }).problems).toEqual([
      'Trang "Tiêu chí", dòng 2: Mục 1: điểm tối đa 6 khác tổng điểm tối đa các tiêu chí con 6,5.',
    ]);
  });

  it('refuses a file that is not a workbook', async () => {
    const error = await failure(new TextEncoder().encode('not a zip'));
    expect([error.code, ERROR_STATUS[error.code]]).toEqual(['UNSUPPORTED_FORMAT', 415]);
  });
});
