/**
 * A figure's value for a unit (or a level) and a period, and how values of several units combine: a rate
 * is Σ numerator / Σ denominator, never a mean of the units' percentages (a commune with 3 dossiers must
 * not weigh as much as a department with 30 000); counts are summed; scores are not combined.
 */
import { figureDefinition, type FigureKey } from './catalogue.js';

export interface FigureValue {
  key: FigureKey;
  /** null: the value of a level (several units). */
  unitId: string | null;
  numerator: number | null;
  denominator: number | null;
  /** null: no data (nothing due, nothing recorded), never 0. A rate is a percentage. */
  value: number | null;
  /** Where it came from: a Vietnamese description and, where there is one, a link to the rows. */
  source: { label: string; link?: string };
  /** For a level: how many units' values it was combined from. */
  unitsCovered?: number;
}

/** A percentage rounded at the second decimal, or null when nothing was due. */
export function rateOf(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.round((numerator / denominator) * 10000) / 100;
}

export interface CombineOptions {
  /** The combined value's unit: null (a level) unless the values are one unit's. */
  unitId?: string | null;
  /** The combined value's source; by default "N đơn vị" without a link. */
  source?: (key: FigureKey, parts: readonly FigureValue[]) => FigureValue['source'];
}

/** One value per key, combined over the given values (typically one per unit). */
export function combineRates(values: readonly FigureValue[], options: CombineOptions = {}): FigureValue[] {
  const byKey = new Map<FigureKey, FigureValue[]>();
  for (const value of values) byKey.set(value.key, [...(byKey.get(value.key) ?? []), value]);
  return [...byKey].map(([key, parts]) => combineOne(key, parts, options));
}

function combineOne(key: FigureKey, parts: readonly FigureValue[], options: CombineOptions): FigureValue {
  const withData = parts.filter((p) => p.value !== null);
  const source = options.source?.(key, parts) ?? { label: `${withData.length} đơn vị có số liệu` };
  const base = { key, unitId: options.unitId ?? null, source, unitsCovered: withData.length };
  switch (figureDefinition(key).kind) {
    case 'rate': {
      const counted = parts.filter((p) => p.numerator !== null && p.denominator !== null && p.denominator > 0);
      const numerator = sum(counted.map((p) => p.numerator!));
      const denominator = sum(counted.map((p) => p.denominator!));
      return counted.length === 0
        ? { ...base, numerator: null, denominator: null, value: null, unitsCovered: 0 }
        : { ...base, numerator, denominator, value: rateOf(numerator, denominator), unitsCovered: counted.length };
    }
    case 'count':
      return {
        ...base,
        numerator: null,
        denominator: null,
        value: withData.length === 0 ? null : sum(withData.map((p) => p.value!)),
      };
    case 'score':
      // A score of several units has no meaning as a sum or a mean: only one unit's score passes through.
      return parts.length === 1
        ? { ...parts[0]!, ...base, source: parts[0]!.source }
        : { ...base, numerator: null, denominator: null, value: null };
  }
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
