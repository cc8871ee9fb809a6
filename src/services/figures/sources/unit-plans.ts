/**
 * unit_plans.*: each unit owing its own CCHC plan under a province plan of the period's year(s) counts once when
 * its deadline has passed by the period's end (or it issued its plan already); issued and issued on time as
 * recorded by the period's end. A unit owing nothing has no value (never 0 %).
 */
import {
  activeUnitPlans,
  deadlinesInForce,
  dutyUnits,
  plansOfYear,
} from '../../../db/queries/unit-plans/unit-plan-duties.js';
import { rateOf, type FigureValue } from '../../../domain/figures/values.js';
import { formatDateVi } from '../../../domain/text/format.js';
import type { FigureSource } from '../figure-source.js';

interface Tally {
  due: number;
  issued: number;
  onTime: number;
  label: string[];
  planId: string | null;
}

export const unitPlanSource: FigureSource = {
  keys: ['unit_plans.issued_rate', 'unit_plans.on_time_rate'],
  async compute(db, { keys, unitIds, period, today = period.to }) {
    const asked = new Set(unitIds);
    const cutoff = today < period.to ? today : period.to;
    const tallies = new Map<string, Tally>(
      unitIds.map((id) => [id, { due: 0, issued: 0, onTime: 0, label: [], planId: null }]),
    );
    for (let year = Number(period.from.slice(0, 4)); year <= Number(period.to.slice(0, 4)); year++) {
      for (const plan of await plansOfYear(db, year)) {
        const owing = (await dutyUnits(db, await deadlinesInForce(db, plan.id))).filter((u) => asked.has(u.unitId));
        if (owing.length === 0) continue;
        const records = new Map(
          (
            await activeUnitPlans(
              db,
              [plan.id],
              owing.map((u) => u.unitId),
            )
          ).map((r) => [r.unitId, r]),
        );
        for (const u of owing) {
          const record = records.get(u.unitId);
          const issued = record !== undefined && record.issuedOn <= period.to;
          if (!issued && u.dueOn > cutoff) continue;
          const t = tallies.get(u.unitId)!;
          t.due += 1;
          t.planId = plan.id;
          if (issued) {
            t.issued += 1;
            if (record.issuedOn <= u.dueOn) t.onTime += 1;
            t.label.push(
              `Kế hoạch số ${record.documentNumber} ngày ${formatDateVi(record.issuedOn)} (hạn ${formatDateVi(u.dueOn)})`,
            );
          } else t.label.push(`Chưa ban hành kế hoạch CCHC (hạn ${formatDateVi(u.dueOn)})`);
        }
      }
    }
    return unitIds.flatMap((unitId) => {
      const t = tallies.get(unitId)!;
      const source = {
        label: t.label.join('; ') || 'Không có nghĩa vụ ban hành kế hoạch CCHC đến hạn trong kỳ',
        link: t.planId ? `/ke-hoach-don-vi?planId=${t.planId}&unitId=${unitId}` : '/ke-hoach-don-vi',
      };
      const values: FigureValue[] = [
        {
          key: 'unit_plans.issued_rate',
          unitId,
          numerator: t.issued,
          denominator: t.due,
          value: rateOf(t.issued, t.due),
          source,
        },
        {
          key: 'unit_plans.on_time_rate',
          unitId,
          numerator: t.onTime,
          denominator: t.due,
          value: rateOf(t.onTime, t.due),
          source,
        },
      ];
      return values.filter((v) => keys.includes(v.key));
    });
  },
};
