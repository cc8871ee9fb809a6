/**
 * Duties read from a plan's text, through the use cases: the Quảng Trị plan with one dated duty added to its
 * "IV. TỔ CHỨC THỰC HIỆN" ("Các sở, ban, ngành cấp tỉnh báo cáo … trước ngày 10/6 và 10/11"). The draft suggests
 * it; the coordinator confirms (audited); committing makes it an activity whose departments each lead an
 * assignment with two milestones; a dropped duty makes none; only a plan editor decides.
 */
import { contentOfBytes } from '../../src/files/upload-content.js';
import { readFile } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignmentMilestones, assignments, planActivities } from '../../src/db/schema/index.js';
import type { ServiceContext } from '../../src/services/context.js';
import { commitPlanImport } from '../../src/services/plans/commit-plan-import.js';
import { decidePlanImportDuty } from '../../src/services/plans/decide-plan-import-duty.js';
import { uploadPlanDocument } from '../../src/services/plans/upload-plan-document.js';
import { auditTrailOf } from '../support/audit.js';
import { unitIdOf } from '../support/actors.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

const DUTY =
  '- Các sở, ban, ngành cấp tỉnh báo cáo kết quả thực hiện Kế hoạch này gửi Sở Nội vụ trước ngày 10/6 và 10/11.';

let world: UseCaseWorld;
let coordinator: ServiceContext;
let text: string;

beforeAll(async () => {
  world = await openUseCaseWorld();
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
  const original = await readFile(new URL('../fixtures/plans/quang-tri-2025.txt', import.meta.url), 'utf8');
  const anchor =
    '- Thực hiện nghiêm chế độ thông tin, báo cáo định kỳ, báo cáo đột xuất về công tác CCHC qua Sở Nội vụ';
  text = original.replace(anchor, `${DUTY}\n\n${anchor}`);
  expect(text).not.toBe(original);
});
afterAll(() => world.close());

const upload = () =>
  uploadPlanDocument(coordinator, {
    content: contentOfBytes(new TextEncoder().encode(text)),
    fileName: 'quang-tri-2025.txt',
    contentType: 'text/plain',
    asOf: '2025-01-15',
  });

describe('duties from the text of a plan', () => {
  it('suggests the duty, and a confirmed one becomes assignments with their milestones at commit', async () => {
    const draft = await upload();
    expect(draft.content.duties).toEqual([
      expect.objectContaining({
        id: 'TC-1',
        what: 'report',
        decision: 'suggested',
        dueDates: [
          { label: 'Báo cáo lần 1', due: '2025-06-10' },
          { label: 'Báo cáo lần 2', due: '2025-11-10' },
        ],
      }),
    ]);
    // A reporter cannot decide; nothing changes.
    const reporter = await world.actingAs('reporter', 'QT.STP');
    await expect(
      decidePlanImportDuty(reporter, draft.id, 'TC-1', { version: draft.version, decision: 'confirmed' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const decided = await decidePlanImportDuty(coordinator, draft.id, 'TC-1', {
      version: draft.version,
      decision: 'confirmed',
    });
    expect(decided.content.duties![0]!.decision).toBe('confirmed');
    expect(decided.version).toBe(draft.version + 1);
    const trail = await auditTrailOf(world.database.db, 'plan_import', draft.id);
    expect(trail.find((t) => t.action === 'planImport.decideDuty')).toMatchObject({
      action: 'planImport.decideDuty',
      after: { dutyId: 'TC-1', decision: 'confirmed' },
    });
    await expect(
      decidePlanImportDuty(coordinator, draft.id, 'TC-1', { version: draft.version, decision: 'dropped' }),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
    await expect(
      decidePlanImportDuty(coordinator, draft.id, 'TC-9', { version: decided.version, decision: 'dropped' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const committed = await commitPlanImport(coordinator, draft.id, {
      version: decided.version,
      name: 'Kế hoạch có nhiệm vụ',
      note: null,
    });
    const planId = committed.plan.id;
    const [activity] = await world.database.db
      .select()
      .from(planActivities)
      .where(and(eq(planActivities.planId, planId), eq(planActivities.activityKey, 'TC-1')));
    expect(activity).toMatchObject({ area: null, deliverable: 'Báo cáo', dueOn: '2025-11-10' });
    const [stp] = await world.database.db
      .select()
      .from(assignments)
      .where(
        and(
          eq(assignments.activityId, activity!.id),
          eq(assignments.unitId, await unitIdOf(world.database.db, 'QT.STP')),
          eq(assignments.role, 'lead'),
        ),
      );
    expect(stp).toMatchObject({ dueOn: '2025-06-10' });
    const milestones = await world.database.db
      .select({ label: assignmentMilestones.label, dueOn: assignmentMilestones.dueOn })
      .from(assignmentMilestones)
      .where(eq(assignmentMilestones.assignmentId, stp!.id))
      .orderBy(assignmentMilestones.position);
    expect(milestones).toEqual([
      { label: 'Báo cáo lần 1', dueOn: '2025-06-10' },
      { label: 'Báo cáo lần 2', dueOn: '2025-11-10' },
    ]);
    // Every department of the province leads it; no commune does.
    const leads = await world.database.db
      .select({ id: assignments.id })
      .from(assignments)
      .where(and(eq(assignments.activityId, activity!.id), eq(assignments.role, 'lead')));
    expect(leads.length).toBeGreaterThan(5);

    // A revised document with the same sentence keeps the decision: the duty's work is not cancelled.
    const revision = await uploadPlanDocument(coordinator, {
      content: contentOfBytes(
        new TextEncoder().encode(
          text.replace('Kế hoạch CCHC năm 2025 của cơ quan', 'Kế hoạch CCHC năm 2025 của mỗi cơ quan'),
        ),
      ),
      fileName: 'quang-tri-2025-sua-doi.txt',
      contentType: 'text/plain',
      asOf: '2025-01-15',
      basePlanId: planId,
    });
    expect(revision.content.duties![0]!.decision).toBe('confirmed');
    await commitPlanImport(coordinator, revision.id, {
      version: revision.version,
      name: 'Kế hoạch có nhiệm vụ',
      note: null,
    });
    const [kept] = await world.database.db.select().from(assignments).where(eq(assignments.id, stp!.id));
    expect(kept!.cancelledAt).toBeNull();
  });

  it('makes nothing of a dropped or undecided duty', async () => {
    const draft = await upload();
    const decided = await decidePlanImportDuty(coordinator, draft.id, 'TC-1', {
      version: draft.version,
      decision: 'dropped',
    });
    const committed = await commitPlanImport(coordinator, draft.id, {
      version: decided.version,
      name: 'Kế hoạch bỏ nhiệm vụ',
      note: null,
    });
    const rows = await world.database.db
      .select()
      .from(planActivities)
      .where(and(eq(planActivities.planId, committed.plan.id), eq(planActivities.activityKey, 'TC-1')));
    expect(rows).toEqual([]);
  });
});
