/**
 * The province's joint PAR INDEX self-assessment through the use cases: the Sở Nội vụ names the agencies per area
 * or criterion; each agency writes only its own criteria (a merged department's work followed to its successor);
 * the Sở Nội vụ returns, accepts and locks; the Ministry's appraisal is imported and each deduction reaches its
 * agency for an explanation; the result exports as the Ministry's table.
 */
import { contentOfBytes } from '../../src/files/upload-content.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignments,
  criteriaSets,
  indexWorkItems,
  notifications,
  plans,
  scoringEntries,
  scoringRoundUnits,
  scoringRounds,
  users,
} from '../../src/db/schema/index.js';
import { runReminders } from '../../src/services/notifications/run-reminders.js';
import type { ServiceContext } from '../../src/services/context.js';
import { loadDemoScoring } from '../../src/services/demo/load-demo-scoring.js';
import { advanceRound } from '../../src/services/scoring/advance-round.js';
import { createRound } from '../../src/services/scoring/create-round.js';
import { explainLeaf } from '../../src/services/scoring/explain-leaf.js';
import { exportJointRound } from '../../src/services/scoring/joint/export-joint-round.js';
import { getJointRound } from '../../src/services/scoring/joint/get-joint-round.js';
import { importMinistryAppraisal } from '../../src/services/scoring/joint/import-ministry-appraisal.js';
import { lockJointRound } from '../../src/services/scoring/joint/lock-joint-round.js';
import { reviewJointLeaf } from '../../src/services/scoring/joint/review-joint-leaf.js';
import { setJointAgencies } from '../../src/services/scoring/joint/set-joint-agencies.js';
import { addEvidenceLink } from '../../src/services/scoring/add-evidence-link.js';
import { selfAssessLeaf } from '../../src/services/scoring/self-assess-leaf.js';
import { selfAssessLeaves } from '../../src/services/scoring/self-assess-leaves.js';
import { localDateOf } from '../../src/domain/text/format.js';
import { unitIdOf } from '../support/actors.js';
import { auditTrailOf } from '../support/audit.js';
import { commitQuangTriPlanAs } from '../support/plan.js';
import { createDeductionWork } from '../../src/services/scoring/joint/create-deduction-work.js';
import { takeIndexWorkIntoPlan } from '../../src/services/indices/take-index-work-into-plan.js';
import { createNextYearPlan } from '../../src/services/plans/create-next-year-plan.js';
import { listAssignments } from '../../src/services/reporting/list-assignments.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

let world: UseCaseWorld;
let coordinator: ServiceContext;
let stp: ServiceContext;
let stc: ServiceContext;
let vp: ServiceContext;
let skhcn: ServiceContext;
let leader: ServiceContext;
let provinceId: string;
let roundId: string;
const ids: Record<string, string> = {};

const day = (offset: number) => localDateOf(new Date(world.clock.now.getTime() + offset * 86_400_000));
const entryOf = async (code: string) =>
  (
    await world.database.db
      .select()
      .from(scoringEntries)
      .where(
        and(eq(scoringEntries.roundId, roundId), eq(scoringEntries.unitId, provinceId), eq(scoringEntries.code, code)),
      )
  )[0];
const roundVersion = async () =>
  (await world.database.db.select().from(scoringRounds).where(eq(scoringRounds.id, roundId)))[0]!.version;
const fill = (ctx: ServiceContext, code: string, value: number, version = 0, note = 'Báo cáo kèm theo.') =>
  selfAssessLeaf(ctx, roundId, provinceId, code, { version, entry: { value }, note });

beforeAll(async () => {
  world = await openUseCaseWorld();
  await loadDemoScoring(world.database.db, world.clock.now);
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
  stp = await world.actingAs('reporter', 'QT.STP');
  stc = await world.actingAs('reporter', 'QT.STC');
  vp = await world.actingAs('reporter', 'QT.VP');
  skhcn = await world.actingAs('reporter', 'QT.SKHCN');
  leader = await world.actingAs('leader', 'QT');
  for (const code of ['QT', 'QT.STP', 'QT.STC', 'QT.VP', 'QT.STTTT', 'QT.SKHCN'])
    ids[code] = await unitIdOf(world.database.db, code);
  provinceId = ids.QT!;
  const [set] = await world.database.db
    .select({ id: criteriaSets.id })
    .from(criteriaSets)
    .where(eq(criteriaSets.code, 'PAR-INDEX-TINH-2023'));
  const round = await createRound(coordinator, {
    criteriaSetId: set!.id,
    name: 'Tự đánh giá PAR INDEX của tỉnh (kiểm thử)',
    unitIds: [provinceId],
    selfAssessmentFrom: day(0),
    selfAssessmentTo: day(20),
    appraisalFrom: day(21),
    appraisalTo: day(40),
    explanationTo: day(50),
  });
  roundId = round.id;
  await advanceRound(coordinator, roundId, { version: round.version, to: 'self_assessment' });
  await setJointAgencies(coordinator, roundId, {
    assignments: [
      { code: '1', agencyIds: [ids['QT.VP']!] },
      { code: '2', agencyIds: [ids['QT.STP']!] },
      { code: '3', agencyIds: [ids['QT.VP']!, ids['QT.STP']!] },
      { code: '4', agencyIds: [ids['QT.VP']!] },
      { code: '5', agencyIds: [ids['QT.VP']!] },
      { code: '6', agencyIds: [ids['QT.STC']!] },
      // The Sở TTTT was merged into the Sở KH&CN on 01/03/2025.
      { code: '7', agencyIds: [ids['QT.STTTT']!] },
      { code: '8', agencyIds: [ids['QT.VP']!] },
      { code: '8.KTXH', agencyIds: [ids['QT.STC']!] },
    ],
  });
});
afterAll(() => world.close());

describe('assigning agencies', () => {
  it('names agencies per area, a criterion overriding its area, and refuses an unknown code or a reporter', async () => {
    const view = await getJointRound(coordinator, roundId);
    const leaf = (code: string) => view.leaves.find((l) => l.code === code)!;
    expect(leaf('6.TD')).toMatchObject({ agencyIds: [ids['QT.STC']], inheritedFrom: '6', status: 'open' });
    expect(leaf('8.KTXH')).toMatchObject({ agencyIds: [ids['QT.STC']], inheritedFrom: '8.KTXH' });
    // Survey criteria are nobody's to fill.
    expect(view.leaves.some((l) => l.code === '2.XHH')).toBe(false);
    await expect(
      setJointAgencies(coordinator, roundId, { assignments: [{ code: '9.9', agencyIds: [] }] }),
    ).rejects.toMatchObject({
      code: 'UNKNOWN_CRITERION',
    });
    await expect(
      setJointAgencies(stp, roundId, { assignments: [{ code: '6', agencyIds: [ids['QT.STP']!] }] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('follows a merged department to its successor', async () => {
    const view = await getJointRound(coordinator, roundId);
    expect(view.leaves.find((l) => l.code === '7.TD')).toMatchObject({
      namedIds: [ids['QT.STTTT']],
      agencyIds: [ids['QT.SKHCN']],
    });
    await fill(skhcn, '7.TD', 11.5);
    expect((await entryOf('7.TD'))?.selfEntry).toEqual({ value: 11.5 });
    expect((await getJointRound(skhcn, roundId)).leaves.map((l) => l.code)).toEqual(['7.TD']);
  });
});

describe('agencies fill only their criteria', () => {
  it('a second agency is refused with the row unchanged, one by one and in a batch', async () => {
    await fill(stp, '2.TD', 5.5);
    const before = await entryOf('2.TD');
    await expect(fill(stc, '2.TD', 6, before!.version)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      selfAssessLeaves(stc, roundId, provinceId, {
        entries: [
          { code: '6.TD', version: 0, entry: { value: 7 }, note: null },
          { code: '2.TD', version: before!.version, entry: { value: 6 }, note: null },
        ],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await entryOf('2.TD')).toEqual(before);
    expect(await entryOf('6.TD')).toBeUndefined();
    // Evidence follows the same rule; a leader writes nothing.
    await expect(
      addEvidenceLink(stc, roundId, provinceId, '2.TD', { label: 'Báo cáo', url: 'https://example.gov.vn/a' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(fill(leader, '6.TD', 7)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await fill(stc, '6.TD', 7);
    await addEvidenceLink(stc, roundId, provinceId, '6.TD', {
      label: 'Báo cáo giải ngân vốn đầu tư công',
      url: 'https://stc.quangtri.gov.vn/bc-giai-ngan',
    });
    // An agency sees only its criteria and its own progress.
    const mine = await getJointRound(stc, roundId);
    expect(mine.agencyView).toBe(ids['QT.STC']);
    expect(mine.leaves.map((l) => l.code).sort()).toEqual(['6.TD', '8.KTXH']);
    expect(mine.progress).toEqual([
      expect.objectContaining({ agencyId: ids['QT.STC'], assigned: 2, filled: 1, returned: 0, accepted: 0 }),
    ]);
  });

  it('an agency of another round sees nothing of it', async () => {
    const camlo = await world.actingAs('reporter', 'QT.X.CAMLO');
    await expect(getJointRound(camlo, roundId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('review, return and lock', () => {
  it('returns a criterion with a reason; the agency corrects it; accepted, it is no longer the agency’s to change', async () => {
    const e = await entryOf('6.TD');
    await expect(
      reviewJointLeaf(stc, roundId, '6.TD', { version: e!.version, decision: 'accept' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    let view = await reviewJointLeaf(coordinator, roundId, '6.TD', {
      version: e!.version,
      decision: 'return',
      reason: 'Thiếu số liệu giải ngân quý IV.',
    });
    expect(view.leaves.find((l) => l.code === '6.TD')).toMatchObject({
      status: 'returned',
      reviewReason: 'Thiếu số liệu giải ngân quý IV.',
    });
    expect((await getJointRound(stc, roundId)).progress[0]).toMatchObject({ returned: 1 });
    const returned = await entryOf('6.TD');
    await fill(stc, '6.TD', 6.5, returned!.version, 'Bổ sung số liệu quý IV.');
    expect((await getJointRound(coordinator, roundId)).leaves.find((l) => l.code === '6.TD')?.status).toBe('filled');
    view = await reviewJointLeaf(coordinator, roundId, '6.TD', {
      version: (await entryOf('6.TD'))!.version,
      decision: 'accept',
    });
    expect(view.progress.find((p) => p.agencyId === ids['QT.STC'])).toMatchObject({ accepted: 1, returned: 0 });
    const accepted = await entryOf('6.TD');
    await expect(fill(stc, '6.TD', 8, accepted!.version)).rejects.toMatchObject({ code: 'ENTRY_ACCEPTED' });
    expect(await entryOf('6.TD')).toEqual(accepted);
  });

  it('locks only once every criterion is accepted; afterwards no agency writes', async () => {
    const unitVersion = async () =>
      (
        await world.database.db
          .select()
          .from(scoringRoundUnits)
          .where(and(eq(scoringRoundUnits.roundId, roundId), eq(scoringRoundUnits.unitId, provinceId)))
      )[0]!.version;
    await expect(lockJointRound(coordinator, roundId, await unitVersion())).rejects.toMatchObject({
      code: 'JOINT_NOT_ACCEPTED',
    });
    for (const code of ['1', '3', '4.TD', '5.TD']) await fill(vp, code, 4);
    await fill(stc, '8.KTXH', 6);
    for (const code of ['1', '2.TD', '3', '4.TD', '5.TD', '7.TD', '8.KTXH'])
      await reviewJointLeaf(coordinator, roundId, code, {
        version: (await entryOf(code))!.version,
        decision: 'accept',
      });
    const locked = await lockJointRound(coordinator, roundId, await unitVersion());
    expect(locked.sheet.unit.submittedAt).not.toBeNull();
    const before = await entryOf('2.TD');
    // Accepted or not, a locked sheet refuses every write (here: the review first, then the sheet).
    await expect(fill(stp, '2.TD', 6, before!.version)).rejects.toMatchObject({
      code: expect.stringMatching(/ENTRY_ACCEPTED|ALREADY_SUBMITTED/),
    });
    await expect(
      addEvidenceLink(stp, roundId, provinceId, '2.TD', { label: 'Thêm', url: 'https://example.gov.vn/b' }),
    ).rejects.toMatchObject({ code: 'ALREADY_SUBMITTED' });
    expect(await entryOf('2.TD')).toEqual(before);
  });
});

describe("the Ministry's appraisal and the explanations", () => {
  it('imports the appraisal; each deduction reaches its agency, which explains it', async () => {
    await advanceRound(coordinator, roundId, { version: await roundVersion(), to: 'appraisal' });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Thẩm định');
    sheet.addRow(['Mã tiêu chí', 'Điểm thẩm định', 'Lý do']);
    for (const [code, points, reason] of [
      ['1', 4, ''],
      ['2.TD', 5.5, ''],
      ['3', 4, ''],
      ['4.TD', 4, ''],
      ['5.TD', 4, ''],
      ['6.TD', '5,5', 'Chưa đạt tỷ lệ giải ngân 95%.'],
      ['7.TD', 11.5, ''],
      ['8.KTXH', 6, ''],
    ])
      sheet.addRow([code, points, reason]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const bad = new ExcelJS.Workbook();
    bad.addWorksheet('x').addRows([
      ['Mã tiêu chí', 'Điểm thẩm định'],
      ['9.9', 1],
      ['6.TD', 'nhiều'],
    ]);
    await expect(
      importMinistryAppraisal(coordinator, roundId, {
        content: contentOfBytes(new Uint8Array(await bad.xlsx.writeBuffer())),
        fileName: 'sai.xlsx',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_APPRAISAL_FILE', message: expect.stringContaining('Dòng 2') });
    await expect(
      importMinistryAppraisal(stc, roundId, {
        content: contentOfBytes(bytes),
        fileName: 'bo.xlsx',
        contentType: 'application/octet-stream',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await importMinistryAppraisal(coordinator, roundId, {
        content: contentOfBytes(bytes),
        fileName: 'tham-dinh-bo-noi-vu.xlsx',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    ).toEqual({ saved: 8, unchanged: 0 });
    await advanceRound(coordinator, roundId, { version: await roundVersion(), to: 'explanation' });

    const stcView = await getJointRound(stc, roundId);
    expect(stcView.leaves.find((l) => l.code === '6.TD')).toMatchObject({ explanationOwed: true });
    expect(stcView.progress[0]).toMatchObject({ explanationsOwed: 1 });
    expect(stcView.sheet.leaves.find((l) => l.code === '6.TD')?.deducted).toBeCloseTo(1);
    // Nobody else is asked, and nobody else may answer.
    const stpView = await getJointRound(stp, roundId);
    expect(stpView.leaves.some((l) => l.explanationOwed)).toBe(false);
    const owed = await entryOf('6.TD');
    await expect(
      explainLeaf(stp, roundId, provinceId, '6.TD', {
        version: owed!.version,
        answer: 'Không phải việc của Sở Tư pháp.',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await entryOf('6.TD')).toEqual(owed);
    // The request is tracked to its deadline: the agency's reporters are reminded 7 days before it, nobody else.
    const before = world.clock.now;
    await runReminders(world.database.db, new Date(before.getTime() + 43 * 86_400_000));
    const notices = await world.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'reminder_explanation'));
    const stcReporters = (
      await world.database.db.select({ id: users.id }).from(users).where(eq(users.unitId, ids['QT.STC']!))
    ).map((u) => u.id);
    // Every reporter of the Sở Tài chính (the demo's and this test's), nobody else.
    expect(notices.map((n) => n.userId).sort()).toEqual(stcReporters.sort());
    expect(stcReporters).toContain(stc.actor!.userId);
    expect(notices[0]).toMatchObject({
      title: expect.stringContaining('Còn 7 ngày đến hạn: Tiêu chí 6.TD bị trừ điểm'),
      link: `/cham-diem/dot/${roundId}/tu-danh-gia-chung`,
    });
    await explainLeaf(stc, roundId, provinceId, '6.TD', {
      version: owed!.version,
      answer: 'Tỷ lệ giải ngân đạt 96,2% theo báo cáo của Kho bạc (gửi kèm).',
    });
    expect((await getJointRound(stc, roundId)).leaves.find((l) => l.code === '6.TD')?.explanationOwed).toBe(false);
  });

  it('exports the Ministry’s table with the agencies and the evidence list, read back independently', async () => {
    const xlsx = await exportJointRound(leader, roundId, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const text = book.worksheets.map((ws) => ws.getSheetValues().flat().join(' | ')).join('\n');
    expect(text).toContain('Cơ quan chủ trì');
    expect(text).toContain('Sở Tài chính');
    expect(text).toContain('Sở Khoa học và Công nghệ');
    expect(text).toContain('Báo cáo giải ngân vốn đầu tư công');
    expect(text).toContain('Tỷ lệ giải ngân đạt 96,2%');
    expect(book.worksheets.map((w) => w.name)).toEqual(['Tự đánh giá', 'Tài liệu kiểm chứng']);

    const docx = await exportJointRound(coordinator, roundId, 'docx');
    const dir = mkdtempSync(join(tmpdir(), 'joint-export-'));
    const path = join(dir, docx.fileName);
    writeFileSync(path, docx.bytes);
    // Table cells wrap in plain text: compare words, case aside (headings are set in capitals).
    const plain = execFileSync('pandoc', [path, '-t', 'plain', '--wrap=none'], { encoding: 'utf8' })
      .replace(/[|+\-=]/g, ' ')
      .replace(/\s+/g, ' ')
      .toLowerCase();
    expect(plain).toContain('danh sách tài liệu kiểm chứng');
    expect(plain).toContain('báo cáo giải ngân vốn đầu tư công');
    expect(plain).toContain('cơ quan chủ trì');
  });
});

describe('a deducted criterion turned into work', () => {
  it('becomes one assignment for its agency, even under two requests at once; audited; carried into next year', async () => {
    const { planId } = await commitQuangTriPlanAs(coordinator);
    const [plan] = await world.database.db.select().from(plans).where(eq(plans.id, planId));
    // Policy first: a reporter (even the agency's) and a leader are refused, and nothing is made.
    for (const ctx of [stc, leader])
      await expect(createDeductionWork(ctx, roundId, '6.TD', { planId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Nothing deducted (8.KTXH: 6 claimed, 6 appraised), or another agency than the criterion's: refused in words.
    await expect(createDeductionWork(coordinator, roundId, '8.KTXH', { planId })).rejects.toMatchObject({
      code: 'NO_DEDUCTION',
      message: expect.stringContaining('8.KTXH'),
    });
    await expect(
      createDeductionWork(coordinator, roundId, '6.TD', { planId, unitId: ids['QT.STP']! }),
    ).rejects.toMatchObject({ code: 'NOT_CRITERION_AGENCY', message: expect.stringContaining('Sở Tài chính') });
    expect(await world.database.db.select().from(indexWorkItems).where(eq(indexWorkItems.roundId, roundId))).toEqual(
      [],
    );

    const [a, b] = await Promise.all([
      createDeductionWork(coordinator, roundId, '6.TD', { planId }),
      createDeductionWork(coordinator, roundId, '6.TD', { planId }),
    ]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.assignmentId).toBe(b.assignmentId);
    expect(a).toMatchObject({ unitId: ids['QT.STC'], dueOn: `${plan!.year}-12-31` });
    const items = await world.database.db.select().from(indexWorkItems).where(eq(indexWorkItems.roundId, roundId));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ criterionCode: '6.TD', areaCode: '6', lostPoints: 1, resultId: null });
    const trail = await auditTrailOf(world.database.db, 'index_work_item', items[0]!.id);
    expect(trail.map((t) => t.action)).toEqual(['indexWorkItem.create']);

    // The Sở Tài chính's reporter finds it among its tasks; the coordinator's page shows it on the criterion.
    const listed = await listAssignments(stc, { page: 1, pageSize: 200, q: 'Khắc phục điểm bị Bộ Nội vụ trừ' });
    expect(listed.items.find((i) => i.id === a.assignmentId)?.title).toMatch(
      /^Khắc phục điểm bị Bộ Nội vụ trừ khi thẩm định, tiêu chí 6\.TD \(Điểm tự đánh giá \(đã thẩm định\)\): trừ 1\/8 điểm/,
    );
    const view = await getJointRound(coordinator, roundId);
    expect(view.leaves.find((l) => l.code === '6.TD')?.work).toMatchObject({
      assignmentId: a.assignmentId,
      unitName: 'Sở Tài chính',
    });
    expect((await getJointRound(stc, roundId)).leaves.find((l) => l.code === '6.TD')?.work).toBeNull();

    // Next year's plan takes the unfinished one in, once, as it does the tracker's lost points.
    const next = await createNextYearPlan(coordinator, planId, {});
    expect((await takeIndexWorkIntoPlan(coordinator, next.planId)).taken).toBe(1);
    expect((await takeIndexWorkIntoPlan(coordinator, next.planId)).taken).toBe(0);
    const carried = await world.database.db
      .select()
      .from(assignments)
      .where(eq(assignments.carriedFromId, a.assignmentId));
    expect(carried).toHaveLength(1);
    expect(carried[0]).toMatchObject({ planId: next.planId, unitId: ids['QT.STC'] });
    // The first assignment is still the criterion's: asking again returns it.
    expect(await createDeductionWork(coordinator, roundId, '6.TD', { planId })).toMatchObject({
      created: false,
      assignmentId: a.assignmentId,
    });
  });
});
