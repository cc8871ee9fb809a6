import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, criteriaSets, notifications, planIndicators, scoringRounds, units, users } from '../../src/db/schema/index.js';
import { API_ROUTES } from '../../src/http/app.js';
import { loadDemoScoring } from '../../src/services/scoring/load-demo-scoring.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';
import { commitQuangTriPlan, SMALL_PDF } from '../support/plan.js';

/**
 * Every route, as seen by a logged-out client, by a reporter of one unit acting on another unit's data,
 * and by a leader (read-only). A new route without an entry here fails the test.
 */
let api: TestApi;
/** The last audit row written by the setup: the refusals below must add none. */
let auditMark = 0;
/** Unit B's submitted figure: distinctive, so it can be looked for in what unit A's reporter is shown. */
const UNIT_B_FIGURE = 87.654;
let ids: { unitA: string; unitB: string; userB: string; round: string; set: string; plan: string; period: string; assignmentB: string; evidenceB: string; scoringEvidenceB: string; noticeB: string; indicator: string };
beforeAll(async () => {
  api = await createTestApi();
  const db = api.database.db;
  const unitId = async (code: string) => (await db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;
  const userId = async (username: string) => (await db.select({ id: users.id }).from(users).where(eq(users.username, username)))[0]!.id;
  // Idempotent: a no-op once the demo loader loads the scoring demo itself.
  await loadDemoScoring(db);
  // The communes' round scores both unit A (Đông Hà) and unit B (Cam Lộ).
  const [round] = await db.select({ id: scoringRounds.id, setId: scoringRounds.criteriaSetId }).from(scoringRounds).innerJoin(criteriaSets, eq(criteriaSets.id, scoringRounds.criteriaSetId)).where(eq(criteriaSets.subject, 'commune'));
  // A committed plan with unit B's work in it: an assignment with evidence, a saved report, a notice.
  api.clock.now = new Date('2025-08-05T03:00:00Z');
  const { planId } = await commitQuangTriPlan(await api.signIn('snv.cchc'));
  const unitBReporter = await api.signIn('camlo.baocao');
  const [assignment] = (await body(await unitBReporter.get(`/api/assignments?planId=${planId}&role=lead`))).items;
  const withEvidence = await body(await unitBReporter.upload(`/api/assignments/${assignment.id}/evidence`, new Blob([SMALL_PDF]), 'minh-chung.pdf'));
  const [period] = await body(await unitBReporter.get(`/api/plans/${planId}/periods`));
  const unitB = await unitId('QT.X.CAMLO');
  // Unit B's evidence for a criterion of its self-assessment.
  const scoringSheetB = await body(await unitBReporter.upload(`/api/scoring/rounds/${round!.id}/units/${unitB}/entries/1.1.1/evidence`, new Blob([SMALL_PDF]), 'kiem-chung.pdf'));
  const form = await body(await unitBReporter.get(`/api/periods/${period.id}/units/${unitB}/report`));
  // Unit B submits (not yet accepted) a figure for every target it answers for: a figure no one else may read yet.
  expect(form.indicators.length).toBeGreaterThan(0);
  const content = { ...form.content, indicators: form.indicators.map((i: { id: string }) => ({ indicatorId: i.id, value: UNIT_B_FIGURE, note: 'Số liệu riêng của B' })) };
  const saved = await body(await unitBReporter.send('PUT', `/api/periods/${period.id}/units/${unitB}/report`, { version: 0, content }));
  expect((await unitBReporter.send('POST', `/api/periods/${period.id}/units/${unitB}/report/submit`, { version: saved.version })).status).toBe(200);
  const [notice] = await db.insert(notifications).values({ userId: await userId('camlo.baocao'), kind: 'test', title: 'Thông báo của B', body: '', dedupeKey: 'authz-test' }).returning();
  ids = {
    unitA: await unitId('QT.X.DONGHA'),
    unitB,
    userB: await userId('camlo.baocao'),
    round: round!.id,
    set: round!.setId,
    plan: planId,
    period: period.id,
    assignmentB: assignment.id,
    evidenceB: withEvidence.evidence[0].id,
    scoringEvidenceB: scoringSheetB.leaves.find((l: { code: string }) => l.code === '1.1.1').evidence[0].id,
    noticeB: notice!.id,
    indicator: (await db.select({ id: planIndicators.id }).from(planIndicators).limit(1))[0]!.id,
  };
  auditMark = Math.max(0, ...(await db.select({ id: auditLog.id }).from(auditLog)).map((r) => r.id));
});
afterAll(() => api.close());

/**
 * `directory`: the answer lists other units by design (the public unit directory), so unit B's id may appear
 * in what unit A's reporter reads there; everywhere else a 200 to that reporter must not name unit B at all.
 */
type Expectation = { reporter: number | 'own'; leader: number | 'own'; body?: () => unknown; directory?: true };
const newUnit = () => ({ code: `X${Date.now()}`, parentId: null, kind: 'other', level: 'province', name: 'Đơn vị thử' });
const EXPECTED: Record<string, Expectation> = {
  'post /auth/logout': { reporter: 'own', leader: 'own' },
  'get /auth/me': { reporter: 'own', leader: 'own' },
  'post /auth/password': { reporter: 'own', leader: 'own' },
  'get /units': { reporter: 200, leader: 200, directory: true },
  'get /units/tree': { reporter: 200, leader: 200, directory: true },
  'get /units/match': { reporter: 200, leader: 200, directory: true },
  'get /units/export': { reporter: 200, leader: 200, directory: true },
  'post /units/import': { reporter: 403, leader: 403 },
  'get /units/:id': { reporter: 200, leader: 200, directory: true },
  'post /units': { reporter: 403, leader: 403, body: newUnit },
  'patch /units/:id': { reporter: 403, leader: 403, body: () => ({ version: 1, name: 'Đổi tên trái phép' }) },
  'post /units/:id/archive': { reporter: 403, leader: 403, body: () => ({ reason: 'thử quyền' }) },
  'post /units/:id/successions': { reporter: 403, leader: 403, body: () => ({ toId: ids.unitA, kind: 'merge', effectiveOn: '2025-07-01' }) },
  'get /units/:id/users': { reporter: 403, leader: 200 },
  'get /unit-groups': { reporter: 200, leader: 200, directory: true },
  'get /users': { reporter: 403, leader: 403 },
  'post /users': { reporter: 403, leader: 403, body: () => ({ username: 'ke.gian', displayName: 'Kẻ gian', role: 'admin', password: 'MatKhau12345' }) },
  'patch /users/:id': { reporter: 403, leader: 403, body: () => ({ version: 1, role: 'admin' }) },
  'post /users/:id/reset-password': { reporter: 403, leader: 403, body: () => ({ newPassword: 'MatKhau12345' }) },
  'post /users/:id/archive': { reporter: 403, leader: 403, body: () => ({ reason: 'thử quyền' }) },
  'get /audit': { reporter: 403, leader: 403 },
  'get /system/backup': { reporter: 403, leader: 403 },
  'post /plan-imports': { reporter: 403, leader: 403 },
  'get /plan-imports': { reporter: 403, leader: 403 },
  'get /plan-imports/:id': { reporter: 403, leader: 403 },
  'patch /plan-imports/:id/activities/:activityId': { reporter: 403, leader: 403, body: () => ({ version: 1, activity: 'Sửa trái phép' }) },
  'post /plan-imports/:id/commit': { reporter: 403, leader: 403, body: () => ({ version: 1, name: 'Kế hoạch trái phép' }) },
  'post /plan-imports/:id/discard': { reporter: 403, leader: 403, body: () => ({ reason: 'thử quyền' }) },
  // Committed plans are read by everyone; here the id names no plan, so the answer is 404, not 403.
  'get /plans': { reporter: 200, leader: 200 },
  'get /plans/:id': { reporter: 404, leader: 404 },
  'get /plans/:id/diff': { reporter: 404, leader: 404 },
  // Scoring: criteria are public rules; rounds are the coordinator's; a unit's scoring is its own until publication.
  'get /scoring/criteria-sets': { reporter: 200, leader: 200 },
  'post /scoring/criteria-sets': { reporter: 403, leader: 403, body: () => ({ format: 'cchc-criteria/1' }) },
  'post /scoring/criteria-sets/import': { reporter: 403, leader: 403 },
  'get /scoring/criteria-sets/:id': { reporter: 200, leader: 200 },
  'get /scoring/criteria-sets/:id/export': { reporter: 200, leader: 200 },
  'post /scoring/criteria-sets/:id/archive': { reporter: 403, leader: 403, body: () => ({ reason: 'thử quyền' }) },
  'post /scoring/criteria-sets/:id/what-if': { reporter: 403, leader: 200, body: () => ({ entries: {}, targets: {} }) },
  'get /scoring/rounds': { reporter: 200, leader: 200 },
  // Who may sit on a council: for those who form councils.
  'get /scoring/appraisers': { reporter: 403, leader: 403 },
  'post /scoring/rounds': {
    reporter: 403,
    leader: 403,
    body: () => ({ criteriaSetId: ids.set, name: 'Đợt trái phép', unitIds: [ids.unitB], selfAssessmentFrom: '2026-01-01', selfAssessmentTo: '2026-01-31', appraisalFrom: '2026-02-01', appraisalTo: '2026-02-28' }),
  },
  'get /scoring/rounds/:id': { reporter: 200, leader: 200 },
  'patch /scoring/rounds/:id': { reporter: 403, leader: 403, body: () => ({ version: 1, name: 'Đổi tên trái phép' }) },
  'put /scoring/rounds/:id/council': { reporter: 403, leader: 403, body: () => ({ version: 1, members: [] }) },
  'post /scoring/rounds/:id/advance': { reporter: 403, leader: 403, body: () => ({ version: 1, to: 'appraisal' }) },
  'get /scoring/rounds/:id/results': { reporter: 403, leader: 200 },
  'get /scoring/rounds/:id/results/export': { reporter: 403, leader: 200 },
  'put /scoring/rounds/:id/survey': { reporter: 403, leader: 403, body: () => ({ rows: [{ unitId: ids.unitB, code: '8.1', points: 1 }] }) },
  'post /scoring/rounds/:id/survey/import': { reporter: 403, leader: 403 },
  'get /scoring/rounds/:id/units/:unitId': { reporter: 403, leader: 200 },
  'get /scoring/rounds/:id/units/:unitId/sheet': { reporter: 403, leader: 200 },
  'post /scoring/rounds/:id/units/:unitId/prefill': { reporter: 403, leader: 403 },
  'post /scoring/rounds/:id/units/:unitId/submit': { reporter: 403, leader: 403, body: () => ({ version: 1 }) },
  'post /scoring/rounds/:id/units/:unitId/accept-remaining': { reporter: 403, leader: 403 },
  'post /scoring/rounds/:id/units/:unitId/score-unanswered': { reporter: 403, leader: 403 },
  // The evidence id names nothing: the leader, who may read, gets 404.
  'get /scoring/rounds/:id/units/:unitId/evidence/:evidenceId': { reporter: 403, leader: 404 },
  'put /scoring/rounds/:id/units/:unitId/self': { reporter: 403, leader: 403, body: () => ({ entries: [{ code: '1.1.1', version: 0, entry: { value: true } }] }) },
  'put /scoring/rounds/:id/units/:unitId/entries/:code/self': { reporter: 403, leader: 403, body: () => ({ version: 0, entry: { value: true } }) },
  'put /scoring/rounds/:id/units/:unitId/entries/:code/appraisal': { reporter: 403, leader: 403, body: () => ({ version: 0, decision: 'accept' }) },
  'put /scoring/rounds/:id/units/:unitId/entries/:code/explanation': { reporter: 403, leader: 403, body: () => ({ version: 1, answer: 'Giải trình trái phép' }) },
  'post /scoring/rounds/:id/units/:unitId/entries/:code/evidence': { reporter: 403, leader: 403 },
  'post /scoring/rounds/:id/units/:unitId/entries/:code/evidence-links': { reporter: 403, leader: 403, body: () => ({ label: 'Quyết định', url: 'https://example.org/qd.pdf' }) },
  'get /scoring/rounds/:id/units/:unitId/entries/:code/history': { reporter: 403, leader: 200 },
  'post /scoring/evidence/:id/withdraw': { reporter: 403, leader: 403, body: () => ({ reason: 'Rút trái phép' }) },
  // Reporting: unit B's assignments, evidence and reports are B's; a leader reads them and changes nothing.
  'get /assignments': { reporter: 200, leader: 200 },
  'get /assignments/:id': { reporter: 403, leader: 200 },
  'patch /assignments/:id': { reporter: 403, leader: 403, body: () => ({ version: 1, status: 'in_progress', progress: 50 }) },
  'post /assignments/:id/evidence': { reporter: 403, leader: 403 },
  'post /assignment-changes': { reporter: 403, leader: 403, body: () => ({ type: 'cancel', assignmentId: ids.assignmentB, reason: 'Hủy trái phép' }) },
  'post /assignments/:id/documents': { reporter: 403, leader: 403, body: () => ({ numberSymbol: '1/KH-UBND', issuedOn: '2025-08-01', summary: 'Văn bản trái phép' }) },
  'get /evidence/:id': { reporter: 403, leader: 200 },
  'post /evidence/:id/withdraw': { reporter: 403, leader: 403, body: () => ({ reason: 'Rút trái phép' }) },
  'get /plans/:id/periods': { reporter: 200, leader: 200 },
  'post /plans/:id/periods': { reporter: 403, leader: 403, body: () => ({ label: 'Báo cáo đột xuất', start: '2025-08-01', end: '2025-08-31', dueOn: '2025-09-05' }) },
  'get /periods/:id/completeness': { reporter: 403, leader: 200 },
  // Targets are open to everyone signed in, but a unit's figures are its own until accepted (checked by body below).
  'get /plans/:id/indicators': { reporter: 200, leader: 200 },
  'put /indicators/:id/value': { reporter: 403, leader: 403, body: () => ({ periodId: ids.period, value: 90, note: 'Số liệu trái phép' }) },
  'post /indicators/:id/value/evidence': { reporter: 403, leader: 403 },
  // Targets are open to everyone signed in; no province-wide figure has been entered here, so no file.
  'get /indicators/:id/value/evidence': { reporter: 404, leader: 404 },
  'post /periods/:id/remind': { reporter: 403, leader: 403 },
  'post /periods/:id/close': { reporter: 403, leader: 403, body: () => ({ reason: 'Khóa trái phép' }) },
  'get /periods/:periodId/units/:unitId/report': { reporter: 403, leader: 200 },
  'put /periods/:periodId/units/:unitId/report': { reporter: 403, leader: 403, body: () => ({ version: 1, content: { items: [], indicators: [], sections: { achievements: '', shortcomings: '', causes: '', nextTasks: '', proposals: '' } } }) },
  'post /periods/:periodId/units/:unitId/report/submit': { reporter: 403, leader: 403, body: () => ({ version: 1 }) },
  'post /periods/:periodId/units/:unitId/report/return': { reporter: 403, leader: 403, body: () => ({ version: 1, overallComment: 'Trả lại trái phép' }) },
  'post /periods/:periodId/units/:unitId/report/accept': { reporter: 403, leader: 403, body: () => ({ version: 1 }) },
  'post /periods/:periodId/units/:unitId/report/reopen': { reporter: 403, leader: 403, body: () => ({ version: 1, reason: 'Mở lại trái phép' }) },
  'get /periods/:periodId/units/:unitId/report/versions': { reporter: 403, leader: 200 },
  'get /periods/:periodId/units/:unitId/report/compare': { reporter: 403, leader: 200 },
  // Consolidated reports and dashboards: province-wide reading for leaders, writing for coordinators; none for a reporter.
  'get /periods/:id/consolidated-report/draft': { reporter: 403, leader: 200 },
  'put /periods/:id/consolidated-report/draft': {
    reporter: 403,
    leader: 403,
    body: () => ({ version: 0, issuingBody: 'Sở Nội vụ', referenceNumber: '', referenceSymbol: 'BC-SNV', issuedOn: null, introduction: 'Trái phép', conclusions: '', signerAuthority: '', signerPosition: 'Giám đốc', signerName: '', recipients: ['Lưu: VT'] }),
  },
  'post /periods/:id/consolidated-report/builds': { reporter: 403, leader: 403 },
  'get /periods/:id/consolidated-report/builds': { reporter: 403, leader: 200 },
  // The ids below name no build, job or activity: whoever may read gets 404.
  'get /report-builds/:id/download': { reporter: 403, leader: 404 },
  'get /jobs/:id': { reporter: 404, leader: 404 },
  'get /periods/:periodId/units/:unitId/report/docx': { reporter: 403, leader: 200 },
  'get /dashboard': { reporter: 403, leader: 200 },
  'get /dashboard/export': { reporter: 403, leader: 200 },
  'get /dashboard/activities/:id': { reporter: 403, leader: 404 },
  'get /notifications': { reporter: 'own', leader: 'own' },
  // Another user's notice is not found, whoever asks.
  'post /notifications/:id/read': { reporter: 404, leader: 404 },
  'get /me/notification-settings': { reporter: 'own', leader: 'own' },
  'put /me/notification-settings': { reporter: 'own', leader: 'own' },
};

const QUERIES: Record<string, string> = {
  '/units/export': '?format=csv',
  '/plans/:id/indicators': '?periodId=PERIOD',
  '/indicators/:id/value/evidence': '?periodId=PERIOD',
  '/units/match': '?text=S%E1%BB%9F%20N%E1%BB%99i%20v%E1%BB%A5',
  '/plans/:id/diff': '?from=1&to=2',
  '/scoring/rounds/:id/results/export': '?format=docx',
  '/periods/:periodId/units/:unitId/report/compare': '?from=0&to=0',
  '/report-builds/:id/download': '?format=docx',
};
const ID_BY_PREFIX: [string, () => string][] = [
  ['/users', () => ids.userB],
  ['/scoring/criteria-sets', () => ids.set],
  ['/scoring/rounds', () => ids.round],
  ['/scoring/evidence', () => ids.scoringEvidenceB],
  ['/assignments', () => ids.assignmentB],
  ['/evidence', () => ids.evidenceB],
  ['/plans/:id/periods', () => ids.plan],
  ['/plans/:id/indicators', () => ids.plan],
  ['/indicators', () => ids.indicator],
  ['/periods', () => ids.period],
  ['/notifications', () => ids.noticeB],
];
const idFor = (path: string) => ID_BY_PREFIX.find(([prefix]) => path.startsWith(prefix))?.[1]() ?? ids.unitB;
const concretePath = (path: string) =>
  `/api${path
    .replace(':id', idFor(path))
    .replace(':activityId', 'I-1')
    .replace(':periodId', ids.period)
    .replace(':unitId', ids.unitB)
    .replace(':code', '1.1.1')
    .replace(':evidenceId', '00000000-0000-4000-8000-000000000000')}${(QUERIES[path] ?? '').replace('PERIOD', ids.period)}`;

async function call(client: Client, method: string, path: string, expectation: Expectation) {
  if (path === '/units/import') return client.upload(concretePath(path), new Blob(['code,name,kind,level\nX1,Thử,other,province\n']), 'units.csv');
  if (path === '/plan-imports' && method === 'post') return client.upload(concretePath(path), new Blob(['KẾ HOẠCH CCHC\n']), 'ke-hoach.txt');
  if (API_ROUTES.some((r) => r.path === path && r.method === method && r.bodyKind === 'multipart')) return client.upload(concretePath(path), new Blob(['{}']), 'tep.json');
  return method === 'get' ? client.get(concretePath(path)) : client.send(method.toUpperCase(), concretePath(path), expectation.body?.() ?? {});
}

const protectedRoutes = API_ROUTES.filter((r) => r.access !== 'public');

describe('authorisation on every endpoint', () => {
  it('has an expectation for every route', () => {
    expect(protectedRoutes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('answers 401 to a logged-out client everywhere but login and health', async () => {
    for (const r of protectedRoutes) {
      const response = await call(api.anonymous, r.method, r.path, EXPECTED[`${r.method} ${r.path}`]!);
      expect(response.status, `${r.method} ${r.path}`).toBe(401);
      expect((await body(response)).code).toBe('UNAUTHENTICATED');
    }
  });

  it("answers 403 to a reporter of unit A on unit B's data and on what only coordinators or administrators do", async () => {
    const reporterA = await api.signIn('dongha.baocao');
    for (const r of protectedRoutes) {
      const expectation = EXPECTED[`${r.method} ${r.path}`]!;
      if (expectation.reporter === 'own') continue;
      const response = await call(reporterA, r.method, r.path, expectation);
      expect(response.status, `${r.method} ${r.path}`).toBe(expectation.reporter);
      if (expectation.reporter === 403) expect((await body(response)).code).toBe('FORBIDDEN');
      // A 200 is read in full: nothing of unit B's (its id, its submitted figure) may be in it.
      if (expectation.reporter === 200 && !expectation.directory) {
        const text = await response.text();
        expect(text, `${r.method} ${r.path}`).not.toContain(ids.unitB);
        expect(text, `${r.method} ${r.path}`).not.toContain(String(UNIT_B_FIGURE));
      }
    }
    // The same reporter does see their own unit's colleagues.
    expect((await reporterA.get(`/api/units/${ids.unitA}/users`)).status).toBe(200);
  });

  it('lets a leader read everything province-wide and change nothing', async () => {
    const leader = await api.signIn('lanhdao');
    for (const r of protectedRoutes) {
      const expectation = EXPECTED[`${r.method} ${r.path}`]!;
      if (expectation.leader === 'own') continue;
      const response = await call(leader, r.method, r.path, expectation);
      expect(response.status, `${r.method} ${r.path}`).toBe(expectation.leader);
    }
  });

  it('writes nothing when refused', async () => {
    const rows = await api.database.db.select().from(auditLog);
    expect(rows.filter((r) => r.id > auditMark && !['user.login', 'user.logout'].includes(r.action) && r.actorId !== null)).toEqual([]);
  });
});

describe('malformed input', () => {
  it('answers 400 with a code to malformed JSON on every JSON endpoint, and writes nothing', async () => {
    const admin = await api.signIn('quantri');
    const auditBefore = (await api.database.db.select().from(auditLog)).length;
    for (const r of API_ROUTES.filter((x) => x.method !== 'get' && x.bodyKind !== 'multipart' && x.body)) {
      const response = await admin.sendRaw(r.method.toUpperCase(), concretePath(r.path), '{"name": "Sở Nội vụ",');
      expect(response.status, `${r.method} ${r.path}`).toBe(400);
      const payload = await body(response);
      expect(payload.code, `${r.method} ${r.path}`).toBe('INVALID_JSON');
      expect(payload.message).toMatch(/JSON/);
    }
    expect((await api.database.db.select().from(auditLog)).length).toBe(auditBefore);
  });

  it('rejects an oversized body with 413 and a wrong content type with 415', async () => {
    const admin = await api.signIn('quantri');
    const huge = await admin.send('POST', '/api/units', { name: 'x'.repeat(1_100_000) });
    expect(huge.status).toBe(413);
    expect((await body(huge)).code).toBe('PAYLOAD_TOO_LARGE');
    const wrongType = await api.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect(wrongType.status).toBe(415);
  });

  it('answers 404 with the error shape for an unknown API path and 400 for an id that is not a UUID', async () => {
    const admin = await api.signIn('quantri');
    expect(await body(await admin.get('/api/khong-co'))).toMatchObject({ code: 'NOT_FOUND' });
    const badId = await admin.get('/api/units/123');
    expect(badId.status).toBe(400);
    expect((await body(badId)).code).toBe('VALIDATION_FAILED');
  });
});

describe("a unit's figures in the plan's targets", () => {
  const figuresOf = async (client: Client) => (await body(await client.get(`/api/plans/${ids.plan}/indicators?periodId=${ids.period}`))) as { id: string; series: { value: number }[]; units: { reported: number; values: { unitId: string; value: number }[] } }[];
  const answered = (targets: Awaited<ReturnType<typeof figuresOf>>) => targets.filter((t) => t.units.values.length > 0);

  it('lists a submitted figure to province-wide readers and to its own unit only', async () => {
    const leaderView = answered(await figuresOf(await api.signIn('lanhdao')));
    expect(leaderView.length).toBeGreaterThan(0);
    expect(leaderView.every((t) => t.units.values.some((v) => v.unitId === ids.unitB && v.value === UNIT_B_FIGURE))).toBe(true);
    const ownView = answered(await figuresOf(await api.signIn('camlo.baocao')));
    expect(ownView.map((t) => t.id).sort()).toEqual(leaderView.map((t) => t.id).sort());
    expect(answered(await figuresOf(await api.signIn('dongha.baocao')))).toEqual([]);
  });

  it("counts another unit's figure for a reporter once accepted, still without listing it", async () => {
    const coordinator = await api.signIn('snv.cchc');
    const report = await body(await coordinator.get(`/api/periods/${ids.period}/units/${ids.unitB}/report`));
    expect((await coordinator.send('POST', `/api/periods/${ids.period}/units/${ids.unitB}/report/accept`, { version: report.version })).status).toBe(200);
    const targets = await figuresOf(await api.signIn('dongha.baocao'));
    // Counted among the units reporting (the province's figure itself is only ever the one entered for it).
    expect(targets.some((t) => t.units.reported > 0)).toBe(true);
    expect(targets.flatMap((t) => t.units.values)).toEqual([]);
  });
});
