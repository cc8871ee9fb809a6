import { loadDossierSums } from '../../db/queries/dossiers/dossier-sums.js';
import {
  addSums,
  DOSSIER_FIGURE_KEYS,
  DOSSIER_FORMULAS,
  EMPTY_SUMS,
  isDossierFigureKey,
} from '../../domain/dossiers/dossier-figures.js';
import type { FigureValue } from '../../domain/figures/values.js';
import type { DbOrTx } from '../../db/client.js';
import { formatDateVi } from '../../domain/text/format.js';
import type { FigureQuery, FigureSource } from './figure-source.js';

const NO_DATA = { numerator: null, denominator: null, value: null };

/** Where a value's rows are listed: the unit's dossiers of the period (the API's list of them). */
const linkOf = (unitId: string, period: { from: string; to: string }) =>
  `/api/units/${unitId}/dossiers?from=${period.from}&to=${period.to}`;

/**
 * The dossier figures from the daily aggregates: one value per unit asked and key and, with `withTotal`, one
 * over all of them (unitId null) whose numerator and denominator are the units' sums, so its rate is
 * Σnum / Σden — the TDGQ score too, which the catalogue's generic combination leaves alone.
 */
export async function computeDossierFigures(
  db: DbOrTx,
  { keys, unitIds, period }: FigureQuery,
  { withTotal }: { withTotal: boolean },
): Promise<FigureValue[]> {
  const wanted = keys.filter(isDossierFigureKey);
  if (!wanted.length) return [];
  const sums = await loadDossierSums(db, unitIds, period);
  const label = `Hồ sơ TTHC tiếp nhận từ ${formatDateVi(period.from)} đến ${formatDateVi(period.to)}`;
  const values: FigureValue[] = [];
  let total = EMPTY_SUMS;
  for (const unitId of unitIds) {
    const unitSums = sums.get(unitId);
    if (unitSums) total = addSums(total, unitSums);
    for (const key of wanted)
      values.push({
        key,
        unitId,
        // No dossier of the unit imported for the period: no data, not a count of 0.
        ...(unitSums ? DOSSIER_FORMULAS[key](unitSums) : NO_DATA),
        source: { label, link: linkOf(unitId, period) },
      });
  }
  if (withTotal)
    for (const key of wanted)
      values.push({
        key,
        unitId: null,
        ...(sums.size ? DOSSIER_FORMULAS[key](total) : NO_DATA),
        source: { label: `${label}, ${unitIds.length} đơn vị` },
      });
  return values;
}

/** The catalogue's source: one value per unit asked and key (computeFigures combines a level itself). */
export const dossierSource: FigureSource = {
  keys: DOSSIER_FIGURE_KEYS,
  compute: (db, query) => computeDossierFigures(db, query, { withTotal: false }),
};
