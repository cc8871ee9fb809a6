/**
 * The five ways a leaf turns what a unit declared into points. Each returns the points in
 * milli-points and a Vietnamese sentence saying how they were reached, or why it could not.
 */
import { formatNumberVi } from '../text/format.js';
import {
  formatPoints,
  hasAtMostThreeDecimals,
  milliToRational,
  rationalToMilli,
  toMilli,
  type Milli,
} from './decimal.js';
import { ExpressionError, evaluateExpression, parseExpression, type Expr } from './expression.js';
import { cmp, div, fromInteger, fromNumber, mul, type Rational } from './rational.js';
import type { LeafEntry, ScoringMethod, Tier } from './types.js';

export type MethodOutcome = { ok: true; milli: Milli; detail: string } | { ok: false; error: string };

const fail = (error: string): MethodOutcome => ({ ok: false, error });
const pts = (milli: Milli) => `${formatPoints(milli)} điểm`;

function describeTier(tier: Tier, measure: 'percent' | 'count'): string {
  const unit = measure === 'percent' ? '%' : '';
  return tier.moreThan !== undefined
    ? `trên ${formatNumberVi(tier.moreThan)}${unit}`
    : `từ ${formatNumberVi(tier.atLeast ?? 0)}${unit}`;
}

/** The tier a value reaches (the first, since tiers go from the highest threshold down). */
export function reachedTier(tiers: readonly Tier[], value: number): Tier | undefined {
  return tiers.find((t) => (t.moreThan !== undefined ? value > t.moreThan : value >= (t.atLeast ?? 0)));
}

const expressionCache = new Map<string, Expr>();
function compiled(expression: string): Expr {
  let expr = expressionCache.get(expression);
  if (!expr) {
    expr = parseExpression(expression);
    expressionCache.set(expression, expr);
  }
  return expr;
}

function numberValue(entry: LeafEntry): number | string {
  const v = entry.value;
  if (typeof v !== 'number' || !Number.isFinite(v)) return 'cần nhập một số.';
  return v;
}

export function scoreByMethod(method: ScoringMethod, maxMilli: Milli, entry: LeafEntry): MethodOutcome {
  switch (method.type) {
    case 'yes_no':
      if (typeof entry.value !== 'boolean') return fail('cần chọn Đạt hoặc Không đạt.');
      return entry.value
        ? { ok: true, milli: maxMilli, detail: `Đạt: ${pts(maxMilli)}` }
        : { ok: true, milli: 0, detail: 'Không đạt: 0 điểm' };

    case 'tiers': {
      const value = numberValue(entry);
      if (typeof value === 'string') return fail(value);
      if (value < 0 || (method.measure === 'percent' && value > 100))
        return fail(
          `giá trị ${formatNumberVi(value)} nằm ngoài khoảng cho phép${method.measure === 'percent' ? ' (0–100%)' : ''}.`,
        );
      const shown = `${formatNumberVi(value)}${method.measure === 'percent' ? '%' : ''}`;
      const tier = reachedTier(method.tiers, value);
      if (!tier) return { ok: true, milli: 0, detail: `${shown}: chưa đạt mức nào, 0 điểm` };
      const milli = toMilli(tier.points);
      return { ok: true, milli, detail: `${shown}: đạt mức ${describeTier(tier, method.measure)}, ${pts(milli)}` };
    }

    case 'proportional': {
      const value = numberValue(entry);
      if (typeof value === 'string') return fail(value);
      if (value < 0 || value > 100) return fail(`tỷ lệ ${formatNumberVi(value)}% phải trong khoảng 0–100%.`);
      const exact = div(mul(milliToRational(maxMilli), fromNumber(value)), fromInteger(100));
      const milli = rationalToMilli(exact);
      return { ok: true, milli, detail: `${formatNumberVi(value)}% × ${pts(maxMilli)} = ${pts(milli)}` };
    }

    case 'formula': {
      const values = new Map<string, Rational>([['max', milliToRational(maxMilli)]]);
      for (const input of method.inputs) {
        const v = entry.inputs?.[input.name];
        if (typeof v !== 'number' || !Number.isFinite(v)) return fail(`thiếu số liệu "${input.label}".`);
        values.set(input.name, fromNumber(v));
      }
      let result: Rational;
      try {
        result = evaluateExpression(compiled(method.expression), values);
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error;
        return fail(
          `không tính được công thức: ${error.message} Nếu tiêu chí không phát sinh, hãy đánh dấu "không áp dụng".`,
        );
      }
      const milli = rationalToMilli(result);
      if (cmp(result, fromInteger(0)) < 0)
        return { ok: true, milli: 0, detail: `Công thức cho ${pts(milli)}, tính 0 điểm (không âm)` };
      if (milli > maxMilli)
        return { ok: true, milli: maxMilli, detail: `Công thức cho ${pts(milli)}, tính tối đa ${pts(maxMilli)}` };
      return { ok: true, milli, detail: `Theo công thức: ${pts(milli)}` };
    }

    case 'manual': {
      const value = numberValue(entry);
      if (typeof value === 'string') return fail(value);
      if (!hasAtMostThreeDecimals(value)) return fail('điểm chỉ ghi tối đa 3 chữ số thập phân.');
      const milli = toMilli(value);
      if (milli < 0 || milli > maxMilli)
        return fail(`điểm ${formatNumberVi(value, 3)} phải trong khoảng 0 đến ${formatPoints(maxMilli)}.`);
      return { ok: true, milli, detail: `Chấm trực tiếp: ${pts(milli)}` };
    }
  }
}
