/**
 * A small, safe expression language for "formula over declared numbers" criteria:
 * numbers, named inputs, + - * /, unary minus, parentheses, min(…) and max(…).
 * It is parsed into a tree and evaluated in exact fractions: no eval, no property access,
 * no loops, bounded length and depth.
 */
import { add, div, max, min, mul, parseDecimal, sub, type Rational } from './rational.js';

export type Expr =
  | { kind: 'number'; value: Rational }
  | { kind: 'name'; name: string }
  | { kind: 'neg'; operand: Expr }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr }
  | { kind: 'call'; fn: 'min' | 'max'; args: Expr[] };

export class ExpressionError extends Error {
  override name = 'ExpressionError';
}

const MAX_LENGTH = 500;
const MAX_DEPTH = 40;

type Token = { type: 'number' | 'name' | 'op'; text: string; at: number };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/(),]))/y;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    pattern.lastIndex = at;
    const m = pattern.exec(source);
    if (!m) throw new ExpressionError(`Ký tự không hợp lệ ở vị trí ${at + 1}: "${source.slice(at).trim()[0]}".`);
    const start = at + m[0].length - (m[1] ?? m[2] ?? m[3] ?? '').length;
    if (m[1] !== undefined) tokens.push({ type: 'number', text: m[1], at: start });
    else if (m[2] !== undefined) tokens.push({ type: 'name', text: m[2], at: start });
    else tokens.push({ type: 'op', text: m[3] ?? '', at: start });
    at = pattern.lastIndex;
  }
  return tokens;
}

/** Parses a formula; throws ExpressionError with a Vietnamese message saying where it is wrong. */
export function parseExpression(source: string): Expr {
  if (source.length > MAX_LENGTH) throw new ExpressionError(`Công thức dài quá ${MAX_LENGTH} ký tự.`);
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos];
  const where = () => {
    const t = peek();
    return t ? `ở vị trí ${t.at + 1} ("${t.text}")` : 'ở cuối công thức';
  };
  const expectOp = (text: string) => {
    const t = peek();
    if (t?.type !== 'op' || t.text !== text) throw new ExpressionError(`Thiếu "${text}" ${where()}.`);
    pos++;
  };

  function sum(depth: number): Expr {
    let left = product(depth);
    for (let t = peek(); t?.type === 'op' && (t.text === '+' || t.text === '-'); t = peek()) {
      pos++;
      left = { kind: 'binary', op: t.text, left, right: product(depth) };
    }
    return left;
  }
  function product(depth: number): Expr {
    let left = unary(depth);
    for (let t = peek(); t?.type === 'op' && (t.text === '*' || t.text === '/'); t = peek()) {
      pos++;
      left = { kind: 'binary', op: t.text, left, right: unary(depth) };
    }
    return left;
  }
  function unary(depth: number): Expr {
    if (depth > MAX_DEPTH) throw new ExpressionError('Công thức lồng quá nhiều tầng.');
    const t = peek();
    if (t?.type === 'op' && t.text === '-') {
      pos++;
      return { kind: 'neg', operand: unary(depth + 1) };
    }
    if (t?.type === 'op' && t.text === '+') {
      pos++;
      return unary(depth + 1);
    }
    return primary(depth);
  }
  function primary(depth: number): Expr {
    const t = peek();
    if (!t) throw new ExpressionError('Công thức bị thiếu toán hạng ở cuối.');
    if (t.type === 'number') {
      pos++;
      return { kind: 'number', value: parseDecimal(t.text) };
    }
    if (t.type === 'op' && t.text === '(') {
      pos++;
      const inner = sum(depth + 1);
      expectOp(')');
      return inner;
    }
    if (t.type === 'name') {
      pos++;
      const next = peek();
      if (next?.type === 'op' && next.text === '(') {
        if (t.text !== 'min' && t.text !== 'max')
          throw new ExpressionError(`Hàm "${t.text}" không được hỗ trợ (chỉ có min, max).`);
        pos++;
        const args = [sum(depth + 1)];
        while (peek()?.type === 'op' && peek()?.text === ',') {
          pos++;
          args.push(sum(depth + 1));
        }
        expectOp(')');
        return { kind: 'call', fn: t.text, args };
      }
      return { kind: 'name', name: t.text };
    }
    throw new ExpressionError(`Không mong đợi ${where()}.`);
  }

  if (tokens.length === 0) throw new ExpressionError('Công thức trống.');
  const expr = sum(0);
  if (pos < tokens.length) throw new ExpressionError(`Thừa ${where()}.`);
  return expr;
}

/** Every input name the formula reads, in first-use order (functions excluded). */
export function expressionNames(expr: Expr): string[] {
  const names = new Set<string>();
  const visit = (e: Expr): void => {
    if (e.kind === 'name') names.add(e.name);
    else if (e.kind === 'neg') visit(e.operand);
    else if (e.kind === 'binary') {
      visit(e.left);
      visit(e.right);
    } else if (e.kind === 'call') e.args.forEach(visit);
  };
  visit(expr);
  return [...names];
}

/** Evaluates exactly; throws ExpressionError on an unknown name or a division by zero. */
export function evaluateExpression(expr: Expr, values: ReadonlyMap<string, Rational>): Rational {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'name': {
      const value = values.get(expr.name);
      if (value === undefined) throw new ExpressionError(`Thiếu giá trị "${expr.name}".`);
      return value;
    }
    case 'neg': {
      const v = evaluateExpression(expr.operand, values);
      return { n: -v.n, d: v.d };
    }
    case 'binary': {
      const l = evaluateExpression(expr.left, values);
      const r = evaluateExpression(expr.right, values);
      if (expr.op === '/' && r.n === 0n) throw new ExpressionError('Phép chia cho 0 (số chia bằng 0).');
      return expr.op === '+' ? add(l, r) : expr.op === '-' ? sub(l, r) : expr.op === '*' ? mul(l, r) : div(l, r);
    }
    case 'call': {
      const args = expr.args.map((a) => evaluateExpression(a, values));
      return args.reduce((acc, v) => (expr.fn === 'min' ? min(acc, v) : max(acc, v)));
    }
  }
}
