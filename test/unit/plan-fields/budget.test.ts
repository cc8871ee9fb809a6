import { describe, expect, it } from 'vitest';
import { parseBudget } from '../../../src/domain/plan/fields/budget.js';

describe('parseBudget', () => {
  // Every wording of the "Kinh phí" column in the four plans, and the usual others.
  it.each([
    ['Thường xuyên', 'regular'],
    ['Kinh phí thường xuyên', 'regular'],
    ['Ngân sách thường xuyên', 'regular'],
    ['Theo dự toán ngân sách hàng năm', 'estimate'],
    ['Theo dự toán', 'estimate'],
    ['Theo dự toán hàng năm', 'estimate'],
    ['Trong dự toán được giao', 'estimate'],
    ['Lồng ghép trong các chương trình, đề án', 'estimate'],
    ['Theo Phương án', 'estimate'],
    ['Ngân sách tỉnh (đã đề xuất bố trí từ Nguồn kinh phí sự nghiệp-thực hiện Chương trình XTĐT năm 2025)', 'estimate'],
    ['', 'none'],
    ['-', 'none'],
    ['---------------------------------', 'none'],
    ['Không', 'none'],
  ] as const)('"%s" is %s', (text, kind) => {
    const budget = parseBudget(text);
    expect(budget.kind).toBe(kind);
    expect(budget.amountMillionVnd).toBeNull();
    expect(budget.warnings).toEqual([]);
    expect(budget.text).toBe(text.trim());
  });

  it.each([
    ['500', 500],
    ['1.200', 1200],
    ['500 triệu đồng', 500],
    ['1,2 tỷ đồng', 1200],
    ['2 tỷ', 2000],
    ['1.200.000.000 đồng', 1200],
    ['350 triệu', 350],
    ['Tổng: 1.000 triệu đồng (Trung ương 600 triệu; địa phương 400 triệu)', 1000],
    ['Ngân sách tỉnh: 300 triệu đồng', 300],
  ])('"%s" is %d million VND', (text, amount) => {
    expect(parseBudget(text)).toMatchObject({ kind: 'amount', amountMillionVnd: amount, warnings: [] });
  });

  it.each([
    ['4,455', 4455],
    ['1,782', 1782],
    ['8,910', 8910],
    ['17,789', 17789],
    ['2,673', 2673],
  ])('"%s" (Thừa Thiên Huế, English separators) reads %d with a warning, never silently', (text, amount) => {
    const budget = parseBudget(text);
    expect(budget).toMatchObject({ kind: 'amount', amountMillionVnd: amount });
    expect(budget.warnings).toHaveLength(1);
    expect(budget.warnings[0]).toMatchObject({ code: 'ambiguous_number', field: 'budget' });
    expect(budget.warnings[0]?.message).toContain(text);
  });

  it('adds up several amounts and asks for a check', () => {
    const budget = parseBudget('Năm 2025: 200 triệu đồng; năm 2026: 300 triệu đồng');
    expect(budget).toMatchObject({ kind: 'amount', amountMillionVnd: 500 });
    expect(budget.warnings.map((w) => w.code)).toEqual(['low_confidence']);
  });

  // Shifted cells in the Huế table put deadlines in the budget column: never read "2025" as money.
  it.each(['Năm 2025', 'Trước ngày 15/01/2025', 'Sở Tư pháp', 'Quý III, IV'])(
    '"%s" is unknown, with a warning',
    (text) => {
      const budget = parseBudget(text);
      expect(budget).toMatchObject({ kind: 'unknown', amountMillionVnd: null });
      expect(budget.warnings.map((w) => w.code)).toEqual(['unknown_budget']);
    },
  );
});
