/** Classification bands ("≥ 90% xuất sắc …"), compared exactly on points / maximum. */
import type { Milli } from './decimal.js';
import { cmp, fromNumber, rational } from './rational.js';
import type { Band } from './types.js';

/** The first band (highest first) whose minimum the index reaches; null below every band. */
export function classify(points: Milli, effectiveMax: Milli, bands: readonly Band[]): string | null {
  if (effectiveMax <= 0) return null;
  const percent = rational(BigInt(points) * 100n, BigInt(effectiveMax));
  return bands.find((band) => cmp(percent, fromNumber(band.minPercent)) >= 0)?.label ?? null;
}
