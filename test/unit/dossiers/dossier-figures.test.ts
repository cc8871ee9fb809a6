import { describe, expect, it } from 'vitest';
import {
  addSums,
  DOSSIER_FORMULAS,
  EMPTY_SUMS,
  tdgqScore,
  type DossierSums,
} from '../../../src/domain/dossiers/dossier-figures.js';

const sums = (over: Partial<DossierSums>): DossierSums => ({ ...EMPTY_SUMS, ...over });

describe('dossier figures', () => {
  it('judges a dossier in process on the last day: on time until its due day has passed', () => {
    // 10 received: 6 ended on time, 1 ended late, 3 in process of which 1 overdue.
    const s = sums({ received: 10, ended: 7, endedOnTime: 6, inProcess: 3, overdue: 1 });
    expect(DOSSIER_FORMULAS['dossiers.on_time'](s).value).toBe(8);
    expect(DOSSIER_FORMULAS['dossiers.late'](s).value).toBe(2);
    expect(DOSSIER_FORMULAS['dossiers.on_time_rate'](s)).toEqual({ numerator: 8, denominator: 10, value: 80 });
    expect(DOSSIER_FORMULAS['dossiers.tdgq_score'](s)).toEqual({ numerator: 8, denominator: 10, value: 16 });
  });

  it('gives no value, never 0, when nothing was counted', () => {
    expect(DOSSIER_FORMULAS['dossiers.on_time_rate'](EMPTY_SUMS).value).toBeNull();
    expect(DOSSIER_FORMULAS['dossiers.tdgq_score'](EMPTY_SUMS).value).toBeNull();
    expect(DOSSIER_FORMULAS['dossiers.paid_online_rate'](sums({ received: 4 })).value).toBeNull();
    expect(DOSSIER_FORMULAS['dossiers.received'](EMPTY_SUMS).value).toBe(0);
  });

  it('rounds the TDGQ score and the rates at the second decimal', () => {
    expect(tdgqScore(2, 3)).toBe(13.33);
    expect(tdgqScore(1, 3)).toBe(6.67);
    expect(DOSSIER_FORMULAS['dossiers.online_rate'](sums({ received: 3, online: 2 })).value).toBe(66.67);
  });

  it('weighs units by their dossiers when summed: a rate over units is Σnum / Σden', () => {
    const commune = sums({ received: 3, ended: 3, endedOnTime: 0 });
    const department = sums({ received: 30_000, ended: 30_000, endedOnTime: 29_700 });
    const both = DOSSIER_FORMULAS['dossiers.on_time_rate'](addSums(commune, department));
    expect(both).toEqual({ numerator: 29_700, denominator: 30_003, value: 98.99 });
  });
});
