import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import {
  assignments,
  citizenFeedback,
  plans,
  programmes,
  inspectionPlans,
  registerEntries,
  registerFollowUps,
  reportingPeriods,
  scoringRounds,
  unitReports,
  users,
} from '../../src/db/schema/index.js';
import { daysOverdue } from '../../src/domain/reporting/assignment-status.js';
import { localDateOf } from '../../src/domain/text/format.js';
import { localFileStore } from '../../src/files/local-file-store.js';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { getIndexTracker } from '../../src/services/indices/get-index-tracker.js';
import { proposeSurveyPoints } from '../../src/services/scoring/propose-survey-points.js';
import { resolveDashboardPeriod } from '../../src/db/queries/dashboard/dashboard-scope.js';
import { createTestDatabase } from '../support/database.js';

/** The demo loaded "on" a given day (the context's clock) is a province in the middle of that day's year. */
describe.each([
  { day: '2026-12-03', instant: new Date('2026-12-03T09:00:00+07:00'), year: 2026, periodCode: 'M9' },
  { day: '2027-02-15', instant: new Date('2027-02-15T09:00:00+07:00'), year: 2027, periodCode: 'Q1' },
])('the demo loaded on $day', ({ instant, year, periodCode }) => {
  let database: DatabaseHandle;
  let first: Awaited<ReturnType<typeof loadDemo>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    const files = localFileStore(await mkdtemp(join(tmpdir(), 'cchc-demo-')));
    first = await loadDemo(database.db, { files, now: instant });
    // A second load the same day keeps what is there.
    const again = await loadDemo(database.db, { files, now: instant });
    expect(again).toMatchObject({ users: [], work: false });
  }, 120_000);
  afterAll(() => database?.close());

  it('plans the year of the day it is loaded on', async () => {
    expect(first).toMatchObject({ work: true, year });
    const rows = await database.db.select({ id: plans.id, name: plans.name, year: plans.year }).from(plans);
    // This year's plan, and last year's beside it (its work done) for the comparison across years.
    expect(rows.map(({ name, year }) => ({ name, year })).sort((a, b) => a.year - b.year)).toEqual([
      { name: `Kế hoạch CCHC tỉnh Quảng Trị năm ${year - 1}`, year: year - 1 },
      { name: `Kế hoạch CCHC tỉnh Quảng Trị năm ${year}`, year },
    ]);
    const current = rows.find((r) => r.year === year)!;
    const periods = await database.db
      .select({ dueOn: reportingPeriods.dueOn })
      .from(reportingPeriods)
      .where(eq(reportingPeriods.planId, current.id));
    expect(periods.length).toBeGreaterThan(0);
    for (const p of periods) expect(p.dueOn.slice(0, 4)).toBe(String(year));
  });

  it("puts last year's plan and this year's in one programme, for the comparison across years", async () => {
    const [programme] = await database.db.select().from(programmes);
    expect(programme!.startYear).toBeLessThanOrEqual(year - 1);
    expect(programme!.endYear).toBeGreaterThanOrEqual(year);
    const members = await database.db
      .select({ year: plans.year })
      .from(plans)
      .where(eq(plans.programmeId, programme!.id));
    expect(members.map((m) => m.year).sort()).toEqual([year - 1, year]);
  });

  it('has four published years of the national indices, across the 2025 merger, with targets judged', async () => {
    const [user] = await database.db.select().from(users).where(eq(users.username, 'lanhdao'));
    const tracker = await getIndexTracker({
      db: database.db,
      files: localFileStore(await mkdtemp(join(tmpdir(), 'cchc-demo-read-'))),
      actor: { userId: user!.id, role: user!.role, unitId: user!.unitId },
      now: () => instant,
    });
    const par = tracker.indices.find((i) => i.code === 'PAR_INDEX')!;
    expect([...new Set(par.own.map((r) => r.year))]).toEqual([year - 4, year - 3, year - 2, year - 1]);
    // Before 2025 both provinces are kept, labelled; from 2025 the merged province, ranked among 34.
    const before = par.own.filter((r) => r.year < 2025);
    expect(new Set(before.map((r) => r.name))).toEqual(
      new Set(['Quảng Trị (trước sáp nhập)', 'Quảng Bình (trước sáp nhập)']),
    );
    expect(par.own.filter((r) => r.year >= 2025).every((r) => r.rankOf === 34 && r.name === 'Quảng Trị')).toBe(true);
    expect(par.peers.length).toBe(4);
    const lastYear = par.targets.filter((t) => t.year === year - 1);
    expect(lastYear.map((t) => t.verdict)).toEqual(['met', 'not_met']);
    // This year's results are not published: no verdict.
    expect(par.targets.find((t) => t.year === year)!.verdict).toBe('no_data');
  });

  it('has no task overdue by much more than a quarter', async () => {
    const today = localDateOf(instant);
    const rows = await database.db
      .select({ status: assignments.status, dueOn: assignments.dueOn, cancelledAt: assignments.cancelledAt })
      .from(assignments);
    expect(rows.length).toBeGreaterThan(100);
    const worst = Math.max(...rows.map((a) => daysOverdue({ ...a, cancelled: a.cancelledAt !== null }, today)));
    expect(worst).toBeLessThanOrEqual(100);
    // Work is still open: the province is in the middle of its year, not done with it.
    expect(rows.filter((a) => a.status === 'not_started' || a.status === 'in_progress').length).toBeGreaterThan(0);
  });

  it('opens the dashboard on the current period, which has reports (one accepted, one returned)', async () => {
    const periodId = await resolveDashboardPeriod(database.db, {}, instant);
    const [period] = await database.db.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
    expect(period).toMatchObject({ code: periodCode });
    const reports = await database.db
      .select({ status: unitReports.status, firstSubmittedAt: unitReports.firstSubmittedAt })
      .from(unitReports)
      .where(eq(unitReports.periodId, periodId));
    expect(reports.map((r) => r.status).sort()).toEqual(['accepted', 'returned']);
    // Sent on time (before the due date) and never after the day the demo was loaded.
    for (const r of reports) {
      expect(localDateOf(r.firstSubmittedAt!) <= period!.dueOn).toBe(true);
      expect(r.firstSubmittedAt!.getTime()).toBeLessThanOrEqual(instant.getTime());
    }
  });

  it('scores the same year as the plan, from the day it is loaded', async () => {
    const rounds = await database.db
      .select({ name: scoringRounds.name, from: scoringRounds.selfAssessmentFrom })
      .from(scoringRounds);
    // Departments, communes, and the province's own joint self-assessment.
    expect(rounds).toHaveLength(3);
    for (const round of rounds) {
      expect(round.name).toMatch(new RegExp(`năm ${year}$`));
      expect(round.from).toBe(localDateOf(instant));
    }
  });

  it("proposes the department round's survey points from the demo's satisfaction surveys", async () => {
    const [user] = await database.db.select().from(users).where(eq(users.username, 'snv.cchc'));
    const [round] = await database.db
      .select({ id: scoringRounds.id })
      .from(scoringRounds)
      .where(eq(scoringRounds.name, `Chỉ số CCHC các sở, ban, ngành năm ${year}`));
    const { criteria, proposals } = await proposeSurveyPoints(
      {
        db: database.db,
        files: localFileStore(await mkdtemp(join(tmpdir(), 'cchc-demo-read-'))),
        actor: { userId: user!.id, role: user!.role, unitId: user!.unitId },
        now: () => instant,
      },
      round!.id,
    );
    // The people's criteria (3.6 TTHC, 5.5 the staff's attitude, 8.1 SIPAS), not the leaders' assessments.
    expect(criteria.map((c) => [c.code, c.figureKey])).toEqual([
      ['3.6', 'surveys.satisfied_rate'],
      ['5.5', 'surveys.satisfied_rate.staff'],
      ['8.1', 'surveys.satisfied_rate'],
    ]);
    // The four departments the demo surveys have answers this year, each criterion its maximum × share.
    const justice = proposals.filter((p) => p.unitName === 'Sở Tư pháp');
    expect(justice.map((p) => p.code)).toEqual(['3.6', '5.5', '8.1']);
    for (const p of justice) {
      expect(p.share).toBeGreaterThan(0);
      expect(p.points).toBeCloseTo((p.maxPoints * p.share) / 100, 3);
    }
    expect(new Set(proposals.map((p) => p.unitName))).toEqual(
      new Set(['Sở Tư pháp', 'Sở Xây dựng', 'Sở Tài chính', 'Sở Nội vụ']),
    );
  });

  it('keeps the finished history consistent with the due dates', async () => {
    const [late] = await database.db
      .select({ n: count() })
      .from(assignments)
      .where(and(eq(assignments.status, 'done_late'), isNotNull(assignments.completedOn)));
    const rows = await database.db
      .select({ status: assignments.status, dueOn: assignments.dueOn, completedOn: assignments.completedOn })
      .from(assignments)
      .where(isNotNull(assignments.completedOn));
    for (const a of rows) {
      expect(a.completedOn! <= localDateOf(instant)).toBe(true);
      expect(a.status).toBe(a.dueOn !== null && a.completedOn! > a.dueOn ? 'done_late' : 'done');
    }
    if (rows.length) expect(late!.n).toBeGreaterThan(0);
  });

  it('has a year of each register: meetings with commitments (closed and open), training, publicity, ISO 9001', async () => {
    const entries = await database.db
      .select({ register: registerEntries.register, n: count() })
      .from(registerEntries)
      .groupBy(registerEntries.register);
    const by = Object.fromEntries(entries.map((e) => [e.register, e.n]));
    expect(by).toMatchObject({ 'steering-meetings': 4, 'training-courses': 6, publicity: 12 });
    expect(by['iso-9001']).toBeGreaterThan(5);
    const statuses = new Set((await database.db.select().from(registerFollowUps)).map((f) => f.status));
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['done', 'open']));
    expect([...statuses].every((st) => ['done', 'open', 'reported'].includes(st))).toBe(true);
    // Inspections: the departments' plan of the year, those already held with their remediation items.
    expect(by.inspections).toBeGreaterThan(0);
    const [plan] = await database.db.select().from(inspectionPlans);
    expect(plan).toMatchObject({ level: 'department', targetPercent: '35.00' });
  });

  it('has dialogues with their proposals and a year of citizen feedback, some answered late, none in the future', async () => {
    const dialogues = await database.db.select().from(registerEntries).where(eq(registerEntries.register, 'dialogues'));
    expect(dialogues).toHaveLength(3);
    const items = await database.db.select().from(citizenFeedback);
    expect(items).toHaveLength(24);
    const today = localDateOf(instant);
    expect(items.every((i) => i.receivedOn <= today && (i.publishedOn ?? '') <= today)).toBe(true);
    const answered = items.filter((i) => i.status === 'answered');
    expect(answered.some((i) => i.answeredOn! > i.dueOn)).toBe(true);
    expect(answered.some((i) => i.answeredOn! <= i.dueOn)).toBe(true);
    expect(items.some((i) => i.status === 'assigned')).toBe(true);
  });
});
