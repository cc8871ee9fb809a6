import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, scoringHistory, units } from '../../src/db/schema/index.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';
import { bestAnswer, requiredLeaves, type CriteriaNode } from '../support/scoring.js';
import { openDocx, textOf } from '../unit/writers/office-xml.js';

/**
 * A full round on the demo province: two departments self-score with evidence, the council
 * appraises (each member only their areas), a department explains a deduction, part of it is
 * restored, the council's chair approves, the coordinator publishes, the ranking appears.
 */
const SEED = join(import.meta.dirname, '../../seed/criteria');
type Leaf = {
  code: string;
  method: string;
  source: string;
  area: string;
  version: number;
  maxPoints: number;
  self: { points: number | null };
  appraisal: { points: number | null; reason: string | null } | null;
  final: { points: number | null } | null;
  deducted: number;
  evidence: { label: string; stage: string; fileName: string | null }[];
};

let api: TestApi;
let coordinator: Client,
  stp: Client,
  snv: Client,
  appraiser: Client,
  secondAppraiser: Client,
  leader: Client,
  otherReporter: Client;
let unitIds: { stp: string; snv: string; camlo: string };
let setId: string;
let roundId: string;
let setNodes: CriteriaNode[];

/** A calendar date `offset` days from the server's today. */
const day = (offset: number) => new Date(api.clock.now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const unitPath = (unitId: string) => `/api/scoring/rounds/${roundId}/units/${unitId}`;
const leafPath = (unitId: string, code: string) => `${unitPath(unitId)}/entries/${code}`;
const sheetOf = async (client: Client, unitId: string) => body(await client.get(unitPath(unitId)));
const leafOf = (sheet: { leaves: Leaf[] }, code: string) => sheet.leaves.find((l) => l.code === code)!;
async function roundVersion(): Promise<number> {
  return (await body(await coordinator.get(`/api/scoring/rounds/${roundId}`))).version;
}
async function advance(client: Client, to: string) {
  return client.send('POST', `/api/scoring/rounds/${roundId}/advance`, { version: await roundVersion(), to });
}

beforeAll(async () => {
  api = await createTestApi();
  coordinator = await api.signIn('snv.cchc');
  stp = await api.signIn('stp.baocao');
  snv = coordinator;
  appraiser = await api.signIn('thamdinh');
  leader = await api.signIn('lanhdao');
  otherReporter = await api.signIn('camlo.baocao');
  const admin = await api.signIn('quantri');
  const created = await admin.send('POST', '/api/users', {
    username: 'thamdinh2',
    displayName: 'Đỗ Văn Hải (Hội đồng thẩm định)',
    role: 'appraiser',
    password: 'Hoi#Dong7Xet',
  });
  expect(created.status).toBe(201);
  secondAppraiser = await api.signIn('thamdinh2', 'Hoi#Dong7Xet');
  const unitId = async (code: string) =>
    (await api.database.db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;
  unitIds = { stp: await unitId('QT.STP'), snv: await unitId('QT.SNV'), camlo: await unitId('QT.X.CAMLO') };
});
afterAll(() => api.close());

describe('criteria sets', () => {
  it('imports a set from a JSON file, keeps identical content as it is and stores a changed one as the next version', async () => {
    const file = await readFile(join(SEED, 'internal-department-2025.json'));
    const first = await coordinator.upload('/api/scoring/criteria-sets/import', new Blob([file]), 'bo-tieu-chi.json');
    expect(first.status).toBe(201);
    const stored = await body(first);
    expect(stored).toMatchObject({
      code: 'CCHC-SO-2025',
      version: 1,
      created: true,
      subject: 'department',
      leaves: 69,
    });
    setId = stored.id;
    setNodes = stored.content.nodes;

    const again = await body(
      await coordinator.upload('/api/scoring/criteria-sets/import', new Blob([file]), 'bo-tieu-chi.json'),
    );
    expect(again).toMatchObject({ id: setId, version: 1, created: false });

    const edited = await coordinator.send('POST', '/api/scoring/criteria-sets', {
      ...stored.content,
      name: `${stored.content.name} (sửa đổi)`,
    });
    expect(edited.status).toBe(201);
    expect(await body(edited)).toMatchObject({ version: 2, created: true, latest: true });

    const list = await body(await stp.get('/api/scoring/criteria-sets'));
    expect(
      list
        .filter((s: { code: string }) => s.code === 'CCHC-SO-2025')
        .map((s: { version: number; latest: boolean }) => [s.version, s.latest]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it('reports every problem of a broken set in Vietnamese and stores nothing', async () => {
    const broken = await coordinator.send('POST', '/api/scoring/criteria-sets', {
      format: 'cchc-criteria/1',
      code: 'HONG',
      name: 'Bộ hỏng',
      year: 2025,
      subject: 'department',
      maxTotal: 100,
      naRescaling: 'reduce_max',
      bands: [],
      nodes: [
        {
          code: '1',
          title: 'Lĩnh vực',
          maxPoints: 100,
          children: [{ code: '1.1', title: 'Tiêu chí', maxPoints: 5, method: { type: 'yes_no' } }],
        },
      ],
    });
    expect(broken.status).toBe(422);
    expect((await body(broken)).code).toBe('INVALID_CRITERIA_SET');
    expect(
      (await body(await coordinator.get('/api/scoring/criteria-sets'))).some(
        (s: { code: string }) => s.code === 'HONG',
      ),
    ).toBe(false);
  });

  it('exports a version as XLSX that Excel opens and that imports back to the same set', async () => {
    const response = await stp.get(`/api/scoring/criteria-sets/${setId}/export?format=xlsx`);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const cells = book.worksheets.flatMap((w) => w.getSheetValues().flat().map(String));
    expect(cells.some((c) => c.includes('Ban hành kế hoạch CCHC năm của cơ quan'))).toBe(true);
    const reimported = await body(
      await coordinator.upload('/api/scoring/criteria-sets/import', new Blob([bytes]), 'bo-tieu-chi.xlsx'),
    );
    expect(reimported.content.nodes).toEqual(setNodes);
  });
});

describe('a full round', () => {
  it('opens a round of two departments as a draft, refusing units the set does not score', async () => {
    const windows = {
      selfAssessmentFrom: day(-5),
      selfAssessmentTo: day(20),
      appraisalFrom: day(21),
      appraisalTo: day(40),
      explanationTo: day(50),
    };
    const wrong = await coordinator.send('POST', '/api/scoring/rounds', {
      criteriaSetId: setId,
      name: 'Chỉ số CCHC sở 2025',
      unitIds: [unitIds.stp, unitIds.camlo],
      ...windows,
    });
    expect(wrong.status).toBe(422);
    expect((await body(wrong)).message).toContain('UBND xã Cam Lộ');

    const response = await coordinator.send('POST', '/api/scoring/rounds', {
      criteriaSetId: setId,
      name: 'Chỉ số CCHC các sở năm 2025',
      unitIds: [unitIds.stp, unitIds.snv],
      ...windows,
    });
    expect(response.status).toBe(201);
    const round = await body(response);
    roundId = round.id;
    expect(round).toMatchObject({ status: 'draft', units: 2, submitted: 0 });
    expect(round.roundUnits.map((u: { rankGroup: string }) => u.rankGroup)).toEqual(['department', 'department']);
  });

  it('assigns the council by area and opens the self-assessment', async () => {
    const users = await body(await (await api.signIn('quantri')).get('/api/users?pageSize=200'));
    const second = users.items.find((u: { username: string }) => u.username === 'thamdinh2');
    const notAppraiser = await coordinator.send('PUT', `/api/scoring/rounds/${roundId}/council`, {
      version: await roundVersion(),
      members: [{ userId: stp.user.id, areas: ['1'] }],
    });
    expect(notAppraiser.status).toBe(422);
    const council = await coordinator.send('PUT', `/api/scoring/rounds/${roundId}/council`, {
      version: await roundVersion(),
      members: [
        { userId: appraiser.user.id, areas: ['1', '2', '3', '4', 'T', 'TR'], chair: true },
        { userId: second.id, areas: ['5', '6', '7', '8'] },
      ],
    });
    expect(council.status).toBe(200);
    expect((await body(council)).council).toHaveLength(2);
    expect((await advance(leader, 'self_assessment')).status).toBe(403);
    const opened = await advance(coordinator, 'self_assessment');
    expect(opened.status).toBe(200);
    expect((await body(opened)).status).toBe('self_assessment');
  });

  it('lets a department self-score with figures, notes and evidence; never another unit', async () => {
    const foreign = await stp.send('PUT', `${leafPath(unitIds.snv, '1.1.1')}/self`, {
      version: 0,
      entry: { value: true },
    });
    expect(foreign.status).toBe(403);

    const invalid = await stp.send('PUT', `${leafPath(unitIds.stp, '1.1.3')}/self`, {
      version: 0,
      entry: { value: 140 },
    });
    expect(invalid.status).toBe(422);
    expect((await body(invalid)).message).toMatch(/Mục 1\.1\.3.*ngoài khoảng/);

    for (const leaf of requiredLeaves(setNodes)) {
      const response = await stp.send('PUT', `${leafPath(unitIds.stp, leaf.code)}/self`, {
        version: 0,
        entry: bestAnswer(leaf),
        note: `Đã thực hiện mục ${leaf.code}`,
      });
      expect(response.status, leaf.code).toBe(200);
    }
    const stale = await stp.send('PUT', `${leafPath(unitIds.stp, '1.1.1')}/self`, {
      version: 0,
      entry: { value: false },
    });
    expect(stale.status).toBe(409);
    expect((await body(stale)).code).toBe('STALE_VERSION');

    const pdf = new Blob(['%PDF-1.4\n% kế hoạch CCHC năm 2025 của Sở Tư pháp\ntrailer<<>>\nstartxref\n0\n%%EOF\n']);
    const uploaded = await stp.upload(`${leafPath(unitIds.stp, '1.1.1')}/evidence`, pdf, 'ke-hoach-cchc-2025.pdf');
    expect(uploaded.status).toBe(201);
    const linked = await stp.send('POST', `${leafPath(unitIds.stp, '1.4.2')}/evidence-links`, {
      label: 'Báo cáo kiểm tra CCHC',
      url: 'https://stp.quangtri.gov.vn/bao-cao-kiem-tra.pdf',
    });
    expect(linked.status).toBe(201);
    // Another site's address written as a path is not a page of cchc.
    for (const url of ['//evil.example/login', '/\\evil.example/login', 'javascript:alert(1)']) {
      const refused = await stp.send('POST', `${leafPath(unitIds.stp, '1.4.2')}/evidence-links`, {
        label: 'Trang đăng nhập',
        url,
      });
      expect(refused.status, url).toBe(400);
      expect((await body(refused)).details.issues).toEqual([
        expect.objectContaining({ path: 'url', message: expect.stringContaining('không phải //') }),
      ]);
    }
    const sheet = await body(linked);
    expect(leafOf(sheet, '1.1.1').evidence).toEqual([
      expect.objectContaining({ label: 'ke-hoach-cchc-2025.pdf', stage: 'self', fileName: 'ke-hoach-cchc-2025.pdf' }),
    ]);
    expect(leafOf(sheet, '1.4.2').evidence[0]).toMatchObject({ label: 'Báo cáo kiểm tra CCHC', stage: 'self' });
    expect(sheet.scores.self.issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([]);
  });

  it('keeps each unit’s scoring from other units before publication', async () => {
    expect((await otherReporter.get(unitPath(unitIds.stp))).status).toBe(403);
    expect((await stp.get(unitPath(unitIds.snv))).status).toBe(403);
    expect((await stp.get(`/api/scoring/rounds/${roundId}/results`)).status).toBe(403);
    expect((await otherReporter.get(`/api/scoring/rounds/${roundId}`)).status).toBe(403);
    expect((await stp.get(`${unitPath(unitIds.stp)}/sheet`)).status).toBe(200);
  });

  it('submits only a complete self-assessment, which the unit can then no longer change', async () => {
    // The Sở Nội vụ answers everything but area 1's yes/no criteria, which it did not meet.
    const snvLeaves = requiredLeaves(setNodes);
    const incomplete = await snv.send('POST', `${unitPath(unitIds.snv)}/submit`, { version: 1 });
    expect(incomplete.status).toBe(422);
    expect((await body(incomplete)).code).toBe('SELF_ASSESSMENT_INCOMPLETE');
    // "Lưu tất cả": every criterion in one request. One invalid criterion refuses the whole batch, naming it.
    const entries = snvLeaves.map((leaf) => ({
      code: leaf.code,
      version: 0,
      entry: leaf.code.startsWith('1.') && leaf.method!.type === 'yes_no' ? { value: false } : bestAnswer(leaf),
      note: null,
    }));
    const withInvalid = entries.map((e) => (e.code === '1.1.3' ? { ...e, entry: { value: 140 } } : e));
    const refused = await snv.send('PUT', `${unitPath(unitIds.snv)}/self`, { entries: withInvalid });
    expect(refused.status).toBe(422);
    expect((await body(refused)).message).toMatch(/Mục 1\.1\.3/);
    expect((await sheetOf(snv, unitIds.snv)).leaves.every((l: Leaf) => l.version === 0)).toBe(true);
    const twice = await snv.send('PUT', `${unitPath(unitIds.snv)}/self`, { entries: [entries[0], entries[0]] });
    expect(twice.status).toBe(400);
    const saved = await snv.send('PUT', `${unitPath(unitIds.snv)}/self`, { entries });
    expect(saved.status).toBe(200);
    const savedSheet = await body(saved);
    expect(entries.map((e) => leafOf(savedSheet, e.code).version)).toEqual(entries.map(() => 1));
    // The version of every criterion is checked: a batch read before someone else's save is refused whole.
    const stale = await snv.send('PUT', `${unitPath(unitIds.snv)}/self`, {
      entries: [
        { ...entries[1]!, version: 1 },
        { ...entries[0]!, version: 0 },
      ],
    });
    expect(stale.status).toBe(409);
    expect((await body(stale)).message).toContain(entries[0]!.code);
    expect(leafOf(await sheetOf(snv, unitIds.snv), entries[1]!.code).version).toBe(1);
    for (const [client, unitId] of [
      [stp, unitIds.stp],
      [snv, unitIds.snv],
    ] as const) {
      const submitted = await client.send('POST', `${unitPath(unitId)}/submit`, { version: 1 });
      expect(submitted.status).toBe(200);
      expect((await body(submitted)).unit.submittedAt).toBeTruthy();
    }
    const late = await stp.send('PUT', `${leafPath(unitIds.stp, '1.1.1')}/self`, {
      version: 2,
      entry: { value: false },
    });
    expect(late.status).toBe(409);
    expect((await body(late)).code).toBe('ALREADY_SUBMITTED');
  });

  it('takes survey points entered by hand and from a spreadsheet, refusing a whole set with a bad row', async () => {
    const surveyCodes = ['1.7', '2.4', '3.6', '4.5', '5.5', '6.4', '7.5', '8.1', '8.2'];
    const bad = await coordinator.send('PUT', `/api/scoring/rounds/${roundId}/survey`, {
      rows: [
        { unitId: unitIds.stp, code: '1.7', points: 1.5 },
        { unitId: unitIds.stp, code: '8.1', points: 9 },
      ],
    });
    expect(bad.status).toBe(422);
    expect((await body(bad)).message).toContain('vượt quá điểm tối đa 8');
    const saved = await coordinator.send('PUT', `/api/scoring/rounds/${roundId}/survey`, {
      rows: surveyCodes.map((code) => ({ unitId: unitIds.stp, code, points: 1.5 })),
    });
    expect(await body(saved)).toEqual({ saved: 9, unchanged: 0 });

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Điều tra');
    sheet.addRow(['Mã đơn vị', 'Mã tiêu chí', 'Điểm']);
    for (const code of surveyCodes) sheet.addRow(['QT.SNV', code, '1,25']);
    const imported = await coordinator.upload(
      `/api/scoring/rounds/${roundId}/survey/import`,
      new Blob([await book.xlsx.writeBuffer()]),
      'dieu-tra.xlsx',
    );
    expect(await body(imported)).toEqual({ saved: 9, unchanged: 0 });
    const snvSheet = await sheetOf(coordinator, unitIds.snv);
    expect(leafOf(snvSheet, '8.1')).toMatchObject({
      surveyPoints: 1.25,
      self: expect.objectContaining({ points: 1.25 }),
    });
  });

  it('appraises: a council member adjusts with a reason, only in the areas assigned', async () => {
    expect((await advance(coordinator, 'appraisal')).status).toBe(200);
    const reason = 'Tài liệu kiểm chứng chỉ chứng minh 50% nhiệm vụ kiểm tra đã thực hiện.';
    const noReason = await appraiser.send('PUT', `${leafPath(unitIds.stp, '1.4.2')}/appraisal`, {
      version: 1,
      decision: 'adjust',
      entry: { value: 50 },
    });
    expect(noReason.status).toBe(400);
    const adjusted = await appraiser.send('PUT', `${leafPath(unitIds.stp, '1.4.2')}/appraisal`, {
      version: 1,
      decision: 'adjust',
      entry: { value: 50 },
      reason,
    });
    expect(adjusted.status).toBe(200);
    expect(leafOf(await body(adjusted), '1.4.2')).toMatchObject({
      self: expect.objectContaining({ points: 1 }),
      appraisal: { entry: { value: 50 }, reason, points: 0.5, detail: expect.any(String) },
      deducted: 0.5,
    });
    const second = await appraiser.send('PUT', `${leafPath(unitIds.stp, '2.2.1')}/appraisal`, {
      version: 1,
      decision: 'adjust',
      entry: { value: false },
      reason: 'Chưa có văn bản triển khai kiểm tra VBQPPL.',
    });
    expect(second.status).toBe(200);

    const notAssigned = await appraiser.send('PUT', `${leafPath(unitIds.stp, '5.1.1')}/appraisal`, {
      version: 1,
      decision: 'adjust',
      entry: { value: false },
      reason: 'Không được phân công',
    });
    expect(notAssigned.status).toBe(403);
    expect((await body(notAssigned)).message).toContain('lĩnh vực 5');
    expect(
      (await stp.send('PUT', `${leafPath(unitIds.stp, '5.1.1')}/appraisal`, { version: 1, decision: 'accept' })).status,
    ).toBe(403);

    // The unit does not see the appraisal until the explanation round opens.
    expect(leafOf(await sheetOf(stp, unitIds.stp), '1.4.2').appraisal).toBeNull();

    const early = await advance(coordinator, 'explanation');
    expect(early.status).toBe(422);
    expect((await body(early)).code).toBe('APPRAISAL_INCOMPLETE');
    for (const client of [appraiser, secondAppraiser])
      for (const unitId of [unitIds.stp, unitIds.snv]) {
        const accepted = await client.send('POST', `${unitPath(unitId)}/accept-remaining`, {});
        expect(accepted.status).toBe(200);
        expect((await body(accepted)).remaining).toBe(0);
      }
    expect((await advance(coordinator, 'explanation')).status).toBe(200);
  });

  it('lets the unit explain a deduction with new evidence, and only a deduction', async () => {
    const sheet = await sheetOf(stp, unitIds.stp);
    const deducted = sheet.leaves.filter((l: Leaf) => l.deducted > 0).map((l: Leaf) => [l.code, l.deducted]);
    expect(deducted).toEqual([
      ['1.4.2', 0.5],
      ['2.2.1', 1],
    ]);
    const leaf = leafOf(sheet, '1.4.2');
    const explained = await stp.send('PUT', `${leafPath(unitIds.stp, '1.4.2')}/explanation`, {
      version: leaf.version,
      answer: 'Sở đã kiểm tra 4/5 đơn vị; bổ sung biên bản kiểm tra thứ tư.',
    });
    expect(explained.status).toBe(200);
    const evidence = await stp.send('POST', `${leafPath(unitIds.stp, '1.4.2')}/evidence-links`, {
      label: 'Biên bản kiểm tra số 4',
      url: 'https://stp.quangtri.gov.vn/bien-ban-4.pdf',
    });
    expect(leafOf(await body(evidence), '1.4.2').evidence.map((e) => e.stage)).toEqual(['self', 'explanation']);

    const notDeducted = await stp.send('PUT', `${leafPath(unitIds.stp, '1.1.1')}/explanation`, {
      version: leafOf(sheet, '1.1.1').version,
      answer: 'Không cần giải trình',
    });
    expect(notDeducted.status).toBe(422);
    expect((await body(notDeducted)).code).toBe('NOT_DEDUCTED');
  });

  it('restores part of the deduction in the final appraisal; the chair approves, the coordinator publishes', async () => {
    expect((await advance(coordinator, 'final_appraisal')).status).toBe(200);
    const waiting = await advance(coordinator, 'approved');
    expect(waiting.status).toBe(422);
    expect((await body(waiting)).code).toBe('FINAL_APPRAISAL_INCOMPLETE');

    const leaf = leafOf(await sheetOf(appraiser, unitIds.stp), '1.4.2');
    const restored = await appraiser.send('PUT', `${leafPath(unitIds.stp, '1.4.2')}/appraisal`, {
      version: leaf.version,
      decision: 'adjust',
      entry: { value: 80 },
      reason: 'Chấp nhận một phần giải trình: biên bản thứ tư hợp lệ.',
    });
    expect(restored.status).toBe(200);
    expect(leafOf(await body(restored), '1.4.2').final).toMatchObject({ points: 0.8 });

    expect((await advance(secondAppraiser, 'approved')).status).toBe(403);
    expect((await advance(appraiser, 'approved')).status).toBe(200);
    expect((await advance(coordinator, 'published')).status).toBe(200);
  });

  it('publishes results everyone reads: totals, index, bands, ranking, points lost', async () => {
    const response = await otherReporter.get(`/api/scoring/rounds/${roundId}/results?previousRoundId=${roundId}`);
    expect(response.status).toBe(200);
    const results = await body(response);
    expect(results.provisional).toBe(false);
    const [first, second] = results.units;
    expect([first.code, first.rank, first.of, second.code, second.rank]).toEqual(['QT.STP', 1, 2, 'QT.SNV', 2]);
    expect(first.previous).toMatchObject({ rank: 1, deltaPercent: 0 });

    const stpSheet = await sheetOf(otherReporter, unitIds.stp);
    // The final score is the self-assessment less what was not restored: 0,2 on 1.4.2 and 1 on 2.2.1.
    expect(Math.round((stpSheet.scores.self.total - stpSheet.scores.final.total) * 1000) / 1000).toBe(1.2);
    expect(first.total).toBe(stpSheet.scores.final.total);
    expect(first.percent).toBeCloseTo((first.total / first.effectiveMax) * 100, 2);
    expect(first.band).toBeTruthy();
    expect(results.pointsLost.find((c: { code: string }) => c.code === '2.2.1')).toMatchObject({
      unitsLosing: 1,
      totalLost: 1,
    });
    expect(results.consistency).toEqual([]);
  });

  it('lets nobody edit a published round', async () => {
    const version = await roundVersion();
    const attempts = [
      await coordinator.send('PATCH', `/api/scoring/rounds/${roundId}`, { version, name: 'Đổi tên sau công bố' }),
      await coordinator.send('POST', `/api/scoring/rounds/${roundId}/advance`, { version, to: 'published' }),
      await coordinator.send('PUT', `/api/scoring/rounds/${roundId}/survey`, {
        rows: [{ unitId: unitIds.stp, code: '8.1', points: 8 }],
      }),
      await appraiser.send('PUT', `${leafPath(unitIds.stp, '2.2.1')}/appraisal`, { version: 3, decision: 'accept' }),
      await stp.send('PUT', `${leafPath(unitIds.stp, '2.2.1')}/explanation`, { version: 3, answer: 'Giải trình muộn' }),
      await stp.send('PUT', `${leafPath(unitIds.stp, '1.1.1')}/self`, { version: 2, entry: { value: true } }),
    ];
    for (const attempt of attempts) {
      expect(attempt.status).toBe(409);
      expect((await body(attempt)).code).toBe('ROUND_PUBLISHED');
    }
  });

  it('keeps every version of a leaf and audits every step', async () => {
    const history = await body(await stp.get(`${leafPath(unitIds.stp, '1.4.2')}/history`));
    expect(history.map((h: { kind: string; version: number }) => `${h.kind}:${h.version}`)).toEqual([
      'self:1',
      'evidence:0',
      'appraisal:2',
      'explanation:3',
      'evidence:0',
      'final:4',
    ]);
    const rows = await api.database.db.select().from(scoringHistory);
    expect(rows.length).toBeGreaterThan(120);
    const actions = new Set((await api.database.db.select().from(auditLog)).map((r) => r.action));
    for (const action of [
      'scoringEntry.selfAssess',
      'scoringEntry.appraise',
      'scoringEntry.explain',
      'scoringEntry.reappraise',
      'scoringEvidence.add',
      'scoringRound.enterSurveyPoints',
      'scoringRoundUnit.submitSelfAssessment',
      'scoringRound.approve',
      'scoringRound.publish',
      'scoringRound.assignCouncil',
    ])
      expect(actions, action).toContain(action);
  });

  it('exports the official results table as XLSX and DOCX, and each unit’s sheet with its evidence list', async () => {
    const xlsx = await otherReporter.get(`/api/scoring/rounds/${roundId}/results/export?format=xlsx`);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const departments = book.worksheets.find((w) => w.name === 'Các sở, ban, ngành')!;
    const rows = (departments.getSheetValues() as unknown[][])
      .filter(Boolean)
      .map((r) => r.filter((c) => c !== undefined && c !== null));
    const stpRow = rows.find((r) => r.includes('Sở Tư pháp'))!;
    expect(stpRow[0]).toBe(1);
    expect(book.worksheets.map((w) => w.name)).toContain('Điểm bị mất');

    const docx = await openDocx(
      Buffer.from(
        await (await otherReporter.get(`/api/scoring/rounds/${roundId}/results/export?format=docx`)).arrayBuffer(),
      ),
    );
    const text = textOf(docx.body);
    expect(text).toContain('Sở Tư pháp');
    expect(text).toContain('CÁC SỞ, BAN, NGÀNH');

    const sheetResponse = await stp.get(`${unitPath(unitIds.stp)}/sheet`);
    expect(sheetResponse.headers.get('content-disposition')).toContain('.docx');
    const sheetText = textOf((await openDocx(Buffer.from(await sheetResponse.arrayBuffer()))).body);
    expect(sheetText).toContain('DANH SÁCH TÀI LIỆU KIỂM CHỨNG');
    expect(sheetText).toContain('ke-hoach-cchc-2025.pdf');
    expect(sheetText).toContain('Biên bản kiểm tra số 4');
    expect(sheetText).toContain('Thẩm định lại: Chấp nhận một phần giải trình');

    const evidenceId = leafOf(await sheetOf(stp, unitIds.stp), '1.1.1').evidence[0] as unknown as { id: string };
    const file = await appraiser.get(`${unitPath(unitIds.stp)}/evidence/${evidenceId.id}`);
    expect(await file.text()).toContain('kế hoạch CCHC năm 2025 của Sở Tư pháp');
  });
});

describe('what-if for the province PAR INDEX', () => {
  it('says what each criterion of an area must reach for the target', async () => {
    const file = await readFile(join(SEED, 'par-index-province-2023.json'));
    const set = await body(
      await coordinator.upload('/api/scoring/criteria-sets/import', new Blob([file]), 'par-index.json'),
    );
    const leaves = (function collect(nodes: CriteriaNode[]): (CriteriaNode & { maxPoints: number })[] {
      return nodes.flatMap((n) => (n.method ? [n as CriteriaNode & { maxPoints: number }] : collect(n.children ?? [])));
    })(set.content.nodes);
    // Last year: every criterion at 70% of its maximum.
    const entries = Object.fromEntries(leaves.map((l) => [l.code, { value: Math.round(l.maxPoints * 700) / 1000 }]));
    const area = set.content.nodes[0];
    const response = await leader.send('POST', `/api/scoring/criteria-sets/${set.id}/what-if`, {
      entries,
      targets: { [area.code]: area.maxPoints * 0.9 },
    });
    expect(response.status).toBe(200);
    const plan = await body(response);
    const planned = plan.areas.find((a: { code: string }) => a.code === area.code);
    expect(planned.feasible).toBe(true);
    expect(planned.planned).toBeGreaterThanOrEqual(area.maxPoints * 0.9 - 1e-9);
    expect(
      planned.leaves.every(
        (l: { required: number; current: number; maxPoints: number }) =>
          l.required >= l.current && l.required <= l.maxPoints,
      ),
    ).toBe(true);
  });
});

describe('the demo scoring', () => {
  it("loads the shipped sets, two rounds open for self-assessment and the province's joint round, once", async () => {
    const { loadDemoScoring } = await import('../../src/services/demo/load-demo-scoring.js');
    const first = await loadDemoScoring(api.database.db, api.clock.now);
    // Rounds of the year of the day the demo is loaded, as the demo plan is.
    const year = new Date(api.clock.now.getTime() + 7 * 3600_000).getUTCFullYear();
    expect(first.rounds).toEqual([
      `Chỉ số CCHC các sở, ban, ngành năm ${year}`,
      `Chỉ số CCHC UBND cấp xã năm ${year}`,
      `Tự đánh giá Chỉ số CCHC (PAR INDEX) của tỉnh năm ${year}`,
    ]);
    expect((await loadDemoScoring(api.database.db, api.clock.now)).rounds).toEqual([]);
    const rounds = await body(await otherReporter.get('/api/scoring/rounds'));
    // A commune reporter sees the communes' round only.
    expect(rounds.map((r: { name: string; status: string }) => [r.name, r.status])).toEqual([
      [`Chỉ số CCHC UBND cấp xã năm ${year}`, 'self_assessment'],
    ]);
  });
});
