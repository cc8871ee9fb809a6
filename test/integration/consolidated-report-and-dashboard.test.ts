import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityDrillDown, dashboardView } from '../../src/contracts/dashboard.js';
import {
  assignmentEvidence,
  assignments,
  jobs,
  planActivities,
  reportBuilds,
  units,
} from '../../src/db/schema/index.js';
import { enqueueJob } from '../../src/db/queries/jobs/job-queue.js';
import { runPendingJobs } from '../../src/services/jobs/run-pending-jobs.js';
import { jobHandlers } from '../../src/services/jobs/job-handlers.js';
import { bodyParagraphs, bodyTables, cellsOf, findAll, openDocx, rowsOf, textOf } from '../unit/writers/office-xml.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';
import { convertToPdf, findSoffice, pdfPages } from '../support/libreoffice.js';
import { commitQuangTriPlan, SMALL_PDF } from '../support/plan.js';

let api: TestApi;
let coordinator: Client;
let leader: Client;
let camlo: Client;
let planId: string;
let periodId: string;
let periodDueOn: string;
let camloId: string;
let justiceId: string;
let camloActivityId: string;
const docTexts = async (bytes: Buffer) => {
  const doc = await openDocx(bytes);
  return {
    doc,
    paragraphs: bodyParagraphs(doc.body).map(textOf),
    all: findAll(doc.body, 'w:p').map(textOf).join('\n'),
  };
};
const download = async (client: Client, path: string) => {
  const response = await client.get(path);
  expect(response.status, path).toBe(200);
  return Buffer.from(await response.arrayBuffer());
};
/** A sheet's header (the frozen row) and the rows below it, as plain values. */
function sheetTable(sheet: ExcelJS.Worksheet) {
  const view = sheet.views[0] as { state?: string; ySplit?: number } | undefined;
  const headerRow = view?.state === 'frozen' ? view.ySplit! : 1;
  const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > headerRow) rows.push(values(row));
  });
  return { header: values(sheet.getRow(headerRow)), rows };
}
const unitId = async (code: string) =>
  (await api.database.db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;

/** A unit fills in its 9-month report (results, narrative, one figure) and submits it. */
async function reportAndSubmit(
  client: Client,
  unit: string,
  fill: { result: string; shortcomings?: string; proposals?: string; value?: number },
) {
  const path = `/api/periods/${periodId}/units/${unit}/report`;
  const form = await body(await client.get(path));
  const content = {
    ...form.content,
    items: form.content.items.map((item: { assignmentId: string }, i: number) =>
      i === 0 ? { ...item, status: 'in_progress', progress: 60, result: fill.result } : item,
    ),
    // A rate target takes its two counts (17/20 = 85%), a count its value.
    indicators: form.content.indicators.map((v: { indicatorId: string }, i: number) =>
      i === 0 && fill.value !== undefined
        ? form.indicators.find((t: { id: string; entry: string }) => t.id === v.indicatorId)?.entry === 'counts'
          ? { ...v, numerator: (fill.value * 20) / 100, denominator: 20 }
          : { ...v, value: fill.value }
        : v,
    ),
    sections: {
      ...form.content.sections,
      achievements: `Kết quả chung của ${form.unitName}.`,
      shortcomings: fill.shortcomings ?? '',
      proposals: fill.proposals ?? '',
    },
  };
  const saved = await body(await client.send('PUT', path, { version: form.version, content }));
  const submitted = await client.send('POST', `${path}/submit`, { version: saved.version });
  expect(submitted.status).toBe(200);
  return body(submitted);
}

beforeAll(async () => {
  api = await createTestApi();
  api.clock.now = new Date('2025-08-05T03:00:00Z');
  coordinator = await api.signIn('snv.cchc');
  ({ planId } = await commitQuangTriPlan(coordinator));
  const periods = await body(await coordinator.get(`/api/plans/${planId}/periods`));
  const period = periods.find((p: { code: string }) => p.code === 'M9');
  periodId = period.id;
  periodDueOn = period.dueOn;
  camloId = await unitId('QT.X.CAMLO');
  justiceId = await unitId('QT.STP');

  // Cam Lộ reports on time, with evidence on its first assignment; its report is accepted.
  camlo = await api.signIn('camlo.baocao');
  const [first] = (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead&area=I`))).items;
  camloActivityId = (
    await api.database.db.select({ id: assignments.activityId }).from(assignments).where(eq(assignments.id, first.id))
  )[0]!.id;
  await camlo.upload(`/api/assignments/${first.id}/evidence`, new Blob([SMALL_PDF]), 'Kế hoạch CCHC xã Cam Lộ.pdf');
  await camlo.send('PATCH', `/api/assignments/${first.id}`, {
    version: first.version,
    status: 'done',
    progress: 100,
    completedOn: '2025-08-01',
    resultText: 'Đã ban hành kế hoạch.',
  });
  const camloReport = await reportAndSubmit(camlo, camloId, {
    result: 'Ban hành Kế hoạch số 15/KH-UBND về CCHC của xã.',
    shortcomings: 'Thiếu máy quét để số hóa hồ sơ.',
    proposals: 'Đề nghị tỉnh hỗ trợ thiết bị số hóa.',
    value: 85,
  });
  await coordinator.send('POST', `/api/periods/${periodId}/units/${camloId}/report/accept`, {
    version: camloReport.version,
  });

  // Sở Tư pháp reports three days after the due date.
  const [y, m, d] = periodDueOn.split('-').map(Number) as [number, number, number];
  api.clock.now = new Date(Date.UTC(y, m - 1, d + 3, 3));
  await reportAndSubmit(await api.signIn('stp.baocao'), justiceId, {
    result: 'Thẩm định 45 dự thảo văn bản quy phạm pháp luật.',
    proposals: 'Đề nghị bổ sung biên chế pháp chế.',
  });
  // Everyone else, Đông Hà included, has not reported.
  api.clock.now = new Date(Date.UTC(y, m - 1, d + 10, 3));
  coordinator = await api.signIn('snv.cchc');
  leader = await api.signIn('lanhdao');
  camlo = await api.signIn('camlo.baocao');
});
afterAll(() => api.close());

/** What the database says about the plan's lead work, independently of the report code. */
async function databaseFigures() {
  const db = api.database.db;
  const owed = and(
    eq(assignments.planId, planId),
    eq(assignments.role, 'lead'),
    isNull(assignments.cancelledAt),
    isNull(planActivities.removedInVersion),
  );
  const [all] = await db
    .select({ n: count() })
    .from(assignments)
    .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
    .where(owed);
  const [finished] = await db
    .select({ n: count() })
    .from(assignments)
    .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
    .where(and(owed, inArray(assignments.status, ['done', 'done_late'])));
  const [leading] = await db
    .select({ n: sql<number>`count(distinct ${assignments.unitId})::int` })
    .from(assignments)
    .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
    .where(owed);
  const [evidence] = await db
    .select({ n: count() })
    .from(assignmentEvidence)
    .where(isNull(assignmentEvidence.archivedAt));
  return { assignments: all!.n, finished: finished!.n, units: Number(leading!.n), evidence: evidence!.n };
}

describe("the coordinator's texts of the consolidated report", () => {
  it('starts from defaults, saves with an optimistic version, and is read-only for a leader', async () => {
    const draft = await body(await coordinator.get(`/api/periods/${periodId}/consolidated-report/draft`));
    expect(draft).toMatchObject({ version: 0, issuingBody: 'Sở Nội vụ', referenceSymbol: 'BC-SNV' });
    expect(draft.introduction).toContain('9 tháng đầu năm 2025');
    const fields = {
      ...draft,
      referenceNumber: '215',
      issuedOn: '2025-10-15',
      introduction: 'Thực hiện Kế hoạch CCHC năm 2025 của UBND tỉnh, Sở Nội vụ báo cáo như sau:',
      conclusions: 'Nhìn chung, các cơ quan, đơn vị đã triển khai nghiêm túc Kế hoạch.',
      signerName: 'Nguyễn Văn Hòa',
    };
    const { periodId: _p, periodLabel: _l, updatedAt: _u, ...input } = fields;
    const saved = await body(
      await coordinator.send('PUT', `/api/periods/${periodId}/consolidated-report/draft`, input),
    );
    expect(saved).toMatchObject({ version: 1, referenceNumber: '215', signerName: 'Nguyễn Văn Hòa' });
    expect((await coordinator.send('PUT', `/api/periods/${periodId}/consolidated-report/draft`, input)).status).toBe(
      409,
    );
    expect(
      (await leader.send('PUT', `/api/periods/${periodId}/consolidated-report/draft`, { ...input, version: 1 })).status,
    ).toBe(403);
    const blank = await coordinator.send('PUT', `/api/periods/${periodId}/consolidated-report/draft`, {
      ...input,
      version: 1,
      recipients: [],
    });
    expect(blank.status).toBe(400);
  });
});

describe('building the consolidated report', () => {
  let buildId: string;
  let docx: Buffer;

  it('queues a build, answers at once, and runs it outside the request with progress up to 100', async () => {
    const response = await coordinator.send('POST', `/api/periods/${periodId}/consolidated-report/builds`);
    expect(response.status).toBe(201);
    const job = await body(response);
    expect(job).toMatchObject({ status: 'pending', progress: 0, stage: 'Đang chờ xử lý' });
    // Asking again while it waits does not queue a second build.
    expect((await body(await coordinator.send('POST', `/api/periods/${periodId}/consolidated-report/builds`))).id).toBe(
      job.id,
    );

    const seen: number[] = [];
    let building = true;
    const watching = (async () => {
      while (building) {
        const view = await body(await leader.get(`/api/jobs/${job.id}`));
        seen.push(view.progress);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const run = await runPendingJobs(api.database.db, api.files, jobHandlers, { now: () => api.clock.now });
    building = false;
    await watching;
    expect(run).toEqual({ ran: 1, failed: 0 });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const done = await body(await coordinator.get(`/api/jobs/${job.id}`));
    expect(done).toMatchObject({ status: 'done', progress: 100, stage: 'Hoàn thành' });
    buildId = done.result.buildId;
    expect((await camlo.get(`/api/jobs/${job.id}`)).status).toBe(403);
  });

  it('keeps the build with the period, its headline figures equal to the database', async () => {
    const figures = await databaseFigures();
    const [build] = await body(await leader.get(`/api/periods/${periodId}/consolidated-report/builds`));
    expect(build.id).toBe(buildId);
    expect(build.summary).toMatchObject({
      assignments: figures.assignments,
      finished: figures.finished,
      expectedReports: figures.units,
      receivedReports: 2,
      onTimeReports: 1,
      lateReports: 1,
      missingReports: figures.units - 2,
    });
    expect(build.docx.fileName).toBe('Báo cáo CCHC 9 tháng đầu năm 2025.docx');
    docx = await download(leader, `/api/report-builds/${buildId}/download?format=docx`);
  });

  it('writes a NĐ 30 document: header, number, date, title, areas with units named, indicator table, late and missing units', async () => {
    const { doc, all } = await docTexts(docx);
    const header = findAll(doc.body, 'w:tbl')[0]!;
    expect(textOf(header)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(textOf(header)).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(textOf(header)).toContain('SỞ NỘI VỤ');
    expect(textOf(header)).toContain('Số: 215/BC-SNV');
    expect(textOf(header)).toContain('ngày 15 tháng 10 năm 2025');
    expect(all).toContain('Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2025');
    expect(all).toContain('Thực hiện Kế hoạch CCHC năm 2025 của UBND tỉnh, Sở Nội vụ báo cáo như sau:');
    expect(all).toContain('UBND xã Cam Lộ: Ban hành Kế hoạch số 15/KH-UBND về CCHC của xã.');
    expect(all).toContain('Sở Tư pháp: Thẩm định 45 dự thảo văn bản quy phạm pháp luật.');
    expect(all).toContain('UBND xã Cam Lộ: Thiếu máy quét để số hóa hồ sơ.');
    expect(all).toContain('Sở Tư pháp: Đề nghị bổ sung biên chế pháp chế.');
    expect(all).toContain('Nhìn chung, các cơ quan, đơn vị đã triển khai nghiêm túc Kế hoạch.');
    expect(all).toContain('Nguyễn Văn Hòa');

    const figures = await databaseFigures();
    const tables = bodyTables(doc.body).map((t) => rowsOf(t).map((r) => cellsOf(r).map(textOf)));
    const byArea = tables.find((t) => t.some((r) => r.includes('Lĩnh vực')))!;
    const totalRow = byArea.at(-1)!;
    expect(totalRow[0]).toBe('Tổng cộng');
    expect(totalRow[1]).toBe(figures.assignments.toLocaleString('de-DE'));
    expect(totalRow[2]).toBe(String(figures.finished));
    // Bảng 3 prints no verdict it does not have: Cam Lộ's counts (17/20) are one of the responsible units',
    // so the province's figure is provisional, with its coverage, and not judged; rows nobody reported say
    // "Chưa có số liệu" (never "Chưa đạt"); a target the plan prints twice is one row.
    // Columns: TT, target, level, goal, result, units with figures, source, verdict.
    const indicators = tables.find((t) => t.some((r) => r.includes('Đánh giá')))!;
    const targetRows = indicators.filter((r) => r.length === 8 && /^\d+$/.test(r[0]!));
    const camlo = targetRows.find((r) => r[4]!.startsWith('85%'))!;
    expect(camlo[4]).toMatch(/^85% \(tạm tính, 1\/\d+ đơn vị\)$/);
    expect(camlo[5]).toMatch(/^1\/\d+ đơn vị$/);
    expect(camlo[6]).toBe('Tổng hợp từ số liệu của các đơn vị');
    expect(camlo[7]).toMatch(/^Tạm tính 85% \(1\/\d+ đơn vị\)$/);
    expect(targetRows.some((r) => r[4] === 'Chưa có số liệu' && r[7] === 'Chưa có số liệu')).toBe(true);
    expect(targetRows.some((r) => r[7] === 'Chưa đạt' || r[7] === 'Đạt')).toBe(false);
    const targets = targetRows.map((r) => r.slice(1, 4).join('|'));
    expect(new Set(targets).size).toBe(targets.length);
    const discipline = tables.find((t) => t.some((r) => r.includes('Số ngày trễ')))!;
    expect(discipline.some((r) => r.includes('UBND phường Đông Hà'))).toBe(true);
    expect(discipline.find((r) => r.includes('Sở Tư pháp'))?.at(-1)).toBe('3');
  });

  it('reads back through LibreOffice as the same Vietnamese text', async () => {
    const soffice = findSoffice();
    if (!soffice) return;
    const dir = mkdtempSync(join(tmpdir(), 'cchc-report-'));
    const file = join(dir, 'bao-cao.docx');
    writeFileSync(file, docx);
    const [pdf] = convertToPdf(soffice, [file], dir);
    const pages = pdfPages(pdf!);
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(pages[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(pages[0]).toContain('BÁO CÁO');
    expect(text).toContain('UBND xã Cam Lộ: Ban hành Kế hoạch số 15/KH-UBND');
    expect(text).toContain('Danh sách cơ quan, đơn vị chưa báo cáo, báo cáo trễ hạn');
    expect(text).toContain('Nơi nhận');
  });

  it('writes the Excel appendix: every assignment, every unit, the indicators; filters and frozen headers', async () => {
    const figures = await databaseFigures();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await download(coordinator, `/api/report-builds/${buildId}/download?format=xlsx`)) as never,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Nhiệm vụ', 'Theo đơn vị', 'Chỉ tiêu', 'Theo lĩnh vực']);
    const tasks = sheetTable(workbook.getWorksheet('Nhiệm vụ')!);
    expect(tasks.header[4]).toBe('Đơn vị chủ trì');
    expect(workbook.getWorksheet('Nhiệm vụ')!.autoFilter).toBeTruthy();
    const rows = tasks.rows.filter((r) => typeof r[0] === 'number');
    expect(rows).toHaveLength(figures.assignments);
    expect(rows.reduce((sum, r) => sum + Number(r[10] ?? 0), 0)).toBe(figures.evidence);
    const [withEvidence] = rows.filter((r) => r[4] === 'UBND xã Cam Lộ' && r[10] === 1);
    const [stored] = await api.database.db
      .select({ progress: assignments.progress })
      .from(assignments)
      .where(and(eq(assignments.unitId, camloId), eq(assignments.activityId, camloActivityId)));
    expect(withEvidence![6]).toBe(stored!.progress / 100);
    const byUnit = sheetTable(workbook.getWorksheet('Theo đơn vị')!);
    const unitRows = byUnit.rows.filter((r) => typeof r[0] === 'number');
    expect(unitRows).toHaveLength(figures.units);
    expect(unitRows.find((r) => r[1] === 'UBND phường Đông Hà')?.[7]).toBe('Chưa báo cáo');
    expect(unitRows.find((r) => r[1] === 'Sở Tư pháp')?.[9]).toBe('Trễ hạn');
  });

  it('keeps every build: a second build is added, the first stays downloadable', async () => {
    await coordinator.send('POST', `/api/periods/${periodId}/consolidated-report/builds`);
    await runPendingJobs(api.database.db, api.files, jobHandlers, { now: () => api.clock.now });
    const builds = await body(await leader.get(`/api/periods/${periodId}/consolidated-report/builds`));
    expect(builds).toHaveLength(2);
    expect(builds.map((b: { id: string }) => b.id)).toContain(buildId);
    expect((await download(leader, `/api/report-builds/${buildId}/download?format=docx`)).equals(docx)).toBe(true);
    expect(await api.database.db.select({ n: count() }).from(reportBuilds)).toEqual([{ n: 2 }]);
  });

  it('marks a job that cannot run as failed with a message, and goes on', async () => {
    const job = await enqueueJob(api.database.db, 'unknown_kind', {}, null, api.clock.now);
    expect(await runPendingJobs(api.database.db, api.files, jobHandlers, { now: () => api.clock.now })).toEqual({
      ran: 1,
      failed: 1,
    });
    const [row] = await api.database.db.select().from(jobs).where(eq(jobs.id, job.id));
    expect(row).toMatchObject({ status: 'failed', stage: 'Thất bại' });
    expect(row!.error).toContain('unknown_kind');
  });
});

describe("a unit's own report as Word", () => {
  it("is the unit's to sign: its name as issuer, its items and narrative; not for another unit", async () => {
    const { doc, all } = await docTexts(await download(camlo, `/api/periods/${periodId}/units/${camloId}/report/docx`));
    const header = textOf(findAll(doc.body, 'w:tbl')[0]!);
    expect(header).toContain('UBND XÃ CAM LỘ');
    expect(header).toContain('/BC-UBND');
    expect(all).toContain('Ban hành Kế hoạch số 15/KH-UBND về CCHC của xã.');
    expect(all).toContain('Thiếu máy quét để số hóa hồ sơ.');
    expect(all).toContain('Kính gửi');
    const dongha = await api.signIn('dongha.baocao');
    expect((await dongha.get(`/api/periods/${periodId}/units/${camloId}/report/docx`)).status).toBe(403);
  });
});

describe('dashboards', () => {
  it('show the figures of the database to a leader, and nothing to a reporter', async () => {
    const figures = await databaseFigures();
    const dashboard = await body(await leader.get(`/api/dashboard?periodId=${periodId}`));
    // The browser reads the answer through the contract (nothing unknown at the top level).
    expect(dashboardView.strict().safeParse(dashboard).error).toBeUndefined();
    expect(dashboard.plan.id).toBe(planId);
    expect(dashboard.byArea.total).toMatchObject({ total: figures.assignments, finished: figures.finished });
    expect(dashboard.discipline.missing.map((u: { name: string }) => u.name)).toContain('UBND phường Đông Hà');
    expect(dashboard.discipline.late).toEqual([expect.objectContaining({ unitName: 'Sở Tư pháp', daysLate: 3 })]);
    expect(dashboard.ranking).toHaveLength(figures.units);
    expect(dashboard.trends.map((t: { periodCode: string }) => t.periodCode)).toEqual(['Q1', 'H1', 'M9', 'Y']);
    expect(dashboard.trends.find((t: { periodCode: string }) => t.periodCode === 'M9')).toMatchObject({ received: 2 });
    expect((await camlo.get(`/api/dashboard?periodId=${periodId}`)).status).toBe(403);
  });

  it('filter by unit kind and area, and follow a change at once', async () => {
    const communes = await body(await leader.get(`/api/dashboard?periodId=${periodId}&kind=commune`));
    expect(communes.ranking.every((r: { kind: string }) => r.kind === 'commune')).toBe(true);
    expect(communes.byUnitKind.rows.map((r: { key: string }) => r.key)).toEqual(['commune']);
    const areaI = await body(await leader.get(`/api/dashboard?periodId=${periodId}&area=I`));
    expect(areaI.byArea.rows.map((r: { key: string }) => r.key)).toEqual(['I']);

    const before = (await body(await leader.get(`/api/dashboard?periodId=${periodId}`))).byArea.total.finished;
    const [open] = (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead&status=not_started`)))
      .items;
    await camlo.send('PATCH', `/api/assignments/${open.id}`, {
      version: open.version,
      status: 'done',
      progress: 100,
      completedOn: '2025-09-01',
    });
    expect((await body(await leader.get(`/api/dashboard?periodId=${periodId}`))).byArea.total.finished).toBe(
      before + 1,
    );
  });

  it('drill down to an activity and its evidence', async () => {
    const drill = await body(await leader.get(`/api/dashboard/activities/${camloActivityId}`));
    expect(activityDrillDown.safeParse(drill).error).toBeUndefined();
    const own = drill.assignments.find((a: { unitId: string }) => a.unitId === camloId);
    expect(own.evidence.map((e: { fileName: string }) => e.fileName)).toEqual(['Kế hoạch CCHC xã Cam Lộ.pdf']);
    expect((await leader.get(own.evidence[0].downloadPath)).status).toBe(200);
  });

  it('export as Excel with the same filters', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await download(leader, `/api/dashboard/export?periodId=${periodId}&kind=commune`)) as never,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Theo lĩnh vực',
      'Theo loại đơn vị',
      'Xếp hạng đơn vị',
      'Nhiệm vụ quá hạn',
      'Chưa báo cáo, trễ hạn',
      'Chỉ tiêu',
      'Chỉ tiêu có nguy cơ',
      'Xu hướng theo kỳ',
    ]);
    const ranking = sheetTable(workbook.getWorksheet('Xếp hạng đơn vị')!);
    expect(ranking.header[3]).toBe('Loại');
    expect(new Set(ranking.rows.map((r) => r[3]))).toEqual(new Set(['UBND cấp xã']));
  });
});
