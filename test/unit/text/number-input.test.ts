import { describe, expect, it } from 'vitest';
import { readNumberInput } from '../../../src/domain/text/numbers.js';

const valueOf = (text: string, rules = {}) => {
  const read = readNumberInput(text, rules);
  return read.kind === 'number' ? read.value : read.kind;
};

describe('numbers typed into a form', () => {
  it('reads the Vietnamese decimal comma and thousands groups', () => {
    expect(valueOf('60,5')).toBe(60.5);
    expect(valueOf('1.234,5')).toBe(1234.5);
    expect(valueOf('1 234')).toBe(1234);
    expect(valueOf('1.234')).toBe(1234);
    expect(valueOf('-3,25')).toBe(-3.25);
    expect(valueOf(' 60 % ')).toBe(60);
  });

  it('reads a dot that cannot group thousands as a decimal point', () => {
    expect(valueOf('60.5')).toBe(60.5);
    expect(valueOf('0.75')).toBe(0.75);
  });

  it('gives nothing for an empty field', () => {
    expect(valueOf('')).toBe('empty');
    expect(valueOf('   ')).toBe('empty');
  });

  it('refuses what is not a number, saying how to write one', () => {
    for (const text of ['abc', '1e3', '12abc', '1,2,3', '60,', '0x10', 'Infinity']) {
      const read = readNumberInput(text);
      expect(read.kind, text).toBe('invalid');
      expect(read.kind === 'invalid' && read.message).toMatch(/không phải là số.*60,5/);
    }
  });

  it('refuses a fraction where whole numbers are asked for, and values out of range, saying what it read', () => {
    expect(readNumberInput('60,5', { integer: true })).toEqual({
      kind: 'invalid',
      reason: 'integer',
      value: 60.5,
      message: 'Chỉ nhận số nguyên; đã đọc được 60,5.',
    });
    expect(readNumberInput('150', { max: 100 })).toEqual({
      kind: 'invalid',
      reason: 'max',
      value: 150,
      message: 'Không được lớn hơn 100; đã đọc được 150.',
    });
    expect(readNumberInput('-1', { min: 0 })).toEqual({
      kind: 'invalid',
      reason: 'min',
      value: -1,
      message: 'Không được nhỏ hơn 0; đã đọc được -1.',
    });
    expect(valueOf('100', { integer: true, min: 0, max: 100 })).toBe(100);
  });
});
