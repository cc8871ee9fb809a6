/**
 * The table layouts of plain-text exports, each on a small plan written the way its converter
 * writes it: one cell per line (rows separated by blank lines, or run together as LibreOffice's
 * text export), pandoc's grid and multiline tables, pandoc's Markdown escapes and HTML tables, and
 * a heading without blank lines between its paragraphs. The variant corpus holds the real ones.
 */
import { describe, expect, it } from 'vitest';
import type { PlanV1 } from '../../../src/domain/plan/types.js';
import { readTextDocument } from '../../../src/readers/document/text-reader.js';
import { parsePlanDocument } from '../../../src/readers/parse-plan-document.js';
import { sampleProvince } from '../../fixtures/directories/sample-province.js';

const HEAD =
  'Số: 12/KH-UBND\n\nQuảng Trị, ngày 10 tháng 12 năm 2024\n\nKẾ HOẠCH\n\nCải cách hành chính tỉnh Quảng Trị năm 2025\n\n';
const HEADERS = ['TT', 'Nhiệm vụ', 'Hoạt động', 'Chủ trì', 'Phối hợp', 'Thời gian'];

async function parse(text: string): Promise<PlanV1> {
  const bytes = new TextEncoder().encode(text);
  return (await parsePlanDocument({ bytes, fileName: 'ke-hoach', directory: sampleProvince, asOf: '2025-01-01' })).plan;
}

const rows = (plan: PlanV1) =>
  plan.activities.map((a) => [a.id, a.task, a.activity, a.lead.text, a.cooperating.text, a.deadline.text]);

const EXPECTED = [
  ['I-1', 'Ban hành kế hoạch', 'Xây dựng dự thảo', 'Sở Nội vụ', 'Văn phòng UBND tỉnh', 'Quý I/2025'],
  ['I-1-2', 'Ban hành kế hoạch', 'Trình UBND tỉnh ban hành', 'Sở Nội vụ', '', 'Quý I/2025'],
  ['II-1', 'Rà soát văn bản', 'Rà soát, báo cáo', 'Sở Tư pháp', 'Các sở, ngành', 'Cả năm 2025'],
];

describe('one cell per line', () => {
  it('reads rows separated by blank lines, an area row spanning the rest and cells merged from above', async () => {
    const table = [
      HEADERS.join('\n'),
      'I\nCÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH',
      '1\nBan hành kế hoạch\nXây dựng dự thảo\nSở Nội vụ\nVăn phòng UBND tỉnh\nQuý I/2025',
      '\n\nTrình UBND tỉnh ban hành\nSở Nội vụ\n\nQuý I/2025',
      'II\nCẢI CÁCH THỂ CHẾ',
      '1\nRà soát văn bản\nRà soát, báo cáo\nSở Tư pháp\nCác sở, ngành\nCả năm 2025',
    ].join('\n\n');
    const plan = await parse(HEAD + table);
    expect(plan.areas.map((a) => a.code)).toEqual(['I', 'II']);
    expect(rows(plan)).toEqual(EXPECTED);
  });

  it('reads rows run together (LibreOffice text), a cell of several list paragraphs on lines of its own', async () => {
    const table = [
      ...HEADERS,
      'I',
      'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH',
      ...['1', 'Ban hành kế hoạch', 'Xây dựng dự thảo', 'Sở Nội vụ', 'Văn phòng UBND tỉnh', 'Quý I/2025'],
      ...['', '', 'Trình UBND tỉnh ban hành', 'Sở Nội vụ', '', 'Quý I/2025'],
      'II CẢI CÁCH THỂ CHẾ',
      ...['1', 'Rà soát văn bản', '- Rà soát', '- Báo cáo', 'Sở Tư pháp', 'Các sở, ngành', 'Cả năm 2025'],
    ].join('\n');
    // LibreOffice writes each paragraph on one line, however long, with no blank line between.
    const body = `Thực hiện ${'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, '.repeat(4)}như sau:`;
    const plan = await parse(`${HEAD.replace(/\n\n/g, '\n')}${body}\n${table}`);
    expect(plan.title).toBe('Cải cách hành chính tỉnh Quảng Trị năm 2025');
    expect(rows(plan).slice(0, 2)).toEqual(EXPECTED.slice(0, 2));
    expect(plan.activities.at(-1)?.activity).toBe('- Rà soát\n- Báo cáo');
    // A signature block after the table is not read as area rows.
    const signed = await parse(`${HEAD.replace(/\n\n/g, '\n')}${body}\n${table}\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH`);
    expect(signed.areas.map((a) => a.code)).toEqual(['I', 'II']);
  });

  it('does not take wrapped prose naming duties for a header', () => {
    const prose = '- Chủ trì đôn đốc các sở, ngành,\nphối hợp với các cơ quan\nthời gian thực hiện\nkinh phí bố trí\n';
    const document = readTextDocument(HEAD + prose);
    expect(document.blocks.filter((b) => b.kind === 'table')).toEqual([]);
  });
});

describe('pandoc', () => {
  it('reads a grid table (pandoc -t markdown), joining wrapped cell lines', async () => {
    const table = [
      '+------+------------+------------+-----------+----------+----------+',
      '| TT   | Nhiệm vụ   | Hoạt động  | Chủ trì   | Phối hợp | Thời     |',
      '|      |            |            |           |          | gian     |',
      '+======+============+============+===========+==========+==========+',
      '| II   | CẢI CÁCH   |            |           |          |          |',
      '|      | THỂ CHẾ    |            |           |          |          |',
      '+------+------------+------------+-----------+----------+----------+',
      '| 1    | Rà soát    | Rà soát,   | Sở Tư     | Các sở,  | Cả năm   |',
      '|      | văn bản    | báo cáo    | pháp      | ngành    | 2025     |',
      '+------+------------+------------+-----------+----------+----------+',
    ].join('\n');
    expect(rows(await parse(HEAD + table))).toEqual(EXPECTED.slice(2));
  });

  it('reads a multiline table (pandoc -t plain) with its column edges from the dash runs', async () => {
    const table = [
      '  -------------------------------------------------------------------',
      '  TT   Nhiệm vụ     Hoạt động    Chủ trì    Phối hợp    Thời gian',
      '  ---- ------------ ------------ ---------- ----------- -----------',
      '  II   CẢI CÁCH',
      '       THỂ CHẾ',
      '',
      '  1    Rà soát      Rà soát,     Sở Tư      Các sở,     Cả năm',
      '       văn bản      báo cáo      pháp       ngành       2025',
      '  -------------------------------------------------------------------',
    ].join('\n');
    expect(rows(await parse(HEAD + table))).toEqual(EXPECTED.slice(2));
  });

  it('reads Markdown escapes and a table written as HTML inside the Markdown', async () => {
    const table = [
      '<table>',
      '<thead><tr><th>TT</th><th>Nhiệm vụ</th><th>Hoạt động</th><th>Chủ trì</th><th>Phối hợp</th><th>Thời gian</th></tr></thead>',
      '<tbody><tr><td>II</td><td colspan="5">CẢI CÁCH THỂ CHẾ</td></tr>',
      '<tr><td>1</td><td>Rà soát văn bản</td><td>Rà soát, báo cáo</td><td>Sở Tư pháp</td><td>Các sở, ngành</td><td>Cả năm 2025</td></tr>',
      '</tbody>',
      '</table>',
      '',
      '| TT | Nhiệm vụ | Hoạt động | Chủ trì | Phối hợp | Thời gian |',
      '|----|----|----|----|----|----|',
      '| III | CẢI CÁCH TTHC | | | | |',
      '| 1 | Công bố TTHC | \\- Rà soát \\[đợt 1\\] | Văn phòng UBND tỉnh | | Quý I/2025 |',
    ].join('\n');
    const plan = await parse(HEAD + table);
    expect(rows(plan)[0]).toEqual(EXPECTED[2]);
    expect(plan.activities[1]?.activity).toBe('- Rà soát [đợt 1]');
  });
});

describe('fixed-width columns (pdftotext -layout)', () => {
  it('reads columns from the gutters, cells over several lines, a merged cell, an area title across columns and a repeated header after a page break', async () => {
    const header = 'TT    Nhiệm vụ              Hoạt động                 Chủ trì       Phối hợp        Thời gian';
    const table = [
      header,
      'I     CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH',
      '1     Ban hành kế hoạch     Xây dựng dự thảo          Sở Nội vụ     Văn phòng UBND  Quý I/2025',
      '                                                                    tỉnh',
      '                            Trình UBND tỉnh ban hành  Sở Nội vụ                     Quý I/2025',
      '',
      `\f${header}`,
      'II    CẢI CÁCH THỂ CHẾ',
      '1     Rà soát văn bản       Rà soát, báo cáo          Sở Tư pháp    Các sở, ngành   Cả năm 2025',
      '                                                                                    ',
    ].join('\n');
    const plan = await parse(HEAD + table);
    expect(plan.title).toBe('Cải cách hành chính tỉnh Quảng Trị năm 2025');
    expect(plan.areas.map((a) => a.code)).toEqual(['I', 'II']);
    expect(rows(plan)).toEqual(EXPECTED);
  });

  it('joins a word broken at its hyphen without a space', () => {
    const document = readTextDocument(
      [
        'TT    Nhiệm vụ              Hoạt động                 Chủ trì       Phối hợp        Thời gian',
        '1     Thực hiện Kế hoạch    Báo cáo theo Chỉ thị 05-  Sở Nội vụ     Các sở          Quý I/2025',
        '      136/KH-UBND           CT/TU                                   ngành           ',
        '2     Rà soát văn bản       Rà soát, báo cáo          Sở Tư pháp    Các sở, ngành   Cả năm 2025',
      ].join('\n'),
    );
    const table = document.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[1]?.cells.map((c) => c.text)).toEqual([
      '1',
      'Thực hiện Kế hoạch 136/KH-UBND',
      'Báo cáo theo Chỉ thị 05-CT/TU',
      'Sở Nội vụ',
      'Các sở ngành',
      'Quý I/2025',
    ]);
  });
});

describe('fixed-width lines pdftotext squeezed', () => {
  const header = 'TT    Nhiệm vụ              Hoạt động                 Chủ trì       Phối hợp        Thời gian';
  const clear = [
    '3     Kiểm tra công vụ      Kiểm tra đột xuất         Sở Nội vụ     Thanh tra tỉnh  Quý II/2025',
    '4     Tập huấn cán bộ       Mở lớp tập huấn           Sở Nội vụ     Các sở, ngành   Quý III/2025',
  ];

  it('cuts a squeezed first line where the next cell opens with a capital, not at a small word on the column', () => {
    const document = readTextDocument(
      [
        header,
        '1     Ban hành kế hoạch     Xây dựng dự thảo          Sở Nội vụ     Văn phòng UBND  Quý I/2025',
        // "Soạn thảo…" belongs at column 28 and was printed one space after "Rà soát văn".
        '2     Rà soát văn Soạn thảo quy chế                   Sở Tư pháp    Các sở, ngành   Cả năm 2025',
        '      bản QPPL              mẫu',
        ...clear,
      ].join('\n'),
    );
    const table = document.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[2]?.cells.map((c) => c.text)).toEqual([
      '2',
      'Rà soát văn bản QPPL',
      'Soạn thảo quy chế mẫu',
      'Sở Tư pháp',
      'Các sở, ngành',
      'Cả năm 2025',
    ]);
  });

  it('warns that the table is doubtful when its columns are so narrow that dates break inside their year', async () => {
    const table = [
      header,
      '1     Ban hành kế hoạch     Xây dựng dự thảo          Sở Nội vụ     Văn phòng UBND  trước 31/12/20',
      '                                                                                    25',
      '2     Rà soát văn bản       Rà soát, báo cáo          Sở Tư pháp    Các sở, ngành   trước 15/01/20',
      '                                                                                    25',
      ...clear,
    ];
    const plan = await parse(HEAD + table.join('\n'));
    expect(plan.activities).toHaveLength(4);
    expect(plan.warnings.find((w) => w.code === 'table_doubtful')?.message).toMatch(
      /2 ngày tháng bị ngắt giữa hai dòng vì cột quá hẹp/,
    );
  });
});

describe('a table seen but not read', () => {
  it('says so, naming the header line, when fixed-width columns (pdftotext -layout) do not line up', async () => {
    const page = [
      '  TT          Mục tiêu Nhiệm           Hoạt         Kết        Chủ trì     Phối hợp Thời            Kinh phí',
      '                           vụ          động         quả/Sản                             gian',
      '  I           CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH',
      '  1           Xây          Xác định Xây             Kế hoạch Sở Nội        Sở, ban,     Quý         Thường',
    ].join('\n');
    const targets = 'Mục tiêu: 100% hồ sơ được giải quyết đúng hạn.\n\n';
    const plan = await parse(HEAD + targets + page);
    const warning = plan.warnings.find((w) => w.code === 'table_not_read');
    expect(warning?.message).toMatch(/^Dòng \d+ có vẻ là tiêu đề một bảng \(“TT Mục tiêu Nhiệm Hoạt Kết Chủ trì/);
  });

  it('stays quiet when the table was read', async () => {
    const table = [
      'TT\tNhiệm vụ\tHoạt động\tChủ trì\tPhối hợp\tThời gian',
      '1\tRà soát\tRà soát\tSở Tư pháp\t\tQuý I/2025',
    ];
    const plan = await parse(HEAD + table.join('\n'));
    expect(plan.warnings.map((w) => w.code)).not.toContain('table_not_read');
  });
});
