/**
 * Inspections (issue #13 point 1): cchc's proposal of the units to inspect (not inspected in the last two years
 * first, deterministic), the year's plan saved, adjusted and cancelled with a reason; an inspection recorded by a
 * coordinator only, its remediation items reported fixed with evidence by the unit and accepted or returned by
 * the coordinator; the figures (share inspected Σ/Σ, items closed on time, inspected units with a report).
 */
import { contentOfBytes } from '../../src/files/upload-content.js';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionPlanUnits, inspectionPlans, notifications, registerFollowUps } from '../../src/db/schema/index.js';
import { proposeSelection, unitsNeeded } from '../../src/domain/inspections/selection.js';
import { yearOf } from '../../src/domain/figures/period.js';
import type { ServiceContext } from '../../src/services/context.js';
import { computeFigures } from '../../src/services/figures/compute-figures.js';
import { cancelInspectionPlan } from '../../src/services/inspections/cancel-inspection-plan.js';
import { getInspectionPlan, listInspectionPlans } from '../../src/services/inspections/get-inspection-plan.js';
import { proposeInspectionSelection } from '../../src/services/inspections/propose-inspection-selection.js';
import { createInspectionPlan, updateInspectionPlan } from '../../src/services/inspections/save-inspection-plan.js';
import { runReminders } from '../../src/services/notifications/run-reminders.js';
import { acceptFollowUp } from '../../src/services/registers/accept-follow-up.js';
import { addFollowUp } from '../../src/services/registers/add-follow-up.js';
import { addFollowUpEvidence } from '../../src/services/registers/add-follow-up-evidence.js';
import { addRegisterFile } from '../../src/services/registers/add-register-file.js';
import { closeFollowUp } from '../../src/services/registers/close-follow-up.js';
import { createRegisterEntry } from '../../src/services/registers/create-register-entry.js';
import { getRegisterEntry } from '../../src/services/registers/get-register-entry.js';
import { listRegisterEntries } from '../../src/services/registers/list-register-entries.js';
import { returnFollowUp } from '../../src/services/registers/return-follow-up.js';
import { unitIdOf } from '../support/actors.js';
import { auditTrailOf } from '../support/audit.js';
import { SMALL_PDF } from '../support/plan.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

let world: UseCaseWorld;
let coordinator: ServiceContext;
let camlo: ServiceContext;
let dongha: ServiceContext;
let leader: ServiceContext;
let u: { camlo: string; dongha: string; stp: string };
const YEAR = 2026;

beforeAll(async () => {
  world = await openUseCaseWorld({ at: '2026-03-10T03:00:00Z' });
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
  camlo = await world.actingAs('reporter', 'QT.X.CAMLO');
  dongha = await world.actingAs('reporter', 'QT.X.DONGHA');
  leader = await world.actingAs('leader', 'QT');
  const db = world.database.db;
  u = {
    camlo: await unitIdOf(db, 'QT.X.CAMLO'),
    dongha: await unitIdOf(db, 'QT.X.DONGHA'),
    stp: await unitIdOf(db, 'QT.STP'),
  };
});
afterAll(() => world.close());

const pdf = (name: string) => ({
  content: contentOfBytes(new Uint8Array([...SMALL_PDF, ...new TextEncoder().encode(`% ${name}\n`)])),
  fileName: name,
});

describe('the proposal (pure)', () => {
  const c = (code: string, lastInspectedOn: string | null, score: number | null) => ({
    unitId: code,
    code,
    name: code,
    lastInspectedOn,
    score,
  });
  it('puts units not inspected in the last two years first, then the lowest score, then the oldest inspection', () => {
    const { needed, ranked } = proposeSelection(
      [
        c('A', '2025-05-01', 40),
        c('B', null, 90),
        c('C', '2023-06-01', 70),
        c('D', '2022-06-01', 70),
        c('E', null, null),
        c('F', '2024-12-31', 10),
      ],
      35,
      2026,
    );
    expect(needed).toBe(3); // ⌈6 × 35%⌉
    expect(ranked.map((r) => r.code)).toEqual(['D', 'C', 'B', 'E', 'F', 'A']);
    expect(ranked.filter((r) => r.proposed).map((r) => r.code)).toEqual(['D', 'C', 'B']);
    expect(ranked[2]!.reason).toBe('Chưa được kiểm tra lần nào; điểm đánh giá gần nhất 90,0%');
    expect(ranked.at(-1)!.reason).toMatch(/^Đã được kiểm tra năm 2025/);
  });
  it('is the same whatever the order it is given in, and counts the share up', () => {
    const units = [c('B', null, null), c('A', null, null), c('C', null, null)];
    expect(proposeSelection(units, 30, 2026).ranked.map((r) => r.code)).toEqual(['A', 'B', 'C']);
    expect(proposeSelection([...units].reverse(), 30, 2026).ranked.map((r) => r.code)).toEqual(['A', 'B', 'C']);
    expect([unitsNeeded(10, 30), unitsNeeded(10, 35), unitsNeeded(20, 35), unitsNeeded(0, 35)]).toEqual([3, 4, 7, 0]);
  });
});

let planId: string;
let entryId: string;

describe('the year plan', () => {
  it('proposes the communes from the register; the same answer twice; only the office may ask', async () => {
    const first = await proposeInspectionSelection(coordinator, { year: YEAR, level: 'commune', percent: 35 });
    expect(first.total).toBeGreaterThan(2);
    expect(first.needed).toBe(unitsNeeded(first.total, 35));
    expect(first.units.filter((x) => x.proposed)).toHaveLength(first.needed);
    expect(await proposeInspectionSelection(coordinator, { year: YEAR, level: 'commune', percent: 35 })).toEqual(first);
    // Due units come before the recently inspected ones.
    const firstRecent = first.units.findIndex((x) => !x.due);
    if (firstRecent >= 0) expect(first.units.slice(firstRecent).every((x) => !x.due)).toBe(true);
    for (const who of [camlo, leader])
      await expect(
        proposeInspectionSelection(who, { year: YEAR, level: 'commune', percent: 35 }),
      ).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    await expect(
      proposeInspectionSelection(coordinator, { year: YEAR, level: 'commune', percent: 0 }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/^Tỷ lệ kiểm tra \(%\): /) });
  });

  it('saves the adjusted proposal with dates and a team from several units, audited; refuses bad input', async () => {
    const proposal = await proposeInspectionSelection(coordinator, { year: YEAR, level: 'commune', percent: 35 });
    const chosen = proposal.units.filter((x) => x.proposed && x.unitId !== u.camlo).slice(0, -1);
    const units = [...chosen.map((x) => x.unitId), u.camlo].map((unitId, i) => ({
      unitId,
      scheduledOn: `2026-0${4 + (i % 5)}-15`,
    }));
    const team = [
      { name: 'Nguyễn Văn A', unit: 'Sở Nội vụ', role: 'Trưởng đoàn' },
      { name: 'Trần Thị B', unit: 'Sở Tư pháp' },
    ];
    const before = (await world.database.db.select().from(inspectionPlans)).length;
    await expect(
      createInspectionPlan(coordinator, {
        year: YEAR,
        level: 'commune',
        targetPercent: 35,
        title: 'Kiểm tra CCHC cấp xã năm 2026',
        units: [{ unitId: u.stp, scheduledOn: '2026-04-01' }],
        team,
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/^Đơn vị được kiểm tra: không phải UBND cấp xã/) });
    await expect(
      createInspectionPlan(coordinator, {
        year: YEAR,
        level: 'commune',
        targetPercent: 35,
        title: 'Kiểm tra',
        units: [{ unitId: u.camlo, scheduledOn: '2027-04-01' }],
        team,
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/^Ngày kiểm tra dự kiến: phải trong năm 2026/) });
    await expect(
      createInspectionPlan(coordinator, {
        year: YEAR,
        level: 'commune',
        targetPercent: 35,
        title: 'Kiểm tra',
        units: [],
        team,
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/^Đơn vị được kiểm tra: Chọn ít nhất một đơn vị/) });
    await expect(
      createInspectionPlan(camlo, { year: YEAR, level: 'commune', targetPercent: 35, title: 'Kiểm tra', units, team }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await world.database.db.select().from(inspectionPlans)).length).toBe(before);

    const plan = await createInspectionPlan(coordinator, {
      year: YEAR,
      level: 'commune',
      targetPercent: 35,
      title: 'Kiểm tra CCHC cấp xã năm 2026',
      units,
      team,
    });
    planId = plan.id;
    expect(plan).toMatchObject({ year: YEAR, level: 'commune', levelName: 'UBND cấp xã', targetPercent: 35 });
    expect(plan.needed).toBe(proposal.needed);
    expect(plan.units).toHaveLength(units.length);
    expect(plan.team[1]).toEqual({ name: 'Trần Thị B', unit: 'Sở Tư pháp', role: null });
    expect(plan.units.find((x) => x.unitId === chosen[0]!.unitId)?.reason).toBe(chosen[0]!.reason);
    expect(plan.inspected).toBe(0);
    expect((await auditTrailOf(world.database.db, 'inspection_plan', planId)).map((a) => a.action)).toEqual([
      'inspectionPlan.create',
    ]);
    await expect(
      createInspectionPlan(coordinator, {
        year: YEAR,
        level: 'commune',
        targetPercent: 30,
        title: 'Lần hai',
        units,
        team,
      }),
    ).rejects.toMatchObject({ code: 'INSPECTION_PLAN_EXISTS' });
    // A leader reads it, a reporter does not.
    expect((await getInspectionPlan(leader, planId)).id).toBe(planId);
    await expect(getInspectionPlan(camlo, planId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listInspectionPlans(leader, { year: YEAR })).items.map((p) => p.id)).toContain(planId);
  });

  it('is adjusted (a unit taken out is kept, marked) and cancelled with a reason, never deleted', async () => {
    const plan = await getInspectionPlan(coordinator, planId);
    const keep = plan.units.filter((x) => x.unitId !== plan.units[0]!.unitId || x.unitId === u.camlo);
    const updated = await updateInspectionPlan(coordinator, planId, {
      version: plan.version,
      targetPercent: 35,
      title: plan.title,
      team: plan.team,
      units: keep.map((x) => ({ unitId: x.unitId, scheduledOn: x.scheduledOn })),
    });
    expect(updated.version).toBe(plan.version + 1);
    expect(updated.units).toHaveLength(keep.length);
    const rows = await world.database.db
      .select()
      .from(inspectionPlanUnits)
      .where(eq(inspectionPlanUnits.planId, planId));
    expect(rows).toHaveLength(plan.units.length);
    await expect(
      updateInspectionPlan(coordinator, planId, { ...updated, version: plan.version, units: keep }),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
    // Put it back as it was.
    await updateInspectionPlan(coordinator, planId, {
      version: updated.version,
      targetPercent: 35,
      title: plan.title,
      team: plan.team,
      units: plan.units.map((x) => ({ unitId: x.unitId, scheduledOn: x.scheduledOn })),
    });
  });
});

let items: { id: string; version: number }[] = [];

describe('an inspection and its remediation', () => {
  it('is recorded by a coordinator only (the inspected unit reads it), with its files and findings by area', async () => {
    const fields = {
      inspectedOn: '2026-03-05',
      kind: 'planned',
      team: 'Nguyễn Văn A (Sở Nội vụ), Trần Thị B (Sở Tư pháp)',
      findings3: 'Còn 12 hồ sơ trễ hạn chưa có văn bản xin lỗi.',
      conclusion: 'Cơ bản hoàn thành; khắc phục 2 tồn tại.',
    };
    await expect(createRegisterEntry(camlo, 'inspections', { unitId: u.camlo, fields })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      createRegisterEntry(coordinator, 'inspections', { unitId: u.camlo, fields: { ...fields, inspectedOn: '' } }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/^Ngày kiểm tra: /) });
    const entry = await createRegisterEntry(coordinator, 'inspections', { unitId: u.camlo, fields });
    entryId = entry.id;
    await addRegisterFile(coordinator, 'inspections', entryId, 'minutes', pdf('bien-ban.pdf'));
    await addRegisterFile(coordinator, 'inspections', entryId, 'conclusionFile', pdf('ket-luan.pdf'));
    await expect(addRegisterFile(camlo, 'inspections', entryId, undefined, pdf('x.pdf'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const read = await getRegisterEntry(camlo, 'inspections', entryId);
    expect(read.fields.findings3).toBe(fields.findings3);
    expect(read.files.map((f) => f.fileName).sort()).toEqual(['bien-ban.pdf', 'ket-luan.pdf']);
    await expect(getRegisterEntry(dongha, 'inspections', entryId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getInspectionPlan(coordinator, planId)).units.find((x) => x.unitId === u.camlo)?.inspection).toEqual({
      entryId,
      inspectedOn: '2026-03-05',
    });
  });

  it('gives two remediation items to the unit; its reporter reports one fixed with evidence', async () => {
    for (const [title, dueOn] of [
      ['Gửi văn bản xin lỗi cho 12 hồ sơ trễ hạn', '2026-03-20'],
      ['Niêm yết công khai đủ TTHC tại Bộ phận một cửa', '2026-03-12'],
    ] as const)
      items.push(await addFollowUp(coordinator, 'inspections', entryId, { unitId: u.camlo, title, dueOn }));
    const [apology, listing] = items as [{ id: string; version: number }, { id: string; version: number }];
    await expect(addFollowUpEvidence(dongha, 'inspections', apology.id, pdf('x.pdf'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await addFollowUpEvidence(camlo, 'inspections', apology.id, pdf('van-ban-xin-loi.pdf'));
    const reported = await closeFollowUp(camlo, 'inspections', apology.id, {
      version: apology.version,
      result: 'Đã gửi văn bản xin lỗi 12 hồ sơ.',
    });
    expect(reported).toMatchObject({ status: 'reported', reportedOn: '2026-03-10', closedOn: null });
    expect(reported.evidence.map((e) => e.fileName)).toEqual(['van-ban-xin-loi.pdf']);
    // A reported item is not reported twice nor given more evidence while it waits.
    await expect(
      closeFollowUp(camlo, 'inspections', apology.id, { version: reported.version, result: 'Lại' }),
    ).rejects.toMatchObject({ code: 'FOLLOW_UP_NOT_OPEN' });
    // The unit may not accept its own report; nor may a leader.
    for (const who of [camlo, leader])
      await expect(acceptFollowUp(who, 'inspections', apology.id, { version: reported.version })).rejects.toMatchObject(
        { code: 'FORBIDDEN' },
      );
    await expect(
      acceptFollowUp(coordinator, 'inspections', listing.id, { version: listing.version }),
    ).rejects.toMatchObject({ code: 'FOLLOW_UP_NOT_REPORTED' });
    items = [reported, listing];
  });

  it('is returned with a reason (open again) then reported again and accepted, closed on the reporting day', async () => {
    const [apology] = items as [{ id: string; version: number }];
    await expect(
      returnFollowUp(coordinator, 'inspections', apology.id, { version: apology.version, reason: ' ' }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/^Lý do trả lại: /) });
    const returned = await returnFollowUp(coordinator, 'inspections', apology.id, {
      version: apology.version,
      reason: 'Thiếu văn bản xin lỗi của 2 hồ sơ.',
    });
    expect(returned).toMatchObject({ status: 'open', returnReason: 'Thiếu văn bản xin lỗi của 2 hồ sơ.' });
    const told = await world.database.db.select().from(notifications);
    expect(told.some((n) => n.title.startsWith('Báo cáo khắc phục bị trả lại'))).toBe(true);
    world.clock.now = new Date('2026-03-18T03:00:00Z');
    const again = await closeFollowUp(camlo, 'inspections', apology.id, {
      version: returned.version,
      result: 'Đã gửi đủ 12 văn bản xin lỗi.',
    });
    world.clock.now = new Date('2026-03-25T03:00:00Z');
    const accepted = await acceptFollowUp(coordinator, 'inspections', apology.id, { version: again.version });
    expect(accepted).toMatchObject({ status: 'done', closedOn: '2026-03-18', reportedOn: '2026-03-18' });
    expect((await auditTrailOf(world.database.db, 'register_follow_up', apology.id)).map((a) => a.action)).toEqual([
      'registerFollowUp.create',
      'registerFollowUp.addEvidence',
      'registerFollowUp.close',
      'registerFollowUp.return',
      'registerFollowUp.close',
      'registerFollowUp.accept',
    ]);
    await expect(
      returnFollowUp(coordinator, 'steering-meetings', apology.id, { version: accepted.version, reason: 'Sai sổ' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reminds the unit of the open item after its due date, not of the accepted one', async () => {
    await runReminders(world.database.db, new Date('2026-03-25T01:00:00Z'));
    const rows = await world.database.db.select().from(notifications);
    const links = rows.filter(
      (n) => n.link === `/so-theo-doi/inspections/${entryId}` && n.kind !== 'follow_up_assigned',
    );
    expect(links.length).toBeGreaterThan(0);
    const apology = items[0]!;
    const [row] = await world.database.db.select().from(registerFollowUps).where(eq(registerFollowUps.id, apology.id));
    expect(row!.status).toBe('done');
  });
});

describe('the figures', () => {
  it('share inspected Σ/Σ over the communes, items on time, inspected units with a report; none for a year not begun', async () => {
    const { values } = await computeFigures(leader, {
      keys: ['registers.inspected_rate', 'registers.remediation_on_time_rate', 'registers.remediation_reported_rate'],
      scope: { level: 'communes' },
      period: yearOf(YEAR),
    });
    const value = (key: string) => values.find((v) => v.key === key && !('unitId' in v && v.unitId));
    const inspected = value('registers.inspected_rate')!;
    expect(inspected.numerator).toBeGreaterThanOrEqual(1);
    const camloValues = await computeFigures(leader, {
      keys: ['registers.inspected_rate', 'registers.remediation_on_time_rate', 'registers.remediation_reported_rate'],
      scope: { unitId: u.camlo },
      period: yearOf(YEAR),
    });
    const mine = (key: string) => camloValues.values.find((v) => v.key === key);
    expect(mine('registers.inspected_rate')).toMatchObject({ numerator: 1, denominator: 1 });
    // The accepted item was reported on 18/03, due 20/03: on time; the other, due 12/03, is still open: late.
    expect(mine('registers.remediation_on_time_rate')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(mine('registers.remediation_reported_rate')).toMatchObject({ numerator: 1, denominator: 1 });
    // Đông Hà was not inspected: 0 of 1, and no remediation figure at all.
    const dh = await computeFigures(leader, {
      keys: ['registers.inspected_rate', 'registers.remediation_reported_rate'],
      scope: { unitId: u.dongha },
      period: yearOf(YEAR),
    });
    expect(dh.values.find((v) => v.key === 'registers.remediation_reported_rate')?.value ?? null).toBeNull();
    const future = await computeFigures(leader, {
      keys: ['registers.inspected_rate'],
      scope: { level: 'communes' },
      period: yearOf(2027),
    });
    expect(future.values.every((v) => v.value === null)).toBe(true);
  });

  it('cancels the plan with a reason, kept and shown as cancelled', async () => {
    const plan = await getInspectionPlan(coordinator, planId);
    await expect(
      cancelInspectionPlan(coordinator, planId, { version: plan.version, reason: '' }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^Lý do hủy: /),
    });
    const cancelled = await cancelInspectionPlan(coordinator, planId, {
      version: plan.version,
      reason: 'Lập lại kế hoạch',
    });
    expect(cancelled).toMatchObject({ cancelled: true, cancelReason: 'Lập lại kế hoạch' });
    await expect(updateInspectionPlan(coordinator, planId, { ...cancelled, units: [] })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('a district inspecting its own communes (three-level structure, before 01/07/2025)', () => {
  let vinhLinh: ServiceContext;
  let gioLinh: ServiceContext;
  let hoXa: ServiceContext;
  let d: { vinhLinh: string; hoXa: string; vinhTu: string; gioLinhTown: string };
  let districtPlanId: string;
  let districtEntryId: string;

  beforeAll(async () => {
    const db = world.database.db;
    vinhLinh = await world.actingAs('reporter', 'QT.VINHLINH');
    gioLinh = await world.actingAs('reporter', 'QT.GIOLINH');
    hoXa = await world.actingAs('reporter', 'QT.VINHLINH.HOXA');
    d = {
      vinhLinh: await unitIdOf(db, 'QT.VINHLINH'),
      hoXa: await unitIdOf(db, 'QT.VINHLINH.HOXA'),
      vinhTu: await unitIdOf(db, 'QT.VINHLINH.VINHTU'),
      gioLinhTown: await unitIdOf(db, 'QT.GIOLINH.TT'),
    };
  });

  it("proposes the district's own communes; nobody else may ask for them, nor the district for the province's", async () => {
    const query = { year: 2025, level: 'commune', percent: 35, inspectorUnitId: d.vinhLinh };
    const proposal = await proposeInspectionSelection(vinhLinh, query);
    expect(proposal).toMatchObject({ total: 4, needed: 2 });
    expect(proposal.units.map((x) => x.code).sort()).toEqual([
      'QT.VINHLINH.CUATUNG',
      'QT.VINHLINH.HOXA',
      'QT.VINHLINH.VINHGIANG',
      'QT.VINHLINH.VINHTU',
    ]);
    expect(await proposeInspectionSelection(coordinator, query)).toEqual(proposal);
    for (const [who, asked] of [
      [vinhLinh, { ...query, inspectorUnitId: undefined }],
      [gioLinh, query],
      [hoXa, query],
      [camlo, { ...query, inspectorUnitId: u.camlo }],
      [leader, query],
    ] as const)
      await expect(proposeInspectionSelection(who, asked)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('saves the district plan beside the province’s; a unit outside the district or another level is refused', async () => {
    const plan = {
      year: 2025,
      level: 'commune',
      inspectorUnitId: d.vinhLinh,
      targetPercent: 35,
      title: 'Kiểm tra công tác CCHC UBND cấp xã năm 2025 của huyện Vĩnh Linh',
      units: [
        { unitId: d.hoXa, scheduledOn: '2025-04-10' },
        { unitId: d.vinhTu, scheduledOn: '2025-05-12' },
      ],
      team: [{ name: 'Lê Văn C', unit: 'Phòng Nội vụ huyện Vĩnh Linh', role: 'Trưởng đoàn' }],
    };
    await expect(
      createInspectionPlan(vinhLinh, { ...plan, units: [{ unitId: d.gioLinhTown, scheduledOn: '2025-04-10' }] }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^Đơn vị được kiểm tra: không phải UBND cấp xã trực thuộc/),
    });
    await expect(createInspectionPlan(vinhLinh, { ...plan, level: 'department' })).rejects.toMatchObject({
      message: expect.stringMatching(/^Cấp: /),
    });
    await expect(createInspectionPlan(gioLinh, plan)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const saved = await createInspectionPlan(vinhLinh, plan);
    districtPlanId = saved.id;
    expect(saved).toMatchObject({
      inspectorUnitId: d.vinhLinh,
      inspectorName: 'UBND huyện Vĩnh Linh',
      levelUnits: 4,
      needed: 2,
      inspected: 0,
    });
    // The province's own plan of the communes for the same year is another inspector's: both stand.
    const province = await createInspectionPlan(coordinator, {
      ...plan,
      inspectorUnitId: null,
      title: 'Kiểm tra UBND cấp xã 2025 (tỉnh)',
      units: [{ unitId: d.gioLinhTown, scheduledOn: '2025-06-02' }],
    });
    expect(province.inspectorUnitId).toBeNull();
    await expect(createInspectionPlan(vinhLinh, plan)).rejects.toMatchObject({ code: 'INSPECTION_PLAN_EXISTS' });
    // Each sees its own: the district its plan, another district nothing, the office both.
    expect((await listInspectionPlans(vinhLinh, { year: 2025 })).items.map((p) => p.id)).toEqual([districtPlanId]);
    await expect(listInspectionPlans(gioLinh, { year: 2025 })).resolves.toEqual({ items: [] });
    await expect(listInspectionPlans(hoXa, { year: 2025 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listInspectionPlans(coordinator, { year: 2025 })).items.map((p) => p.id).sort()).toEqual(
      [districtPlanId, province.id].sort(),
    );
    await expect(getInspectionPlan(gioLinh, districtPlanId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getInspectionPlan(vinhLinh, province.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      updateInspectionPlan(gioLinh, districtPlanId, { ...plan, version: saved.version }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const adjusted = await updateInspectionPlan(vinhLinh, districtPlanId, { ...plan, targetPercent: 50, version: 1 });
    expect(adjusted).toMatchObject({ targetPercent: 50, needed: 2, version: 2 });
  });

  it("records an inspection of its commune, gives a remediation item and accepts the commune's report", async () => {
    const fields = { inspectedOn: '2025-04-10', kind: 'planned', conclusion: 'Khắc phục 1 tồn tại.' };
    for (const [who, unitId] of [
      [vinhLinh, d.gioLinhTown],
      [vinhLinh, u.stp],
      [gioLinh, d.hoXa],
      [hoXa, d.hoXa],
    ] as const)
      await expect(createRegisterEntry(who, 'inspections', { unitId, fields })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    const entry = await createRegisterEntry(vinhLinh, 'inspections', { unitId: d.hoXa, fields });
    districtEntryId = entry.id;
    expect(await getRegisterEntry(vinhLinh, 'inspections', entry.id)).toMatchObject({
      canRecord: true,
      canAssign: true,
    });
    expect(await getRegisterEntry(hoXa, 'inspections', entry.id)).toMatchObject({ canRecord: false, canAssign: false });
    await expect(getRegisterEntry(gioLinh, 'inspections', entry.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The district's list of the register holds its communes' inspections; another district's does not.
    const own = await listRegisterEntries(vinhLinh, 'inspections', { status: 'active', page: 1, pageSize: 50 });
    expect(own.items.map((x) => x.id)).toEqual([entry.id]);
    const other = await listRegisterEntries(gioLinh, 'inspections', { status: 'active', page: 1, pageSize: 50 });
    expect(other.items).toEqual([]);
    await expect(
      listRegisterEntries(gioLinh, 'inspections', { unitId: d.hoXa, status: 'active', page: 1, pageSize: 50 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const item = await addFollowUp(vinhLinh, 'inspections', entry.id, {
      unitId: d.hoXa,
      title: 'Cập nhật quy chế làm việc',
      dueOn: '2025-05-30',
    });
    await expect(
      addFollowUp(gioLinh, 'inspections', entry.id, { unitId: d.hoXa, title: 'Trái phép', dueOn: '2025-05-30' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const reported = await closeFollowUp(hoXa, 'inspections', item.id, {
      version: item.version,
      result: 'Đã ban hành.',
    });
    // The district that gave the item is told it waits for its review.
    const told = await world.database.db
      .select({ title: notifications.title })
      .from(notifications)
      .where(eq(notifications.userId, vinhLinh.actor!.userId));
    expect(told.map((n) => n.title)).toContain('Báo cáo đã khắc phục, chờ xem xét: Cập nhật quy chế làm việc');
    await expect(acceptFollowUp(gioLinh, 'inspections', item.id, { version: reported.version })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const accepted = await acceptFollowUp(vinhLinh, 'inspections', item.id, { version: reported.version });
    expect(accepted.status).toBe('done');
    const plan = await getInspectionPlan(vinhLinh, districtPlanId);
    expect(plan.inspected).toBe(1);
    expect(plan.units.find((x) => x.unitId === d.hoXa)).toMatchObject({
      inspection: { entryId: districtEntryId, inspectedOn: '2025-04-10' },
      doneItems: 1,
    });
    // A district's steering commitments stay the office's to give (only the inspections register is supervised).
    await expect(
      createRegisterEntry(vinhLinh, 'steering-meetings', { unitId: d.hoXa, fields: {} }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
