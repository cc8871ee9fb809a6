/**
 * A plan's reporting calendar over HTTP: the coordinator previews and saves it, the plan's periods are
 * regenerated (a period with a report is kept, and said so), each unit sees its level's due date; everyone
 * else is refused, and the refusals are checked by their bodies.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, notifications, users } from '../../src/db/schema/index.js';
import { runReminders } from '../../src/services/notifications/run-reminders.js';
import { body, type Client, type TestApi } from '../support/api.js';
import { withCommittedPlan } from '../support/plan.js';

let api: TestApi;
let coordinator: Client;
let camlo: Client;
let planId: string;
let camloUnitId: string;

type Period = { id: string; code: string; kind: string; label: string; dueOn: string; dueByLevel: object };
const periodsOf = async (client: Client): Promise<Period[]> => body(await client.get(`/api/plans/${planId}/periods`));

const calendar = {
  periods: ['month', 'Q1', 'H1', 'M9'],
  window: { rule: 'cutoff', day: 14 },
  due: { rule: 'day_of_last_month', day: 15 },
  dueOverrides: {
    month: { rule: 'day_of_last_month', day: 25 },
    Q1: { rule: 'fixed_date', month: 3, day: 10 },
    H1: { rule: 'fixed_date', month: 6, day: 7 },
  },
  levelDue: { month: { commune: { rule: 'day_of_last_month', day: 20 } } },
};
const path = () => `/api/plans/${planId}/reporting-calendar`;

beforeAll(async () => {
  ({ api, coordinator, camlo, planId, camloUnitId } = await withCommittedPlan());
  // Cam Lộ starts its quý I report: that period is in use from now on.
  const q1 = (await periodsOf(coordinator)).find((p) => p.code === 'Q1')!;
  const blank = await body(await camlo.get(`/api/periods/${q1.id}/units/${camloUnitId}/report`));
  const saved = await camlo.send('PUT', `/api/periods/${q1.id}/units/${camloUnitId}/report`, {
    version: 0,
    content: blank.content,
  });
  expect(saved.status).toBe(200);
});
afterAll(() => api.close());

describe('the reporting calendar', () => {
  it("starts as today's defaults", async () => {
    const view = await body(await coordinator.get(path()));
    expect(view).toMatchObject({
      planId,
      year: 2025,
      custom: false,
      calendar: { periods: ['Q1', 'H1', 'M9', 'Y'], due: { rule: 'day_of_last_month', day: 15 } },
    });
  });

  it('previews without writing: what is added, moved, dropped and kept', async () => {
    const before = await periodsOf(coordinator);
    const preview = await body(await coordinator.send('PUT', path(), { calendar }));
    expect(preview.saved).toBe(false);
    expect(preview.added.map((p: Period) => p.code)).toEqual([
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
      'T7',
      'T8',
      'T9',
      'T10',
      'T11',
      'T12',
    ]);
    expect(preview.changed).toEqual([
      { code: 'H1', label: '6 tháng đầu năm 2025', dueOn: '2025-06-07', previousDueOn: '2025-06-15' },
    ]);
    expect(preview.removed.map((p: Period) => p.code)).toEqual(['Y']);
    expect(preview.kept).toEqual([{ code: 'Q1', label: 'Quý I/2025', dueOn: '2025-03-15', reason: 'in_use' }]);
    expect(await periodsOf(coordinator)).toEqual(before);
    expect((await body(await coordinator.get(path()))).custom).toBe(false);
  });

  it('refuses an impossible date, naming the period and the field, and writes nothing', async () => {
    const response = await coordinator.send('PUT', path(), {
      calendar: {
        ...calendar,
        dueOverrides: { ...calendar.dueOverrides, H1: { rule: 'fixed_date', month: 2, day: 31 } },
      },
      confirm: true,
    });
    expect(response.status).toBe(422);
    const refusal = await body(response);
    expect(refusal.code).toBe('INVALID_PERIOD');
    expect(refusal.message).toContain('Ngày hạn báo cáo 6 tháng không hợp lệ: 31/02.');
    expect(refusal.details.issues[0].field).toBe('dueOverrides.H1');
    expect((await periodsOf(coordinator)).some((p) => p.kind === 'month')).toBe(false);
  });

  it('saves on confirmation: periods regenerated, the one with a report kept, audited', async () => {
    const saved = await body(await coordinator.send('PUT', path(), { calendar, confirm: true }));
    expect(saved).toMatchObject({ saved: true, unchanged: 1 });
    const periods = await periodsOf(coordinator);
    const byCode = new Map(periods.map((p) => [p.code, p]));
    expect([...byCode.keys()].sort()).toEqual(
      ['H1', 'M9', 'Q1', 'T1', 'T10', 'T11', 'T12', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'].sort(),
    );
    expect(byCode.get('Q1')!.dueOn).toBe('2025-03-15');
    expect(byCode.get('H1')!.dueOn).toBe('2025-06-07');
    expect(byCode.get('T4')).toMatchObject({
      kind: 'month',
      label: 'Tháng 4/2025',
      dueOn: '2025-04-25',
      dueByLevel: { commune: '2025-04-20' },
    });
    const view = await body(await coordinator.get(path()));
    expect(view.custom).toBe(true);
    expect(view.calendar.periods).toEqual(['month', 'Q1', 'H1', 'M9']);
    const audit = await api.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'plan.setReportingCalendar'), eq(auditLog.entityId, planId)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ kept: ['Q1'], removed: ['Y'], changed: ['H1'] });
    // Saving the same calendar again changes nothing; quý I is still kept, and still said so.
    const again = await body(await coordinator.send('PUT', path(), { calendar, confirm: true }));
    expect(again).toMatchObject({ added: [], changed: [], removed: [], kept: [{ code: 'Q1', reason: 'in_use' }] });
  });

  it("gives a commune's reporter the commune's due day, a department's reporter the period's", async () => {
    const own = (await periodsOf(camlo)).find((p) => p.code === 'T4')!;
    expect(own.dueOn).toBe('2025-04-20');
    const report = await body(await camlo.get(`/api/periods/${own.id}/units/${camloUnitId}/report`));
    expect(report.period).toMatchObject({ code: 'T4', label: 'Tháng 4/2025', dueOn: '2025-04-20' });
    const stp = await api.signIn('stp.baocao');
    expect((await periodsOf(stp)).find((p) => p.code === 'T4')!.dueOn).toBe('2025-04-25');
  });

  it('reminds a commune on its own due day, and its completeness counts against that day', async () => {
    await runReminders(api.database.db, new Date('2025-04-20T01:00:00Z'));
    const [reporter] = await api.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, 'camlo.baocao'));
    const sent = (
      await api.database.db.select().from(notifications).where(eq(notifications.userId, reporter!.id))
    ).filter((n) => `${n.title} ${n.body}`.includes('Tháng 4/2025'));
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((n) => n.body.includes('20/04/2025') && !n.body.includes('25/04/2025'))).toBe(true);

    const april = (await periodsOf(coordinator)).find((p) => p.code === 'T4')!;
    const now = api.clock.now;
    api.clock.now = new Date('2025-04-22T03:00:00Z');
    try {
      const board = await body(await coordinator.get(`/api/periods/${april.id}/completeness`));
      const entry = board.entries.find((e: { unitId: string }) => e.unitId === camloUnitId);
      // Past the communes' day (20/04), before the period's (25/04): Cam Lộ is already overdue.
      expect(entry.timeliness).toBe('overdue');
    } finally {
      api.clock.now = now;
    }
  });

  it('refuses a reporter, a leader and a logged-out client, saying only why', async () => {
    for (const username of ['camlo.baocao', 'stp.baocao', 'lanhdao']) {
      const client = await api.signIn(username);
      const response = await client.send('PUT', path(), { calendar, confirm: true });
      expect(response.status, username).toBe(403);
      const refusal = await body(response);
      expect(Object.keys(refusal).sort(), username).toEqual(['code', 'message']);
      expect(refusal.code, username).toBe('FORBIDDEN');
      expect(refusal.message, username).toContain('đặt lịch báo cáo');
    }
    const anonymous = await api.anonymous.send('PUT', path(), { calendar, confirm: true });
    expect(anonymous.status).toBe(401);
    expect(await body(anonymous)).toEqual({ code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập để tiếp tục.' });
    expect((await api.anonymous.get(path())).status).toBe(401);
  });
});

describe("the plan's budget totals", () => {
  it('come with the plan: amounts summed per area and lead unit, the rest counted', async () => {
    const detail = await body(await coordinator.get(`/api/plans/${planId}`));
    const activities = detail.version.content.activities as {
      area: string | null;
      budget: { kind: string; amountMillionVnd: number | null };
    }[];
    const amounts = activities.filter((a) => a.budget.kind === 'amount' && a.budget.amountMillionVnd !== null);
    const { total, byArea, byLead } = detail.version.budget;
    expect(total.activities).toBe(activities.length);
    expect(total.withAmount).toBe(amounts.length);
    expect(total.amountMillionVnd).toBeCloseTo(
      amounts.reduce((sum, a) => sum + a.budget.amountMillionVnd!, 0),
      3,
    );
    expect(total.regular).toBe(activities.filter((a) => a.budget.kind === 'regular').length);
    expect(byArea.reduce((sum: number, a: { activities: number }) => sum + a.activities, 0)).toBe(activities.length);
    expect(byLead.length).toBeGreaterThan(0);
  });
});
