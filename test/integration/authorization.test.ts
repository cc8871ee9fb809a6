import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  criteriaSets,
  indexResults,
  indexWorkItems,
  jobs,
  notifications,
  planIndicators,
  scoringRounds,
  units,
  users,
} from '../../src/db/schema/index.js';
import { ACTIONS, can, type Facts, type PolicyActor } from '../../src/domain/access/policy.js';
import { API_ROUTES } from '../../src/http/app.js';
import { DEMO_PASSWORD } from '../../src/services/demo/load-demo.js';
import { loadDemoScoring } from '../../src/services/demo/load-demo-scoring.js';
import { insertUser } from '../../src/db/queries/users/insert-user.js';
import { ensureIndices } from '../../src/services/indices/steps/ensure-indices.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';
import { commitQuangTriPlan, SMALL_PDF } from '../support/plan.js';

/**
 * Every route, as seen by a logged-out client, by a reporter of one unit acting on another unit's data,
 * and by a leader (read-only). What each of them gets is what the access policy (domain/access/policy.ts)
 * says of the route's action, given this fixture's facts; a route without an action fails the test.
 */
let api: TestApi;
/** The last audit row written by the setup: the refusals below must add none. */
let auditMark = 0;
/** Unit B's submitted figure: distinctive, so it can be looked for in what unit A's reporter is shown. */
// A rate target's figure is computed from its counts: 8 765 / 10 000 = 87,65%; a count target takes it as typed.
const UNIT_B_FIGURE = 87.65;
let ids: {
  unitA: string;
  unitB: string;
  userB: string;
  coordinator: string;
  job: string;
  round: string;
  set: string;
  plan: string;
  period: string;
  assignmentB: string;
  evidenceB: string;
  scoringEvidenceB: string;
  noticeB: string;
  indicator: string;
  indexResult: string;
  registerEntryB: string;
  registerFileB: string;
  followUpB: string;
  /** The demo's joint round: the province's own self-assessment, agencies named per area. */
  jointRound: string;
  /** Unit B's initiative awaiting the council, and unit B's application of unit A's recognised initiative. */
  initiativeB: string;
  applicationB: string;
  /** A citizen feedback item assigned to unit B, awaiting its answer. */
  feedbackB: string;
  /** The coordinator's inspection plan of the communes, unit B in it. */
  inspectionPlan: string;
};
beforeAll(async () => {
  api = await createTestApi();
  const db = api.database.db;
  const unitId = async (code: string) =>
    (await db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;
  const userId = async (username: string) =>
    (await db.select({ id: users.id }).from(users).where(eq(users.username, username)))[0]!.id;
  // Idempotent: a no-op once the demo loader loads the scoring demo itself.
  await loadDemoScoring(db);
  // The communes' round scores both unit A (Đông Hà) and unit B (Cam Lộ).
  const [round] = await db
    .select({ id: scoringRounds.id, setId: scoringRounds.criteriaSetId })
    .from(scoringRounds)
    .innerJoin(criteriaSets, eq(criteriaSets.id, scoringRounds.criteriaSetId))
    .where(eq(criteriaSets.subject, 'commune'));
  // A committed plan with unit B's work in it: an assignment with evidence, a saved report, a notice.
  api.clock.now = new Date('2025-08-05T03:00:00Z');
  const { planId } = await commitQuangTriPlan(await api.signIn('snv.cchc'));
  const unitBReporter = await api.signIn('camlo.baocao');
  const [assignment] = (await body(await unitBReporter.get(`/api/assignments?planId=${planId}&role=lead`))).items;
  const withEvidence = await body(
    await unitBReporter.upload(`/api/assignments/${assignment.id}/evidence`, new Blob([SMALL_PDF]), 'minh-chung.pdf'),
  );
  const [period] = await body(await unitBReporter.get(`/api/plans/${planId}/periods`));
  const unitB = await unitId('QT.X.CAMLO');
  // Unit B's evidence for a criterion of its self-assessment.
  const scoringSheetB = await body(
    await unitBReporter.upload(
      `/api/scoring/rounds/${round!.id}/units/${unitB}/entries/1.1.1/evidence`,
      new Blob([SMALL_PDF]),
      'kiem-chung.pdf',
    ),
  );
  const form = await body(await unitBReporter.get(`/api/periods/${period.id}/units/${unitB}/report`));
  // Unit B submits (not yet accepted) a figure for every target it answers for: a figure no one else may read yet.
  expect(form.indicators.length).toBeGreaterThan(0);
  const content = {
    ...form.content,
    indicators: form.indicators.map((i: { id: string; entry: string }) => ({
      indicatorId: i.id,
      value: UNIT_B_FIGURE,
      ...(i.entry === 'counts' ? { numerator: 8765, denominator: 10000 } : {}),
      note: 'Số liệu riêng của B',
    })),
  };
  const saved = await body(
    await unitBReporter.send('PUT', `/api/periods/${period.id}/units/${unitB}/report`, { version: 0, content }),
  );
  expect(
    (
      await unitBReporter.send('POST', `/api/periods/${period.id}/units/${unitB}/report/submit`, {
        version: saved.version,
      })
    ).status,
  ).toBe(200);
  // A background job the coordinator asked for: the reporter may not follow it, the leader may.
  const [job] = await db
    .insert(jobs)
    .values({ kind: 'authz-test', payload: {}, requestedBy: await userId('snv.cchc') })
    .returning();
  const [notice] = await db
    .insert(notifications)
    .values({
      userId: await userId('camlo.baocao'),
      kind: 'test',
      title: 'Thông báo của B',
      body: '',
      dedupeKey: 'authz-test',
    })
    .returning();
  // A published national index result of the province (no source file, no work yet).
  await ensureIndices(db);
  const [indexResult] = await db
    .insert(indexResults)
    .values({
      indexCode: 'PAR_INDEX',
      year: 2024,
      province: 'Quảng Trị',
      own: true,
      score: 85,
      rank: 30,
      rankOf: 63,
      enteredAt: new Date(),
    })
    .returning();
  // Unit B's register entry (a meeting it held), a file on it, and a follow-up it owes.
  const entryB = await body(
    await unitBReporter.send('POST', '/api/registers/steering-meetings/entries', {
      unitId: unitB,
      fields: { heldOn: '2025-07-20', title: 'Họp của B', chair: 'Chủ tịch xã' },
    }),
  );
  const withFile = await body(
    await unitBReporter.upload(
      `/api/registers/steering-meetings/entries/${entryB.id}/files?field=minutes`,
      new Blob([SMALL_PDF]),
      'bien-ban.pdf',
    ),
  );
  const followUpB = await body(
    await (
      await api.signIn('snv.cchc')
    ).send('POST', `/api/registers/steering-meetings/entries/${entryB.id}/follow-ups`, {
      unitId: unitB,
      title: 'Việc của B',
      dueOn: '2025-09-30',
    }),
  );
  // Initiatives: unit B's awaiting the council; unit A's recognised by the coordinator and applied by unit B.
  const unitA = await unitId('QT.X.DONGHA');
  const proposal = {
    year: 2025,
    title: 'Sáng kiến',
    area: 'Cải cách thể chế',
    problem: 'Vấn đề',
    solution: 'Giải pháp',
  };
  const initiativeB = await body(
    await unitBReporter.send('POST', `/api/units/${unitB}/initiatives`, { ...proposal, title: 'Sáng kiến của B' }),
  );
  const unitAReporter = await api.signIn('dongha.baocao');
  const initiativeA = await body(await unitAReporter.send('POST', `/api/units/${unitA}/initiatives`, proposal));
  const coordinatorClient = await api.signIn('snv.cchc');
  const decision = {
    recognised: true,
    effectLevel: 'unit',
    decidedOn: '2025-08-01',
    decisionNumber: '1/QĐ',
    version: 1,
  };
  expect((await coordinatorClient.send('POST', `/api/initiatives/${initiativeA.id}/decision`, decision)).status).toBe(
    200,
  );
  const applied = await body(
    await unitBReporter.send('POST', `/api/initiatives/${initiativeA.id}/applications`, {
      unitId: unitB,
      appliedOn: '2025-08-02',
    }),
  );
  const feedbackB = await body(
    await coordinatorClient.send('POST', '/api/citizen-feedback', {
      receivedOn: '2025-08-01',
      channel: 'hotline',
      senderName: 'Người dân',
      subject: 'Phản ánh giao B',
      content: 'Nội dung',
      unitId: unitB,
    }),
  );
  expect(feedbackB).toMatchObject({ status: 'assigned', unitId: unitB });
  const inspectionPlan = await body(
    await coordinatorClient.send('POST', '/api/inspection-plans', {
      year: 2025,
      level: 'commune',
      targetPercent: 35,
      title: 'Kiểm tra CCHC cấp xã 2025',
      units: [{ unitId: unitB, scheduledOn: '2025-09-15' }],
      team: [{ name: 'Nguyễn Văn A', unit: 'Sở Nội vụ' }],
    }),
  );
  ids = {
    feedbackB: feedbackB.id,
    inspectionPlan: inspectionPlan.id,
    registerEntryB: entryB.id,
    registerFileB: withFile.files[0].id,
    followUpB: followUpB.id,
    indexResult: indexResult!.id,
    unitA,
    unitB,
    userB: await userId('camlo.baocao'),
    coordinator: await userId('snv.cchc'),
    job: job!.id,
    round: round!.id,
    set: round!.setId,
    plan: planId,
    period: period.id,
    assignmentB: assignment.id,
    evidenceB: withEvidence.evidence[0].id,
    scoringEvidenceB: scoringSheetB.leaves.find((l: { code: string }) => l.code === '1.1.1').evidence[0].id,
    noticeB: notice!.id,
    indicator: (await db.select({ id: planIndicators.id }).from(planIndicators).limit(1))[0]!.id,
    jointRound: (
      await db
        .select({ id: scoringRounds.id })
        .from(scoringRounds)
        .innerJoin(criteriaSets, eq(criteriaSets.id, scoringRounds.criteriaSetId))
        .where(eq(criteriaSets.subject, 'province'))
    )[0]!.id,
    initiativeB: initiativeB.id,
    applicationB: applied.applicationList[0].id,
  };
  auditMark = Math.max(0, ...(await db.select({ id: auditLog.id }).from(auditLog)).map((r) => r.id));
  // The demo province, a plan committed and each capability's fixture: slow on a busy machine.
}, 180_000);
afterAll(() => api.close());

/**
 * What a request needs to reach its use case: without a valid body, validation would answer 400 first.
 * (`post /auth/password` and `put /me/notification-settings` are sent empty on purpose: the walk must not change
 * the caller's password or settings.)
 */
const newUnit = () => ({
  code: `X${Date.now()}`,
  parentId: null,
  kind: 'other',
  level: 'province',
  name: 'Đơn vị thử',
});
/** A survey campaign as the office creates it (the walk's callers are refused before it is read). */
const surveyCampaign = () => ({
  title: 'Đợt thử',
  questionnaireVersionId: ids.unitB,
  startsOn: '2025-01-01',
  endsOn: '2025-03-31',
  units: [{ unitId: ids.unitB }],
});
const BODIES: Record<string, () => unknown> = {
  'post /units': newUnit,
  'patch /units/:id': () => ({ version: 1, name: 'Đổi tên trái phép' }),
  'post /units/:id/archive': () => ({ reason: 'thử quyền' }),
  'post /surveys/questionnaires': () => ({ content: { code: 'X' } }),
  'post /surveys/campaigns': () => surveyCampaign(),
  'put /surveys/campaigns/:campaignId': () => ({ ...surveyCampaign(), version: 1 }),
  'post /surveys/campaigns/:campaignId/cancel': () => ({ reason: 'thử quyền' }),
  'post /surveys/campaigns/:campaignId/codes': () => ({ count: 1 }),
  'post /units/:id/successions': () => ({ toId: ids.unitA, kind: 'merge', effectiveOn: '2025-07-01' }),
  'post /users': () => ({ username: 'ke.gian', displayName: 'Kẻ gian', role: 'admin', password: 'MatKhau12345' }),
  'patch /users/:id': () => ({ version: 1, role: 'admin' }),
  'post /users/:id/reset-password': () => ({ newPassword: 'MatKhau12345' }),
  'post /users/:id/archive': () => ({ reason: 'thử quyền' }),
  'post /api-tokens': () => ({ name: 'Hệ thống lạ', scopes: ['figures:read'] }),
  'post /api-tokens/:id/revoke': () => ({ reason: 'thử quyền' }),
  'post /sso-account-rules': () => ({ emailDomain: 'ke-gian.example', role: 'leader' }),
  'patch /plan-imports/:id/activities/:activityId': () => ({ version: 1, activity: 'Sửa trái phép' }),
  'put /plan-imports/:id/column-mapping': () => ({
    version: 1,
    mapping: { table: 1, headerRow: 1, firstDataRow: 2, roles: ['number', 'activity', 'lead'] },
  }),
  'post /plan-imports/:id/commit': () => ({ version: 1, name: 'Kế hoạch trái phép' }),
  'put /plan-imports/:id/duties/:dutyId': () => ({ version: 1, decision: 'confirmed' }),
  'put /assignments/:id/milestones/:milestoneId': () => ({ version: 1, done: true }),
  'post /plan-imports/:id/discard': () => ({ reason: 'thử quyền' }),
  'post /programmes': () => ({ name: 'Chương trình trái phép', startYear: 2026, endYear: 2030 }),
  'patch /programmes/:id': () => ({ name: 'Đổi tên trái phép', startYear: 2026, endYear: 2030, version: 1 }),
  'put /plans/:id/programme': () => ({ programmeId: null }),
  'post /indices': () => ({ code: 'TRAI_PHEP', name: 'Chỉ số trái phép', maxScore: 100 }),
  'post /indices/targets': () => ({ indexCode: 'PAR_INDEX', year: 2025, text: 'trong nhóm 15 tỉnh' }),
  'post /indices/:code/results': () => ({
    year: 2025,
    province: 'Quảng Trị',
    own: true,
    score: 1,
    rank: 1,
    rankOf: 34,
  }),
  'post /index-results/:id/work': () => ({ areaCode: '1', unitId: ids.unitB, planId: ids.plan }),
  'post /scoring/criteria-sets': () => ({ format: 'cchc-criteria/1' }),
  'put /dossier-sources/:name/mapping': () => ({ mapping: { 'Mã hồ sơ': 'MaHoSo' } }),
  // A paper survey form for unit B: only the office and unit B's own officers may type it.
  'post /survey-campaigns/:id/paper-responses': () => ({ unitId: ids.unitB, answers: { 'MC.1': '5' } }),
  'post /scoring/criteria-sets/:id/archive': () => ({ reason: 'thử quyền' }),
  'post /scoring/criteria-sets/:id/what-if': () => ({ entries: {}, targets: {} }),
  'post /scoring/rounds': () => ({
    criteriaSetId: ids.set,
    name: 'Đợt trái phép',
    unitIds: [ids.unitB],
    selfAssessmentFrom: '2026-01-01',
    selfAssessmentTo: '2026-01-31',
    appraisalFrom: '2026-02-01',
    appraisalTo: '2026-02-28',
  }),
  'patch /scoring/rounds/:id': () => ({ version: 1, name: 'Đổi tên trái phép' }),
  'put /scoring/rounds/:id/council': () => ({ version: 1, members: [] }),
  'post /scoring/rounds/:id/advance': () => ({ version: 1, to: 'appraisal' }),
  'put /scoring/rounds/:id/survey': () => ({ rows: [{ unitId: ids.unitB, code: '8.1', points: 1 }] }),
  'post /scoring/rounds/:id/units/:unitId/submit': () => ({ version: 1 }),
  'put /scoring/rounds/:id/units/:unitId/self': () => ({
    entries: [{ code: '1.1.1', version: 0, entry: { value: true } }],
  }),
  'put /scoring/rounds/:id/units/:unitId/entries/:code/self': () => ({ version: 0, entry: { value: true } }),
  'put /scoring/rounds/:id/units/:unitId/entries/:code/appraisal': () => ({ version: 0, decision: 'accept' }),
  'put /scoring/rounds/:id/units/:unitId/entries/:code/explanation': () => ({
    version: 1,
    answer: 'Giải trình trái phép',
  }),
  'post /scoring/rounds/:id/units/:unitId/entries/:code/evidence-links': () => ({
    label: 'Quyết định',
    url: 'https://example.org/qd.pdf',
  }),
  'post /scoring/evidence/:id/withdraw': () => ({ reason: 'Rút trái phép' }),
  'put /scoring/rounds/:id/joint/agencies': () => ({ assignments: [{ code: '6', agencyIds: [ids.unitA] }] }),
  'post /scoring/rounds/:id/joint/entries/:code/review': () => ({ version: 1, decision: 'accept' }),
  'post /scoring/rounds/:id/joint/lock': () => ({ version: 1 }),
  'post /scoring/rounds/:id/joint/entries/:code/ministry-appraisal': () => ({ version: 0, entry: { value: 1 } }),
  'post /scoring/rounds/:id/joint/entries/:code/work': () => ({ planId: ids.plan }),
  'patch /assignments/:id': () => ({ version: 1, status: 'in_progress', progress: 50 }),
  'post /assignment-changes': () => ({ type: 'cancel', assignmentId: ids.assignmentB, reason: 'Hủy trái phép' }),
  'post /assignments/:id/documents': () => ({
    numberSymbol: '1/KH-UBND',
    issuedOn: '2025-08-01',
    summary: 'Văn bản trái phép',
  }),
  'post /evidence/:id/withdraw': () => ({ reason: 'Rút trái phép' }),
  'put /plans/:id/unit-plan-deadlines': () => ({ deadlines: [{ level: 'commune', dueOn: '2025-03-01' }] }),
  'post /plans/:id/units/:unitId/unit-plan': () => ({ documentNumber: '1/KH', issuedOn: '2025-02-01' }),
  'post /plans/:id/units/:unitId/unit-plan/cancel': () => ({ reason: 'Hủy trái phép', version: 1 }),
  'post /units/:unitId/initiatives': () => ({
    year: 2025,
    title: 'Sáng kiến trái phép',
    area: 'Cải cách thể chế',
    problem: 'Vấn đề',
    solution: 'Giải pháp',
  }),
  'post /initiatives/:id/decision': () => ({
    recognised: true,
    effectLevel: 'province',
    decidedOn: '2025-08-01',
    decisionNumber: '2/QĐ',
    version: 1,
  }),
  'post /initiatives/:id/withdraw': () => ({ reason: 'Rút trái phép', version: 1 }),
  'post /initiatives/:id/applications': () => ({ unitId: ids.unitB, appliedOn: '2025-08-02' }),
  'post /initiatives/:id/applications/:applicationId/cancel': () => ({ reason: 'Hủy trái phép' }),
  'post /plans/:id/periods': () => ({
    label: 'Báo cáo đột xuất',
    start: '2025-08-01',
    end: '2025-08-31',
    dueOn: '2025-09-05',
  }),
  // Without confirm: an allowed caller is only told what would change (nothing is written).
  'put /plans/:id/reporting-calendar': () => ({
    calendar: {
      periods: ['month', 'Y'],
      window: { rule: 'cutoff', day: 14 },
      due: { rule: 'day_of_last_month', day: 15 },
      dueOverrides: {},
      levelDue: {},
    },
  }),
  'put /indicators/:id/value': () => ({ periodId: ids.period, value: 90, note: 'Số liệu trái phép' }),
  'put /indicators/:id/figure': () => ({ figureKey: null }),
  'post /periods/:id/close': () => ({ reason: 'Khóa trái phép' }),
  'put /periods/:periodId/units/:unitId/report': () => ({
    version: 1,
    content: {
      items: [],
      indicators: [],
      sections: { achievements: '', shortcomings: '', causes: '', nextTasks: '', proposals: '' },
    },
  }),
  'post /periods/:periodId/units/:unitId/report/submit': () => ({ version: 1 }),
  'post /periods/:periodId/units/:unitId/report/return': () => ({ version: 1, overallComment: 'Trả lại trái phép' }),
  'post /periods/:periodId/units/:unitId/report/accept': () => ({ version: 1 }),
  'post /periods/:periodId/units/:unitId/report/reopen': () => ({ version: 1, reason: 'Mở lại trái phép' }),
  'post /registers/:register/entries': () => ({
    unitId: ids.unitB,
    fields: { heldOn: '2025-08-01', title: 'Họp trái phép', chair: 'Kẻ gian' },
  }),
  'patch /registers/:register/entries/:id': () => ({
    version: 2,
    fields: { heldOn: '2025-08-01', title: 'Sửa trái phép', chair: 'Kẻ gian' },
  }),
  'post /registers/:register/entries/:id/cancel': () => ({ version: 2, reason: 'Hủy trái phép' }),
  'post /registers/:register/entries/:id/comments': () => ({ body: 'Ý kiến trái phép' }),
  'post /registers/:register/entries/:id/follow-ups': () => ({
    unitId: ids.unitA,
    title: 'Giao trái phép',
    dueOn: '2025-09-30',
  }),
  'post /registers/:register/follow-ups/:id/close': () => ({ version: 1, result: 'Đóng trái phép' }),
  'post /registers/:register/follow-ups/:id/cancel': () => ({ version: 1, reason: 'Hủy trái phép' }),
  'post /citizen-feedback': () => ({
    receivedOn: '2025-08-01',
    channel: 'direct',
    senderName: 'Kẻ gian',
    subject: 'Tiếp nhận trái phép',
    content: 'Trái phép',
  }),
  'post /citizen-feedback/:id/assign': () => ({ unitId: ids.unitA, version: 1 }),
  'post /citizen-feedback/:id/answer': () => ({ answer: 'Trả lời trái phép', answeredOn: '2025-08-04', version: 1 }),
  'post /citizen-feedback/:id/publish': () => ({ publishedOn: '2025-08-04', version: 1 }),
  'post /citizen-feedback/:id/cancel': () => ({ reason: 'Hủy trái phép', version: 1 }),
  'post /registers/:register/follow-ups/:id/accept': () => ({ version: 1 }),
  'post /registers/:register/follow-ups/:id/return': () => ({ version: 1, reason: 'Trả lại trái phép' }),
  'post /inspection-plans': () => ({
    year: 2025,
    level: 'district',
    targetPercent: 30,
    title: 'Kế hoạch trái phép',
    units: [{ unitId: ids.unitB, scheduledOn: '2025-10-01' }],
    team: [],
  }),
  'put /inspection-plans/:id': () => ({
    version: 1,
    targetPercent: 30,
    title: 'Sửa trái phép',
    units: [{ unitId: ids.unitA, scheduledOn: '2025-10-01' }],
    team: [],
  }),
  'post /inspection-plans/:id/cancel': () => ({ version: 1, reason: 'Hủy trái phép' }),
  'put /working-calendar/:year': () => ({ holidays: [], workdays: [], version: 0 }),
  'put /plans/:id/units/:unitId/unit-plan/activities/:activityId': () => ({ planActivityId: null, version: 1 }),
  'put /periods/:id/consolidated-report/draft': () => ({
    version: 0,
    issuingBody: 'Sở Nội vụ',
    referenceNumber: '',
    referenceSymbol: 'BC-SNV',
    issuedOn: null,
    introduction: 'Trái phép',
    conclusions: '',
    signerAuthority: '',
    signerPosition: 'Giám đốc',
    signerName: '',
    recipients: ['Lưu: VT'],
  }),
};

/**
 * When the policy lets the caller in, the answer is the route's success status, except where this fixture's
 * request cannot succeed: its id names nothing (404) or its body is left empty on purpose (400).
 */
const WHEN_ALLOWED: Record<string, number> = {
  // The id names no dossier import (only another system's token, pushing dossiers, is let this far).
  'get /dossier-imports/:id': 404,
  'post /dossier-imports/:id/reread': 404,
  'post /dossier-imports/:id/commit': 404,
  'post /auth/password': 400,
  'put /me/notification-settings': 400,
  // Another user's notice is not found, whoever asks.
  'post /notifications/:id/read': 404,
  // The plan has one version: there is no diff of versions 1 and 2.
  'get /plans/:id/diff': 404,
  // No province-wide figure has been entered here, so no file.
  'get /indicators/:id/value/evidence': 404,
  // No file is named by unit B's report for that target.
  'get /periods/:periodId/units/:unitId/report/indicators/:indicatorId/evidence': 404,
  // The ids below name no build or activity.
  'get /report-builds/:id/download': 404,
  'get /dashboard/activities/:id': 404,
  // No dossier of unit B has this code.
  'get /units/:unitId/dossiers/:code': 404,
  // The id names no programme.
  'get /programmes/:id/comparison': 404,
  // The index result has no source document.
  'get /index-results/:id/source': 404,
  // Unit B (a commune made on 01/07/2025) owed no plan of its own by the plan's 28/02 deadline: nothing recorded.
  'get /plans/:id/units/:unitId/unit-plan/file': 404,
  // The file id names no file of the initiative.
  'get /initiatives/:id/files/:fileId': 404,
};

/**
 * The facts of this fixture as the policy sees them from `actor`: every id in a path names unit B's things (or
 * things of no unit), and a request without one is answered for the caller's own unit; the communes' round
 * scores units A and B, is not published, and has no council yet; the job was asked for by the coordinator.
 */
function fixtureFacts(actor: PolicyActor, path: string): Facts {
  return {
    unitId: path.includes(':') ? ids.unitB : actor.unitId,
    roundPublished: false,
    roundScoresOwnUnit: actor.unitId === ids.unitA || actor.unitId === ids.unitB,
    council: null,
    // Neither unit A nor unit B is named for any criterion of the joint round.
    assignedCriterion: false,
    // Units A and B are communes: neither supervises the other, and the inspection plan is the province's.
    supervisedUnit: false,
    jointAgency: false,
    requestedBy: ids.coordinator,
  };
}

type ApiRoute = (typeof API_ROUTES)[number];
const keyOf = (r: ApiRoute) => `${r.method} ${r.path}`;
/** What the policy says this caller gets from this route. */
function expectedStatus(actor: PolicyActor, r: ApiRoute): number {
  if (!can(actor, r.action!, fixtureFacts(actor, r.path))) return 403;
  return WHEN_ALLOWED[keyOf(r)] ?? r.status ?? 200;
}

const QUERIES: Record<string, string> = {
  '/units/export': '?format=csv',
  '/plans/:id/indicators': '?periodId=PERIOD',
  '/indicators/:id/value/evidence': '?periodId=PERIOD',
  '/periods/:periodId/units/:unitId/report/indicators/:indicatorId/evidence':
    '?fileId=00000000-0000-4000-8000-000000000000',
  '/units/match': '?text=S%E1%BB%9F%20N%E1%BB%99i%20v%E1%BB%A5',
  '/plans/:id/diff': '?from=1&to=2',
  '/scoring/rounds/:id/results/export': '?format=docx',
  '/scoring/rounds/:id/joint/export': '?format=docx',
  '/periods/:periodId/units/:unitId/report/compare': '?from=0&to=0',
  '/report-builds/:id/download': '?format=docx',
  '/dossier-imports': '?source=mot-cua',
  '/dossier-figures': '?from=2025-01-01&to=2025-12-31',
  '/figures': '?year=2025',
  '/service-quality': '?year=2025',
  '/service-quality/export': '?year=2025',
  '/national/figures': '?year=2025',
  '/national/report': '?year=2025',
  // The lists of a register name unit B (a reporter's own list is their unit's and answers 200).
  '/registers/:register/entries': '?unitId=UNITB',
  '/registers/:register/entries/export': '?unitId=UNITB',
  '/registers/:register/follow-ups': '?unitId=UNITB',
  '/inspection-plans/proposal': '?year=2025&level=commune&percent=35',
  '/survey-results': '?from=2025-01-01&to=2025-12-31',
  '/survey-results/export': '?from=2025-01-01&to=2025-12-31',
  '/survey-results/summary': '?from=2025-01-01&to=2025-12-31',
};
/** A register's paths name unit B's entry, its file or the follow-up it owes, in the steering meetings' register. */
const REGISTER_IDS: [string, () => string][] = [
  ['/registers/:register/files/', () => ids.registerFileB],
  ['/registers/:register/follow-ups/', () => ids.followUpB],
  ['/registers/:register/entries/', () => ids.registerEntryB],
];
const ID_BY_PREFIX: [string, () => string][] = [
  ['/users', () => ids.userB],
  ['/scoring/criteria-sets', () => ids.set],
  ['/scoring/rounds/:id/joint', () => ids.jointRound],
  ['/scoring/rounds', () => ids.round],
  ['/scoring/evidence', () => ids.scoringEvidenceB],
  ['/assignments', () => ids.assignmentB],
  ['/evidence', () => ids.evidenceB],
  ['/plans', () => ids.plan],
  ['/indicators', () => ids.indicator],
  ['/periods', () => ids.period],
  ['/notifications', () => ids.noticeB],
  ['/jobs', () => ids.job],
  ['/index-results', () => ids.indexResult],
  ['/initiatives', () => ids.initiativeB],
  ['/citizen-feedback', () => ids.feedbackB],
  ['/inspection-plans', () => ids.inspectionPlan],
];
const idFor = (path: string) =>
  REGISTER_IDS.find(([prefix]) => path.startsWith(prefix))?.[1]() ??
  ID_BY_PREFIX.find(([prefix]) => path.startsWith(prefix))?.[1]() ??
  ids.unitB;
/** Each path parameter and the value the walk puts in it (one line each: a new parameter is a new line). */
const PATH_PARAMS: [string, (path: string) => string][] = [
  [':id', (path) => idFor(path)],
  // A plan import's activities are named by their key; a unit plan's read activities by their id.
  [':activityId', (path) => (path.includes('/unit-plan/') ? '00000000-0000-4000-8000-000000000000' : 'I-1')],
  [':dutyId', () => 'TC-1'],
  [':milestoneId', () => '00000000-0000-4000-8000-000000000000'],
  [':periodId', () => ids.period],
  [':unitId', () => ids.unitB],
  [':indicatorId', () => ids.indicator],
  [':code', (path) => (path.startsWith('/indices/') ? 'PAR_INDEX' : '1.1.1')],
  [':evidenceId', () => ids.scoringEvidenceB],
  [':register', () => 'steering-meetings'],
  // Survey routes are the office's only: any id does (the refusal comes before the campaign is read).
  [':campaignId', () => ids.unitB],
  [':versionId', () => ids.unitB],
  [':fileId', () => '00000000-0000-4000-8000-000000000000'],
  [':applicationId', () => ids.applicationB],
  [':year', () => '2026'],
];
const concretePath = (path: string) =>
  `/api${PATH_PARAMS.reduce((p, [name, value]) => p.replace(name, value(path)), path)}${(QUERIES[path] ?? '')
    .replace('PERIOD', ids.period)
    .replace('UNITB', ids.unitB)}`;

async function call(client: Client, r: ApiRoute) {
  const { method, path } = r;
  if (path === '/units/import')
    return client.upload(concretePath(path), new Blob(['code,name,kind,level\nX1,Thử,other,province\n']), 'units.csv');
  if (path === '/plan-imports' && method === 'post')
    return client.upload(concretePath(path), new Blob(['KẾ HOẠCH CCHC\n']), 'ke-hoach.txt');
  if (r.bodyKind === 'multipart') return client.upload(concretePath(path), new Blob(['{}']), 'tep.json');
  return method === 'get'
    ? client.get(concretePath(path))
    : client.send(method.toUpperCase(), concretePath(path), BODIES[keyOf(r)]?.() ?? {});
}

const protectedRoutes = API_ROUTES.filter((r) => r.access !== 'public');
/** Signing out ends the walk: it is called last. */
const walkOrder = [...protectedRoutes].sort(
  (a, b) => Number(a.path === '/auth/logout') - Number(b.path === '/auth/logout'),
);

/** The caller as the policy sees them, read from the database. */
async function policyActor(username: string): Promise<PolicyActor> {
  const [user] = await api.database.db
    .select({ userId: users.id, role: users.role, unitId: users.unitId })
    .from(users)
    .where(eq(users.username, username));
  return user!;
}

/** A refusal says who may not, and nothing else: no field of the thing refused. */
async function expectRefusal(response: Response, code: string, label: string) {
  const payload = await body(response);
  expect(Object.keys(payload).sort(), label).toEqual(['code', 'message']);
  expect(payload.code, label).toBe(code);
}

/** Walks every route as `username`, expecting what the policy says; `ownOnly`: a 200 must name nothing of unit B. */
async function walk(username: string, ownOnly: boolean) {
  return walkAs(username, await api.signIn(username), await policyActor(username), ownOnly);
}

async function walkAs(who: string, client: Client, actor: PolicyActor, ownOnly: boolean) {
  const outcomes: Record<string, number> = {};
  for (const r of walkOrder) {
    const label = `${who}: ${keyOf(r)} (${r.action})`;
    const response = await call(client, r);
    const expected = expectedStatus(actor, r);
    outcomes[keyOf(r)] = response.status;
    expect(response.status, label).toBe(expected);
    if (expected === 403) await expectRefusal(response, 'FORBIDDEN', label);
    if (expected === 404) await expectRefusal(response, 'NOT_FOUND', label);
    // A 200 is read in full: nothing of unit B's (its id, its submitted figure) may be in it, but in the unit
    // directory, which lists every unit by design.
    if (ownOnly && expected === 200 && r.action !== 'directory.read') {
      const text = await response.text();
      expect(text, label).not.toContain(ids.unitB);
      expect(text, label).not.toContain(String(UNIT_B_FIGURE));
    }
  }
  return outcomes;
}

describe('authorisation on every endpoint', () => {
  it('names the access policy action of every route a session is needed for', () => {
    expect(protectedRoutes.filter((r) => !r.action).map(keyOf)).toEqual([]);
    expect(protectedRoutes.filter((r) => !ACTIONS.includes(r.action!)).map(keyOf)).toEqual([]);
  });

  it('answers 401 to a logged-out client everywhere but login and health', async () => {
    for (const r of protectedRoutes) {
      const response = await call(api.anonymous, r);
      expect(response.status, keyOf(r)).toBe(401);
      expect(await body(response), keyOf(r)).toEqual({
        code: 'UNAUTHENTICATED',
        message: 'Bạn cần đăng nhập để tiếp tục.',
      });
    }
  });

  it("answers a reporter of unit A as the policy says: refused on unit B's data and on what only coordinators or administrators do", async () => {
    const outcomes = await walk('dongha.baocao', true);
    // The walk reaches both sides of the table: the reporter's own reading and the refusals.
    expect(outcomes['get /assignments']).toBe(200);
    expect(outcomes['get /assignments/:id']).toBe(403);
    expect(outcomes['get /scoring/rounds/:id']).toBe(200);
    expect(outcomes['get /scoring/rounds/:id/units/:unitId']).toBe(403);
    // National indices: published, read by everyone signed in; entered and made into work by the office only.
    expect(outcomes['get /indices']).toBe(200);
    expect(outcomes['get /index-results/:id/lost-points']).toBe(200);
    expect(outcomes['post /indices/:code/results']).toBe(403);
    expect(outcomes['post /index-results/:id/work']).toBe(403);
    expect(outcomes['post /scoring/rounds/:id/joint/entries/:code/work']).toBe(403);
    // Registers: the tiles are the reporter's own; unit B's entry, its file and its follow-ups are refused.
    expect(outcomes['get /registers']).toBe(200);
    expect(outcomes['get /registers/:register/entries/:id']).toBe(403);
    expect(outcomes['post /registers/:register/follow-ups/:id/close']).toBe(403);
    // Inspections: the plans are the office's; a unit's reporter neither reads them nor accepts its own report.
    expect(outcomes['get /inspection-plans']).toBe(403);
    expect(outcomes['get /inspection-plans/:id']).toBe(403);
    expect(outcomes['post /registers/:register/follow-ups/:id/accept']).toBe(403);
    // Survey answers: the reporter reads their own unit's results, never unit B's, and types no form for B.
    expect(outcomes['get /survey-results']).toBe(200);
    expect(outcomes['post /survey-campaigns/:id/paper-responses']).toBe(403);
    // Survey points proposed from the surveys: the office's, as the points it confirms.
    expect(outcomes['get /scoring/rounds/:id/survey/proposal']).toBe(403);
    const reporterA = await api.signIn('dongha.baocao');
    const unitBResults = await reporterA.get(`/api/survey-results?unitId=${ids.unitB}`);
    expect(unitBResults.status).toBe(403);
    await expectRefusal(unitBResults, 'FORBIDDEN', 'survey results of unit B');
    // Citizen feedback: the reporter's list is their own unit's (none here); unit B's item is neither read nor
    // answered, and nothing is received, assigned or published by a unit.
    expect(outcomes['get /citizen-feedback']).toBe(200);
    expect(outcomes['get /citizen-feedback/:id']).toBe(403);
    expect(outcomes['post /citizen-feedback/:id/answer']).toBe(403);
    expect(outcomes['post /citizen-feedback']).toBe(403);
    const feedbackA = await body(await reporterA.get('/api/citizen-feedback'));
    expect(feedbackA).toMatchObject({ total: 0, items: [], figures: { onTime: null, published: null } });
    const reporterB = await api.signIn('camlo.baocao');
    const feedbackOfB = await body(await reporterB.get('/api/citizen-feedback'));
    expect(feedbackOfB.items.map((i: { id: string }) => i.id)).toEqual([ids.feedbackB]);
    expect((await body(await reporterB.get(`/api/citizen-feedback/${ids.feedbackB}`))).can).toMatchObject({
      answer: true,
      publish: false,
    });
    // The Word summary follows the same rule: the reporter's own unit, never unit B's.
    expect(outcomes['get /survey-results/summary']).toBe(200);
    const unitBSummary = await reporterA.get(`/api/survey-results/summary?unitId=${ids.unitB}`);
    expect(unitBSummary.status).toBe(403);
    await expectRefusal(unitBSummary, 'FORBIDDEN', 'survey summary of unit B');
    // The same reporter does see their own unit's colleagues.
    expect((await (await api.signIn('dongha.baocao')).get(`/api/units/${ids.unitA}/users`)).status).toBe(200);
  });

  it('lets a leader read everything province-wide and change nothing, as the policy says', async () => {
    const outcomes = await walk('lanhdao', false);
    expect(outcomes['get /assignments/:id']).toBe(200);
    // Survey points proposed from the surveys are the office's work, not a leader's.
    expect(outcomes['get /scoring/rounds/:id/survey/proposal']).toBe(403);
    expect(outcomes['get /jobs/:id']).toBe(200);
    expect(outcomes['patch /assignments/:id']).toBe(403);
    expect(outcomes['get /indices']).toBe(200);
    expect(outcomes['post /indices/import']).toBe(403);
    expect(outcomes['post /plans/:id/index-work']).toBe(403);
    expect(outcomes['post /scoring/rounds/:id/joint/entries/:code/work']).toBe(403);
    expect(outcomes['get /registers/:register/entries/:id']).toBe(200);
    expect(outcomes['get /registers/:register/files/:id']).toBe(200);
    expect(outcomes['post /registers/:register/entries']).toBe(403);
    // Citizen feedback: read everywhere, answered, assigned and published by no leader.
    expect(outcomes['get /citizen-feedback/:id']).toBe(200);
    expect(outcomes['post /citizen-feedback/:id/answer']).toBe(403);
    expect(outcomes['post /citizen-feedback/:id/publish']).toBe(403);
    expect(outcomes['post /citizen-feedback/import']).toBe(403);
    const leader = await api.signIn('lanhdao');
    const item = await body(await leader.get(`/api/citizen-feedback/${ids.feedbackB}`));
    expect(item).toMatchObject({
      status: 'assigned',
      subject: 'Phản ánh giao B',
      can: { answer: false, publish: false },
    });
    // Inspection plans: read (with their units and team), never proposed, changed nor cancelled.
    expect(outcomes['get /inspection-plans/:id']).toBe(200);
    expect(outcomes['get /inspection-plans/proposal']).toBe(403);
    expect(outcomes['post /inspection-plans/:id/cancel']).toBe(403);
    expect(outcomes['post /registers/:register/follow-ups/:id/return']).toBe(403);
    const plan = await body(await (await api.signIn('lanhdao')).get(`/api/inspection-plans/${ids.inspectionPlan}`));
    expect(plan).toMatchObject({ title: 'Kiểm tra CCHC cấp xã 2025', cancelled: false, version: 1 });
    expect(plan.units.map((x: { unitId: string }) => x.unitId)).toEqual([ids.unitB]);
  });

  it('lets the Ministry read every province and the national figures, and change nothing', async () => {
    const db = api.database.db;
    await db.insert(units).values({ code: 'BNV', kind: 'other', level: 'central', name: 'Bộ Nội vụ' });
    const [ministryUnit] = await db.select({ id: units.id }).from(units).where(eq(units.code, 'BNV'));
    await insertUser(
      db,
      null,
      {
        username: 'bonoivu',
        displayName: 'Cán bộ Bộ Nội vụ',
        email: null,
        role: 'ministry',
        unitId: ministryUnit!.id,
        password: DEMO_PASSWORD,
      },
      api.clock.now,
      { mustChangePassword: false },
    );
    const outcomes = await walk('bonoivu', false);
    expect(outcomes['get /national/figures']).toBe(200);
    expect(outcomes['get /national/report']).toBe(200);
    expect(outcomes['get /assignments/:id']).toBe(200);
    expect(outcomes['patch /assignments/:id']).toBe(403);
    expect(outcomes['post /registers/:register/entries']).toBe(403);
    expect(outcomes['post /indices/import']).toBe(403);
  });

  it('writes nothing when refused', async () => {
    const rows = await api.database.db.select().from(auditLog);
    expect(
      rows.filter((r) => r.id > auditMark && !['user.login', 'user.logout'].includes(r.action) && r.actorId !== null),
    ).toEqual([]);
  });

  it("answers another system's API token as its scopes say: everything else refused, as for a person", async () => {
    const admin = await api.signIn('quantri');
    const issued = await body(
      await admin.send('POST', '/api/api-tokens', {
        name: 'Nền tảng LGSP tỉnh',
        scopes: ['figures:read', 'reports:read', 'dossiers:push'],
      }),
    );
    const [account] = await api.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.displayName, 'Nền tảng LGSP tỉnh'));
    const actor: PolicyActor = {
      role: 'system',
      unitId: null,
      userId: account!.id,
      tokenScopes: ['figures:read', 'reports:read', 'dossiers:push'],
    };
    const outcomes = await walkAs('LGSP', api.withToken(issued.token), actor, false);
    expect(outcomes['get /figures']).toBe(200);
    expect(outcomes['get /dashboard']).toBe(200);
    expect(outcomes['get /users']).toBe(403);
    // Its own jobs only: the coordinator's build is not the system's.
    expect(outcomes['get /jobs/:id']).toBe(403);
    expect(outcomes['post /units']).toBe(403);
  });
});

describe("the province's joint round", () => {
  const sheetOf = async (client: Client) =>
    (await body(await client.get(`/api/scoring/rounds/${ids.jointRound}/joint`))) as {
      sheet: { unit: { unitId: string } };
      leaves: { code: string; agencyIds: string[] }[];
    };

  it("lets an agency read and write only its own criteria: another agency's criterion is refused and left unchanged", async () => {
    const stp = await api.signIn('stp.baocao');
    const stc = await api.signIn('stc.baocao');
    const view = await sheetOf(stp);
    expect(view.leaves.map((l) => l.code)).toEqual(['2.TD', '3']);
    const provinceId = view.sheet.unit.unitId;
    const leaf = (code: string) => `/api/scoring/rounds/${ids.jointRound}/units/${provinceId}/entries/${code}`;
    const before = await body(await stc.get(`/api/scoring/rounds/${ids.jointRound}/units/${provinceId}`));
    const refused = await stp.send('PUT', `${leaf('6.TD')}/self`, {
      version: 1,
      entry: { value: 1 },
      note: 'Trái phép',
    });
    expect(refused.status).toBe(403);
    await expectRefusal(refused, 'FORBIDDEN', 'stp → 6.TD');
    const evidence = await stp.send('POST', `${leaf('6.TD')}/evidence-links`, {
      label: 'Trái phép',
      url: 'https://example.org/qd.pdf',
    });
    expect(evidence.status).toBe(403);
    const after = await body(await stc.get(`/api/scoring/rounds/${ids.jointRound}/units/${provinceId}`));
    expect(after).toEqual(before);
    // Its own criterion is written, and the coordinator sees it awaiting review.
    const own = await stp.send('PUT', `${leaf('3')}/self`, { version: 0, entry: { value: 10 }, note: 'Báo cáo TTHC' });
    expect(own.status).toBe(200);
    const coordinatorView = await sheetOf(await api.signIn('snv.cchc'));
    expect(coordinatorView.leaves.length).toBeGreaterThan(5);
    // A leader reads the whole round and the Ministry's table, and reviews nothing.
    const leader = await api.signIn('lanhdao');
    expect((await leader.get(`/api/scoring/rounds/${ids.jointRound}/joint/export?format=xlsx`)).status).toBe(200);
    const review = await leader.send('POST', `/api/scoring/rounds/${ids.jointRound}/joint/entries/3/review`, {
      version: 1,
      decision: 'accept',
    });
    await expectRefusal(review, 'FORBIDDEN', 'leader → review');
  });

  it("turns a deduction into work for the office only: the agency's own reporter is refused, nothing is made", async () => {
    const work = (code: string) => `/api/scoring/rounds/${ids.jointRound}/joint/entries/${code}/work`;
    const roundWork = () =>
      api.database.db.select().from(indexWorkItems).where(eq(indexWorkItems.roundId, ids.jointRound));
    const stc = await api.signIn('stc.baocao');
    const refused = await stc.send('POST', work('6.TD'), { planId: ids.plan });
    expect(refused.status).toBe(403);
    await expectRefusal(refused, 'FORBIDDEN', 'stc → deduction work');
    expect(await roundWork()).toEqual([]);
    // The coordinator is let through, and told in words that nothing was deducted (no appraisal yet).
    const coordinator = await api.signIn('snv.cchc');
    const none = await coordinator.send('POST', work('6.TD'), { planId: ids.plan });
    expect(none.status).toBe(422);
    expect(await body(none)).toEqual({ code: 'NO_DEDUCTION', message: expect.stringContaining('Tiêu chí 6.TD') });
    const bad = await coordinator.send('POST', work('6.TD'), { planId: 'không phải mã' });
    expect(bad.status).toBe(400);
    expect(await roundWork()).toEqual([]);
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
    const wrongType = await api.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
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
  const figuresOf = async (client: Client) =>
    (await body(await client.get(`/api/plans/${ids.plan}/indicators?periodId=${ids.period}`))) as {
      id: string;
      series: { value: number }[];
      units: { reported: number; values: { unitId: string; value: number }[] };
    }[];
  const answered = (targets: Awaited<ReturnType<typeof figuresOf>>) => targets.filter((t) => t.units.values.length > 0);

  it('lists a submitted figure to province-wide readers and to its own unit only', async () => {
    const leaderView = answered(await figuresOf(await api.signIn('lanhdao')));
    expect(leaderView.length).toBeGreaterThan(0);
    expect(
      leaderView.every((t) => t.units.values.some((v) => v.unitId === ids.unitB && v.value === UNIT_B_FIGURE)),
    ).toBe(true);
    const ownView = answered(await figuresOf(await api.signIn('camlo.baocao')));
    expect(ownView.map((t) => t.id).sort()).toEqual(leaderView.map((t) => t.id).sort());
    expect(answered(await figuresOf(await api.signIn('dongha.baocao')))).toEqual([]);
  });

  it("counts another unit's figure for a reporter once accepted, still without listing it", async () => {
    const coordinator = await api.signIn('snv.cchc');
    const report = await body(await coordinator.get(`/api/periods/${ids.period}/units/${ids.unitB}/report`));
    expect(
      (
        await coordinator.send('POST', `/api/periods/${ids.period}/units/${ids.unitB}/report/accept`, {
          version: report.version,
        })
      ).status,
    ).toBe(200);
    const targets = await figuresOf(await api.signIn('dongha.baocao'));
    // Counted among the units reporting (the province's figure itself is only ever the one entered for it).
    expect(targets.some((t) => t.units.reported > 0)).toBe(true);
    expect(targets.flatMap((t) => t.units.values)).toEqual([]);
  });
});
