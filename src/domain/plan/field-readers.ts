/**
 * The cell readers for one plan: the fields/ parsers and a unit matcher on one directory.
 * Plans repeat the same lead and deadline cells dozens of times, so each distinct cell text is
 * read once.
 */
import type { UnitDirectory } from '../units/types.js';
import { createUnitMatcher } from '../units/matching.js';
import { parseBudget } from './fields/budget.js';
import { parseDeadline } from './fields/deadline.js';
import { extractIndicators, looksLikeTarget } from './fields/indicators.js';
import type { FieldReaders } from './readers.js';

function memo<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = read(text);
      cache.set(text, value);
    }
    return value;
  };
}

export function createFieldReaders(directory: UnitDirectory, asOf: string, year: number | null): FieldReaders {
  const matcher = createUnitMatcher(directory, asOf);
  const planYear = year ?? Number(asOf.slice(0, 4));
  return {
    deadline: memo((text) => parseDeadline(text, { year: planYear })),
    budget: memo((text) => parseBudget(text)),
    // A list that ends in a separator ("Sở Tư pháp;") names nothing after it.
    units: memo((text) => matcher.matchList(text.replace(/[\s;,]+$/u, ''))),
    indicators: (sentence) => extractIndicators(sentence),
    looksLikeTarget: (sentence) => looksLikeTarget(sentence),
  };
}
