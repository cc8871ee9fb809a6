/**
 * The figure catalogue on the demo province's tracked work (its plan in progress and the units' reports):
 * a unit's figures with their counts and sources, a level's as Σ numerator / Σ denominator of its units',
 * who may read which, and the scoring prefill filling the departments' linked criteria from them.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignments,
  planActivities,
  scoringEntries,
  scoringEvidence,
  scoringRounds,
} from '../../src/db/schema/index.js';
import { yearOf } from '../../src/domain/figures/period.js';
import type { FigureValue } from '../../src/domain/figures/values.js';
import type { ServiceContext } from '../../src/services/context.js';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { computeFigures } from '../../src/services/figures/compute-figures.js';
import { prefillUnit } from '../../src/services/scoring/prefill-unit.js';
import { unitIdOf } from '../support/actors.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

let world: UseCaseWorld;
let coordinator: ServiceContext;
let stpReporter: ServiceContext;
let stp: string;
const year = yearOf(2025);

const valueOf = (values: FigureValue[], key: string, unitId: string | null = null) =>
  values.find((v) => v.key === key && v.unitId === unitId)!;

beforeAll(async () => {
  world = await openUseCaseWorld();
  // The demo's plan in progress and its scoring rounds, of the clock's year (2025).
  await loadDemo(world.database.db, { files: world.files, now: world.clock.now });
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
  stpReporter = await world.actingAs('reporter', 'QT.STP');
  stp = await unitIdOf(world.database.db, 'QT.STP');
});
afterAll(() => world.close());

describe('a unit’s figures', () => {
  it('counts its lead work due so far and its reports, with where they come from', async () => {
    const { values } = await computeFigures(stpReporter, { scope: { unitId: stp }, period: year });
    const onTime = valueOf(values, 'activities.on_time_rate', stp);
    expect(onTime.denominator).toBeGreaterThan(0);
    expect(onTime.value).toBe(Math.round((onTime.numerator! / onTime.denominator!) * 10000) / 100);
    expect(onTime.source.link).toBe(`/nhiem-vu?unitId=${stp}&role=lead`);
    expect(onTime.source.label).toContain(`${onTime.numerator}/${onTime.denominator} nhiệm vụ chủ trì`);
    const reports = valueOf(values, 'reports.on_time_rate', stp);
    // Sở Tư pháp's report of the period just past went in on time (the demo's story); the one before was not sent.
    expect(reports).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(reports.source.link).toMatch(new RegExp(`^/bao-cao/[0-9a-f-]+/${stp}$`));
  });

  it('counts a lead assignment finished late as due but not on time', async () => {
    const figures = (await computeFigures(coordinator, { scope: { unitId: stp }, period: year })).values;
    const before = valueOf(figures, 'activities.on_time_rate', stp);
    const completedBefore = valueOf(figures, 'activities.completion_rate', stp);
    // One the figure counts: finished on time, due this year by today (its own date or its activity's).
    const [done] = await world.database.db
      .select({ id: assignments.id })
      .from(assignments)
      .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
      .where(
        and(
          eq(assignments.unitId, stp),
          eq(assignments.role, 'lead'),
          eq(assignments.status, 'done'),
          sql`coalesce(${assignments.dueOn}, ${planActivities.dueOn}) between '2025-01-01' and '2025-08-05'`,
        ),
      )
      .limit(1);
    await world.database.db.update(assignments).set({ status: 'done_late' }).where(eq(assignments.id, done!.id));
    const after = (await computeFigures(coordinator, { scope: { unitId: stp }, period: year })).values;
    expect(valueOf(after, 'activities.on_time_rate', stp)).toMatchObject({
      numerator: before.numerator! - 1,
      denominator: before.denominator,
    });
    expect(valueOf(after, 'activities.completion_rate', stp).numerator).toBe(completedBefore.numerator);
    await world.database.db.update(assignments).set({ status: 'done' }).where(eq(assignments.id, done!.id));
  });

  it('gives no data, not 0, where nothing was due', async () => {
    const { values } = await computeFigures(coordinator, {
      scope: { unitId: stp },
      period: { from: '2031-01-01', to: '2031-12-31' },
    });
    // The keys that gave a value, so a failure names the figure.
    expect(values.filter((v) => v.value !== null).map((v) => v.key)).toEqual([]);
  });
});

describe('a level’s figures', () => {
  it('are Σ numerator / Σ denominator of its units’ figures', async () => {
    const { values, units } = await computeFigures(coordinator, {
      keys: ['activities.on_time_rate', 'reports.submitted_count'],
      scope: { level: 'departments' },
      period: year,
    });
    const rates = units.filter((v) => v.key === 'activities.on_time_rate' && v.denominator! > 0);
    const numerator = rates.reduce((s, v) => s + v.numerator!, 0);
    const denominator = rates.reduce((s, v) => s + v.denominator!, 0);
    expect(rates.length).toBeGreaterThan(1);
    expect(valueOf(values, 'activities.on_time_rate')).toMatchObject({
      unitId: null,
      numerator,
      denominator,
      value: Math.round((numerator / denominator) * 10000) / 100,
      unitsCovered: rates.length,
    });
    const counts = units.filter((v) => v.key === 'reports.submitted_count' && v.value !== null);
    expect(valueOf(values, 'reports.submitted_count').value).toBe(counts.reduce((s, v) => s + v.value!, 0));
  });
});

describe('who may read figures', () => {
  it('lets a unit’s reporter read only their own unit, never a level', async () => {
    const camLo = await unitIdOf(world.database.db, 'QT.X.CAMLO');
    await expect(computeFigures(stpReporter, { scope: { unitId: camLo }, period: year })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(computeFigures(stpReporter, { scope: { level: 'province' }, period: year })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const leader = await world.actingAs('leader');
    await expect(computeFigures(leader, { scope: { level: 'communes' }, period: year })).resolves.toBeTruthy();
  });
});

describe('scores that fill themselves', () => {
  it('fills the departments’ criteria about activities and reports on time from the unit’s figures', async () => {
    const [round] = await world.database.db
      .select({ id: scoringRounds.id })
      .from(scoringRounds)
      .where(eq(scoringRounds.name, 'Chỉ số CCHC các sở, ban, ngành năm 2025'));
    const { values } = await computeFigures(stpReporter, { scope: { unitId: stp }, period: year });
    const result = await prefillUnit(stpReporter, round!.id, stp);
    const activities = valueOf(values, 'activities.on_time_rate', stp);
    const reports = valueOf(values, 'reports.on_time_rate', stp);
    expect(result.prefilled).toEqual(
      expect.arrayContaining([
        { code: '1.1.3', value: activities.value, label: activities.source.label, link: activities.source.link },
        { code: '1.2', value: reports.value, label: reports.source.label, link: reports.source.link },
      ]),
    );
    const entries = await world.database.db
      .select({ code: scoringEntries.code, selfEntry: scoringEntries.selfEntry })
      .from(scoringEntries)
      .where(and(eq(scoringEntries.roundId, round!.id), eq(scoringEntries.unitId, stp)));
    expect(entries.find((e) => e.code === '1.1.3')?.selfEntry).toMatchObject({ value: activities.value });
    expect(entries.find((e) => e.code === '1.2')?.selfEntry).toMatchObject({ value: reports.value });
    const evidence = await world.database.db
      .select({ code: scoringEvidence.code, label: scoringEvidence.label, url: scoringEvidence.url })
      .from(scoringEvidence)
      .where(and(eq(scoringEvidence.roundId, round!.id), eq(scoringEvidence.unitId, stp)));
    expect(evidence).toEqual(
      expect.arrayContaining([
        { code: '1.1.3', label: `Số liệu theo dõi trên cchc: ${activities.source.label}`, url: activities.source.link },
        { code: '1.2', label: `Số liệu theo dõi trên cchc: ${reports.source.label}`, url: reports.source.link },
      ]),
    );
  });
});
