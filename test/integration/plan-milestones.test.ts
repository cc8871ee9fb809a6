/**
 * Milestones and text duties over HTTP: Sở Tư pháp's reporter sees and marks the milestones of the work it leads
 * (Quảng Trị II.5); another unit's reporter, the leader (read-only) and a signed-out client are refused with a
 * Vietnamese message and change nothing; a duty decision is a plan editor's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, type Client } from '../support/api.js';
import { withCommittedPlan, type CommittedPlan } from '../support/plan.js';

let world: CommittedPlan;
let stp: Client;
let task: {
  id: string;
  version: number;
  milestones: { id: string; label: string; dueOn: string; doneOn: string | null }[];
};

beforeAll(async () => {
  world = await withCommittedPlan();
  stp = await world.api.signIn('stp.baocao');
  const page = await body(await stp.get(`/api/assignments?planId=${world.planId}&role=lead&q=PBGDPL&pageSize=100`));
  task = page.items.find((i: { title: string }) => i.title.startsWith('Xây dựng Kế hoạch, báo cáo kết quả'));
});
afterAll(() => world.api.close());

describe('milestones over HTTP', () => {
  it('lists the milestones with the task and its detail, the due date being the first open one', async () => {
    expect(task.milestones.map((m) => [m.label, m.dueOn])).toEqual([
      ['Kế hoạch', '2025-02-10'],
      ['Báo cáo 6 tháng', '2025-06-07'],
      ['Báo cáo năm', '2025-11-07'],
    ]);
    const detail = await body(await stp.get(`/api/assignments/${task.id}`));
    expect(detail).toMatchObject({ dueOn: '2025-02-10', overdue: true });
  });

  it('refuses another unit, the leader and a signed-out client, changing nothing', async () => {
    const path = `/api/assignments/${task.id}/milestones/${task.milestones[0]!.id}`;
    const leader = await world.api.signIn('lanhdao');
    for (const [client, status] of [
      [world.camlo, 403],
      [leader, 403],
      [world.api.anonymous, 401],
    ] as const) {
      const answer = await client.send('PUT', path, { version: task.version, done: true });
      expect(answer.status).toBe(status);
      const refusal = await body(answer);
      expect(refusal.message).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
    }
    const other = await world.camlo.get(`/api/assignments/${task.id}`);
    expect(other.status).toBe(403);
    expect(JSON.stringify(await body(other))).not.toContain('Báo cáo 6 tháng');
    const after = await body(await stp.get(`/api/assignments/${task.id}`));
    expect(after.milestones.every((m: { doneOn: string | null }) => m.doneOn === null)).toBe(true);
    expect(after.version).toBe(task.version);
  });

  it('lets the unit mark a milestone done, and refuses a bad body in Vietnamese', async () => {
    const path = `/api/assignments/${task.id}/milestones/${task.milestones[0]!.id}`;
    const bad = await stp.send('PUT', path, { version: task.version, done: 'có' });
    expect(bad.status).toBe(400);
    expect((await body(bad)).message).toMatch(/chọn mốc/);
    const marked = await stp.send('PUT', path, { version: task.version, done: true, doneOn: '2025-02-01' });
    expect(marked.status).toBe(200);
    expect(await body(marked)).toMatchObject({
      dueOn: '2025-06-07',
      milestones: [{ label: 'Kế hoạch', doneOn: '2025-02-01' }, { doneOn: null }, { doneOn: null }],
    });
  });

  it('keeps duty decisions to plan editors', async () => {
    const answer = await stp.send('PUT', `/api/plan-imports/00000000-0000-4000-8000-000000000000/duties/TC-1`, {
      version: 1,
      decision: 'confirmed',
    });
    expect(answer.status).toBe(403);
    const missing = await world.coordinator.send(
      'PUT',
      `/api/plan-imports/00000000-0000-4000-8000-000000000000/duties/TC-1`,
      { version: 1, decision: 'confirmed' },
    );
    expect(missing.status).toBe(404);
  });
});
