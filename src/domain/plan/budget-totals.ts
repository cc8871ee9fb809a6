/**
 * What a plan's budget column adds up to, per area and per lead unit. Only budgets read as amounts
 * ("kind: amount", in million đồng) are summed; "kinh phí thường xuyên" (regular funds) and the rest are
 * counted, and an ambiguous cell ("kind: unknown") is counted and listed for a person to read, never summed.
 */
import type { PlanActivity, PlanV1 } from './types.js';

export interface BudgetTally {
  activities: number;
  /** Activities whose budget was read as an amount, and their sum in million đồng (3 decimals). */
  withAmount: number;
  amountMillionVnd: number;
  /** "Kinh phí thường xuyên" / "ngân sách được giao": no amount to sum. */
  regular: number;
  /** Ambiguous cells, flagged for a person; not in the sum. */
  unknown: number;
  /** Estimates ("dự toán") and empty budget cells. */
  other: number;
}

export interface BudgetTotals {
  total: BudgetTally;
  byArea: (BudgetTally & { code: string | null; title: string })[];
  /** Per lead unit; an activity with several lead units counts for each (so these may add up to more than the total). */
  byLead: (BudgetTally & { key: string; name: string; unitId: string | null })[];
  /** The ambiguous budgets to read, by activity. */
  ambiguous: { activityId: string; number: string | null; title: string; text: string }[];
}

const empty = (): BudgetTally => ({
  activities: 0,
  withAmount: 0,
  amountMillionVnd: 0,
  regular: 0,
  unknown: 0,
  other: 0,
});

/** Sums in thousandths so 0,1 + 0,2 is 0,3, not 0,30000000000000004. */
const addAmount = (sum: number, amount: number) => Math.round(sum * 1000 + amount * 1000) / 1000;

function count(tally: BudgetTally, activity: PlanActivity): void {
  const { kind, amountMillionVnd } = activity.budget;
  tally.activities++;
  if (kind === 'amount' && amountMillionVnd !== null && Number.isFinite(amountMillionVnd)) {
    tally.withAmount++;
    tally.amountMillionVnd = addAmount(tally.amountMillionVnd, amountMillionVnd);
  } else if (kind === 'regular') tally.regular++;
  else if (kind === 'unknown' || kind === 'amount') tally.unknown++;
  else tally.other++;
}

export const NO_LEAD = 'Chưa rõ đơn vị chủ trì';
export const NO_AREA = 'Chưa xếp lĩnh vực';

export function budgetTotals(plan: Pick<PlanV1, 'areas' | 'activities'>): BudgetTotals {
  const total = empty();
  const areas = new Map<string | null, BudgetTally & { code: string | null; title: string }>();
  const leads = new Map<string, BudgetTally & { key: string; name: string; unitId: string | null }>();
  const titles = new Map(plan.areas.map((a) => [a.code, a.title]));
  const ambiguous: BudgetTotals['ambiguous'] = [];
  for (const activity of plan.activities) {
    count(total, activity);
    const area =
      areas.get(activity.area) ??
      areas
        .set(activity.area, {
          ...empty(),
          code: activity.area,
          title: (activity.area && titles.get(activity.area)) || NO_AREA,
        })
        .get(activity.area)!;
    count(area, activity);
    const refs = activity.lead.units.length
      ? activity.lead.units.map((u) => ({ key: u.unitId ?? u.groupId ?? u.name, name: u.name, unitId: u.unitId }))
      : [{ key: '', name: NO_LEAD, unitId: null }];
    for (const ref of new Map(refs.map((r) => [r.key, r])).values()) {
      const lead = leads.get(ref.key) ?? leads.set(ref.key, { ...empty(), ...ref }).get(ref.key)!;
      count(lead, activity);
    }
    const { kind, amountMillionVnd } = activity.budget;
    if (kind === 'unknown' || (kind === 'amount' && amountMillionVnd === null))
      ambiguous.push({
        activityId: activity.id,
        number: activity.number,
        title: activity.activity ?? activity.task ?? activity.deliverable ?? '',
        text: activity.budget.text,
      });
  }
  return {
    total,
    byArea: [...areas.values()],
    byLead: [...leads.values()].sort(
      (a, b) => b.amountMillionVnd - a.amountMillionVnd || a.name.localeCompare(b.name, 'vi'),
    ),
    ambiguous,
  };
}
