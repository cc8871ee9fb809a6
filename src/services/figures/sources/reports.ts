/** reports.*: the periodic reports the units owed with a deadline in the period (db/queries/figures/report-counts.ts). */
import { reportCounts } from '../../../db/queries/figures/report-counts.js';
import { formatDateVi } from '../../../domain/text/format.js';
import { rateOf, type FigureValue } from '../../../domain/figures/values.js';
import type { FigureSource } from '../figure-source.js';

export const reportSource: FigureSource = {
  keys: ['reports.on_time_rate', 'reports.submitted_count'],
  async compute(db, { keys, unitIds, period, today = period.to }) {
    const counts = new Map((await reportCounts(db, unitIds, period, today)).map((c) => [c.unitId, c]));
    const span = `${formatDateVi(period.from)}–${formatDateVi(period.to)}`;
    return unitIds.flatMap((unitId) => {
      const c = counts.get(unitId) ?? { due: 0, submitted: 0, onTime: 0, lastPeriod: null };
      // The unit's latest report counted; without one, the reports board.
      const link = c.lastPeriod ? `/bao-cao/${c.lastPeriod.id}/${unitId}` : '/bao-cao';
      const values: FigureValue[] = [
        {
          key: 'reports.on_time_rate',
          unitId,
          numerator: c.onTime,
          denominator: c.due,
          value: rateOf(c.onTime, c.due),
          source: { label: `${c.onTime}/${c.due} báo cáo định kỳ gửi đúng hạn (hạn gửi ${span})`, link },
        },
        {
          key: 'reports.submitted_count',
          unitId,
          numerator: null,
          denominator: null,
          value: c.due === 0 ? null : c.submitted,
          source: { label: `${c.submitted}/${c.due} báo cáo định kỳ đã gửi (hạn gửi ${span})`, link },
        },
      ];
      return values.filter((v) => keys.includes(v.key));
    });
  },
};
