import { describe, expect, it } from 'vitest';
import { evaluateExpression, expressionNames, parseExpression } from '../../../src/domain/scoring/expression.js';
import { fromNumber, toNumber } from '../../../src/domain/scoring/rational.js';

const run = (src: string, vars: Record<string, number> = {}) =>
  toNumber(evaluateExpression(parseExpression(src), new Map(Object.entries(vars).map(([k, v]) => [k, fromNumber(v)]))));

describe('safe formula evaluator', () => {
  it('respects precedence, unary minus, parentheses, min and max, exactly', () => {
    expect(run('1 + 2 * 3')).toBe(7);
    expect(run('(1 + 2) * 3')).toBe(9);
    expect(run('-2 * -3 - 1')).toBe(5);
    expect(run('max(a, b, 0.5) - min(a, b)', { a: 0.1, b: 0.2 })).toBe(0.4);
    expect(run('0.1 + 0.2')).toBe(0.3);
    expect(expressionNames(parseExpression('x * max(y, 2) / x'))).toEqual(['x', 'y']);
  });

  it('refuses anything that is not arithmetic, with the position', () => {
    expect(() => parseExpression('constructor.constructor("x")()')).toThrow(/Ký tự không hợp lệ/);
    expect(() => parseExpression('alert(1)')).toThrow(/không được hỗ trợ/);
    expect(() => parseExpression('1 +')).toThrow(/thiếu toán hạng/);
    expect(() => parseExpression('(1 + 2')).toThrow(/Thiếu "\)"/);
    expect(() => parseExpression('1 2')).toThrow(/Thừa ở vị trí 3/);
    expect(() => parseExpression('-'.repeat(60) + '1')).toThrow(/lồng quá nhiều/);
    expect(() => run('a / 0', { a: 1 })).toThrow(/chia cho 0/);
    expect(() => run('a + b', { a: 1 })).toThrow(/Thiếu giá trị "b"/);
  });
});
