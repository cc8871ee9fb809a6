/**
 * Years and programmes, through the use cases: next year's plan made from a committed one (the structure and
 * targets copied, the unfinished activities carried with a link back to their history, dates moved), once per
 * plan even when two coordinators ask at once; programmes grouping the yearly plans, and the year-by-year
 * comparison of completion and on-time rates (no value where a year has nothing due, never 0 %).
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignmentMilestones,
  assignments,
  planActivities,
  planIndicators,
  plans,
  planVersions,
  reportingPeriods,
} from '../../src/db/schema/index.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createNextYearPlan } from '../../src/services/plans/create-next-year-plan.js';
import { previewNextYearPlan } from '../../src/services/plans/preview-next-year-plan.js';
import { compareProgrammeYears } from '../../src/services/programmes/compare-programme-years.js';
import { createProgramme } from '../../src/services/programmes/create-programme.js';
import { setPlanProgramme } from '../../src/services/programmes/set-plan-programme.js';
import { updateProgramme } from '../../src/services/programmes/update-programme.js';
import { unitIdOf } from '../support/actors.js';
import { auditTrailOf } from '../support/audit.js';
import { commitQuangTriPlanAs } from '../support/plan.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

let world: UseCaseWorld;
let coordinator: ServiceContext;
let source: string;
/** A lead assignment of the source plan with three milestones, the first done. */
let milestoneAssignment: string;
/** The source plan's lead assignments, by what the test made of them. */
const marked: Record<'done' | 'doneLate' | 'notFeasible' | 'cancelled' | 'underWay' | 'oldDate', string> = {
  done: '',
  doneLate: '',
  notFeasible: '',
  cancelled: '',
  underWay: '',
  oldDate: '',
};

beforeAll(async () => {
  world = await openUseCaseWorld();
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
  source = (await commitQuangTriPlanAs(coordinator)).planId;
  const db = world.database.db;
  const leads = await db
    .select()
    .from(assignments)
    .where(and(eq(assignments.planId, source), eq(assignments.role, 'lead'), isNotNull(assignments.dueOn)))
    .orderBy(assignments.id);
  // Six lead assignments of different activities, each made into one case.
  const seen = new Set<string>();
  const picked = leads.filter((a) => !seen.has(a.activityId) && seen.add(a.activityId)).slice(0, 6);
  const [done, doneLate, notFeasible, cancelled, underWay, oldDate] = picked.map((a) => a.id);
  Object.assign(marked, { done, doneLate, notFeasible, cancelled, underWay, oldDate });
  await db
    .update(assignments)
    .set({ status: 'done', progress: 100, completedOn: '2025-03-01' })
    .where(eq(assignments.id, done!));
  await db.update(assignments).set({ status: 'done_late', progress: 100 }).where(eq(assignments.id, doneLate!));
  await db.update(assignments).set({ status: 'not_feasible' }).where(eq(assignments.id, notFeasible!));
  await db.update(assignments).set({ cancelledAt: new Date() }).where(eq(assignments.id, cancelled!));
  await db
    .update(assignments)
    .set({ status: 'in_progress', progress: 40, resultText: 'Đã xây dựng dự thảo.', dueOn: '2025-06-30' })
    .where(eq(assignments.id, underWay!));
  await db.update(assignments).set({ dueOn: '2024-12-31' }).where(eq(assignments.id, oldDate!));
  // The coordinator's calendar: monthly reports too, due on the 20th; it holds next year as well.
  await db
    .update(plans)
    .set({
      reportingCalendar: {
        periods: ['month', 'Q1', 'H1', 'M9', 'Y'],
        window: { rule: 'cutoff', day: 14 },
        due: { rule: 'day_of_last_month', day: 20 },
        dueOverrides: {},
        levelDue: {},
      },
    })
    .where(eq(plans.id, source));
  // An activity with several milestones (II-5: a plan by 10/02, reports by 07/06 and 07/11): its first
  // milestone done, the others open.
  const [withMilestones] = await db
    .select({ id: assignmentMilestones.assignmentId })
    .from(assignmentMilestones)
    .innerJoin(assignments, eq(assignments.id, assignmentMilestones.assignmentId))
    .where(and(eq(assignments.planId, source), eq(assignmentMilestones.position, 2)))
    .limit(1);
  milestoneAssignment = withMilestones!.id;
  await db
    .update(assignmentMilestones)
    .set({ doneOn: '2025-02-08' })
    .where(and(eq(assignmentMilestones.assignmentId, milestoneAssignment), eq(assignmentMilestones.position, 0)));
  // A target whose figure the coordinator confirmed: the link goes with it.
  const [indicator] = await db.select().from(planIndicators).where(eq(planIndicators.planId, source)).limit(1);
  await db
    .update(planIndicators)
    .set({ figureKey: 'activities.on_time_rate', figureLink: 'confirmed' })
    .where(eq(planIndicators.id, indicator!.id));
});
afterAll(() => world.close());

/** The lead assignments of the source plan a unit still owes (not finished, not cancelled). */
async function owedLeads(planId: string) {
  const rows = await world.database.db
    .select()
    .from(assignments)
    .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
    .where(and(eq(assignments.planId, planId), eq(assignments.role, 'lead')));
  return rows.filter(
    (r) =>
      r.assignments.cancelledAt === null &&
      r.plan_activities.removedInVersion === null &&
      !['done', 'done_late', 'not_feasible'].includes(r.assignments.status),
  );
}

describe("next year's plan from a committed plan", () => {
  let created: Awaited<ReturnType<typeof createNextYearPlan>>;

  it('says beforehand how many activities carry over', async () => {
    const owed = await owedLeads(source);
    const preview = await previewNextYearPlan(coordinator, source);
    expect(preview).toMatchObject({
      fromPlan: { id: source, year: 2025 },
      name: 'Kế hoạch CCHC tỉnh Quảng Trị năm 2026',
      year: 2026,
      activities: new Set(owed.map((r) => r.plan_activities.id)).size,
      existing: null,
    });
    expect(preview.activities).toBeGreaterThan(0);
    expect(preview.deadlinesToSet).toBeGreaterThanOrEqual(1);
  });

  it('carries exactly the unfinished work, each assignment linked back to the one it continues', async () => {
    const db = world.database.db;
    const owed = await owedLeads(source);
    created = await createNextYearPlan(coordinator, source);
    expect(created).toMatchObject({ name: 'Kế hoạch CCHC tỉnh Quảng Trị năm 2026', year: 2026 });

    const [plan] = await db.select().from(plans).where(eq(plans.id, created.planId));
    expect(plan).toMatchObject({ year: 2026, currentVersion: 1, carriedFromPlanId: source, documentNumber: null });
    const carried = await db
      .select()
      .from(assignments)
      .where(and(eq(assignments.planId, created.planId), eq(assignments.role, 'lead')));
    // Every owed lead assignment, and nothing else, continues in the new plan.
    expect(carried.map((a) => a.carriedFromId).sort()).toEqual(owed.map((r) => r.assignments.id).sort());
    const carriedFrom = new Set(carried.map((a) => a.carriedFromId));
    for (const finished of [marked.done, marked.doneLate, marked.notFeasible, marked.cancelled])
      expect(carriedFrom.has(finished)).toBe(false);

    // The one under way keeps its progress and result; its date moves to the same day of 2026.
    const underWay = carried.find((a) => a.carriedFromId === marked.underWay)!;
    expect(underWay).toMatchObject({
      status: 'in_progress',
      progress: 40,
      resultText: 'Đã xây dựng dự thảo.',
      dueOn: '2026-06-30',
      note: 'Chuyển từ kế hoạch năm 2025.',
    });
    // A date of an earlier year has no place in 2026: left for the coordinator, and said so.
    const oldDate = carried.find((a) => a.carriedFromId === marked.oldDate)!;
    expect(oldDate.dueOn).toBeNull();
    expect(oldDate.note).toContain('cần được đặt lại cho năm 2026');
    // The old assignments are untouched: their evidence and history stay where they are.
    const [old] = await db.select().from(assignments).where(eq(assignments.id, marked.underWay));
    expect(old).toMatchObject({ status: 'in_progress', planId: source, cancelledAt: null });

    // Activities: the carried ones only, same keys, in the version's content too.
    const activities = await db.select().from(planActivities).where(eq(planActivities.planId, created.planId));
    expect(activities.length).toBe(created.activities);
    expect(new Set(activities.map((a) => a.activityKey))).toEqual(
      new Set(owed.map((r) => r.plan_activities.activityKey)),
    );
    const [version] = await db.select().from(planVersions).where(eq(planVersions.planId, created.planId));
    expect(version!.content.year).toBe(2026);
    expect(version!.content.activities.map((a) => a.id).sort()).toEqual(activities.map((a) => a.activityKey).sort());
    // The structure goes with it.
    const [sourceVersion] = await db.select().from(planVersions).where(eq(planVersions.planId, source));
    expect(version!.content.areas).toEqual(sourceVersion!.content.areas);
    expect(version!.content.columns).toEqual(sourceVersion!.content.columns);

    // Every target, with the figure link the coordinator confirmed.
    const before = await db.select().from(planIndicators).where(eq(planIndicators.planId, source));
    const after = await db.select().from(planIndicators).where(eq(planIndicators.planId, created.planId));
    expect(after.map((i) => [i.indicatorKey, i.figureKey, i.figureLink]).sort()).toEqual(
      before.map((i) => [i.indicatorKey, i.figureKey, i.figureLink]).sort(),
    );
    expect(after.some((i) => i.figureKey === 'activities.on_time_rate' && i.figureLink === 'confirmed')).toBe(true);
    // Its reporting periods are 2026's.
    const periods = await db.select().from(reportingPeriods).where(eq(reportingPeriods.planId, created.planId));
    expect(periods.length).toBeGreaterThan(0);
    expect(periods.every((p) => p.label.endsWith('2026') && p.dueOn.startsWith('2026'))).toBe(true);

    const trail = await auditTrailOf(db, 'plan', created.planId);
    expect(trail).toEqual([
      expect.objectContaining({
        action: 'plan.carryOver',
        actorId: coordinator.actor!.userId,
        after: expect.objectContaining({
          fromPlanId: source,
          fromYear: 2025,
          year: 2026,
          activities: created.activities,
        }),
      }),
    ]);
  });

  it('takes the reporting calendar, and the milestones still open moved to the new year', async () => {
    const db = world.database.db;
    const [plan] = await db.select().from(plans).where(eq(plans.id, created.planId));
    expect(plan!.reportingCalendar?.periods).toContain('month');
    const periods = await db.select().from(reportingPeriods).where(eq(reportingPeriods.planId, created.planId));
    expect(periods.filter((p) => p.kind === 'month')).toHaveLength(12);
    expect(periods.find((p) => p.code === 'Q1')?.dueOn).toBe('2026-03-20');

    const [next] = await db
      .select()
      .from(assignments)
      .where(and(eq(assignments.planId, created.planId), eq(assignments.carriedFromId, milestoneAssignment)));
    const old = await db
      .select()
      .from(assignmentMilestones)
      .where(eq(assignmentMilestones.assignmentId, milestoneAssignment))
      .orderBy(assignmentMilestones.position);
    const carried = await db
      .select()
      .from(assignmentMilestones)
      .where(eq(assignmentMilestones.assignmentId, next!.id))
      .orderBy(assignmentMilestones.position);
    // The done one stays with last year's assignment; the open ones go, a year later, with their labels.
    expect(carried.map((m) => [m.position, m.label, m.dueOn, m.doneOn])).toEqual(
      old.slice(1).map((m, i) => [i, m.label, m.dueOn.replace('2025-', '2026-'), null]),
    );
    expect(old).toHaveLength(3);
  });

  it("refuses a second next year's plan from the same plan, and says which one exists", async () => {
    await expect(createNextYearPlan(coordinator, source)).rejects.toMatchObject({
      code: 'NEXT_YEAR_PLAN_EXISTS',
      message: expect.stringContaining('Kế hoạch CCHC tỉnh Quảng Trị năm 2026'),
    });
    expect((await previewNextYearPlan(coordinator, source)).existing).toMatchObject({ id: created.planId });
  });

  it('makes one plan when two coordinators ask at the same moment', async () => {
    const other = (await commitQuangTriPlanAs(coordinator)).planId;
    const second = await world.actingAs('admin');
    const outcomes = await Promise.allSettled([
      createNextYearPlan(coordinator, other),
      createNextYearPlan(second, other),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({
      reason: expect.objectContaining({ code: 'NEXT_YEAR_PLAN_EXISTS' }),
    });
    const made = await world.database.db.select().from(plans).where(eq(plans.carriedFromPlanId, other));
    expect(made).toHaveLength(1);
  });

  it('is for coordinators and administrators only', async () => {
    for (const who of [await world.actingAs('leader'), await world.actingAs('reporter', 'QT.X.CAMLO')]) {
      await expect(previewNextYearPlan(who, source)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(createNextYearPlan(who, source)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(createNextYearPlan(world.anonymous, source)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('programmes and the comparison across years', () => {
  let programmeId: string;
  let nextPlan: string;

  beforeAll(async () => {
    nextPlan = (await world.database.db.select().from(plans).where(eq(plans.carriedFromPlanId, source)))[0]!.id;
  });

  it('groups yearly plans within its years, and refuses a plan of another year', async () => {
    const programme = await createProgramme(coordinator, {
      name: 'Chương trình thử 2025–2027',
      startYear: 2025,
      endYear: 2027,
    });
    programmeId = programme.id;
    await setPlanProgramme(coordinator, source, programmeId);
    await setPlanProgramme(coordinator, nextPlan, programmeId);
    const [outside] = await world.database.db
      .insert(plans)
      .values({ name: 'Kế hoạch 2030', year: 2030, currentVersion: 1 })
      .returning();
    await expect(setPlanProgramme(coordinator, outside!.id, programmeId)).rejects.toMatchObject({
      code: 'PLAN_YEAR_OUTSIDE_PROGRAMME',
    });
    // Its years cannot shrink past a plan it holds.
    await expect(
      updateProgramme(coordinator, programmeId, { name: 'Thu hẹp', startYear: 2026, endYear: 2027, version: 1 }),
    ).rejects.toMatchObject({ code: 'PROGRAMME_YEARS_EXCLUDE_PLANS' });
    await expect(
      createProgramme(await world.actingAs('leader'), { name: 'X', startYear: 2026, endYear: 2030 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('compares completion and on-time rates year by year: Σ numerator / Σ denominator, no value for a year with none', async () => {
    const db = world.database.db;
    world.clock.now = new Date('2027-01-10T03:00:00Z');
    // One carried assignment finished in 2026, on time.
    // Its own date, or else its activity's (moved to 2026 too).
    const carried = (
      await db
        .select()
        .from(assignments)
        .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
        .where(and(eq(assignments.planId, nextPlan), eq(assignments.role, 'lead')))
    )
      .filter((r) => (r.assignments.dueOn ?? r.plan_activities.dueOn)?.startsWith('2026'))
      .map((r) => r.assignments);
    await db
      .update(assignments)
      .set({ status: 'done', progress: 100, completedOn: '2026-03-01' })
      .where(eq(assignments.id, carried[0]!.id));

    const leader = await world.actingAs('leader');
    const view = await compareProgrammeYears(leader, programmeId, { by: 'area' });
    expect(view.years.map((y) => [y.year, y.plans.length])).toEqual([
      [2025, 1],
      [2026, 1],
      [2027, 0],
    ]);
    const total = view.rows.find((r) => r.kind === 'total')!;
    // 2026: every carried lead assignment with a date is due; one of them done.
    const due2026 = carried.length;
    expect(total.cells[1]).toEqual({
      year: 2026,
      completion: { numerator: 1, denominator: due2026, value: Math.round((1 / due2026) * 10000) / 100 },
      onTime: { numerator: 1, denominator: due2026, value: Math.round((1 / due2026) * 10000) / 100 },
    });
    // 2025: the source plan's lead work due in 2025 (not the 2024 date, not the not-feasible or cancelled one).
    const leads2025 = await db
      .select()
      .from(assignments)
      .where(
        and(
          eq(assignments.planId, source),
          eq(assignments.role, 'lead'),
          inArray(assignments.status, ['done', 'done_late']),
        ),
      );
    expect(total.cells[0]!.completion.numerator).toBe(leads2025.filter((a) => a.cancelledAt === null).length);
    expect(total.cells[0]!.onTime.numerator).toBe(1);
    // 2027 has no plan: no value, never 0 %.
    expect(total.cells[2]).toEqual({
      year: 2027,
      completion: { numerator: null, denominator: null, value: null },
      onTime: { numerator: null, denominator: null, value: null },
    });
    // An area's row counts only its activities.
    const areas = view.rows.filter((r) => r.kind === 'area');
    expect(areas.length).toBeGreaterThan(0);
    const sum = areas.reduce((s, r) => s + (r.cells[1]!.completion.denominator ?? 0), 0);
    expect(sum).toBeLessThanOrEqual(due2026);
  });

  it("shows a unit's reporter only their own unit's row", async () => {
    const reporter = await world.actingAs('reporter', 'QT.X.CAMLO');
    const camlo = await unitIdOf(world.database.db, 'QT.X.CAMLO');
    const own = await compareProgrammeYears(reporter, programmeId, { by: 'unit' });
    expect(own.rows.map((r) => r.key)).toEqual([camlo]);
    await expect(compareProgrammeYears(reporter, programmeId, { by: 'area' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const other = await unitIdOf(world.database.db, 'QT.X.DONGHA');
    await expect(compareProgrammeYears(reporter, programmeId, { by: 'unit', unitId: other })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    // A leader sees every unit leading some of the work.
    const all = await compareProgrammeYears(await world.actingAs('leader'), programmeId, { by: 'unit' });
    expect(all.rows.length).toBeGreaterThan(1);
    expect(all.rows.map((r) => r.key)).toContain(camlo);
  });
});
