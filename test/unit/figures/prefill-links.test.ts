/** A criterion's link to a figure, read against the catalogue's values for the prefill. */
import { describe, expect, it } from 'vitest';
import { catalogueKeyOf, isLinkedFigure } from '../../../src/domain/scoring/figure-links.js';
import { catalogueKeysOf, knownFiguresFrom } from '../../../src/domain/scoring/prefill.js';
import type { FigureValue } from '../../../src/domain/figures/values.js';

const value = (key: FigureValue['key'], v: number | null): FigureValue => ({
  key,
  unitId: 'u',
  numerator: v === null ? 0 : 3,
  denominator: v === null ? 0 : 4,
  value: v,
  source: { label: `nhãn ${key}`, link: '/nhiem-vu' },
});

describe('links to figures', () => {
  it('takes catalogue keys, the two first names as the keys they meant, and indicators', () => {
    expect(isLinkedFigure('reports.on_time_rate')).toBe(true);
    expect(catalogueKeyOf('activities_on_time_rate')).toBe('activities.on_time_rate');
    expect(catalogueKeyOf('indicator:x')).toBeNull();
    expect(isLinkedFigure('dossiers.unknown')).toBe(false);
    expect(catalogueKeysOf(['activities_on_time_rate', 'activities.on_time_rate', 'indicator:x'])).toEqual([
      'activities.on_time_rate',
    ]);
  });

  it('knows a figure under each link naming it, and not one without data', () => {
    const values = [value('activities.on_time_rate', 75), value('reports.on_time_rate', null)];
    expect(
      knownFiguresFrom(['activities_on_time_rate', 'activities.on_time_rate', 'reports.on_time_rate'], values),
    ).toEqual([
      { key: 'activities_on_time_rate', value: 75, label: 'nhãn activities.on_time_rate', link: '/nhiem-vu' },
      { key: 'activities.on_time_rate', value: 75, label: 'nhãn activities.on_time_rate', link: '/nhiem-vu' },
    ]);
  });
});
