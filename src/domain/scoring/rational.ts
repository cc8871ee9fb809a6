/**
 * Exact fractions over bigint. Scoring never computes with binary floats: a rate of 87.3 %
 * times 1.5 points must give 1.3095 exactly, then be rounded once, on purpose, to 0.001.
 */
export interface Rational {
  readonly n: bigint;
  /** Always > 0. */
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}

export const ZERO = rational(0n);

/** Reads a decimal as written ("87.3", "-0.25", "1e-7") without going through binary floats. */
export function parseDecimal(text: string): Rational {
  const match = /^([+-]?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!match) throw new RangeError(`not a decimal: ${text}`);
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  let n = BigInt(whole + fraction);
  let d = 10n ** BigInt(fraction.length);
  const e = Number(exponent);
  if (e > 0) n *= 10n ** BigInt(e);
  if (e < 0) d *= 10n ** BigInt(-e);
  return rational(sign === '-' ? -n : n, d);
}

/** A JS number as the decimal it prints as (0.1 → 1/10, not the nearest binary fraction). */
export function fromNumber(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return parseDecimal(String(value));
}

export const fromInteger = (value: number | bigint): Rational => rational(BigInt(value));
export const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational) => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError('division by zero');
  return rational(a.n * b.d, a.d * b.n);
}
export const cmp = (a: Rational, b: Rational): -1 | 0 | 1 => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
};
export const min = (a: Rational, b: Rational) => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational) => (cmp(a, b) >= 0 ? a : b);

/** Rounds to an integer count of 1/scale, halves away from zero (the way documents round). */
export function roundToScale(value: Rational, scale: bigint): bigint {
  const scaled = value.n * scale;
  const q = abs(scaled) / value.d;
  const r = abs(scaled) % value.d;
  const rounded = 2n * r >= value.d ? q + 1n : q;
  return scaled < 0n ? -rounded : rounded;
}

/** Rounds up (towards +∞) to an integer count of 1/scale: a requirement is never rounded below itself. */
export function ceilToScale(value: Rational, scale: bigint): bigint {
  const scaled = value.n * scale;
  const q = scaled / value.d;
  return scaled > 0n && scaled % value.d !== 0n ? q + 1n : q;
}

export const toNumber = (value: Rational): number => Number(value.n) / Number(value.d);
