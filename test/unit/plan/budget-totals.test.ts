import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgetTotals, NO_AREA, NO_LEAD } from '../../../src/domain/plan/budget-totals.js';
import type { PlanActivity, PlanBudget, PlanV1 } from '../../../src/domain/plan/types.js';
import { goldenPath, PLANS } from '../plan-import/plans.js';

const ref = (name: string, unitId: string | null = name) => ({
  unitId,
  groupId: null,
  name,
  group: false,
  confidence: 1,
  role: null,
  note: null,
});

function activity(id: string, area: string | null, leads: string[], budget: PlanBudget): PlanActivity {
  return {
    id,
    area,
    number: id,
    objective: null,
    task: null,
    activity: `Hoạt động ${id}`,
    deliverable: null,
    lead: { text: leads.join('; '), units: leads.map((l) => ref(l)) },
    cooperating: { text: '', units: [] },
    deadline: { text: '', kind: 'unknown', start: null, due: null, parts: [] },
    budget,
    warnings: [],
    source: null,
  };
}
const amount = (n: number): PlanBudget => ({ text: `${n} triệu đồng`, kind: 'amount', amountMillionVnd: n });
const regular: PlanBudget = { text: 'Kinh phí thường xuyên', kind: 'regular', amountMillionVnd: null };
const unknown: PlanBudget = { text: '1.200/năm?', kind: 'unknown', amountMillionVnd: null };
const none: PlanBudget = { text: '', kind: 'none', amountMillionVnd: null };

describe('budgetTotals', () => {
  const plan = {
    areas: [
      { code: 'I', title: 'CÔNG TÁC CHỈ ĐẠO' },
      { code: 'II', title: 'CẢI CÁCH THỂ CHẾ' },
    ],
    activities: [
      activity('1', 'I', ['Sở Nội vụ'], amount(1000.1)),
      activity('2', 'I', ['Sở Nội vụ', 'Sở Tư pháp'], amount(250.2)),
      activity('3', 'II', ['Sở Tư pháp'], regular),
      activity('4', 'II', ['Sở Tư pháp'], unknown),
      activity('5', null, [], none),
    ],
  };

  it('sums only amounts, exactly, and counts regular funds and ambiguous cells apart', () => {
    const totals = budgetTotals(plan);
    expect(totals.total).toEqual({
      activities: 5,
      withAmount: 2,
      amountMillionVnd: 1250.3,
      regular: 1,
      unknown: 1,
      other: 1,
    });
    expect(totals.ambiguous).toEqual([{ activityId: '4', number: '4', title: 'Hoạt động 4', text: '1.200/năm?' }]);
  });

  it('groups by area, with activities outside any area under their own heading', () => {
    expect(
      budgetTotals(plan).byArea.map((a) => [a.code, a.title, a.amountMillionVnd, a.withAmount, a.regular, a.unknown]),
    ).toEqual([
      ['I', 'CÔNG TÁC CHỈ ĐẠO', 1250.3, 2, 0, 0],
      ['II', 'CẢI CÁCH THỂ CHẾ', 0, 0, 1, 1],
      [null, NO_AREA, 0, 0, 0, 0],
    ]);
  });

  it('gives an activity led by two units to each, and names a line with no lead unit', () => {
    expect(budgetTotals(plan).byLead.map((l) => [l.name, l.amountMillionVnd, l.activities])).toEqual([
      ['Sở Nội vụ', 1250.3, 2],
      ['Sở Tư pháp', 250.2, 3],
      [NO_LEAD, 0, 1],
    ]);
  });

  it.each(PLANS.map((p) => p.name))('on the golden plan %s, the total is the sum of its amounts', (name) => {
    const golden = JSON.parse(readFileSync(goldenPath(name), 'utf8')) as PlanV1;
    const totals = budgetTotals(golden);
    const amounts = golden.activities.filter((a) => a.budget.kind === 'amount' && a.budget.amountMillionVnd !== null);
    const expected = amounts.reduce((s, a) => s + a.budget.amountMillionVnd!, 0);
    expect(totals.total.amountMillionVnd).toBeCloseTo(expected, 3);
    expect(totals.total.withAmount).toBe(amounts.length);
    expect(totals.byArea.reduce((s, a) => s + a.activities, 0)).toBe(golden.activities.length);
    expect(totals.byArea.reduce((s, a) => s + a.amountMillionVnd, 0)).toBeCloseTo(expected, 3);
    expect(totals.ambiguous.length).toBe(golden.activities.filter((a) => a.budget.kind === 'unknown').length);
  });
});
