import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plans } from '../../src/db/schema/index.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';
import { commitQuangTriPlan } from '../support/plan.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every "check, then write" holds when two people do the same thing at the same moment: on PostgreSQL
 * (TEST_DATABASE_URL) the two requests run in parallel transactions; exactly one wins, the other gets a 409
 * with a Vietnamese message, and nothing is written twice (issue #16, item 6).
 */
let api: TestApi;
let coordinator: Client;
let admin: Client;
let planId: string;
beforeAll(async () => {
  api = await createTestApi();
  api.clock.now = new Date('2025-02-10T03:00:00Z');
  coordinator = await api.signIn('snv.cchc');
  admin = await api.signIn('quantri');
  ({ planId } = await commitQuangTriPlan(coordinator));
});
afterAll(() => api.close());

const statuses = (answers: Response[]) => answers.map((a) => a.status).sort();
const loser = async (answers: Response[]) => body(answers.find((a) => a.status === 409)!);

describe('two people doing the same thing at once', () => {
  it('commits a plan draft once, however many times it is committed at once', async () => {
    const text = await readFile(join(import.meta.dirname, '../fixtures/plans/quang-tri-2025.txt'));
    const draft = await body(await coordinator.upload('/api/plan-imports?asOf=2025-01-15', new Blob([text]), 'ke-hoach.txt'));
    const before = (await api.database.db.select({ id: plans.id }).from(plans)).length;
    const commit = (client: Client) => client.send('POST', `/api/plan-imports/${draft.id}/commit`, { version: draft.version, name: 'Kế hoạch ghi hai lần' });
    const answers = await Promise.all([commit(coordinator), commit(admin)]);
    expect(statuses(answers)).toEqual([201, 409]);
    expect((await loser(answers)).message).toMatch(/đã được ghi|thay đổi/);
    expect((await api.database.db.select({ id: plans.id }).from(plans)).length).toBe(before + 1);
  });

  it('creates a unit code once', async () => {
    const unit = { code: 'QT.TRUNG', parentId: null, kind: 'other', level: 'province', name: 'Đơn vị tạo hai lần' };
    const answers = await Promise.all([coordinator.send('POST', '/api/units', unit), admin.send('POST', '/api/units', unit)]);
    expect(statuses(answers)).toEqual([201, 409]);
    expect(await loser(answers)).toMatchObject({ code: 'DUPLICATE_CODE', message: 'Mã đơn vị "QT.TRUNG" đã được dùng.' });
  });

  it('creates a username once', async () => {
    const user = { username: 'trung.ten', displayName: 'Tên trùng', role: 'leader', password: 'Hoa-Sen-Ha-Long-2025' };
    const other = await api.signIn('quantri');
    const answers = await Promise.all([admin.send('POST', '/api/users', user), other.send('POST', '/api/users', user)]);
    expect(statuses(answers)).toEqual([201, 409]);
    expect((await loser(answers)).code).toBe('DUPLICATE_USERNAME');
  });

  it('closes a period once', async () => {
    const [period] = await body(await coordinator.get(`/api/plans/${planId}/periods`));
    const close = (client: Client) => client.send('POST', `/api/periods/${period.id}/close`, { reason: 'Hết hạn báo cáo' });
    const answers = await Promise.all([close(coordinator), close(admin)]);
    expect(statuses(answers)).toEqual([200, 409]);
    expect((await loser(answers)).code).toBe('PERIOD_CLOSED');
  });

  it('gives two ad-hoc periods requested at once two different codes', async () => {
    const request = { label: 'Báo cáo đột xuất', start: '2025-02-01', end: '2025-02-28', dueOn: '2025-03-05' };
    const answers = await Promise.all([coordinator.send('POST', `/api/plans/${planId}/periods`, request), admin.send('POST', `/api/plans/${planId}/periods`, request)]);
    expect(statuses(answers)).toEqual([201, 201]);
    const [a, b] = await Promise.all(answers.map(body));
    expect(a.code).not.toBe(b.code);
  });
});
