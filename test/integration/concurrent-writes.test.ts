import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { auditLog, plans, scoringEntries, units } from '../../src/db/schema/index.js';
import { body, type Client, type TestApi } from '../support/api.js';
import { commitQuangTriPlan, withCommittedPlan } from '../support/plan.js';
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
  ({ api, coordinator, planId } = await withCommittedPlan({ at: '2025-02-10T03:00:00Z' }));
  admin = await api.signIn('quantri');
});
afterAll(() => api.close());

const statuses = (answers: Response[]) => answers.map((a) => a.status).sort();
const loser = async (answers: Response[]) => body(answers.find((a) => a.status === 409)!);

describe('two people doing the same thing at once', () => {
  it('commits a plan draft once, however many times it is committed at once', async () => {
    const text = await readFile(join(import.meta.dirname, '../fixtures/plans/quang-tri-2025.txt'));
    const draft = await body(
      await coordinator.upload('/api/plan-imports?asOf=2025-01-15', new Blob([text]), 'ke-hoach.txt'),
    );
    const before = (await api.database.db.select({ id: plans.id }).from(plans)).length;
    const commit = (client: Client) =>
      client.send('POST', `/api/plan-imports/${draft.id}/commit`, {
        version: draft.version,
        name: 'Kế hoạch ghi hai lần',
      });
    const answers = await Promise.all([commit(coordinator), commit(admin)]);
    expect(statuses(answers)).toEqual([201, 409]);
    expect((await loser(answers)).message).toMatch(/đã được ghi|thay đổi/);
    expect((await api.database.db.select({ id: plans.id }).from(plans)).length).toBe(before + 1);
  });

  it('creates a unit code once', async () => {
    const unit = { code: 'QT.TRUNG', parentId: null, kind: 'other', level: 'province', name: 'Đơn vị tạo hai lần' };
    const answers = await Promise.all([
      coordinator.send('POST', '/api/units', unit),
      admin.send('POST', '/api/units', unit),
    ]);
    expect(statuses(answers)).toEqual([201, 409]);
    expect(await loser(answers)).toMatchObject({
      code: 'DUPLICATE_CODE',
      message: 'Mã đơn vị "QT.TRUNG" đã được dùng.',
    });
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
    const close = (client: Client) =>
      client.send('POST', `/api/periods/${period.id}/close`, { reason: 'Hết hạn báo cáo' });
    const answers = await Promise.all([close(coordinator), close(admin)]);
    expect(statuses(answers)).toEqual([200, 409]);
    expect((await loser(answers)).code).toBe('PERIOD_CLOSED');
  });

  it('gives two ad-hoc periods requested at once two different codes', async () => {
    const request = { label: 'Báo cáo đột xuất', start: '2025-02-01', end: '2025-02-28', dueOn: '2025-03-05' };
    const answers = await Promise.all([
      coordinator.send('POST', `/api/plans/${planId}/periods`, request),
      admin.send('POST', `/api/plans/${planId}/periods`, request),
    ]);
    expect(statuses(answers)).toEqual([201, 201]);
    const [a, b] = await Promise.all(answers.map(body));
    expect(a.code).not.toBe(b.code);
  });
});

describe('a scoring round changing stage while units write', () => {
  it('lets no self-assessment land after the round has moved to appraisal', async () => {
    const seed = await readFile(join(import.meta.dirname, '../../seed/criteria/internal-department-2025.json'));
    const set = await body(
      await coordinator.upload('/api/scoring/criteria-sets/import', new Blob([seed]), 'bo-tieu-chi.json'),
    );
    const unitId = async (code: string) =>
      (await api.database.db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;
    const stp = await unitId('QT.STP');
    const day = (offset: number) => new Date(api.clock.now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const round = await body(
      await coordinator.send('POST', '/api/scoring/rounds', {
        criteriaSetId: set.id,
        name: 'Đợt thử chuyển giai đoạn',
        unitIds: [stp],
        selfAssessmentFrom: day(-5),
        selfAssessmentTo: day(20),
        appraisalFrom: day(21),
        appraisalTo: day(40),
      }),
    );
    const version = async () => (await body(await coordinator.get(`/api/scoring/rounds/${round.id}`))).version;
    const appraiser = await api.signIn('thamdinh');
    const areas = set.content.nodes.map((n: { code: string }) => n.code);
    expect(
      (
        await coordinator.send('PUT', `/api/scoring/rounds/${round.id}/council`, {
          version: await version(),
          members: [{ userId: appraiser.user.id, areas, chair: true }],
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await coordinator.send('POST', `/api/scoring/rounds/${round.id}/advance`, {
          version: await version(),
          to: 'self_assessment',
        })
      ).status,
    ).toBe(200);

    const reporter = await api.signIn('stp.baocao');
    const sheet = await body(await reporter.get(`/api/scoring/rounds/${round.id}/units/${stp}`));
    const leaves = sheet.leaves
      .filter((l: { method: string; source: string }) => l.method === 'yes_no' && l.source !== 'survey')
      .slice(0, 16);
    expect(leaves.length).toBeGreaterThan(4);
    const write = (code: string) =>
      reporter.send('PUT', `/api/scoring/rounds/${round.id}/units/${stp}/entries/${code}/self`, {
        version: 0,
        entry: { value: true },
      });
    const moveOn = coordinator.send('POST', `/api/scoring/rounds/${round.id}/advance`, {
      version: await version(),
      to: 'appraisal',
    });
    const half = Math.floor(leaves.length / 2);
    const answers = await Promise.all([
      ...leaves.slice(0, half).map((l: { code: string }) => write(l.code)),
      moveOn,
      ...leaves.slice(half).map((l: { code: string }) => write(l.code)),
    ]);
    expect((await moveOn).status).toBe(200);
    for (const answer of answers) expect([200, 409]).toContain(answer.status);

    // Every self-assessment that was accepted was written before the stage changed, never after.
    const [stage] = await api.database.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'scoringRound.startAppraisal'), eq(auditLog.entityId, round.id)));
    const entries = await api.database.db
      .select({ id: scoringEntries.id })
      .from(scoringEntries)
      .where(eq(scoringEntries.roundId, round.id));
    const writes = entries.length
      ? await api.database.db
          .select({ id: auditLog.id })
          .from(auditLog)
          .where(
            and(
              eq(auditLog.action, 'scoringEntry.selfAssess'),
              inArray(
                auditLog.entityId,
                entries.map((e) => e.id),
              ),
            ),
          )
      : [];
    expect(writes.filter((w) => w.id > stage!.id)).toEqual([]);
    expect(writes.length).toBe(answers.filter((a) => a.status === 200).length - 1);
  });
});

describe('a period closing while units submit', () => {
  it('lets no submission land after the period was closed', async () => {
    const { planId: plan } = await commitQuangTriPlan(coordinator);
    const [, period] = await body(await coordinator.get(`/api/plans/${plan}/periods`));
    const reporters = await Promise.all(
      ['stp.baocao', 'dongha.baocao', 'camlo.baocao'].map((name) => api.signIn(name)),
    );
    const saved = await Promise.all(
      reporters.map(async (reporter) => {
        const path = `/api/periods/${period.id}/units/${reporter.user.unitId}/report`;
        const form = await body(await reporter.get(path));
        const report = await body(await reporter.send('PUT', path, { version: form.version, content: form.content }));
        return { reporter, path, version: report.version as number };
      }),
    );
    const close = coordinator.send('POST', `/api/periods/${period.id}/close`, { reason: 'Hết hạn' });
    const answers = await Promise.all([
      ...saved.map((s) => s.reporter.send('POST', `${s.path}/submit`, { version: s.version })),
      close,
    ]);
    expect((await close).status).toBe(200);
    for (const answer of answers) expect([200, 409, 422]).toContain(answer.status);

    const [closing] = await api.database.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'reportingPeriod.close'), eq(auditLog.entityId, period.id)));
    const submissions = await api.database.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'unitReport.submit'), eq(auditLog.entity, 'unit_report')));
    expect(submissions.length).toBeGreaterThanOrEqual(answers.filter((a) => a.status === 200).length - 1);
    expect(submissions.filter((s) => s.id > closing!.id)).toEqual([]);
  });
});
