import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidateTables, guessMapping, type ColumnMapping } from '../../../src/domain/plan/column-mapping.js';
import { makeCell, makeParagraph, type DocumentTable } from '../../../src/domain/plan/document.js';
import { AppError } from '../../../src/domain/errors.js';
import { parsePlanDocument } from '../../../src/readers/parse-plan-document.js';
import { PLANS, readPlanBytes } from './plans.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/column-mapping/${name}`, import.meta.url), 'utf8');
const encode = (text: string) => new TextEncoder().encode(text);
const quangTri = PLANS.find((p) => p.name === 'quang-tri-2025')!;

const read = (text: string | Uint8Array, mapping: ColumnMapping | null = null, plan = quangTri) =>
  parsePlanDocument({
    bytes: typeof text === 'string' ? encode(text) : text,
    fileName: 'ke-hoach.txt',
    directory: plan.directory,
    asOf: plan.asOf,
    mapping,
  });

/** The same plan as printed with its header row's titles replaced by "Cột 1 … Cột 9". */
const numberedHeaders = () =>
  new TextDecoder()
    .decode(readPlanBytes('quang-tri-2025'))
    .replace(/^TT\tMục tiêu.*$/gm, Array.from({ length: 9 }, (_, i) => `Cột ${i + 1}`).join('\t'));

const SMALL_ROLES: ColumnMapping['roles'] = ['number', 'activity', 'deliverable', 'lead', 'cooperating', 'deadline'];

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const table = (rows: string[][]): DocumentTable => ({
  kind: 'table',
  rows: rows.map((cells) => ({ cells: cells.map((c) => makeCell(c)), header: false, breakBefore: false, line: null })),
});

describe('the tables offered for a mapping', () => {
  it('offers tables of three columns or more with two rows of words, the largest first, numbered as in the document', () => {
    const letterhead = table([
      ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['Số: 25/KH-UBND', 'Quảng Trị, ngày 10 tháng 01 năm 2025'],
    ]);
    const small = table([
      ['A', 'B', 'C'],
      ['1', 'Một', 'Hai'],
    ]);
    const appendix = table([
      ['Cột 1', 'Cột 2', 'Cột 3', 'Cột 4'],
      ...Array.from({ length: 40 }, (_, i) => [String(i + 1), `Hoạt động ${i + 1}`, 'Sở Nội vụ', 'Quý I/2025']),
    ]);
    const blocks = [letterhead, makeParagraph('KẾ HOẠCH'), small, appendix];
    const offered = candidateTables(blocks);
    expect(offered.map((c) => [c.table, c.columns, c.rows, c.cells.length])).toEqual([
      [3, 4, 41, 30],
      [2, 3, 2, 2],
    ]);
    expect(offered[0]!.cells[1]).toEqual(['1', 'Hoạt động 1', 'Sở Nội vụ', 'Quý I/2025']);
    expect(guessMapping(offered[0]!)).toEqual({
      table: 3,
      headerRow: 1,
      firstDataRow: 2,
      roles: ['number', 'activity', 'lead', 'deadline'],
    });
  });
});

describe('how sure the reader is of the appendix', () => {
  it('is sure of every golden plan, and its recognised mapping applied again reads the same plan', async () => {
    for (const plan of PLANS) {
      const recognised = await read(readPlanBytes(plan.name), null, plan);
      expect(recognised.reading.state, plan.name).toBe('recognised');
      expect(recognised.reading.reason).toBeNull();
      if (recognised.plan.activities.length === 0) {
        // Trà Vinh has no appendix: its targets are in the text, and no table is offered.
        expect(recognised.reading.mapping).toBeNull();
        continue;
      }
      const mapping = recognised.reading.mapping!;
      // The recognised columns, and "other" for cells some rows have beyond them.
      expect(mapping.roles.slice(0, recognised.plan.columns.length)).toEqual(
        recognised.plan.columns.map((c) => c.role),
      );
      expect(new Set(mapping.roles.slice(recognised.plan.columns.length))).toEqual(
        new Set(mapping.roles.length > recognised.plan.columns.length ? ['other'] : []),
      );
      const mapped = await read(readPlanBytes(plan.name), mapping, plan);
      expect(mapped.reading.state, plan.name).toBe('mapped');
      expect(mapped.plan.activities, plan.name).toEqual(recognised.plan.activities);
    }
  });

  it('asks for a mapping when no header row is recognised, offering the table as printed, and never reads 0 activities as a plan', async () => {
    const { plan, reading } = await read(numberedHeaders());
    expect(reading.state).toBe('needsMapping');
    expect(reading.reason).toMatch(/Không nhận ra hàng tiêu đề/);
    expect(plan.activities).toEqual([]);
    expect(plan.title).toContain('Cải cách hành chính nhà nước tỉnh Quảng Trị năm 2025');
    const [table] = reading.candidates;
    expect(table).toMatchObject({ table: 1, columns: 9 });
    expect(table!.rows).toBeGreaterThan(30);
    expect(table!.cells).toHaveLength(30);
    expect(table!.cells[0]).toEqual(Array.from({ length: 9 }, (_, i) => `Cột ${i + 1}`));
    expect(table!.cells[2]![3]).toBe('Xây dựng, ban hành Kế hoạch CCHC của tỉnh');
  });

  it('reads with the coordinator’s mapping exactly what the titled table gives', async () => {
    const titled = await read(readPlanBytes('quang-tri-2025'));
    const mapping: ColumnMapping = {
      table: 1,
      headerRow: 1,
      firstDataRow: 2,
      roles: ['number', 'objective', 'task', 'activity', 'deliverable', 'lead', 'cooperating', 'deadline', 'budget'],
    };
    const { plan, reading } = await read(numberedHeaders(), mapping);
    expect(reading).toMatchObject({ state: 'mapped', reason: null, mapping });
    expect(plan.activities).toHaveLength(73);
    const fields = (a: (typeof plan.activities)[number]) => [
      a.id,
      a.activity,
      a.lead,
      a.cooperating,
      a.deadline,
      a.budget,
    ];
    expect(plan.activities.map(fields)).toEqual(titled.plan.activities.map(fields));
    expect(plan.columns.map((c) => c.header)).toEqual(Array.from({ length: 9 }, (_, i) => `Cột ${i + 1}`));
  });

  it('guesses a first mapping from what the cells hold', async () => {
    const { reading } = await read(fixture('ke-hoach-cot-so.txt'));
    expect(reading.state).toBe('needsMapping');
    expect(reading.mapping).toEqual({ table: 1, headerRow: 1, firstDataRow: 2, roles: SMALL_ROLES });
  });

  it('reads a small table under a mapping without a header row, the first rows skipped', async () => {
    const { plan, reading } = await read(fixture('ke-hoach-cot-so.txt'), {
      table: 1,
      headerRow: null,
      firstDataRow: 2,
      roles: SMALL_ROLES,
    });
    expect(reading.state).toBe('mapped');
    expect(plan.areas.map((a) => a.code)).toEqual(['I', 'II']);
    expect(plan.activities.map((a) => [a.activity, a.lead.text, a.deadline.due])).toEqual([
      ['Xây dựng, ban hành Kế hoạch cải cách hành chính của tỉnh', 'Sở Nội vụ', '2025-03-31'],
      ['Tổ chức kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị', 'Sở Nội vụ', '2025-09-30'],
      ['Kiểm tra, rà soát văn bản quy phạm pháp luật của tỉnh', 'Sở Tư pháp', '2025-11-18'],
      ['Theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh', 'Sở Tư pháp', '2025-12-31'],
    ]);
    expect(plan.columns.every((c) => c.header === '')).toBe(true);
  });

  it('asks again when a saved mapping does not fit the document, saying why', async () => {
    const mapping: ColumnMapping = { table: 1, headerRow: 1, firstDataRow: 2, roles: SMALL_ROLES };
    const wider = await read(fixture('ke-hoach-cot-so-7-cot.txt'), mapping);
    expect(wider.reading.state).toBe('needsMapping');
    expect(wider.reading.reason).toMatch(/Bảng 1 có 7 cột, cách đọc cột đã lưu có 6 cột/);
    expect(wider.reading.mapping?.roles).toHaveLength(7);
    const elsewhere = await read(fixture('ke-hoach-cot-so.txt'), { ...mapping, table: 4 });
    expect(elsewhere.reading.reason).toMatch(/không có bảng thứ 4/);
    const beyond = await read(fixture('ke-hoach-cot-so.txt'), { ...mapping, firstDataRow: 9 });
    expect(beyond.reading.reason).toMatch(/Bảng 1 chỉ có 7 hàng; hàng dữ liệu đầu tiên 9 không có/);
  });

  it('asks for a mapping when most rows are off their columns', async () => {
    const rows = [
      'TT\tHoạt động\tChủ trì\tPhối hợp\tThời gian\tKinh phí',
      ...[1, 2, 3, 4].map(
        (n) => `\t${n}\tHoạt động cải cách hành chính số ${n}\tSở Nội vụ\tSở Tư pháp\tQuý I/2025\tThường xuyên`,
      ),
    ];
    const { plan, reading } = await read(`KẾ HOẠCH\nCải cách hành chính năm 2025\n\n${rows.join('\n')}\n`);
    expect(plan.activities.length).toBeGreaterThan(0);
    expect(reading.state).toBe('needsMapping');
    expect(reading.reason).toMatch(/lệch cột/);
  });

  it('refuses a document with nothing to read, saying what it saw', async () => {
    const prose = await refusal(read('Biên bản họp giao ban tuần, không có kế hoạch nào.\n\nHai đoạn văn.\n'));
    expect(prose.code).toBe('NO_PLAN_FOUND');
    expect(prose.message).toMatch(/Đã đọc 2 đoạn văn và 0 bảng\./);
    const narrow = await refusal(read('Danh sách\n\nSở Nội vụ\tsố 1\nSở Tư pháp\tsố 2\nSở Y tế\tsố 3\n'));
    expect(narrow.message).toMatch(
      /Đã đọc 1 đoạn văn và 1 bảng; bảng lớn nhất có 3 hàng × 2 cột, không nhận ra hàng tiêu đề/,
    );
  });
});
