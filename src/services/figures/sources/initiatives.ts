/** initiatives.*: recognised initiatives by the proposing unit (decision date) and applications by the applying unit. */
import { initiativeCounts } from '../../../db/queries/initiatives/initiative-rows.js';
import type { FigureValue } from '../../../domain/figures/values.js';
import { formatDateVi } from '../../../domain/text/format.js';
import type { FigureSource } from '../figure-source.js';

export const initiativeSource: FigureSource = {
  keys: ['initiatives.recognised_count', 'initiatives.applied_count'],
  async compute(db, { keys, unitIds, period, today }) {
    // A period not begun yet has no data, not 0 initiatives.
    if (today && period.from > today) return [];
    const { recognised, applied } = await initiativeCounts(db, unitIds, period.from, period.to);
    const span = `${formatDateVi(period.from)}–${formatDateVi(period.to)}`;
    return unitIds.flatMap((unitId) => {
      const r = recognised.get(unitId) ?? 0;
      const a = applied.get(unitId) ?? 0;
      const values: FigureValue[] = [
        {
          key: 'initiatives.recognised_count',
          unitId,
          numerator: null,
          denominator: null,
          value: r,
          source: {
            label: `${r} sáng kiến được Hội đồng công nhận (quyết định ${span})`,
            link: `/sang-kien?unitId=${unitId}&status=recognised`,
          },
        },
        {
          key: 'initiatives.applied_count',
          unitId,
          numerator: null,
          denominator: null,
          value: a,
          source: {
            label: `${a} sáng kiến của đơn vị khác được áp dụng (${span})`,
            link: '/sang-kien?status=recognised',
          },
        },
      ];
      return values.filter((v) => keys.includes(v.key));
    });
  },
};
