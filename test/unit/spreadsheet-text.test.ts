import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormulaText } from '../../src/domain/text/spreadsheet-text.js';

describe('spreadsheet formula injection', () => {
  it('puts a quote before text a spreadsheet would run as a formula', () => {
    for (const text of ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Sở Nội vụ', 'QT.SNV', '', "'trích dẫn'", 'a=b', '2025-01-01', '-'])
      expect(neutraliseFormula(text)).toBe(text);
  });

  it('reads back exactly what was written, quotes included', () => {
    for (const text of ['=1', "'=1", "''+x", "'", "'plain", 'Sở Nội vụ', '-', '@'])
      expect(restoreFormulaText(neutraliseFormula(text))).toBe(text);
  });
});
