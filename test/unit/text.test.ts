import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../src/domain/text/fold.js';
import { formatDateVi, formatNumberVi, localDateOf } from '../../src/domain/text/format.js';

describe('Vietnamese text', () => {
  it('folds diacritics, đ and case', () => {
    expect(foldVietnamese('  Sở Thông tin  và Truyền thông ĐÀ NẴNG ')).toBe('so thong tin va truyen thong da nang');
  });
  it('formats numbers and dates the Vietnamese way', () => {
    expect(formatNumberVi(1607.5)).toBe('1.607,5');
    expect(formatNumberVi(86.444)).toBe('86,44');
    expect(formatNumberVi(86.5, 2, 2)).toBe('86,50');
    expect(formatDateVi('2025-03-31')).toBe('31/03/2025');
    // 17:30 UTC on 31 March is already 1 April in Hà Nội.
    expect(localDateOf(new Date('2025-03-31T17:30:00Z'))).toBe('2025-04-01');
  });
});
