/**
 * Units' own CCHC plans and CCHC initiatives on the demo province (its 2025 plan, whose "ban hành kế hoạch CCHC"
 * activity gives departments and districts 31/01 and communes 28/02): the duty, recording and cancelling a plan,
 * the overview and the figures (Σ/Σ over the level's units); an initiative from proposal to the council's
 * decision (only the office decides) and its application by another unit, counted by the figures; a unit's plan
 * read from its Word file into activities linked to the province's.
 */
import { uploadOfBytes } from '../../src/files/upload-content.js';
import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, plans, unitPlanActivities, users } from '../../src/db/schema/index.js';
import { runReminders } from '../../src/services/notifications/run-reminders.js';
import { yearOf } from '../../src/domain/figures/period.js';
import { suggestFigureKeys } from '../../src/domain/figures/suggest.js';
import type { FigureValue } from '../../src/domain/figures/values.js';
import { demoPlanName } from '../../src/domain/demo/demo-timeline.js';
import type { ServiceContext } from '../../src/services/context.js';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { computeFigures } from '../../src/services/figures/compute-figures.js';
import { decideInitiative } from '../../src/services/initiatives/decide-initiative.js';
import { getInitiative } from '../../src/services/initiatives/get-initiative.js';
import { listInitiatives } from '../../src/services/initiatives/list-initiatives.js';
import { proposeInitiative } from '../../src/services/initiatives/propose-initiative.js';
import { getRegisterTiles } from '../../src/services/registers/get-register-tiles.js';
import { recordApplication } from '../../src/services/initiatives/record-application.js';
import { withdrawInitiative } from '../../src/services/initiatives/withdraw-initiative.js';
import { cancelUnitPlan } from '../../src/services/unit-plans/cancel-unit-plan.js';
import { getUnitPlanDuty } from '../../src/services/unit-plans/get-unit-plan-duty.js';
import { getUnitPlanOverview } from '../../src/services/unit-plans/get-unit-plan-overview.js';
import { recordUnitPlan } from '../../src/services/unit-plans/record-unit-plan.js';
import { setUnitPlanDeadlines } from '../../src/services/unit-plans/set-unit-plan-deadlines.js';
import { addInitiativeFile } from '../../src/services/initiatives/attach-initiative-file.js';
import { attachUnitPlanFile } from '../../src/services/unit-plans/attach-unit-plan-file.js';
import { getUnitPlanActivities } from '../../src/services/unit-plans/get-unit-plan-activities.js';
import { linkUnitPlanActivity } from '../../src/services/unit-plans/link-unit-plan-activity.js';
import { readUnitPlanActivities } from '../../src/services/unit-plans/read-unit-plan-activities.js';
import { readTextDocument } from '../../src/readers/document/text-reader.js';
import { docxFromDocument } from '../support/docx-from-document.js';
import { auditTrailOf } from '../support/audit.js';
import { textPdf } from '../support/pdf-file.js';
import { unitIdOf } from '../support/actors.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

let world: UseCaseWorld;
let coordinator: ServiceContext;
let leader: ServiceContext;
let stpReporter: ServiceContext;
let dongHaReporter: ServiceContext;
let stp: string;
let dongHa: string;
let planId: string;
const year = yearOf(2025);
const pdf = textPdf(['Ke hoach CCHC nam 2025']);

/** The Sở Tư pháp's own 2025 plan as Word makes it: an appendix table rewording some of the province's activities. */
const unitPlanDocx = () =>
  docxFromDocument(
    readTextDocument(readFileSync(new URL('../fixtures/unit-plans/so-tu-phap-2025.txt', import.meta.url), 'utf8')),
  );

const valueOf = (values: FigureValue[], key: string, unitId: string | null = null) =>
  values.find((v) => v.key === key && v.unitId === unitId)!;

beforeAll(async () => {
  world = await openUseCaseWorld();
  await loadDemo(world.database.db, { files: world.files, now: world.clock.now });
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
  leader = await world.actingAs('leader', 'QT');
  stpReporter = await world.actingAs('reporter', 'QT.STP');
  dongHaReporter = await world.actingAs('reporter', 'QT.X.DONGHA');
  stp = await unitIdOf(world.database.db, 'QT.STP');
  dongHa = await unitIdOf(world.database.db, 'QT.X.DONGHA');
  const [plan] = await world.database.db
    .select()
    .from(plans)
    .where(eq(plans.name, demoPlanName(2025)));
  planId = plan!.id;
  // The whole demo (its plan, reports, dossiers) is loaded first: slow on a busy machine.
}, 180_000);
afterAll(() => world.close());

describe('units’ own plans', () => {
  it('reminds a unit owing its plan on its level’s date, through the notifications', async () => {
    await runReminders(world.database.db, new Date('2025-01-31T02:00:00Z'));
    const stpUsers = await world.database.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.unitId, stp), eq(users.role, 'reporter')));
    const notices = await world.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'reminder_unit_plan'));
    const mine = notices.filter((n) => stpUsers.some((u) => u.id === n.userId));
    // Each reporter of Sở Tư pháp, once.
    expect(mine.length).toBe(stpUsers.length);
    for (const notice of mine)
      expect(notice).toMatchObject({
        title: '[CCHC] Hôm nay là hạn: Ban hành kế hoạch CCHC năm 2025',
        link: `/ke-hoach-don-vi?planId=${planId}`,
      });
  });

  it('reads each level’s deadline from the plan’s own activity and lists the units without a plan', async () => {
    const overview = await getUnitPlanOverview(coordinator, planId);
    expect(overview.deadlines).toEqual([
      expect.objectContaining({ level: 'department', dueOn: '2025-01-31', source: 'plan' }),
      expect.objectContaining({ level: 'district', dueOn: '2025-01-31', source: 'plan' }),
      expect.objectContaining({ level: 'commune', dueOn: '2025-02-28', source: 'plan' }),
    ]);
    const departments = overview.levels.find((l) => l.level === 'department')!;
    expect(departments.units).toBeGreaterThan(10);
    // The demo: most issued, some late, some missing (Sở Tư pháp among them).
    expect(departments.issued).toBeGreaterThan(departments.units / 2);
    expect(departments.onTime).toBeLessThan(departments.issued);
    expect(overview.units.find((u) => u.unitId === stp)).toMatchObject({ state: 'overdue', issuedOn: null });
    // A unit's reporter does not read the province's overview.
    await expect(getUnitPlanOverview(stpReporter, planId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getUnitPlanOverview(leader, planId)).units.length).toBe(overview.units.length);
  });

  it('lets the unit record its plan, late, and the figures move (Σ/Σ over the level)', async () => {
    const before = await computeFigures(coordinator, { scope: { level: 'departments' }, period: year });
    const issuedBefore = valueOf(before.values, 'unit_plans.issued_rate');
    expect(valueOf(before.units, 'unit_plans.issued_rate', stp)).toMatchObject({ numerator: 0, denominator: 1 });

    // Another unit's reporter may not record it; bad input names the field.
    await expect(
      recordUnitPlan(dongHaReporter, planId, stp, { documentNumber: '1/KH', issuedOn: '2025-02-10' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      recordUnitPlan(stpReporter, planId, stp, { documentNumber: '1/KH', issuedOn: '2025-12-10' }),
    ).rejects.toThrow(/Ngày ban hành/);

    const duty = await recordUnitPlan(stpReporter, planId, stp, {
      documentNumber: '15/KH-STP',
      issuedOn: '2025-02-10',
    });
    expect(duty).toMatchObject({ level: 'department', dueOn: '2025-01-31', state: 'issued_late' });
    await expect(
      recordUnitPlan(stpReporter, planId, stp, { documentNumber: '16/KH-STP', issuedOn: '2025-02-11' }),
    ).rejects.toMatchObject({ code: 'UNIT_PLAN_ALREADY_RECORDED' });
    const withFile = await attachUnitPlanFile(stpReporter, planId, stp, uploadOfBytes(pdf, 'ke-hoach-stp.pdf'));
    expect(withFile.record).toMatchObject({ fileName: 'ke-hoach-stp.pdf', version: 2 });

    const after = await computeFigures(coordinator, { scope: { level: 'departments' }, period: year });
    expect(valueOf(after.units, 'unit_plans.issued_rate', stp)).toMatchObject({
      numerator: 1,
      denominator: 1,
      value: 100,
    });
    expect(valueOf(after.units, 'unit_plans.on_time_rate', stp)).toMatchObject({
      numerator: 0,
      denominator: 1,
      value: 0,
    });
    const issuedAfter = valueOf(after.values, 'unit_plans.issued_rate');
    expect(issuedAfter.numerator).toBe(issuedBefore.numerator! + 1);
    expect(issuedAfter.denominator).toBe(issuedBefore.denominator);
    expect(issuedAfter.value).toBe(Math.round((issuedAfter.numerator! / issuedAfter.denominator!) * 10000) / 100);

    const trail = await auditTrailOf(world.database.db, 'unit_plan', duty.record!.id);
    expect(trail.map((t) => t.action)).toEqual(['unitPlan.record', 'unitPlan.attachFile']);
  });

  it('cancels a wrong record with a reason (kept) and lets the unit record again', async () => {
    const duty = await getUnitPlanDuty(stpReporter, planId, stp);
    await expect(
      cancelUnitPlan(stpReporter, planId, stp, { reason: 'Ghi nhầm số', version: duty.record!.version - 1 }),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
    const cancelled = await cancelUnitPlan(stpReporter, planId, stp, {
      reason: 'Ghi nhầm số',
      version: duty.record!.version,
    });
    expect(cancelled).toMatchObject({ record: null, state: 'overdue' });
    const trail = await auditTrailOf(world.database.db, 'unit_plan', duty.record!.id);
    expect(trail.at(-1)).toMatchObject({ action: 'unitPlan.cancel', reason: 'Ghi nhầm số' });
    const again = await recordUnitPlan(stpReporter, planId, stp, {
      documentNumber: '16/KH-STP',
      issuedOn: '2025-01-20',
    });
    expect(again.state).toBe('issued_on_time');
  });

  it('takes the coordinator’s deadline over the plan’s and a level without one owes nothing', async () => {
    await expect(
      setUnitPlanDeadlines(stpReporter, planId, { deadlines: [{ level: 'commune', dueOn: '2025-03-15' }] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const overview = await setUnitPlanDeadlines(coordinator, planId, {
      deadlines: [{ level: 'commune', dueOn: '2025-03-15' }],
    });
    expect(overview.deadlines.find((d) => d.level === 'commune')).toMatchObject({
      dueOn: '2025-03-15',
      source: 'setting',
    });
    const back = await setUnitPlanDeadlines(coordinator, planId, { deadlines: [{ level: 'commune', dueOn: null }] });
    expect(back.deadlines.find((d) => d.level === 'commune')).toMatchObject({ dueOn: '2025-02-28', source: 'plan' });
    const province = await unitIdOf(world.database.db, 'QT');
    await expect(
      recordUnitPlan(await world.actingAs('reporter', 'QT'), planId, province, {
        documentNumber: '1',
        issuedOn: '2025-01-02',
      }),
    ).rejects.toMatchObject({ code: 'UNIT_PLAN_NO_DUTY' });
  });

  it('reads the unit’s plan from its Word file into activities linked to the province’s; the unit corrects a link', async () => {
    await expect(readUnitPlanActivities(stpReporter, planId, stp)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A file without an appendix of activities is refused by name; nothing is read.
    await attachUnitPlanFile(stpReporter, planId, stp, uploadOfBytes(pdf, 'to-trinh.pdf'));
    await expect(readUnitPlanActivities(stpReporter, planId, stp)).rejects.toMatchObject({
      code: 'NO_PLAN_FOUND',
      message: expect.stringContaining('Không tìm thấy kế hoạch'),
    });
    expect(await getUnitPlanActivities(stpReporter, planId, stp)).toMatchObject({ readAt: null, activities: [] });
    await attachUnitPlanFile(stpReporter, planId, stp, uploadOfBytes(await unitPlanDocx(), 'ke-hoach-stp.docx'));
    await expect(readUnitPlanActivities(dongHaReporter, planId, stp)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getUnitPlanActivities(dongHaReporter, planId, stp)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const read = await readUnitPlanActivities(stpReporter, planId, stp);
    const linkOf = (start: string) => read.activities.find((a) => a.text.startsWith(start))!;
    expect(read.activities).toHaveLength(9);
    // The province's activities the Sở's lines reword, and its own lines left unlinked.
    expect(linkOf('Xây dựng, ban hành Kế hoạch CCHC năm 2025').planActivity?.title).toBe(
      'Xây dựng, ban hành Kế hoạch CCHC của tỉnh',
    );
    expect(linkOf('Thẩm định dự thảo văn bản').planActivity?.title).toBe('Thẩm định dự thảo văn bản');
    expect(linkOf('Xây dựng và ban hành Kế hoạch kiểm tra').planActivity?.title).toBe(
      'Xây dựng và ban hành Kế hoạch kiểm tra văn bản QPPL',
    );
    expect(linkOf('Họp giao ban').planActivity).toBeNull();
    expect(linkOf('Số hóa hồ sơ').planActivity).toBeNull();
    expect(read.activities.every((a) => a.link === 'suggested')).toBe(true);
    // Coverage counts the activities the Sở leads that some line carries out (Σ/Σ).
    const led = read.assigned.filter((a) => a.lead);
    expect(read.coverage.denominator).toBe(led.length);
    expect(read.coverage.numerator).toBe(led.filter((a) => a.covered).length);
    const linked = new Set(read.activities.map((a) => a.planActivity?.id));
    expect(read.assigned.filter((a) => a.covered).every((a) => linked.has(a.id))).toBe(true);
    expect(read.coverage.numerator).toBeGreaterThan(0);
    expect(await getUnitPlanActivities(leader, planId, stp)).toEqual(read);

    // The unit names the province activity its meetings carry out, and says its digitisation line is its own.
    const meetings = linkOf('Họp giao ban');
    const target = linkOf('Tuyên truyền công tác CCHC').planActivity!;
    await expect(
      linkUnitPlanActivity(stpReporter, planId, stp, meetings.id, { planActivityId: target.id, version: 0 }),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
    await expect(
      linkUnitPlanActivity(stpReporter, planId, stp, meetings.id, { planActivityId: stp, version: 1 }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('kế hoạch tỉnh') });
    await expect(
      linkUnitPlanActivity(dongHaReporter, planId, stp, meetings.id, { planActivityId: target.id, version: 1 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const relinked = await linkUnitPlanActivity(stpReporter, planId, stp, meetings.id, {
      planActivityId: target.id,
      version: 1,
    });
    expect(relinked.activities.find((a) => a.id === meetings.id)).toMatchObject({
      link: 'confirmed',
      planActivity: { id: target.id },
      version: 2,
    });
    expect(await auditTrailOf(world.database.db, 'unit_plan_activity', meetings.id)).toEqual([
      expect.objectContaining({
        action: 'unitPlanActivity.link',
        before: { planActivityId: null, link: 'suggested' },
        after: { planActivityId: target.id, link: 'confirmed' },
      }),
    ]);

    // Read again (a corrected file): the earlier reading is kept, superseded, and the unit's decision carried over.
    const again = await readUnitPlanActivities(stpReporter, planId, stp);
    expect(again.activities.map((a) => a.id)).not.toContain(meetings.id);
    expect(again.activities.find((a) => a.text.startsWith('Họp giao ban'))).toMatchObject({
      link: 'confirmed',
      planActivity: { id: target.id },
    });
    const readings = await world.database.db
      .select()
      .from(unitPlanActivities)
      .where(eq(unitPlanActivities.id, meetings.id));
    expect(readings[0]!.supersededAt).not.toBeNull();
  });

  it('is the figure a target "100% cơ quan, đơn vị ban hành kế hoạch" is offered', () => {
    expect(suggestFigureKeys('100% cơ quan, đơn vị ban hành kế hoạch CCHC năm 2025')[0]).toBe('unit_plans.issued_rate');
    expect(suggestFigureKeys('Mỗi năm có ít nhất 03 sáng kiến hoặc giải pháp mới')[0]).toBe(
      'initiatives.recognised_count',
    );
  });
});

describe('initiatives', () => {
  let id: string;

  it('goes from a unit’s proposal to the council’s recognition, which only the office records', async () => {
    const proposal = {
      year: 2025,
      title: 'Trả kết quả lý lịch tư pháp qua ứng dụng VNeID',
      area: 'Cải cách thủ tục hành chính' as const,
      problem: 'Người dân phải đến nhận kết quả trực tiếp.',
      solution: 'Trả kết quả điện tử qua VNeID.',
    };
    await expect(proposeInitiative(dongHaReporter, stp, proposal)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const proposed = await proposeInitiative(stpReporter, stp, proposal);
    id = proposed.id;
    expect(proposed).toMatchObject({ status: 'submitted', can: { decide: false, withdraw: true, addFile: true } });
    await addInitiativeFile(stpReporter, id, uploadOfBytes(pdf, 'thuyet-minh.pdf'));
    // Not yet recognised: another unit's reporter neither sees it nor may apply it.
    await expect(getInitiative(dongHaReporter, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      recordApplication(dongHaReporter, id, { unitId: dongHa, appliedOn: '2025-06-01', note: '' }),
    ).rejects.toMatchObject({
      code: 'INITIATIVE_INVALID_STATE',
    });

    const decision = {
      recognised: true,
      effectLevel: 'province' as const,
      decidedOn: '2025-05-10',
      decisionNumber: '30/QĐ-HĐSK',
      note: '',
      version: 1,
    };
    // The proposing unit may not recognise its own initiative; nor may a leader.
    await expect(decideInitiative(stpReporter, id, decision)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(decideInitiative(leader, id, decision)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(decideInitiative(coordinator, id, { ...decision, effectLevel: null })).rejects.toThrow(
      /Phạm vi ảnh hưởng/,
    );
    await expect(decideInitiative(coordinator, id, { ...decision, version: 0 })).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });

    const before = await computeFigures(coordinator, { scope: { level: 'province' }, period: year });
    const recognised = await decideInitiative(coordinator, id, decision);
    expect(recognised).toMatchObject({ status: 'recognised', effectLevel: 'province', decidedOn: '2025-05-10' });
    const after = await computeFigures(coordinator, { scope: { level: 'province' }, period: year });
    expect(valueOf(after.values, 'initiatives.recognised_count').value).toBe(
      valueOf(before.values, 'initiatives.recognised_count').value! + 1,
    );
    const mine = await computeFigures(stpReporter, { scope: { unitId: stp }, period: year });
    // The demo's recognised initiative of Sở Tư pháp and this one.
    expect(valueOf(mine.values, 'initiatives.recognised_count', stp).value).toBe(2);
    // The dashboard's initiatives tile shows the same counts: the province's to a leader, the unit's to its reporter.
    const tileValue = async (ctx: ServiceContext) =>
      (await getRegisterTiles(ctx, { year: 2025 })).workflows
        .find((tile) => tile.workflow === 'initiatives')!
        .figures.find((figure) => figure.key === 'initiatives.recognised_count')!.value;
    expect(await tileValue(leader)).toBe(valueOf(after.values, 'initiatives.recognised_count').value);
    expect(await tileValue(stpReporter)).toBe(2);
    await expect(withdrawInitiative(stpReporter, id, { reason: 'Không cần nữa', version: 2 })).rejects.toMatchObject({
      code: 'INITIATIVE_INVALID_STATE',
    });
  });

  it('records its application by another unit, never by the proposing one', async () => {
    await expect(
      recordApplication(stpReporter, id, { unitId: stp, appliedOn: '2025-06-01', note: '' }),
    ).rejects.toMatchObject({
      code: 'INITIATIVE_OWN_UNIT',
    });
    await expect(
      recordApplication(stpReporter, id, { unitId: dongHa, appliedOn: '2025-06-01', note: '' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const seen = await getInitiative(dongHaReporter, id);
    expect(seen.can).toMatchObject({ apply: true, decide: false, withdraw: false });
    const applied = await recordApplication(dongHaReporter, id, {
      unitId: dongHa,
      appliedOn: '2025-06-01',
      note: 'Áp dụng tại phường',
    });
    expect(applied.applicationList).toEqual([expect.objectContaining({ unitId: dongHa, appliedOn: '2025-06-01' })]);
    await expect(
      recordApplication(dongHaReporter, id, { unitId: dongHa, appliedOn: '2025-06-02', note: '' }),
    ).rejects.toMatchObject({
      code: 'INITIATIVE_ALREADY_APPLIED',
    });
    const figures = await computeFigures(dongHaReporter, { scope: { unitId: dongHa }, period: year });
    expect(valueOf(figures.values, 'initiatives.applied_count', dongHa).value).toBe(2);
  });

  it('is withdrawn with a reason, kept and audited; a reporter lists its own and the recognised ones', async () => {
    const other = await proposeInitiative(dongHaReporter, dongHa, {
      year: 2025,
      title: 'Sổ tay thủ tục cho người cao tuổi',
      area: 'Công tác thông tin, tuyên truyền',
      problem: 'Khó tra cứu.',
      solution: 'Sổ tay in khổ lớn.',
    });
    await expect(withdrawInitiative(stpReporter, other.id, { reason: 'Không cần', version: 1 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const withdrawn = await withdrawInitiative(dongHaReporter, other.id, {
      reason: 'Trùng với sáng kiến khác',
      version: 1,
    });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawReason: 'Trùng với sáng kiến khác' });
    const trail = await auditTrailOf(world.database.db, 'initiative', other.id);
    expect(trail.map((t) => t.action)).toEqual(['initiative.propose', 'initiative.withdraw']);

    const listed = await listInitiatives(stpReporter, { page: 1, pageSize: 50, year: 2025 });
    expect(listed.items.every((i) => i.unitId === stp || i.status === 'recognised')).toBe(true);
    const all = await listInitiatives(leader, { page: 1, pageSize: 50, year: 2025 });
    expect(all.total).toBeGreaterThan(listed.total);
    expect(all.counts.withdrawn).toBeGreaterThanOrEqual(2);
  });
});
