import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  paperTemplateHeader,
  readPaperRows,
  type PaperItem,
} from '../../../src/domain/surveys/paper-rows.js';

const items: PaperItem[] = [
  { id: 'C1', kind: 'scale' },
  { id: 'C2', kind: 'scale' },
  { id: 'C3', kind: 'single', options: ['truc_tiep', 'truc_tuyen'] },
  { id: 'C4', kind: 'multiple', options: ['a', 'b', 'c'] },
  { id: 'C5', kind: 'text' },
];
const units = new Set(['SO-TP', 'XA-01']);
const period = { from: '2026-01-01', to: '2026-03-31' };
const header = { row: 1, cells: paperTemplateHeader(items) };

describe('readPaperRows: paper forms from the template', () => {
  it('reads each row into a response; a blank cell is an item left blank', () => {
    const result = readPaperRows(
      [
        header,
        { row: 2, cells: ['SO-TP', '05/02/2026', '5', '', 'truc_tiep', 'a; c', 'Cán bộ nhiệt tình'] },
        { row: 3, cells: ['', '', '', '', '', '', ''] },
        { row: 4, cells: ['XA-01', '2026-03-31', '2', '4'] },
      ],
      items,
      units,
      period,
    );
    expect(result).toEqual({
      ok: true,
      responses: [
        {
          row: 2,
          unitCode: 'SO-TP',
          date: '2026-02-05',
          answers: { C1: 5, C3: 'truc_tiep', C4: ['a', 'c'], C5: 'Cán bộ nhiệt tình' },
        },
        { row: 4, unitCode: 'XA-01', date: '2026-03-31', answers: { C1: 2, C2: 4 } },
      ],
    });
  });

  it('refuses the whole file, naming each wrong row and column in Vietnamese', () => {
    const result = readPaperRows(
      [
        header,
        { row: 2, cells: ['SO-TP', '05/02/2026', '5', '4'] },
        { row: 3, cells: ['SO-XX', '31/02/2026', '6', '0', 'khac', 'a;z'] },
        { row: 4, cells: ['XA-01', '01/05/2026', '4'] },
      ],
      items,
      units,
      period,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'Dòng 3, cột A (Mã đơn vị): đơn vị “SO-XX” không thuộc đợt khảo sát.',
      'Dòng 3, cột B (ngày phiếu): “31/02/2026” không phải ngày dd/mm/yyyy.',
      'Dòng 3, cột C (câu C1): “6” không phải điểm từ 1 đến 5.',
      'Dòng 3, cột D (câu C2): “0” không phải điểm từ 1 đến 5.',
      'Dòng 3, cột E (câu C3): “khac” không phải một lựa chọn (truc_tiep, truc_tuyen).',
      'Dòng 3, cột F (câu C4): “z” không phải lựa chọn (a, b, c).',
      'Dòng 4, cột B (ngày phiếu): ngày 01/05/2026 nằm ngoài thời gian của đợt khảo sát.',
    ]);
  });

  it('refuses a sheet that is not the template', () => {
    const result = readPaperRows(
      [{ row: 1, cells: ['Mã đơn vị', 'Ngày phiếu (dd/mm/yyyy)', 'C1', 'C9'] }],
      items,
      units,
      period,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toBe('Dòng 1: thiếu cột “C2” (cột D của tệp mẫu).');
    expect(result.problems).toContain('Dòng 1, cột D: cột “C9” không có trong phiếu.');
  });

  it('refuses a file with no form', () => {
    expect(readPaperRows([header], items, units, period)).toEqual({
      ok: false,
      problems: ['Tệp không có phiếu nào (chỉ có dòng tiêu đề).'],
    });
  });

  it('names columns as the spreadsheet does', () => {
    expect([0, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});
