/**
 * The registers' figures (domain/registers/): each register's declared figures, computed per unit from the
 * unit's live entries and the follow-ups it owes; a level is combined by the catalogue (rates Σ/Σ).
 */
import { registerFigureRows } from '../../../db/queries/registers/figure-rows.js';
import type { FigureKey } from '../../../domain/figures/catalogue.js';
import { rateOf, type FigureValue } from '../../../domain/figures/values.js';
import { REGISTERS } from '../../../domain/registers/index.js';
import type { RegisterFigure } from '../../../domain/registers/kit.js';
import { formatDateVi } from '../../../domain/text/format.js';
import type { FigureSource } from '../figure-source.js';

const FIGURES = REGISTERS.flatMap((register) =>
  register.figures.map((figure) => ({ register, figure: figure as RegisterFigure })),
);

export const registerSource: FigureSource = {
  keys: FIGURES.map((f) => f.figure.key as FigureKey),
  async compute(db, { keys, unitIds, period, today }) {
    // A period not begun yet has no data (a unit's ISO status today says nothing of it).
    if (today && period.from > today) return [];
    const wanted = FIGURES.filter((f) => keys.includes(f.figure.key as FigureKey));
    const registers = [...new Set(wanted.map((f) => f.register.key))];
    const rows = await registerFigureRows(db, registers, unitIds);
    const values: FigureValue[] = [];
    for (const unitId of unitIds)
      for (const { register, figure } of wanted) {
        const result = figure.compute({
          entries: rows.entries.filter((e) => e.register === register.key && e.unitId === unitId),
          followUps: rows.followUps.filter((f) => f.register === register.key && f.unitId === unitId),
          period,
          today: today ?? period.to,
        });
        const source = {
          label: `Sổ "${register.name.vi}" từ ${formatDateVi(period.from)} đến ${formatDateVi(period.to)}`,
          link: `/so-theo-doi/${register.key}?unitId=${unitId}`,
        };
        const base = { key: figure.key as FigureKey, unitId, source };
        if (result === null) values.push({ ...base, numerator: null, denominator: null, value: null });
        else if ('numerator' in result)
          values.push({ ...base, ...result, value: rateOf(result.numerator, result.denominator) });
        else values.push({ ...base, numerator: null, denominator: null, value: result.value });
      }
    return values;
  },
};
