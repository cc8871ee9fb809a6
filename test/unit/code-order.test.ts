import { describe, expect, it } from 'vitest';
import { byCodes, compareCodes } from '../../src/domain/text/code-order.js';

describe('codes sort in numbering order, not as text', () => {
  it('orders dotted numbers by value: III.1 < III.3 < III.10', () => {
    expect(['III.10', 'III.3', 'III.1', 'III'].sort(compareCodes)).toEqual(['III', 'III.1', 'III.3', 'III.10']);
    expect(['10', '2', '1.10', '1.2', '1', '1.2.3'].sort(compareCodes)).toEqual([
      '1',
      '1.2',
      '1.2.3',
      '1.10',
      '2',
      '10',
    ]);
  });
  it('orders Roman numerals by value: I < II < III < IV < V < IX < X', () => {
    expect(['X', 'IX', 'V', 'IV', 'III', 'II', 'I'].sort(compareCodes)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'IX',
      'X',
    ]);
  });
  it('orders target and criterion keys that mix letters and numbers', () => {
    expect(['II-CT10', 'II-CT2', 'I-CT1', 'X-CT1'].sort(compareCodes)).toEqual(['I-CT1', 'II-CT2', 'II-CT10', 'X-CT1']);
    expect(['2.1.b', '2.1.a', '2.1', '2.10'].sort(compareCodes)).toEqual(['2.1', '2.1.a', '2.1.b', '2.10']);
  });
  it('puts missing codes last and sorts by several codes in turn', () => {
    expect([null, '2', '', '1'].sort(compareCodes)).toEqual(['1', '2', null, '']);
    const rows = [
      { area: 'III', number: '10' },
      { area: 'II', number: '3' },
      { area: 'III', number: '3' },
      { area: null, number: '1' },
      { area: 'III', number: null },
    ];
    expect(rows.sort(byCodes((r) => [r.area, r.number])).map((r) => `${r.area}.${r.number}`)).toEqual([
      'II.3',
      'III.3',
      'III.10',
      'III.null',
      'null.1',
    ]);
  });
});
