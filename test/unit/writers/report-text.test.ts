import { describe, expect, it } from 'vitest';
import { formatCellVi } from '../../../src/writers/columns.js';
import { HeadingCounter, roman, vietnameseLetter } from '../../../src/writers/docx/heading-numbers.js';
import { placeAndDateLine } from '../../../src/writers/docx/issue-date.js';
import { textWidthPt } from '../../../src/writers/text-width.js';

describe('the place-and-date line of NĐ 30/2020', () => {
  it('pads days below 10 and the months 1 and 2 with a zero, and no other month', () => {
    expect(placeAndDateLine('Quảng Trị', '2025-03-15')).toBe('Quảng Trị, ngày 15 tháng 3 năm 2025');
    expect(placeAndDateLine('Huế', '2025-02-05')).toBe('Huế, ngày 05 tháng 02 năm 2025');
    expect(placeAndDateLine('Vĩnh Long', '2025-12-09')).toBe('Vĩnh Long, ngày 09 tháng 12 năm 2025');
  });
  it('leaves the day and month blank for a draft dated at signing', () => {
    expect(placeAndDateLine('Quảng Trị', { year: 2026 })).toMatch(/^Quảng Trị, ngày +tháng +năm 2026$/);
  });
  it('rejects a date it cannot read', () => {
    expect(() => placeAndDateLine('Quảng Trị', '15/03/2025')).toThrow(/YYYY-MM-DD/);
  });
});

describe('heading numbers', () => {
  it('counts I., 1., a) per level and restarts below a higher heading', () => {
    const counter = new HeadingCounter();
    const labels = ([1, 2, 3, 3, 3, 3, 3, 2, 1, 2, 3] as const).map((level) => counter.next(level));
    expect(labels).toEqual(['I.', '1.', 'a)', 'b)', 'c)', 'd)', 'đ)', '2.', 'II.', '1.', 'a)']);
  });
  it('writes Roman numerals and follows the Vietnamese alphabet (no f, j, w, z)', () => {
    expect([4, 9, 14, 40].map(roman)).toEqual(['IV', 'IX', 'XIV', 'XL']);
    expect([6, 7, 10, 22, 23, 24].map(vietnameseLetter)).toEqual(['e', 'g', 'k', 'x', 'y', 'aa']);
  });
});

describe('table cells in Vietnamese style', () => {
  it('formats each column type', () => {
    expect(formatCellVi(47386, { type: 'integer' })).toBe('47.386');
    expect(formatCellVi(86.5, { type: 'decimal' })).toBe('86,50');
    expect(formatCellVi(0.9828, { type: 'percent' })).toBe('98,28%');
    expect(formatCellVi(0.5, { type: 'percent', decimals: 0 })).toBe('50%');
    expect(formatCellVi('2025-03-31', { type: 'date' })).toBe('31/03/2025');
    expect(formatCellVi(new Date('2025-03-31T18:00:00Z'), { type: 'date' })).toBe('01/04/2025');
    expect(formatCellVi('Thường xuyên', { type: 'date' })).toBe('Thường xuyên');
    expect(formatCellVi(null, { type: 'integer' })).toBe('');
  });
});

describe('Times New Roman text width', () => {
  it('measures Vietnamese text by its base letters, the horned ơ and ư a little wider', () => {
    expect(textWidthPt('Hạnh phúc', 10)).toBeCloseTo(textWidthPt('Hanh phuc', 10));
    expect(textWidthPt('ư', 10)).toBeGreaterThan(textWidthPt('u', 10));
    expect(textWidthPt('Ừ', 10, true)).toBeCloseTo(textWidthPt('Ư', 10, true));
    // Bold 14 pt "Độc lập - Tự do - Hạnh phúc" is about 6 cm (171 pt) in Word.
    expect(textWidthPt('Độc lập - Tự do - Hạnh phúc', 14, true)).toBeGreaterThan(165);
    expect(textWidthPt('Độc lập - Tự do - Hạnh phúc', 14, true)).toBeLessThan(178);
  });
});
