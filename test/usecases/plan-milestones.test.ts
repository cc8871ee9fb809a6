/**
 * Several due dates in one deadline cell, through the use cases on the real Quảng Trị plan: committing gives
 * the lead assignment one tracked milestone each (II.5 for a department: the plan by 10/02, the 6-month report
 * by 07/6, the year report by 07/11), its due date is the next open one (overdue follows it), the unit marks
 * them done, reminders name the late milestone, a revised version keeps what was done, and a second unit
 * neither sees nor marks another unit's milestones.
 */
import { contentOfBytes } from '../../src/files/upload-content.js';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignmentMilestones, assignments, notifications, planActivities } from '../../src/db/schema/index.js';
import type { ServiceContext } from '../../src/services/context.js';
import { runReminders } from '../../src/services/notifications/run-reminders.js';
import { commitPlanImport } from '../../src/services/plans/commit-plan-import.js';
import { uploadPlanDocument } from '../../src/services/plans/upload-plan-document.js';
import { getAssignment } from '../../src/services/reporting/get-assignment.js';
import { listAssignments } from '../../src/services/reporting/list-assignments.js';
import { markMilestone } from '../../src/services/reporting/mark-milestone.js';
import { auditTrailOf } from '../support/audit.js';
import { commitQuangTriPlanAs, leadAssignmentsOf } from '../support/plan.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';
import { readFile } from 'node:fs/promises';

let world: UseCaseWorld;
let coordinator: ServiceContext;
let stp: ServiceContext;
let camlo: ServiceContext;
let planId: string;

beforeAll(async () => {
  world = await openUseCaseWorld();
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
  ({ planId } = await commitQuangTriPlanAs(coordinator));
  stp = await world.actingAs('reporter', 'QT.STP');
  camlo = await world.actingAs('reporter', 'QT.X.CAMLO');
});
afterAll(() => world.close());

async function assignmentOf(unitCode: string, activityKey: string) {
  const leads = await leadAssignmentsOf(world.database.db, planId, unitCode);
  const [activity] = await world.database.db
    .select({ id: planActivities.id })
    .from(planActivities)
    .where(and(eq(planActivities.planId, planId), eq(planActivities.activityKey, activityKey)));
  const found = leads.find((a) => a.activityId === activity!.id);
  if (!found) throw new Error(`${unitCode} does not lead ${activityKey}`);
  return found;
}

describe('milestones of an assignment', () => {
  it('gives each lead unit the milestones of its level at commit, due on the first', async () => {
    const pbgdpl = await assignmentOf('QT.STP', 'II-5');
    const detail = await getAssignment(stp, pbgdpl.id);
    expect(detail.milestones.map(({ label, dueOn, doneOn }) => ({ label, dueOn, doneOn }))).toEqual([
      { label: 'Kế hoạch', dueOn: '2025-02-10', doneOn: null },
      { label: 'Báo cáo 6 tháng', dueOn: '2025-06-07', doneOn: null },
      { label: 'Báo cáo năm', dueOn: '2025-11-07', doneOn: null },
    ]);
    expect(detail.dueOn).toBe('2025-02-10');
    expect(detail.overdue).toBe(true);

    // "Quý II và Quý IV/2025" for the merged Sở KH&ĐT goes to its successor with both quarters.
    const dialogue = await assignmentOf('QT.STC', 'VI-6');
    expect(dialogue.dueOn).toBe('2025-06-30');
    const rows = await world.database.db
      .select({ label: assignmentMilestones.label, dueOn: assignmentMilestones.dueOn })
      .from(assignmentMilestones)
      .where(eq(assignmentMilestones.assignmentId, dialogue.id))
      .orderBy(assignmentMilestones.position);
    expect(rows).toEqual([
      { label: 'Quý II/2025', dueOn: '2025-06-30' },
      { label: 'Quý IV/2025', dueOn: '2025-12-31' },
    ]);

    // One due date: no milestones (a commune's line).
    const [communeWork] = await leadAssignmentsOf(world.database.db, planId, 'QT.X.CAMLO');
    expect((await getAssignment(camlo, communeWork!.id)).milestones).toEqual([]);
  });

  it('moves the due date to the next open milestone as the unit marks them done, audited', async () => {
    const pbgdpl = await assignmentOf('QT.STP', 'II-5');
    let detail = await getAssignment(stp, pbgdpl.id);
    detail = await markMilestone(stp, pbgdpl.id, detail.milestones[0]!.id, {
      version: detail.version,
      done: true,
      doneOn: '2025-02-05',
    });
    expect(detail.milestones[0]!.doneOn).toBe('2025-02-05');
    expect(detail.dueOn).toBe('2025-06-07');
    expect(detail.overdue).toBe(true); // the 6-month report is late on 05/8
    detail = await markMilestone(stp, pbgdpl.id, detail.milestones[1]!.id, {
      version: detail.version,
      done: true,
      doneOn: null,
    });
    expect(detail.milestones[1]!.doneOn).toBe('2025-08-05');
    expect(detail.dueOn).toBe('2025-11-07');
    expect(detail.overdue).toBe(false);
    const listed = await listAssignments(stp, { page: 1, pageSize: 100, due: 'overdue' });
    expect(listed.items.map((i) => i.id)).not.toContain(pbgdpl.id);

    const trail = await auditTrailOf(world.database.db, 'assignment', pbgdpl.id);
    expect(trail.map((t) => t.action)).toEqual(['assignment.markMilestone', 'assignment.markMilestone']);
    expect(trail.find((t) => JSON.stringify(t.after).includes('6 tháng'))).toMatchObject({
      action: 'assignment.markMilestone',
      after: expect.objectContaining({ label: 'Báo cáo 6 tháng', doneOn: '2025-08-05', dueOn: '2025-11-07' }),
    });
    // A date after today is refused, and a stale version too.
    await expect(
      markMilestone(stp, pbgdpl.id, detail.milestones[2]!.id, {
        version: detail.version,
        done: true,
        doneOn: '2025-09-01',
      }),
    ).rejects.toMatchObject({ code: 'MILESTONE_IN_FUTURE' });
    await expect(
      markMilestone(stp, pbgdpl.id, detail.milestones[2]!.id, { version: 1, done: true, doneOn: null }),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
  });

  it('keeps another unit out of a unit’s milestones', async () => {
    const pbgdpl = await assignmentOf('QT.STP', 'II-5');
    const before = await world.database.db
      .select()
      .from(assignmentMilestones)
      .where(eq(assignmentMilestones.assignmentId, pbgdpl.id));
    await expect(getAssignment(camlo, pbgdpl.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      markMilestone(camlo, pbgdpl.id, before[2]!.id, { version: pbgdpl.version, done: true, doneOn: null }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const listed = await listAssignments(camlo, { page: 1, pageSize: 100 });
    expect(listed.items.every((i) => i.unitName.includes('Cam Lộ'))).toBe(true);
    expect(listed.items.flatMap((i) => i.milestones)).toEqual([]);
    expect(
      await world.database.db
        .select()
        .from(assignmentMilestones)
        .where(eq(assignmentMilestones.assignmentId, pbgdpl.id)),
    ).toEqual(before);
  });

  it('reminds the unit of a late milestone by its name, once', async () => {
    const pbgdpl = await assignmentOf('QT.STP', 'II-5');
    world.clock.now = new Date('2025-11-14T03:00:00Z'); // a week after the year report was due
    await runReminders(world.database.db, world.clock.now);
    const mine = await world.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, stp.actor!.userId), eq(notifications.link, `/nhiem-vu/${pbgdpl.id}`)));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.title).toContain('Quá hạn 7 ngày');
    expect(mine[0]!.title).toContain('(Báo cáo năm)');
    expect(mine[0]!.body).toContain('Mốc "Báo cáo năm"');
    expect(mine[0]!.body).toContain('07/11/2025');
    expect(await runReminders(world.database.db, world.clock.now)).toMatchObject({ inApp: 0 });
    // Cam Lộ's reporter is not told about Sở Tư pháp's milestone.
    const theirs = await world.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, camlo.actor!.userId), eq(notifications.link, `/nhiem-vu/${pbgdpl.id}`)));
    expect(theirs).toEqual([]);
    world.clock.now = new Date('2025-08-05T03:00:00Z');
  });

  it('keeps done milestones done in a revised version, and follows a moved date', async () => {
    const pbgdpl = await assignmentOf('QT.STP', 'II-5');
    const text = await readFile(new URL('../fixtures/plans/quang-tri-2025.txt', import.meta.url), 'utf8');
    const revised = text.replace('báo cáo năm (trước ngày 07/11)', 'báo cáo năm (trước ngày 20/11)');
    expect(revised).not.toBe(text);
    const draft = await uploadPlanDocument(coordinator, {
      content: contentOfBytes(new TextEncoder().encode(revised)),
      fileName: 'quang-tri-2025-sua-doi.txt',
      contentType: 'text/plain',
      asOf: '2025-01-15',
      basePlanId: planId,
    });
    await commitPlanImport(coordinator, draft.id, { version: draft.version, name: 'Kế hoạch sửa đổi', note: null });
    const detail = await getAssignment(stp, pbgdpl.id);
    expect(detail.milestones.map(({ label, dueOn, doneOn }) => ({ label, dueOn, doneOn }))).toEqual([
      { label: 'Kế hoạch', dueOn: '2025-02-10', doneOn: '2025-02-05' },
      { label: 'Báo cáo 6 tháng', dueOn: '2025-06-07', doneOn: '2025-08-05' },
      { label: 'Báo cáo năm', dueOn: '2025-11-20', doneOn: null },
    ]);
    const [row] = await world.database.db.select().from(assignments).where(eq(assignments.id, pbgdpl.id));
    expect(row!.dueOn).toBe('2025-11-20');
  });
});
