import { describe, expect, it } from 'vitest';
import { readFigurePeriod } from '../../../src/domain/service-quality/period.js';

describe('readFigurePeriod', () => {
  it('reads a year, a quarter and a month, with the last day of February in a leap year', () => {
    expect(readFigurePeriod('2025')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(readFigurePeriod('2025-Q3')).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(readFigurePeriod(' 2024-q1 ')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(readFigurePeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });
  it('refuses anything else in Vietnamese', () => {
    for (const text of ['2025-13', 'Q3', '2025-Q5', 'quý 3'])
      expect(() => readFigurePeriod(text)).toThrow(/Kỳ “.*” không hợp lệ: hãy ghi năm \(2025\)/);
  });
});
