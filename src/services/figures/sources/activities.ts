/** activities.*: the units' lead assignments due in the period (db/queries/figures/activity-counts.ts). */
import { activityCounts } from '../../../db/queries/figures/activity-counts.js';
import type { FigureKey } from '../../../domain/figures/catalogue.js';
import { formatDateVi } from '../../../domain/text/format.js';
import { rateOf, type FigureValue } from '../../../domain/figures/values.js';
import type { FigureSource } from '../figure-source.js';

const KEYS = ['activities.on_time_rate', 'activities.completion_rate', 'activities.overdue_count'] as const;

export const activitySource: FigureSource = {
  keys: KEYS,
  async compute(db, { keys, unitIds, period, today = period.to, activities }) {
    const counts = new Map((await activityCounts(db, unitIds, period, today, activities)).map((c) => [c.unitId, c]));
    const span = `${formatDateVi(period.from)}–${formatDateVi(period.to)}`;
    return unitIds.flatMap((unitId) => {
      const c = counts.get(unitId) ?? { due: 0, onTime: 0, completed: 0, overdue: 0 };
      // The unit's lead work on the tasks page; a rate's rows are the assignments it counted.
      const link = `/nhiem-vu?unitId=${unitId}&role=lead`;
      const rate = (key: FigureKey, numerator: number, what: string): FigureValue => ({
        key,
        unitId,
        numerator,
        denominator: c.due,
        value: rateOf(numerator, c.due),
        source: { label: `${numerator}/${c.due} nhiệm vụ chủ trì đến hạn ${what} (${span})`, link },
      });
      const values: FigureValue[] = [
        rate('activities.on_time_rate', c.onTime, 'hoàn thành đúng hạn'),
        rate('activities.completion_rate', c.completed, 'đã hoàn thành'),
        {
          key: 'activities.overdue_count',
          unitId,
          numerator: null,
          denominator: null,
          value: c.due === 0 ? null : c.overdue,
          source: { label: `${c.overdue} nhiệm vụ chủ trì quá hạn chưa hoàn thành (${span})`, link },
        },
      ];
      return values.filter((v) => keys.includes(v.key));
    });
  },
};
