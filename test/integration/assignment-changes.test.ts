import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, auditLog, units } from '../../src/db/schema/index.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';
import { commitQuangTriPlan } from '../support/plan.js';

let api: TestApi;
let coordinator: Client;
const unitId = async (code: string) =>
  (await api.database.db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;
const leadOf = async (code: string) =>
  api.database.db
    .select()
    .from(assignments)
    .where(
      and(eq(assignments.unitId, await unitId(code)), eq(assignments.role, 'lead'), isNull(assignments.cancelledAt)),
    );

/** The units holding an activity: `anyRole` counts cooperating units too (neither can be given it again). */
const holders = async (activityId: string, anyRole = true) =>
  new Set(
    (
      await api.database.db
        .select({ unitId: assignments.unitId })
        .from(assignments)
        .where(
          and(
            eq(assignments.activityId, activityId),
            anyRole ? undefined : eq(assignments.role, 'lead'),
            isNull(assignments.cancelledAt),
          ),
        )
    ).map((a) => a.unitId),
  );
/**
 * The first of a unit's lead assignments whose activity at least `count` of `unitIds` do not hold yet
 * (rows come back in no fixed order, and lines given to "every unit" leave no one to add).
 */
const leadLeaving = async (code: string, unitIds: string[], { count = unitIds.length, anyRole = true } = {}) => {
  for (const lead of await leadOf(code)) {
    const held = await holders(lead.activityId, anyRole);
    const free = unitIds.filter((id) => !held.has(id));
    if (free.length >= count) return { lead, free };
  }
  throw new Error(`no lead assignment of ${code} leaves ${count} units free`);
};
const CANDIDATES = ['QT.VP', 'QT.BQLKKT', 'QT.CAMLO.TT', 'QT.GIOLINH.TT', 'QT.HAILANG.HAIPHU', 'QT.TRIEUPHONG.AITU'];

beforeAll(async () => {
  api = await createTestApi();
  // Committed before the March 2025 mergers: Sở Thông tin và Truyền thông still leads its lines.
  api.clock.now = new Date('2025-01-20T03:00:00Z');
  coordinator = await api.signIn('snv.cchc');
  await commitQuangTriPlan(coordinator);
});
afterAll(() => api.close());

describe("the coordinator's changes to assignments", () => {
  it('hands a merged unit’s work to its successor, carrying the progress forward', async () => {
    const { lead: old } = await leadLeaving('QT.STTTT', [await unitId('QT.SKHCN')], { anyRole: false });
    await api.database.db
      .update(assignments)
      .set({ status: 'in_progress', progress: 40 })
      .where(eq(assignments.id, old.id));
    api.clock.now = new Date('2025-03-10T03:00:00Z');
    coordinator = await api.signIn('snv.cchc');
    const result = await body(
      await coordinator.send('POST', '/api/assignment-changes', { type: 'follow_successor', assignmentId: old.id }),
    );
    expect(result.cancelled).toEqual([old.id]);
    const [carried] = await api.database.db.select().from(assignments).where(eq(assignments.id, result.created[0]));
    expect(carried).toMatchObject({
      unitId: await unitId('QT.SKHCN'),
      carriedFromId: old.id,
      status: 'in_progress',
      progress: 40,
    });
    const [cancelled] = await api.database.db.select().from(assignments).where(eq(assignments.id, old.id));
    expect(cancelled!.cancelledAt).not.toBeNull();
  });

  it('reassigns and cancels only with a reason, audited; refuses a unit that does not exist any more', async () => {
    const { lead: work } = await leadLeaving('QT.STP', await Promise.all(CANDIDATES.map(unitId)), { count: 3 });
    const noReason = await coordinator.send('POST', '/api/assignment-changes', {
      type: 'cancel',
      assignmentId: work.id,
      reason: '',
    });
    expect(noReason.status).toBe(400);
    const toDefunct = await coordinator.send('POST', '/api/assignment-changes', {
      type: 'reassign',
      assignmentId: work.id,
      toUnitId: await unitId('QT.SKHDT'),
      reason: 'Chuyển cho đơn vị phụ trách',
    });
    expect(toDefunct.status, await toDefunct.clone().text()).toBe(422);
    expect((await body(toDefunct)).message).toContain('không hoạt động');
    const leadsNow = await holders(work.activityId);
    const candidates = await Promise.all(CANDIDATES.map(unitId));
    const target = candidates.find((id) => !leadsNow.has(id))!;
    const moved = await body(
      await coordinator.send('POST', '/api/assignment-changes', {
        type: 'reassign',
        assignmentId: work.id,
        toUnitId: target,
        reason: 'Giao lại theo chỉ đạo của UBND tỉnh',
      }),
    );
    expect(moved.created, JSON.stringify(moved)).toHaveLength(1);
    const [entry] = await api.database.db.select().from(auditLog).where(eq(auditLog.action, 'planActivity.reassign'));
    expect(entry!.reason).toBe('Giao lại theo chỉ đạo của UBND tỉnh');

    const others = candidates.filter((id) => id !== target && !leadsNow.has(id)).slice(0, 2);
    const split = await body(
      await coordinator.send('POST', '/api/assignment-changes', {
        type: 'split',
        assignmentId: moved.created[0],
        toUnitIds: others,
        reason: 'Chia theo lĩnh vực',
      }),
    );
    expect(split.created, JSON.stringify(split)).toHaveLength(2);
    const reporter = await api.signIn('stp.baocao');
    expect(
      (
        await reporter.send('POST', '/api/assignment-changes', {
          type: 'cancel',
          assignmentId: split.created[0],
          reason: 'Tự hủy',
        })
      ).status,
    ).toBe(403);
  });

  it('adds a unit to an activity', async () => {
    const { lead: line } = await leadLeaving('QT.SNV', [await unitId('QT.STC')]);
    const added = await coordinator.send('POST', '/api/assignment-changes', {
      type: 'add',
      activityId: line.activityId,
      unitId: await unitId('QT.STC'),
      reason: 'Bổ sung đơn vị chủ trì',
    });
    expect(added.status).toBe(201);
  });
});

describe('two coordinators changing the same activity at once', () => {
  const activeLeads = async (activityId: string) =>
    (
      await api.database.db
        .select({ unitId: assignments.unitId })
        .from(assignments)
        .where(
          and(eq(assignments.activityId, activityId), eq(assignments.role, 'lead'), isNull(assignments.cancelledAt)),
        )
    ).map((a) => a.unitId);

  it('lets exactly one of two simultaneous reassignments of a task through, the other gets 409', async () => {
    const admin = await api.signIn('quantri');
    // Several tasks, so a race that happens to serialise once cannot hide the bug.
    const candidates = await Promise.all(CANDIDATES.map(unitId));
    for (const code of ['QT.SYT', 'QT.SCT', 'QT.SGDDT']) {
      const { lead: task, free } = await leadLeaving(code, candidates, { count: 2 });
      const [first, second] = free;
      const answers = await Promise.all([
        coordinator.send('POST', '/api/assignment-changes', {
          type: 'reassign',
          assignmentId: task.id,
          toUnitId: first,
          reason: 'Giao lại (điều phối viên)',
        }),
        admin.send('POST', '/api/assignment-changes', {
          type: 'reassign',
          assignmentId: task.id,
          toUnitId: second,
          reason: 'Giao lại (quản trị)',
        }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const refused = await body(answers.find((a) => a.status === 409)!);
      expect(refused.message).toMatch(/đã bị hủy|vừa được người khác thay đổi/);
      const leads = await activeLeads(task.activityId);
      expect(leads).not.toContain(task.unitId);
      expect(leads.filter((id) => id === first || id === second)).toHaveLength(1);
    }
  });

  it('lets exactly one of two simultaneous additions of the same unit through', async () => {
    const { lead: line, free } = await leadLeaving('QT.SXD', await Promise.all(CANDIDATES.map(unitId)), { count: 1 });
    const target = free[0];
    const admin = await api.signIn('quantri');
    const change = { type: 'add', activityId: line.activityId, unitId: target, reason: 'Bổ sung đơn vị chủ trì' };
    const answers = await Promise.all([
      coordinator.send('POST', '/api/assignment-changes', change),
      admin.send('POST', '/api/assignment-changes', change),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect((await activeLeads(line.activityId)).filter((id) => id === target)).toHaveLength(1);
  });

  it('keeps one active lead assignment per activity and unit in the database itself', async () => {
    const [line] = await leadOf('QT.SXD');
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = line!;
    await expect(api.database.db.insert(assignments).values(copy)).rejects.toThrow();
    // A cancelled copy is history, not a second lead.
    await api.database.db.insert(assignments).values({ ...copy, cancelledAt: new Date(), cancelReason: 'Bản cũ' });
  });
});
