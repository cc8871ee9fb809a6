import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, auditLog, units } from '../../src/db/schema/index.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';
import { commitQuangTriPlan } from '../support/plan.js';

let api: TestApi;
let coordinator: Client;
const unitId = async (code: string) => (await api.database.db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;
const leadOf = async (code: string) =>
  api.database.db.select().from(assignments).where(and(eq(assignments.unitId, await unitId(code)), eq(assignments.role, 'lead'), isNull(assignments.cancelledAt)));

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
    const [old] = await leadOf('QT.STTTT');
    expect(old).toBeTruthy();
    await api.database.db.update(assignments).set({ status: 'in_progress', progress: 40 }).where(eq(assignments.id, old!.id));
    api.clock.now = new Date('2025-03-10T03:00:00Z');
    coordinator = await api.signIn('snv.cchc');
    const result = await body(await coordinator.send('POST', '/api/assignment-changes', { type: 'follow_successor', assignmentId: old!.id }));
    expect(result.cancelled).toEqual([old!.id]);
    const [carried] = await api.database.db.select().from(assignments).where(eq(assignments.id, result.created[0]));
    expect(carried).toMatchObject({ unitId: await unitId('QT.SKHCN'), carriedFromId: old!.id, status: 'in_progress', progress: 40 });
    const [cancelled] = await api.database.db.select().from(assignments).where(eq(assignments.id, old!.id));
    expect(cancelled!.cancelledAt).not.toBeNull();
  });

  it('reassigns and cancels only with a reason, audited; refuses a unit that does not exist any more', async () => {
    const [work] = await leadOf('QT.STP');
    const noReason = await coordinator.send('POST', '/api/assignment-changes', { type: 'cancel', assignmentId: work!.id, reason: '' });
    expect(noReason.status).toBe(400);
    const toDefunct = await coordinator.send('POST', '/api/assignment-changes', { type: 'reassign', assignmentId: work!.id, toUnitId: await unitId('QT.SKHDT'), reason: 'Chuyển cho đơn vị phụ trách' });
    expect(toDefunct.status).toBe(422);
    expect((await body(toDefunct)).message).toContain('không hoạt động');
    const leadsNow = new Set((await api.database.db.select({ unitId: assignments.unitId }).from(assignments).where(and(eq(assignments.activityId, work!.activityId), isNull(assignments.cancelledAt)))).map((a) => a.unitId));
    const candidates = await Promise.all(['QT.VP', 'QT.BQLKKT', 'QT.CAMLO.TT', 'QT.GIOLINH.TT', 'QT.HAILANG.HAIPHU', 'QT.TRIEUPHONG.AITU'].map(unitId));
    const target = candidates.find((id) => !leadsNow.has(id))!;
    const moved = await body(await coordinator.send('POST', '/api/assignment-changes', { type: 'reassign', assignmentId: work!.id, toUnitId: target, reason: 'Giao lại theo chỉ đạo của UBND tỉnh' }));
    expect(moved.created, JSON.stringify(moved)).toHaveLength(1);
    const [entry] = await api.database.db.select().from(auditLog).where(eq(auditLog.action, 'assignment_reassign'));
    expect(entry!.reason).toBe('Giao lại theo chỉ đạo của UBND tỉnh');

    const others = candidates.filter((id) => id !== target && !leadsNow.has(id)).slice(0, 2);
    const split = await body(await coordinator.send('POST', '/api/assignment-changes', { type: 'split', assignmentId: moved.created[0], toUnitIds: others, reason: 'Chia theo lĩnh vực' }));
    expect(split.created).toHaveLength(2);
    const reporter = await api.signIn('stp.baocao');
    expect((await reporter.send('POST', '/api/assignment-changes', { type: 'cancel', assignmentId: split.created[0], reason: 'Tự hủy' })).status).toBe(403);
  });

  it('adds a unit to an activity', async () => {
    const [line] = await leadOf('QT.SNV');
    const added = await coordinator.send('POST', '/api/assignment-changes', { type: 'add', activityId: line!.activityId, unitId: await unitId('QT.STC'), reason: 'Bổ sung đơn vị chủ trì' });
    expect(added.status).toBe(201);
  });
});
