/**
 * Years and programmes over HTTP: next year's plan made by a coordinator (refused to a leader, a unit's
 * reporter and a logged-out client, with nothing written), the carried assignment linking back to last
 * year's, next year's document uploaded against it showing what it adds; programmes and the comparison across
 * years, a unit's reporter seeing only their own unit's row.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, plans } from '../../src/db/schema/index.js';
import { shiftPlanYears } from '../../src/domain/demo/demo-timeline.js';
import { unitIdOf } from '../support/actors.js';
import { body, type Client } from '../support/api.js';
import { withCommittedPlan, type CommittedPlan } from '../support/plan.js';

let world: CommittedPlan;
let leader: Client;
let dongha: Client;
let donghaUnitId: string;
let next: { planId: string; activities: number; year: number };

beforeAll(async () => {
  world = await withCommittedPlan();
  leader = await world.api.signIn('lanhdao');
  dongha = await world.api.signIn('dongha.baocao');
  donghaUnitId = await unitIdOf(world.api.database.db, 'QT.X.DONGHA');
  // Cam Lộ finished one of its lines in 2025: that one stays behind.
  const db = world.api.database.db;
  const [first] = await db
    .select()
    .from(assignments)
    .where(
      and(
        eq(assignments.planId, world.planId),
        eq(assignments.unitId, world.camloUnitId),
        eq(assignments.role, 'lead'),
      ),
    )
    .limit(1);
  await db
    .update(assignments)
    .set({ status: 'done', progress: 100, completedOn: '2025-06-01' })
    .where(eq(assignments.id, first!.id));
});
afterAll(() => world.api.close());

const planCount = async () => (await world.api.database.db.select({ id: plans.id }).from(plans)).length;

describe("next year's plan over HTTP", () => {
  it('is refused, with nothing written, to a leader, a unit reporter and a logged-out client', async () => {
    const before = await planCount();
    for (const client of [leader, dongha]) {
      const preview = await client.get(`/api/plans/${world.planId}/next-year`);
      expect(preview.status).toBe(403);
      expect(await body(preview)).toEqual({
        code: 'FORBIDDEN',
        message: 'Bạn không có quyền thực hiện lập kế hoạch năm sau.',
      });
      const made = await client.send('POST', `/api/plans/${world.planId}/next-year`, {});
      expect(made.status).toBe(403);
      expect((await body(made)).code).toBe('FORBIDDEN');
    }
    const anonymous = await world.api.anonymous.send('POST', `/api/plans/${world.planId}/next-year`, {});
    expect(anonymous.status).toBe(401);
    expect((await body(anonymous)).code).toBe('UNAUTHENTICATED');
    expect(await planCount()).toBe(before);
  });

  it('shows the coordinator what will carry, then makes the plan once', async () => {
    const preview = await body(await world.coordinator.get(`/api/plans/${world.planId}/next-year`));
    expect(preview).toMatchObject({ year: 2026, existing: null, name: 'Kế hoạch CCHC tỉnh Quảng Trị năm 2026' });
    expect(preview.activities).toBeGreaterThan(0);

    const made = await world.coordinator.send('POST', `/api/plans/${world.planId}/next-year`, {});
    expect(made.status).toBe(201);
    next = await body(made);
    expect(next).toMatchObject({ year: 2026, activities: preview.activities, assignments: preview.assignments });

    const again = await world.coordinator.send('POST', `/api/plans/${world.planId}/next-year`, {});
    expect(again.status).toBe(409);
    expect(await body(again)).toEqual({
      code: 'NEXT_YEAR_PLAN_EXISTS',
      message:
        'Kế hoạch năm 2026 đã được lập từ kế hoạch này ("Kế hoạch CCHC tỉnh Quảng Trị năm 2026"); mỗi kế hoạch chỉ lập kế hoạch năm sau một lần.',
    });
    const detail = await body(await world.coordinator.get(`/api/plans/${next.planId}`));
    expect(detail.plan).toMatchObject({ year: 2026, carriedFromPlanId: world.planId, currentVersion: 1 });
  });

  it("shows the unit its carried task as coming from the 2025 plan, linked to last year's", async () => {
    const list = await body(await world.camlo.get(`/api/assignments?planId=${next.planId}&role=lead`));
    expect(list.items.length).toBeGreaterThan(0);
    const detail = await body(await world.camlo.get(`/api/assignments/${list.items[0].id}`));
    expect(detail.note).toContain('Chuyển từ kế hoạch năm 2025');
    expect(detail.carriedFrom).toMatchObject({ planId: world.planId, planYear: 2025 });
    // The old one is still the unit's own, readable with its history.
    const old = await world.camlo.get(`/api/assignments/${detail.carriedFrom.id}`);
    expect(old.status).toBe(200);
    expect((await body(old)).planId).toBe(world.planId);
    // Another unit's reporter reads neither.
    expect((await dongha.get(`/api/assignments/${list.items[0].id}`)).status).toBe(403);
  });

  it("reviews next year's document against the carried plan: what it adds shows in the diff", async () => {
    // Next year's document: the same plan, its years moved on by one.
    const text = shiftPlanYears(
      await readFile(join(import.meta.dirname, '../fixtures/plans/quang-tri-2025.txt'), 'utf8'),
      1,
    );
    const uploaded = await world.coordinator.upload(
      `/api/plan-imports?basePlanId=${next.planId}&asOf=2026-01-15`,
      new Blob([text]),
      'ke-hoach-2026.txt',
    );
    expect(uploaded.status).toBe(201);
    const draft = await body(uploaded);
    expect(draft.basePlanId).toBe(next.planId);
    // The document has every line; the carried plan only the unfinished ones: the rest are additions.
    expect(draft.diff.added.length).toBeGreaterThan(0);
    expect(draft.diff.added.length + draft.diff.changed.length + draft.diff.unchanged).toBe(
      draft.content.activities.length,
    );

    // Committed as version 2: the carried work on lines the document keeps goes on, linked to last year's.
    const committed = await world.coordinator.send('POST', `/api/plan-imports/${draft.id}/commit`, {
      version: draft.version,
      name: 'Kế hoạch CCHC tỉnh Quảng Trị năm 2026',
    });
    expect(committed.status).toBe(201);
    expect((await body(committed)).plan).toMatchObject({ currentVersion: 2, year: 2026 });
    const carried = await world.api.database.db
      .select()
      .from(assignments)
      .where(and(eq(assignments.planId, next.planId), eq(assignments.unitId, world.camloUnitId)));
    const live = carried.filter((a) => a.cancelledAt === null && a.carriedFromId !== null);
    expect(live.length).toBeGreaterThan(0);
  });
});

describe('programmes and the comparison across years over HTTP', () => {
  let programmeId: string;

  it('lets a coordinator make a programme and put the plans in it; a leader may not', async () => {
    const refused = await leader.send('POST', '/api/programmes', { name: 'X', startYear: 2025, endYear: 2026 });
    expect(refused.status).toBe(403);
    expect((await body(refused)).code).toBe('FORBIDDEN');
    const invalid = await world.coordinator.send('POST', '/api/programmes', {
      name: 'Ngược',
      startYear: 2030,
      endYear: 2026,
    });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(await body(invalid))).toContain('Năm kết thúc phải không trước năm bắt đầu.');

    const created = await world.coordinator.send('POST', '/api/programmes', {
      name: 'Chương trình CCHC 2025–2026',
      startYear: 2025,
      endYear: 2026,
    });
    expect(created.status).toBe(201);
    programmeId = (await body(created)).id;
    for (const planId of [world.planId, next.planId]) {
      const set = await world.coordinator.send('PUT', `/api/plans/${planId}/programme`, { programmeId });
      expect(set.status).toBe(200);
      expect((await body(set)).programmeId).toBe(programmeId);
    }
    expect((await leader.send('PUT', `/api/plans/${world.planId}/programme`, { programmeId: null })).status).toBe(403);
    const listed = await body(await dongha.get('/api/programmes'));
    expect(listed[0].plans.map((p: { year: number }) => p.year)).toEqual([2025, 2026]);
  });

  it('lets a leader compare the years by area and by unit', async () => {
    // Both years are over (a session does not outlive the clock's jump: sign in again).
    world.api.clock.now = new Date('2027-01-05T03:00:00Z');
    leader = await world.api.signIn('lanhdao');
    dongha = await world.api.signIn('dongha.baocao');
    const byArea = await body(await leader.get(`/api/programmes/${programmeId}/comparison?by=area`));
    expect(byArea.years.map((y: { year: number }) => y.year)).toEqual([2025, 2026]);
    const total = byArea.rows[0];
    expect(total.kind).toBe('total');
    // Work was due in both years; one line was finished in 2025, nothing yet in 2026.
    expect(total.cells[0].completion.numerator).toBe(1);
    expect(total.cells[0].completion.denominator).toBeGreaterThan(0);
    expect(total.cells[1].completion).toMatchObject({ numerator: 0, value: 0 });
    const byUnit = await body(await leader.get(`/api/programmes/${programmeId}/comparison?by=unit`));
    expect(byUnit.rows.map((r: { key: string }) => r.key)).toContain(world.camloUnitId);
  });

  it("shows a unit's reporter only their own unit's row, and refuses them the areas and other units", async () => {
    const own = await dongha.get(`/api/programmes/${programmeId}/comparison?by=unit`);
    expect(own.status).toBe(200);
    const text = await own.text();
    expect(JSON.parse(text).rows.map((r: { key: string }) => r.key)).toEqual([donghaUnitId]);
    expect(text).not.toContain(world.camloUnitId);
    const areas = await dongha.get(`/api/programmes/${programmeId}/comparison?by=area`);
    expect(areas.status).toBe(403);
    expect((await body(areas)).code).toBe('FORBIDDEN');
    const other = await dongha.get(`/api/programmes/${programmeId}/comparison?by=unit&unitId=${world.camloUnitId}`);
    expect(other.status).toBe(403);
    expect(await body(other)).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await world.api.anonymous.get(`/api/programmes/${programmeId}/comparison`);
    expect(anonymous.status).toBe(401);
  });
});
