/**
 * The national indices tracker through its use cases: a year entered in the form or imported from a spreadsheet
 * (all or nothing, row errors in Vietnamese), rank and change computed from the entered figures, the plan's
 * targets judged (never without a figure), lost points per area against the maximum and last year, turned into an
 * assignment the agency sees and carried into next year's plan; the 2025 merger's two histories compared, labelled;
 * and the Vĩnh Phúc 2023 figures of the plan entered as printed reproduce the plan's own analysis.
 */
import { uploadOfBytes } from '../../src/files/upload-content.js';
import { eq } from 'drizzle-orm';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, plans } from '../../src/db/schema/index.js';
import type { ServiceContext } from '../../src/services/context.js';
import { computeFigures } from '../../src/services/figures/compute-figures.js';
import { addIndexTarget } from '../../src/services/indices/add-index-target.js';
import { attachIndexSource } from '../../src/services/indices/attach-index-source.js';
import { createLostPointsWork } from '../../src/services/indices/create-lost-points-work.js';
import { createNationalIndex } from '../../src/services/indices/create-national-index.js';
import { downloadIndexSource } from '../../src/services/indices/download-index-source.js';
import { getIndexTracker } from '../../src/services/indices/get-index-tracker.js';
import { getLostPoints } from '../../src/services/indices/get-lost-points.js';
import { importIndexResults } from '../../src/services/indices/import-index-results.js';
import { recordIndexResult } from '../../src/services/indices/record-index-result.js';
import { takeIndexWorkIntoPlan } from '../../src/services/indices/take-index-work-into-plan.js';
import { importCriteriaSet } from '../../src/services/scoring/import-criteria-set.js';
import { planWhatIf } from '../../src/services/scoring/what-if.js';
import { listAssignments } from '../../src/services/reporting/list-assignments.js';
import { createNextYearPlan } from '../../src/services/plans/create-next-year-plan.js';
import { indexResultRequest } from '../../src/contracts/indices.js';
import { unitIdOf } from '../support/actors.js';
import { auditTrailOf } from '../support/audit.js';
import { commitQuangTriPlanAs, SMALL_PDF } from '../support/plan.js';
import { indexWorkbook, printedArea8, printedAreas, printedTotal, vinhPhuc2023Request } from '../support/indices.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

let world: UseCaseWorld;
let coordinator: ServiceContext;
let planId: string;

const par = (year: number, province: string, score: number, rank: number, rankOf: number, extra = {}) =>
  indexResultRequest.parse({ year, province, own: true, score, rank, rankOf, ...extra });

beforeAll(async () => {
  world = await openUseCaseWorld();
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
  planId = (await commitQuangTriPlanAs(coordinator)).planId;
});
afterAll(() => world.close());

describe('national indices tracker', () => {
  it('lists the seeded indices (data, not code) and lets the coordinator add one; a second unit’s reporter may not', async () => {
    const tracker = await getIndexTracker(coordinator);
    expect(tracker.indices.map((i) => i.code)).toEqual(['DTI', 'PAPI', 'PAR_INDEX', 'PCI', 'SIPAS']);
    expect(
      tracker.indices
        .find((i) => i.code === 'PAR_INDEX')!
        .areas.filter((a) => !a.parent)
        .map((a) => a.maxPoints),
    ).toEqual([9.5, 10, 13, 10.5, 15, 12, 13.5, 16.5]);
    const added = await createNationalIndex(coordinator, {
      code: 'ICT_INDEX',
      name: 'Chỉ số sẵn sàng ứng dụng CNTT',
      publisher: 'Bộ TT&TT',
      maxScore: 1,
      areas: [],
    });
    expect(added.code).toBe('ICT_INDEX');
    await expect(
      createNationalIndex(coordinator, { code: 'ICT_INDEX', name: 'Lặp', publisher: '', maxScore: null, areas: [] }),
    ).rejects.toMatchObject({ code: 'DUPLICATE_INDEX' });
    const reporter = await world.actingAs('reporter', 'QT.X.CAMLO');
    await expect(
      createNationalIndex(reporter, { code: 'XYZ', name: 'Không được', publisher: '', maxScore: null, areas: [] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(recordIndexResult(reporter, 'PAR_INDEX', par(2022, 'Quảng Trị', 80, 40, 63))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    // Reading is open: published results.
    expect((await getIndexTracker(reporter)).indices.length).toBe(6);
  });

  it('computes rank and change from the entered figures; a correction archives the row it replaces', async () => {
    await recordIndexResult(coordinator, 'PAR_INDEX', par(2021, 'Quảng Trị', 83.1, 30, 63));
    await recordIndexResult(coordinator, 'PAR_INDEX', par(2022, 'Quảng Trị', 84.0, 20, 63));
    const fixed = await recordIndexResult(coordinator, 'PAR_INDEX', par(2022, 'Quảng Trị', 84.5, 22, 63));
    const trail = await auditTrailOf(world.database.db, 'index_result', fixed.id);
    expect(trail.map((t) => t.action)).toEqual(['indexResult.record']);
    expect((trail[0]!.before as { rank: number }).rank).toBe(20);

    const tracker = await getIndexTracker(coordinator);
    const own = tracker.indices.find((i) => i.code === 'PAR_INDEX')!.own;
    expect(own.map((r) => [r.year, r.score, r.rank])).toEqual([
      [2021, 83.1, 30],
      [2022, 84.5, 22],
    ]);
    expect(own[1]!.comparisons).toEqual([
      expect.objectContaining({ rankChange: 8, scoreChange: 1.4, text: 'tăng 8 bậc so với năm 2021; điểm tăng 1,4' }),
    ]);
  });

  it('refuses a result whose figures cannot be right, naming the field', async () => {
    await expect(
      recordIndexResult(coordinator, 'PAR_INDEX', par(2020, 'Quảng Trị', 101, 70, 63)),
    ).rejects.toMatchObject({
      code: 'INDEX_RESULT_INVALID',
      message: expect.stringMatching(/Điểm: 101 lớn hơn điểm tối đa.*Thứ hạng: 70 lớn hơn số tỉnh/s),
    });
  });

  it('judges the plan’s targets, and says “Chưa có số liệu” for a year without figures', async () => {
    const top = await addIndexTarget(coordinator, {
      indexCode: 'PAR_INDEX',
      year: 2022,
      areaCode: null,
      text: 'Phấn đấu chỉ số PAR INDEX nằm trong nhóm 15 tỉnh, thành phố đứng đầu cả nước',
    });
    expect(top).toMatchObject({ kind: 'top', value: 15 });
    await addIndexTarget(coordinator, {
      indexCode: 'PAR_INDEX',
      year: 2022,
      areaCode: null,
      text: 'tăng 5 bậc so với năm 2021',
    });
    await addIndexTarget(coordinator, {
      indexCode: 'PAR_INDEX',
      year: 2022,
      areaCode: null,
      text: 'đạt tối thiểu 84 điểm',
    });
    await addIndexTarget(coordinator, {
      indexCode: 'PAR_INDEX',
      year: 2026,
      areaCode: null,
      text: 'thuộc top 10 tỉnh',
    });
    await expect(
      addIndexTarget(coordinator, { indexCode: 'PAR_INDEX', year: 2022, areaCode: null, text: 'phấn đấu tốt hơn' }),
    ).rejects.toMatchObject({ code: 'INDEX_TARGET_UNREADABLE' });

    const targets = (await getIndexTracker(coordinator)).indices.find((i) => i.code === 'PAR_INDEX')!.targets;
    expect(targets.map((t) => [t.year, t.kind, t.verdict, t.verdictText])).toEqual([
      [2022, 'top', 'not_met', 'Xếp thứ 22/63 (mục tiêu nhóm 15): chưa đạt'],
      [2022, 'climb', 'met', 'tăng 8 bậc so với năm 2021 (mục tiêu tăng 5 bậc): đạt'],
      [2022, 'score', 'met', 'Đạt 84,5 điểm (mục tiêu 84): đạt'],
      [2026, 'top', 'no_data', 'Chưa có kết quả năm 2026'],
    ]);
  });

  it('imports a spreadsheet all or nothing, with row errors in Vietnamese', async () => {
    const bad = await indexWorkbook([
      ['PCI', 2023, 'Quảng Trị', '', 'x', '', '', '65,2', '', 40, 63],
      ['PCI', 'hai nghìn', 'Quảng Bình', '', '', '', '', '66', '', 35, 63],
      ['KHONGCO', 2023, 'Huế', '', '', '', '', '60', '', 50, 63],
      ['PCI', 2023, 'Quảng Trị', '', 'x', '1', 'Gia nhập thị trường', '12', '10', '', ''],
    ]);
    const refused = await importIndexResults(coordinator, uploadOfBytes(bad, 'pci.xlsx')).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'IMPORT_ROWS_INVALID' });
    const errors = (refused as { details: { errors: { row: number; message: string }[] } }).details.errors;
    expect(errors.map((e) => e.row)).toEqual([3, 4, 5]);
    expect(errors[0]!.message).toMatch(/Dòng 3, cột “Năm”: "hai nghìn" không phải là số/);
    expect(errors[1]!.message).toMatch(/không có chỉ số mã “KHONGCO”/);
    expect(errors[2]!.message).toMatch(/lớn hơn điểm tối đa/);
    expect((await getIndexTracker(coordinator)).indices.find((i) => i.code === 'PCI')!.own).toEqual([]);

    const good = await indexWorkbook([
      ['PCI', 2022, 'Quảng Trị', '', 'x', '', '', '64', '', 45, 63],
      ['PCI', 2023, 'Quảng Trị', '', 'x', '', '', '65,2', '', 40, 63],
      ['PCI', 2023, 'Quảng Trị', '', 'x', '1', 'Gia nhập thị trường', '7,1', '10', '', ''],
      ['PCI', 2023, 'Quảng Bình', '', '', '', '', '66', '', 35, 63],
    ]);
    expect(await importIndexResults(coordinator, uploadOfBytes(good, 'pci.xlsx'))).toEqual({
      imported: 3,
      replaced: 0,
    });
    const pci = (await getIndexTracker(coordinator)).indices.find((i) => i.code === 'PCI')!;
    expect(pci.own.map((r) => [r.year, r.score, r.rank, r.sourceFile?.fileName])).toEqual([
      [2022, 64, 45, 'pci.xlsx'],
      [2023, 65.2, 40, 'pci.xlsx'],
    ]);
    expect(pci.own[1]!.comparisons[0]!.text).toBe('tăng 5 bậc so với năm 2022; điểm tăng 1,2');
    expect(pci.peers.map((r) => r.province)).toEqual(['Quảng Bình']);
    const download = await downloadIndexSource(coordinator, pci.own[0]!.id);
    expect(download.fileName).toBe('pci.xlsx');
  });

  it('keeps the source document with the result, downloadable', async () => {
    const [result] = (await getIndexTracker(coordinator)).indices.find((i) => i.code === 'PAR_INDEX')!.own;
    const attached = await attachIndexSource(coordinator, result!.id, uploadOfBytes(SMALL_PDF, 'QD-273-BNV.pdf'));
    expect(attached.sourceFile?.fileName).toBe('QD-273-BNV.pdf');
    const reporter = await world.actingAs('reporter', 'QT.X.CAMLO');
    expect((await downloadIndexSource(reporter, result!.id)).fileName).toBe('QD-273-BNV.pdf');
  });

  it('feeds indices.PAR_INDEX.score and .rank to the figure catalogue at the province level', async () => {
    const figures = await computeFigures(coordinator, {
      keys: ['indices.PAR_INDEX.score', 'indices.PAR_INDEX.rank', 'indices.SIPAS.rank'],
      scope: { level: 'province' },
      period: { from: '2022-01-01', to: '2022-12-31' },
    });
    const value = (key: string) => figures.values.find((v) => v.key === key)?.value;
    expect(value('indices.PAR_INDEX.score')).toBe(84.5);
    expect(value('indices.PAR_INDEX.rank')).toBe(22);
    expect(value('indices.SIPAS.rank')).toBeNull();
  });
});

describe('the 2025 restructuring: both provinces’ history kept, labelled, and compared', () => {
  it('compares the merged province’s first year with each former province, and no rank over fields of different size', async () => {
    await recordIndexResult(
      coordinator,
      'SIPAS',
      par(2024, 'Quảng Trị', 82, 30, 63, { label: 'Quảng Trị (trước sáp nhập)' }),
    );
    await recordIndexResult(
      coordinator,
      'SIPAS',
      par(2024, 'Quảng Bình', 84, 20, 63, { label: 'Quảng Bình (trước sáp nhập)' }),
    );
    await recordIndexResult(coordinator, 'SIPAS', par(2025, 'Quảng Trị', 85, 10, 34));
    await addIndexTarget(coordinator, { indexCode: 'SIPAS', year: 2025, areaCode: null, text: 'tăng 3 bậc' });
    await addIndexTarget(coordinator, { indexCode: 'SIPAS', year: 2024, areaCode: null, text: 'trong nhóm 25 tỉnh' });
    const sipas = (await getIndexTracker(coordinator)).indices.find((i) => i.code === 'SIPAS')!;
    expect(sipas.own.map((r) => [r.year, r.name])).toEqual([
      [2024, 'Quảng Bình (trước sáp nhập)'],
      [2024, 'Quảng Trị (trước sáp nhập)'],
      [2025, 'Quảng Trị'],
    ]);
    const y2025 = sipas.own[2]!.comparisons;
    expect(y2025.map((c) => [c.against, c.scoreChange, c.rankChange])).toEqual([
      ['Quảng Bình (trước sáp nhập)', 1, null],
      ['Quảng Trị (trước sáp nhập)', 3, null],
    ]);
    expect(y2025[0]!.text).toBe('thứ hạng không so trực tiếp được: năm 2024 xếp 20/63, năm 2025 xếp 10/34');
    expect(sipas.targets.map((t) => [t.year, t.verdict, t.verdictText])).toEqual([
      [2024, 'no_data', 'Năm 2024 có 2 tỉnh trước sáp nhập: xem từng tỉnh'],
      [2025, 'no_data', 'Năm 2024 có 2 tỉnh trước sáp nhập: không tính được số bậc tăng'],
    ]);
  });
});

describe('Vĩnh Phúc 2023 (KH 152/KH-UBND) entered through the tracker', () => {
  let resultId: string;

  it('reproduces the plan’s own figures of lost points per area', async () => {
    const request = indexResultRequest.parse(vinhPhuc2023Request());
    const entered = await recordIndexResult(coordinator, 'PAR_INDEX', request);
    resultId = entered.id;
    expect([entered.score, entered.rank, entered.rankOf]).toEqual([86.44, 39, 63]);
    const lost = await getLostPoints(coordinator, resultId);
    expect(lost.totalLost).toBe(13.56);
    const printed = printedAreas();
    expect(printed.map((a) => a.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    for (const area of printed) {
      const line = lost.lines.find((l) => l.code === area.code)!;
      // What the plan says was reached, out of what: the rest is what it lost.
      expect(line.lost).toBeCloseTo(area.maxPoints - area.score, 6);
    }
    expect(lost.lines.map((l) => [l.code, l.lost])).toEqual([
      ['1', 0.68],
      ['2', 1.47],
      ['3', 0.93],
      ['4', 0.86],
      ['5', 2.46],
      ['6', 1.63],
      ['7', 1.84],
      ['8', 3.68],
      ['8.1', 1.68],
      ['8.KTXH', 2],
    ]);
    const a8 = printedArea8();
    expect(lost.lines.find((l) => l.code === '8')!.score).toBeCloseTo(a8.sipas.points + a8.impact.points, 6);
    // Areas 1..8 lost 13,55 together; the total says 13,56 (86,44 printed against 86,45 summed: rounding).
    const areasLost = lost.lines.filter((l) => !l.parent).reduce((s, l) => s + l.lost!, 0);
    expect(Math.round(areasLost * 100) / 100).toBe(13.55);
  });

  it('reports where the document disagrees with itself, as scoring’s checks do', async () => {
    const { consistency } = await getLostPoints(coordinator, resultId);
    const errors = consistency.filter((d) => d.severity === 'error').map((d) => `${d.check} ${d.code ?? 'tổng'}`);
    expect(errors.sort()).toEqual(['declared_sum tổng', 'parts_sum 2', 'percent 3', 'percent 5']);
    expect(consistency.find((d) => d.check === 'parts_sum')!.message).toMatch(/8,53.*8,64/);
    expect(consistency.find((d) => d.code === '3')!.message).toMatch(/98,6.*92,85/);
    expect(consistency.find((d) => d.check === 'declared_sum')!.message).toMatch(/18,51.*18,64/);
    const info = consistency.filter((d) => d.severity === 'info').map((d) => `${d.check} ${d.code ?? 'tổng'}`);
    expect(info).toEqual(['children_sum tổng']);
  });

  it('says the rank fell as the plan says (39th, down 32 places) once 2022 is entered', async () => {
    const total = printedTotal();
    await recordIndexResult(
      coordinator,
      'PAR_INDEX',
      par(2022, 'Vĩnh Phúc', 88, total.rank - total.fell, 63, { label: 'Vĩnh Phúc (trước sáp nhập)' }),
    );
    const own = (await getIndexTracker(coordinator)).indices.find((i) => i.code === 'PAR_INDEX')!.own;
    const vp2023 = own.find((r) => r.year === 2023)!;
    expect(vp2023.comparisons.find((c) => c.against === 'Vĩnh Phúc (trước sáp nhập)')).toMatchObject({
      rankChange: -32,
      text: expect.stringMatching(/^giảm 32 bậc so với năm 2022/),
    });
  });

  it('turns lost points into an assignment the agency sees, and next year’s plan takes it in', async () => {
    const snv = await unitIdOf(world.database.db, 'QT.SNV');
    const made = await createLostPointsWork(coordinator, resultId, {
      areaCode: '5',
      criterionCode: null,
      unitId: snv,
      planId,
      dueOn: '2025-11-30',
    });
    const [assignment] = await world.database.db
      .select()
      .from(assignments)
      .where(eq(assignments.id, made.assignmentId));
    expect(assignment).toMatchObject({ unitId: snv, role: 'lead', status: 'not_started', dueOn: '2025-11-30' });
    const partMade = await createLostPointsWork(coordinator, resultId, {
      areaCode: '8',
      criterionCode: '8.1',
      unitId: snv,
      planId,
    });
    await expect(
      createLostPointsWork(coordinator, resultId, { areaCode: '9', criterionCode: null, unitId: snv, planId }),
    ).rejects.toMatchObject({ code: 'NO_POINTS_LOST' });

    const reporter = await world.actingAs('reporter', 'QT.SNV');
    const listed = await listAssignments(reporter, { page: 1, pageSize: 200 });
    const titles = listed.items
      .filter((i) => [made.assignmentId, partMade.assignmentId].includes(i.id))
      .map((i) => i.title);
    expect(titles.sort()).toEqual([
      'Khắc phục điểm bị mất Chỉ số cải cách hành chính (PAR INDEX) năm 2023, lĩnh vực 5 (Cải cách chế độ công vụ): mất 2,46/15 điểm',
      'Khắc phục điểm bị mất Chỉ số cải cách hành chính (PAR INDEX) năm 2023, tiêu chí 8.1 (SIPAS): mất 1,68/10 điểm',
    ]);
    const lost = await getLostPoints(coordinator, resultId);
    expect(lost.lines.find((l) => l.code === '5')!.work.map((w) => w.unitName)).toEqual(['Sở Nội vụ']);
    const trail = await auditTrailOf(
      world.database.db,
      'index_work_item',
      lost.lines.find((l) => l.code === '5')!.work[0]!.id,
    );
    expect(trail.map((t) => t.action)).toEqual(['indexWorkItem.create']);

    // Next year's plan takes in the lost-points work not finished (once).
    const next = await createNextYearPlan(coordinator, planId, {});
    const taken = await takeIndexWorkIntoPlan(coordinator, next.planId);
    expect(taken.taken).toBe(2);
    expect((await takeIndexWorkIntoPlan(coordinator, next.planId)).taken).toBe(0);
    const carried = await world.database.db
      .select()
      .from(assignments)
      .where(eq(assignments.carriedFromId, made.assignmentId));
    expect(carried).toHaveLength(1);
    const [nextPlan] = await world.database.db.select().from(plans).where(eq(plans.id, next.planId));
    expect(carried[0]).toMatchObject({ planId: nextPlan!.id, unitId: snv });
  });

  it('starts the what-if planner from the published result of 2023: the areas add up to the published points', async () => {
    const json = JSON.parse(
      await readFile(join(import.meta.dirname, '../../seed/criteria/par-index-province-2023.json'), 'utf8'),
    );
    const set = await importCriteriaSet(coordinator, { json });
    const plan = await planWhatIf(coordinator, set.id, {
      entries: {},
      targets: { '5': 16 },
      pinned: {},
      fromPublishedYear: 2023,
    });
    const printed = printedAreas();
    expect(plan.start!.year).toBe(2023);
    for (const area of printed) {
      const started = plan.start!.areas.find((a) => a.code === area.code)!;
      expect(started.published).toBeCloseTo(area.score, 6);
      if (started.note === null) expect(started.prefilled).toBeCloseTo(area.score, 6);
      const planned = plan.areas.find((a) => a.code === area.code);
      if (planned && started.note === null) expect(planned.current).toBeCloseTo(area.score, 6);
    }
    const filledExactly = plan.start!.areas.filter((a) => a.note === null && a.published !== null);
    expect(filledExactly.length).toBeGreaterThan(0);
    // The planner's last year is the sum of what was filled (the published total where every area could be).
    const filledTotal = plan.start!.areas.reduce((sum, a) => sum + a.prefilled, 0);
    expect(plan.lastYear.total).toBeCloseTo(filledTotal, 3);
    // A year with no area scores of the province's own is refused, in words.
    await expect(
      planWhatIf(coordinator, set.id, { entries: {}, targets: {}, pinned: {}, fromPublishedYear: 2019 }),
    ).rejects.toThrow(/Chưa có điểm từng lĩnh vực .* năm 2019/);
  });
});
