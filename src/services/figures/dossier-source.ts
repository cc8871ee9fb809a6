import { loadDossierSums } from '../../db/queries/dossiers/dossier-sums.js';
import {
  addSums,
  DOSSIER_FIGURE_KEYS,
  DOSSIER_FORMULAS,
  EMPTY_SUMS,
  isDossierFigureKey,
} from '../../domain/dossiers/dossier-figures.js';
import type { FigureValue } from '../../domain/figures/figure-shapes.js';
import type { FigureSource } from './figure-source-shape.js';

/** Where a value's rows are listed: the unit's dossiers of the period (the API's list of them). */
const linkOf = (unitId: string, period: { from: string; to: string }) =>
  `/api/units/${unitId}/dossiers?from=${period.from}&to=${period.to}`;

/**
 * The dossier figures from the daily aggregates: one value per unit asked and key, and one over all of them
 * (unitId null) whose numerator and denominator are the units' sums, so its rate is Σnum / Σden.
 */
export const dossierSource: FigureSource = {
  keys: DOSSIER_FIGURE_KEYS,
  async compute(db, { keys, unitIds, period }) {
    const wanted = keys.filter(isDossierFigureKey);
    if (!wanted.length) return [];
    const sums = await loadDossierSums(db, unitIds, period);
    const label = `Hồ sơ TTHC tiếp nhận từ ${period.from} đến ${period.to}`;
    const values: FigureValue[] = [];
    let total = EMPTY_SUMS;
    for (const unitId of unitIds) {
      const unitSums = sums.get(unitId) ?? EMPTY_SUMS;
      total = addSums(total, unitSums);
      for (const key of wanted)
        values.push({
          key,
          unitId,
          ...DOSSIER_FORMULAS[key](unitSums),
          source: { label, link: linkOf(unitId, period) },
        });
    }
    for (const key of wanted)
      values.push({
        key,
        unitId: null,
        ...DOSSIER_FORMULAS[key](total),
        source: { label: `${label}, ${unitIds.length} đơn vị` },
      });
    return values;
  },
};
