import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/domain/plan/fields/deadline.js';
import type { DeadlineKind } from '../../../src/domain/plan/fields/types.js';

const plan2025 = { year: 2025 };

describe('parseDeadline: one deadline', () => {
  // Every single-deadline wording of the "Thời gian" column in the four plans, then other usual ones.
  it.each<[string, DeadlineKind, string | null, string | null]>([
    ['Trong năm 2024', 'period', '2024-01-01', '2024-12-31'],
    ['Cả năm 2025', 'period', '2025-01-01', '2025-12-31'],
    ['Năm 2025', 'period', '2025-01-01', '2025-12-31'],
    ['Cả năm', 'period', '2025-01-01', '2025-12-31'],
    [
      'Cả năm 2025 (đối với tuyển dụng công chức thực hiện sau khi có chủ trương của Bộ Chính trị)',
      'period',
      '2025-01-01',
      '2025-12-31',
    ],
    ['Trước ngày 31/12/2025', 'date', null, '2025-12-31'],
    ['Trước ngày 15/01/2025', 'date', null, '2025-01-15'],
    ['Trước ngày 18/11/2025', 'date', null, '2025-11-18'],
    ['Trước ngày 31/01/2026', 'date', null, '2026-01-31'],
    ['Trước ngày 25/12/2025', 'date', null, '2025-12-25'],
    ['Quý I/2025', 'period', '2025-01-01', '2025-03-31'],
    ['Quý IV', 'period', '2025-10-01', '2025-12-31'],
    ['Quý IV năm 2025', 'period', '2025-10-01', '2025-12-31'],
    ['Quý I-IV năm 2025', 'period', '2025-01-01', '2025-12-31'],
    ['Tháng 01/2025', 'period', '2025-01-01', '2025-01-31'],
    ['Tháng 12/2025', 'period', '2025-12-01', '2025-12-31'],
    ['Thường xuyên', 'continuous', '2025-01-01', '2025-12-31'],
    ['Hàng tháng hoặc đột xuất', 'continuous', '2025-01-01', '2025-12-31'],
    ['Định kỳ hoặc đột xuất', 'continuous', '2025-01-01', '2025-12-31'],
    ['Hàng quý', 'continuous', '2025-01-01', '2025-12-31'],
    ['Thường xuyên trong năm 2024', 'continuous', '2024-01-01', '2024-12-31'],
    ['Theo Kế hoạch được UBND tỉnh phê duyệt', 'event', null, null],
    ['Theo Kế hoạch phê duyệt', 'event', null, null],
    ['Theo KH được phê duyệt', 'event', null, null],
    ['Theo KH năm', 'event', null, null],
    ['Sau khi các cơ quan TW công bố chỉ số PAPI, PARINDEX, SIPAS', 'event', null, null],
    ['Đột xuất', 'event', null, null],
    ['Trước 30/9/2025', 'date', null, '2025-09-30'],
    ['15/7', 'date', null, '2025-07-15'],
    ['Trước ngày 31/12 hàng năm', 'date', null, '2025-12-31'],
    ['ngày 15 tháng 01 năm 2025', 'date', null, '2025-01-15'],
    ['6 tháng đầu năm', 'period', '2025-01-01', '2025-06-30'],
    ['6 tháng cuối năm 2025', 'period', '2025-07-01', '2025-12-31'],
    ['Quý 1/2025', 'period', '2025-01-01', '2025-03-31'],
    ['Tháng 3-4/2025', 'period', '2025-03-01', '2025-04-30'],
    ['Từ tháng 3 đến tháng 6/2025', 'period', '2025-03-01', '2025-06-30'],
    ['Từ ngày 01/3/2025 đến ngày 30/6/2025', 'period', '2025-03-01', '2025-06-30'],
    ['Quý IV/2024 - Quý I/2025', 'period', '2024-10-01', '2025-03-31'],
    ['Năm 2025 - 2026', 'period', '2025-01-01', '2026-12-31'],
    ['Giai đoạn 2021-2025', 'period', '2021-01-01', '2025-12-31'],
    ['tháng 12 năm 2025', 'period', '2025-12-01', '2025-12-31'],
    ['<p>Quý II/2025</p>', 'period', '2025-04-01', '2025-06-30'],
    ['Tháng 2/2024', 'period', '2024-02-01', '2024-02-29'],
  ])('"%s" → %s %s..%s', (text, kind, start, due) => {
    const deadline = parseDeadline(text, plan2025);
    expect(deadline).toMatchObject({ kind, start, due, warnings: [] });
    expect(deadline.parts).toHaveLength(1);
    expect(deadline.parts[0]).toMatchObject({ kind, start, due });
  });
});

describe('parseDeadline: several deadlines in one cell', () => {
  it('"Quý II, III/2025" is two quarters, spanned', () => {
    const deadline = parseDeadline('Quý II, III/2025', plan2025);
    expect(deadline).toMatchObject({ kind: 'multi', start: '2025-04-01', due: '2025-09-30', warnings: [] });
    expect(deadline.parts.map((p) => [p.text, p.start, p.due])).toEqual([
      ['Quý II/2025', '2025-04-01', '2025-06-30'],
      ['Quý III/2025', '2025-07-01', '2025-09-30'],
    ]);
  });

  it.each<[string, string, string, [string | null, string][]]>([
    [
      'Quý III, IV',
      '2025-07-01',
      '2025-12-31',
      [
        ['2025-07-01', '2025-09-30'],
        ['2025-10-01', '2025-12-31'],
      ],
    ],
    [
      'Quý II, III',
      '2025-04-01',
      '2025-09-30',
      [
        ['2025-04-01', '2025-06-30'],
        ['2025-07-01', '2025-09-30'],
      ],
    ],
    [
      'Quý II và Quý IV/2025',
      '2025-04-01',
      '2025-12-31',
      [
        ['2025-04-01', '2025-06-30'],
        ['2025-10-01', '2025-12-31'],
      ],
    ],
    [
      'Quý III, Quý IV và hoàn thành trước ngày 31/12 hàng năm',
      '2025-07-01',
      '2025-12-31',
      [
        ['2025-07-01', '2025-09-30'],
        ['2025-10-01', '2025-12-31'],
        [null, '2025-12-31'],
      ],
    ],
    [
      'Tháng 6 và tháng 12',
      '2025-06-01',
      '2025-12-31',
      [
        ['2025-06-01', '2025-06-30'],
        ['2025-12-01', '2025-12-31'],
      ],
    ],
    [
      'Tháng 12/2024 và tháng 6/2025',
      '2024-12-01',
      '2025-06-30',
      [
        ['2024-12-01', '2024-12-31'],
        ['2025-06-01', '2025-06-30'],
      ],
    ],
    [
      'tình báo cáo 6 tháng (trước ngày 07/6), báo cáo năm (trước ngày 07/11)',
      '',
      '2025-11-07',
      [
        [null, '2025-06-07'],
        [null, '2025-11-07'],
      ],
    ],
  ])('"%s" is multi', (text, start, due, parts) => {
    const deadline = parseDeadline(text, plan2025);
    expect(deadline).toMatchObject({ kind: 'multi', start: start || null, due, warnings: [] });
    expect(deadline.parts.map((p) => [p.start, p.due])).toEqual(parts);
  });

  it('one date per level (Quảng Trị, row I.1) gives one part per level', () => {
    const text =
      '- UBND tỉnh: trước ngày 25/12/2024 - Sở, huyện: trước ngày 31/01/2025 - Cấp xã: trước ngày 28/02/2025';
    const deadline = parseDeadline(text, plan2025);
    expect(deadline).toMatchObject({ text, kind: 'per_level', start: null, due: '2025-02-28', warnings: [] });
    expect(deadline.parts.map((p) => [p.level, p.kind, p.due])).toEqual([
      ['province', 'date', '2024-12-25'],
      ['department', 'date', '2025-01-31'],
      ['district', 'date', '2025-01-31'],
      ['commune', 'date', '2025-02-28'],
    ]);
  });

  it('reads "đối với …" after the date as the level', () => {
    const deadline = parseDeadline(
      '- Trước ngày 10/12/2025 đổi với báo cáo của UBND tỉnh - Trước ngày 01/12/2025 đổi với báo cáo Sở, ban, ngành cấp tỉnh; UBND cấp huyện.',
      plan2025,
    );
    expect(deadline.kind).toBe('per_level');
    expect(deadline.parts.map((p) => [p.level, p.due])).toEqual([
      ['province', '2025-12-10'],
      ['department', '2025-12-01'],
      ['district', '2025-12-01'],
    ]);
  });

  it('reads a per-level cell whose date was wrapped onto the next line', () => {
    const deadline = parseDeadline(
      '-UBND cấp huyện: Trước\n15/8/2025 - Các cơ quan chuyên môn, cơ quan thuộc UBND tỉnh: Trước ngày 31/8/2025; - Văn phòng UBND cấp tỉnh: Trước 30/9/2025',
      plan2025,
    );
    expect(deadline).toMatchObject({ kind: 'per_level', due: '2025-09-30', warnings: [] });
    expect(deadline.parts.map((p) => [p.level, p.due])).toEqual([
      ['district', '2025-08-15'],
      ['department', '2025-08-31'],
      ['province', '2025-09-30'],
    ]);
  });

  it('keeps the readable parts of a cell cut by a page break and flags the rest', () => {
    const deadline = parseDeadline(
      '-Kế hoạch: Trước ngày 29/01/2025 đối với Kế hoạch của UBND tỉnh; Trước ngày 10/02/2025 , đối với các cơ quan chuyên môn thuộc UBND cấp tỉnh; UBND cấp huyện. Báo cáo: Đối với các cơ quan chuyên môn thuộc UBND cấp',
      plan2025,
    );
    expect(deadline.kind).toBe('per_level');
    expect(deadline.parts.map((p) => [p.level, p.due])).toEqual([
      ['province', '2025-01-29'],
      ['department', '2025-02-10'],
      ['district', '2025-02-10'],
    ]);
    expect(deadline.warnings.map((w) => w.code)).toEqual(['low_confidence']);
  });

  it('a part per unit, not per level, still reads', () => {
    const deadline = parseDeadline(
      '- Các sở, ban, ngành cấp tỉnh: Cả năm 2025 - Sở Tư pháp tổng hợp, báo cáo kết quả thực hiện trước ngày 10/12/2025',
      plan2025,
    );
    expect(deadline.parts.map((p) => [p.level, p.start, p.due])).toEqual([
      ['department', '2025-01-01', '2025-12-31'],
      [null, null, '2025-12-10'],
    ]);
    expect(deadline.due).toBe('2025-12-31');
  });

  it('several events stay an event; a year naming a document is no deadline', () => {
    const deadline = parseDeadline(
      '- Đối với báo cáo PBGDPL: Căn cứ vào KHPBGDPL của UBND tỉnh năm 2025. - Đối với báo cáo HP: Căn cứ vào văn bản của Sở Tư pháp để thực hiện.',
      plan2025,
    );
    expect(deadline).toMatchObject({ kind: 'event', start: null, due: null, warnings: [] });
    expect(deadline.parts).toHaveLength(2);
  });
});

describe('parseDeadline: what it cannot read', () => {
  // The first two are unit names shifted into the deadline column of the Huế table.
  it.each([
    'Các sở, ban, ngành cấp tỉnh',
    'Sở Tư pháp',
    'abc',
    '31/02/2025',
    '-UBND cấp huyện: Trước',
    '',
    '---------------',
  ])('"%s" is unknown with the text kept and a Vietnamese warning', (text) => {
    const deadline = parseDeadline(text, plan2025);
    expect(deadline).toMatchObject({ text: text.trim(), kind: 'unknown', start: null, due: null, parts: [] });
    expect(deadline.warnings).toHaveLength(1);
    expect(deadline.warnings[0]).toMatchObject({ code: 'unknown_deadline', field: 'deadline' });
    expect(deadline.warnings[0]?.message).toMatch(/thời gian/);
  });

  it('never throws, whatever the input', () => {
    for (const text of ['((((', ')))', 'Quý V/2025', 'tháng 13/2025', '99/99', 'Quý', '- - -', 'x'.repeat(5000)]) {
      expect(() => parseDeadline(text, plan2025)).not.toThrow();
    }
    expect(parseDeadline('tháng 13/2025', plan2025).kind).toBe('unknown');
  });
});
