/**
 * Survey answers once a campaign exists: paper forms typed in (blank and conditional items), an XLSX of
 * paper forms (all or nothing, row and column named), and the satisfaction counts the database groups,
 * which must equal the pure computation, reach the figure catalogue per unit and combine Σ/Σ for a level.
 */
import { uploadOfBytes } from '../../src/files/upload-content.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, surveyAnswers, surveyResponses } from '../../src/db/schema/index.js';
import { loadSatisfactionCounts } from '../../src/db/queries/surveys/satisfaction-counts.js';
import { countByItem } from '../../src/domain/surveys/satisfaction.js';
import { questionnaireItems } from '../../src/domain/surveys/questionnaire.js';
import { AppError } from '../../src/domain/errors.js';
import type { ServiceContext } from '../../src/services/context.js';
import { computeFigures } from '../../src/services/figures/compute-figures.js';
import { suggestFigureForTarget } from '../../src/domain/figures/indicator-link.js';
import { enterPaperResponse } from '../../src/services/surveys/enter-paper-response.js';
import { importPaperResponses } from '../../src/services/surveys/import-paper-responses.js';
import { paperTemplate } from '../../src/services/surveys/paper-template.js';
import { DOCX_TYPE, exportSurveySummary } from '../../src/services/surveys/export-survey-summary.js';
import { getSurveyResults } from '../../src/services/surveys/get-survey-results.js';
import { formatNumberVi } from '../../src/domain/text/format.js';
import { unitIdOf } from '../support/actors.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';
import { writeCampaign } from '../support/survey-campaign.js';

let world: UseCaseWorld;
let coordinator: ServiceContext;
let stpOfficer: ServiceContext;
let stp: string;
let stc: string;
let campaignId: string;
const period = { from: '2025-10-01', to: '2025-12-31' };

beforeAll(async () => {
  world = await openUseCaseWorld({ at: '2025-11-15T03:00:00Z' });
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
  stpOfficer = await world.actingAs('reporter', 'QT.STP');
  stp = await unitIdOf(world.database.db, 'QT.STP');
  stc = await unitIdOf(world.database.db, 'QT.STC');
  ({ campaignId } = await writeCampaign(world.database.db, {
    unitIds: [stp, stc],
    startsOn: period.from,
    endsOn: period.to,
  }));
});
afterAll(() => world.close());

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe('paper forms typed in', () => {
  it('stores a form marked paper with the officer, leaving blank items out and dropping unshown ones', async () => {
    const { responseId, answers } = await enterPaperResponse(stpOfficer, {
      campaignId,
      unitId: stp,
      filledOn: '2025-11-14',
      // MC.2 left blank; MC.8 answered although MC.7 is 'khong' (its condition unmet): dropped
      answers: { 'MC.1': '5', 'MC.3': '4', 'MC.4': '2', 'MC.5': '5', 'MC.6': '3', 'MC.7': 'khong', 'MC.8': 'x' },
    });
    expect(answers).toBe(6);
    const [response] = await world.database.db.select().from(surveyResponses).where(eq(surveyResponses.id, responseId));
    expect(response).toMatchObject({ channel: 'paper', unitId: stp, enteredBy: stpOfficer.actor!.userId });
    const stored = await world.database.db.select().from(surveyAnswers).where(eq(surveyAnswers.responseId, responseId));
    expect(stored.map((a) => a.itemId).sort()).toEqual(['MC.1', 'MC.3', 'MC.4', 'MC.5', 'MC.6', 'MC.7']);
    expect(stored.find((a) => a.itemId === 'MC.3')).toMatchObject({ scale: 4, pillar: 'service.staff' });
    const [audited] = await world.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'surveyResponse.enterPaper'));
    expect(audited!.n).toBe(1);
  });

  it('refuses a value off the scale, naming the item, and stores nothing', async () => {
    const before = await world.database.db.select({ n: count() }).from(surveyResponses);
    const error = await refusal(
      enterPaperResponse(stpOfficer, { campaignId, unitId: stp, filledOn: '2025-11-14', answers: { 'MC.1': '7' } }),
    );
    expect(error.message).toContain('Câu MC.1');
    expect(error.message).toContain('từ 1 đến 5');
    expect(await world.database.db.select({ n: count() }).from(surveyResponses)).toEqual(before);
  });

  it('refuses a form dated outside the campaign and one of another unit for a unit officer', async () => {
    expect(
      (
        await refusal(
          enterPaperResponse(stpOfficer, { campaignId, unitId: stp, filledOn: '2026-01-02', answers: { 'MC.1': '5' } }),
        )
      ).message,
    ).toContain('Ngày phiếu: 02/01/2026 nằm ngoài');
    expect(
      (await refusal(enterPaperResponse(stpOfficer, { campaignId, unitId: stc, answers: { 'MC.1': '5' } }))).code,
    ).toBe('FORBIDDEN');
  });
});

async function workbook(rows: string[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Phiếu giấy');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('an XLSX of paper forms', () => {
  const header = [
    'Mã đơn vị',
    'Ngày phiếu (dd/mm/yyyy)',
    'linh-vuc',
    'MC.1',
    'MC.2',
    'MC.3',
    'MC.4',
    'MC.5',
    'MC.6',
    'MC.7',
    'MC.8',
    'MC.9',
  ];

  it('gives a template whose first sheet has the columns to fill', async () => {
    const file = await paperTemplate(coordinator, campaignId);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const first = book.worksheets[0]!.getRow(1).values as unknown[];
    expect(first.slice(1)).toEqual(header);
  });

  it('refuses the whole file when one row is wrong, naming row and column', async () => {
    const before = await world.database.db.select({ n: count() }).from(surveyResponses);
    const bytes = await workbook([
      header,
      ['QT.STC', '20/11/2025', 'land', '5', '5', '4', '4', '5', '5', 'khong', '', ''],
      ['QT.STC', '20/11/2025', 'land', '9', '', '', '', '', '', '', '', ''],
    ]);
    const error = await refusal(
      importPaperResponses(coordinator, campaignId, { ...uploadOfBytes(bytes, 'giay.xlsx'), contentType: '' }),
    );
    expect(error.code).toBe('IMPORT_ROWS_INVALID');
    expect((error.details as { problems: string[] }).problems).toEqual([
      'Dòng 3, cột D (câu MC.1): “9” không phải điểm từ 1 đến 5.',
    ]);
    expect(await world.database.db.select({ n: count() }).from(surveyResponses)).toEqual(before);
  });

  it('stores every row when all are right', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [
      'QT.STC',
      '20/11/2025',
      'land',
      i < 36 ? '5' : '2',
      i < 30 ? '4' : '',
      '4',
      '4',
      '5',
      '5',
      i === 0 ? 'co' : 'khong',
      i === 0 ? 'Chờ lâu ở quầy' : '',
      '',
    ]);
    const bytes = await workbook([header, ...rows]);
    const result = await importPaperResponses(coordinator, campaignId, {
      ...uploadOfBytes(bytes, 'giay.xlsx'),
      contentType: '',
    });
    expect(result.responses).toBe(40);
  });
});

describe('the satisfaction counts', () => {
  it('equal the pure computation over the same answers (blank and conditional items left out)', async () => {
    const rows = await loadSatisfactionCounts(world.database.db, { campaignIds: [campaignId] });
    const stored = await world.database.db.select().from(surveyAnswers).where(eq(surveyAnswers.campaignId, campaignId));
    const byResponse = new Map<string, Record<string, unknown>>();
    for (const a of stored)
      byResponse.set(a.responseId, { ...byResponse.get(a.responseId), [a.itemId]: a.scale ?? a.choice ?? a.text });
    const { questionnaire } = { questionnaire: (await import('../support/survey-campaign.js')).motCua() };
    const scaleItems = questionnaireItems(questionnaire).filter((i) => i.kind === 'scale');
    const pure = countByItem(scaleItems, byResponse.values());
    for (const item of pure) {
      const sql = rows.find((r) => r.grouping === 'item' && r.itemId === item.id);
      expect({ id: item.id, satisfied: sql?.satisfied ?? 0, answers: sql?.answers ?? 0 }).toEqual({
        id: item.id,
        satisfied: item.satisfied,
        answers: item.answers,
      });
    }
    // MC.2: 30 answers from the file (10 left blank) + 0 typed (blank): 30, all 4 → satisfied 30
    expect(rows.find((r) => r.grouping === 'item' && r.itemId === 'MC.2')).toMatchObject({
      answers: 30,
      satisfied: 30,
    });
    const total = rows.find((r) => r.grouping === 'total')!;
    expect(total.respondents).toBe(41);
  });

  it('reach the figure catalogue per unit, and a level combines Σ satisfied / Σ answers', async () => {
    const { values } = await computeFigures(coordinator, {
      scope: { unitId: stc },
      period,
      keys: ['surveys.satisfied_rate', 'surveys.responses'],
    });
    const rate = values.find((v) => v.key === 'surveys.satisfied_rate')!;
    // STC: 40 forms × 6 scale items minus 10 blanks = 230 answers; unsatisfied: 4 × MC.1 = 2
    expect(rate).toMatchObject({ numerator: 226, denominator: 230 });
    expect(rate.source.link).toContain('/khao-sat-y-kien/ket-qua?unitId=');
    expect(values.find((v) => v.key === 'surveys.responses')!.value).toBe(40);
    const province = await computeFigures(coordinator, {
      scope: { level: 'departments' },
      period,
      keys: ['surveys.satisfied_rate'],
    });
    // STP's one form: 6 answers, 3 satisfied (5, 4, 5) → (226 + 3) / (230 + 5)? MC.7 is a choice: 5 scale answers
    expect(province.values[0]).toMatchObject({ numerator: 229, denominator: 235 });
    const nothing = await computeFigures(coordinator, {
      scope: { unitId: stp },
      period: { from: '2025-01-01', to: '2025-03-31' },
      keys: ['surveys.satisfied_rate'],
    });
    expect(nothing.values[0]!.value).toBeNull();
  });
});

describe('a selection by dates and a figure over some fields', () => {
  it('takes either date bound alone: the forms from a day on, or up to a day', async () => {
    // STP's form is dated 14/11, STC's 40 forms 20/11.
    const since = await getSurveyResults(coordinator, { campaignId, from: '2025-11-15' });
    expect(since.total!.respondents).toBe(40);
    expect(since.units.map((u) => u.key)).toEqual([stc]);
    const until = await getSurveyResults(coordinator, { campaignId, to: '2025-11-14' });
    expect(until.total!.respondents).toBe(1);
    expect(until.units.map((u) => u.key)).toEqual([stp]);
    // The tables by level and by field come with the same selection.
    expect(since.levels).toEqual([expect.objectContaining({ label: 'Sở, ban, ngành', respondents: 40 })]);
    expect(since.fields).toEqual([expect.objectContaining({ key: 'land', label: 'Đất đai', respondents: 40 })]);
  });

  it("counts the land, construction and investment figure over those fields' forms only, and suggests it for their target", async () => {
    const key = 'surveys.satisfied_rate.land_construction_investment';
    // STC's 40 forms are about land dossiers (226/230); STP's one form names no field and is not counted.
    const departments = await computeFigures(coordinator, { scope: { level: 'departments' }, period, keys: [key] });
    expect(departments.values[0]).toMatchObject({ numerator: 226, denominator: 230 });
    const stpOnly = await computeFigures(coordinator, { scope: { unitId: stp }, period, keys: [key] });
    expect(stpOnly.values[0]!.value).toBeNull();
    // Thừa Thiên Huế 2025: "… đạt tối thiểu 90%; trong đó, mức độ hài lòng về giải quyết các TTHC lĩnh vực
    // đất đai, xây dựng, đầu tư đạt tối thiểu 85%": each of the two targets gets its own figure.
    expect(
      suggestFigureForTarget('mức độ hài lòng về giải quyết các TTHC lĩnh vực đất đai, xây dựng, đầu tư', '%'),
    ).toBe(key);
    expect(suggestFigureForTarget('Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC', '%')).toBe(
      'surveys.satisfied_rate',
    );
  });
});

describe('the Word summary', () => {
  it('gives per unit the share with its counts, margin and warning, and per pillar, read back by pandoc', async () => {
    const file = await exportSurveySummary(coordinator, { campaignId });
    expect(file.contentType).toBe(DOCX_TYPE);
    const dir = mkdtempSync(join(tmpdir(), 'cchc-survey-docx-'));
    const path = join(dir, 'summary.docx');
    writeFileSync(path, file.bytes);
    const plain = execFileSync('pandoc', [path, '-t', 'plain', '--wrap=none'], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    const view = await getSurveyResults(coordinator, { campaignId });
    expect(plain).toContain('BÁO CÁO');
    expect(plain).toContain('Kết quả khảo sát sự hài lòng của người dân, tổ chức');
    expect(plain).toContain(`${view.total!.respondents} phiếu, ${view.total!.answers} câu trả lời`);
    for (const unit of view.units) {
      const share = formatNumberVi(unit.share! * 100, 1, 1);
      const margin = formatNumberVi(unit.interval!.margin * 100, 1, 1);
      // The unit's row: name, share, satisfied, answers, forms, margin (the table's cells in order).
      expect(plain).toMatch(
        new RegExp(
          `${unit.label}\\s+${share}\\s+${unit.satisfied}\\s+${unit.answers}\\s+${unit.respondents}\\s+${margin}`,
        ),
      );
    }
    // STP has one form: too small, named in the warning and in the note under the table.
    const stpRow = view.units.find((u) => u.key === stp)!;
    expect(stpRow.tooSmall).toBe(true);
    expect(plain).toContain(stpRow.warningText);
    expect(plain).toMatch(/Có 1 đơn vị mẫu quá nhỏ để tin cậy \(Sở Tư pháp\)/);
    for (const pillar of view.pillars) expect(plain).toContain(pillar.label);
  });
});
