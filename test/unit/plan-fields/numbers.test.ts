import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber } from '../../../src/domain/text/numbers.js';

describe('parseVietnameseNumber', () => {
  it.each([
    ['1.607', 1607, false],
    ['86,44', 86.44, false],
    ['1.234.567', 1234567, false],
    ['1.234,5', 1234.5, false],
    ['1,234,567', 1234567, false],
    ['1,234.5', 1234.5, false],
    ['05', 5, false],
    ['03', 3, false],
    ['0,5', 0.5, false],
    ['14,05', 14.05, false],
    ['1 234 567', 1234567, false],
    ['-2,5', -2.5, false],
    ['0.607', 0.607, false],
    // a single comma before three digits reads both ways; Vietnamese (decimal) is the default reading
    ['4,455', 4.455, true],
    ['17,789', 17.789, true],
    // a dot before other than three digits is an English decimal: suspicious in a Vietnamese text
    ['3.5', 3.5, true],
    ['1234.567', 1234.567, true],
  ])('%s → %d (ambiguous: %s)', (text, value, ambiguous) => {
    expect(parseVietnameseNumber(text)).toEqual({ value, ambiguous });
  });

  it('takes the thousands reading of "4,455" when asked to (budget columns)', () => {
    expect(parseVietnameseNumber('4,455', { prefer: 'grouping' })).toEqual({ value: 4455, ambiguous: true });
  });

  it.each(['', 'abc', '12%', '1.2.3', '1,', '31/12/2025', '1.23.456', '12a'])('"%s" is not a number', (text) => {
    expect(parseVietnameseNumber(text).value).toBeNull();
  });
});
