import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/domain/errors.js';
import { buildAdministrativeDocument } from '../../../src/writers/docx/administrative-document.js';
import type { AdministrativeDocument } from '../../../src/writers/docx/administrative-document.js';
import { quarterlyReport } from '../../fixtures/reports/quarterly-report.js';
import {
  allRunsHave,
  attr,
  bodyParagraphs,
  bodyTables,
  cellLines,
  cellsOf,
  child,
  findAll,
  isOn,
  openDocx,
  rowsOf,
  runSize,
  textOf,
} from './office-xml.js';
import type { OpenedDocx, XmlNode } from './office-xml.js';

const paragraphNamed = (paragraphs: XmlNode[], text: string): XmlNode => {
  const found = paragraphs.find((p) => textOf(p) === text);
  if (!found) throw new Error(`no paragraph "${text}" among: ${paragraphs.map(textOf).join(' | ')}`);
  return found;
};
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

describe('buildAdministrativeDocument: the NĐ 30/2020 layout', () => {
  let docx: OpenedDocx;
  let tables: XmlNode[];
  beforeAll(async () => {
    docx = await openDocx(await buildAdministrativeDocument(quarterlyReport));
    tables = bodyTables(docx.body);
  });

  it('is an A4 page with the decree margins and Times New Roman 14 pt as the default font', () => {
    const size = child(docx.sectionProperties, 'w:pgSz');
    expect([attr(size, 'w:w'), attr(size, 'w:h')]).toEqual(['11906', '16838']);
    const margin = child(docx.sectionProperties, 'w:pgMar');
    expect(Number(attr(margin, 'w:top'))).toBe(twips(20));
    expect(Number(attr(margin, 'w:bottom'))).toBe(twips(20));
    expect(Number(attr(margin, 'w:left'))).toBe(twips(30));
    expect(Number(attr(margin, 'w:right'))).toBe(twips(15));

    const defaults = findAll(docx.styles, 'w:rPrDefault')[0];
    if (!defaults) throw new Error('no run defaults');
    const fonts = findAll(defaults, 'w:rFonts')[0];
    expect(attr(fonts, 'w:ascii')).toBe('Times New Roman');
    expect(attr(fonts, 'w:hAnsi')).toBe('Times New Roman');
    expect(attr(findAll(defaults, 'w:sz')[0], 'w:val')).toBe('28');
    // No run overrides the font with another face.
    const faces = new Set(findAll(docx.body, 'w:rFonts').map((f) => attr(f, 'w:ascii')));
    expect([...faces].filter((face) => face !== 'Times New Roman')).toEqual([]);
  });

  it('opens with the issuer on the left and the national title on the right, in a borderless table', () => {
    const header = tables[0];
    if (!header) throw new Error('no header table');
    const borders = findAll(header, 'w:tblBorders')[0];
    expect(borders?.children.map((side) => attr(side, 'w:val'))).toEqual(Array(6).fill('none'));

    const [top, second] = rowsOf(header);
    const [issuer, nation] = cellsOf(top ?? header);
    const [number, date] = cellsOf(second ?? header);
    expect(cellLines(issuer!)).toEqual(['UBND TỈNH QUẢNG TRỊ', 'SỞ NỘI VỤ']);
    expect(cellLines(nation!)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(cellLines(number!)).toEqual(['Số: 123/BC-SNV']);
    expect(cellLines(date!)).toEqual(['Quảng Trị, ngày 15 tháng 3 năm 2025']);

    const issuerParagraphs = findAll(issuer!, 'w:p');
    expect(allRunsHave(issuerParagraphs[0]!, 'w:b')).toBe(false);
    expect(allRunsHave(issuerParagraphs[1]!, 'w:b')).toBe(true);
    const nationParagraphs = findAll(nation!, 'w:p');
    expect(allRunsHave(nationParagraphs[0]!, 'w:b')).toBe(true);
    expect(runSize(nationParagraphs[0]!)).toBe(26);
    expect(allRunsHave(nationParagraphs[1]!, 'w:b')).toBe(true);
    expect(runSize(nationParagraphs[1]!)).toBe(28);
    expect(allRunsHave(findAll(date!, 'w:p')[0]!, 'w:i')).toBe(true);
  });

  it('draws a rule under the issuing body (half its length) and under the motto (its length), centred', () => {
    const [issuer, nation] = cellsOf(rowsOf(tables[0]!)[0]!);
    const ruleOf = (cell: XmlNode) => {
      const rule = findAll(cell, 'w:p').find((p) => findAll(p, 'w:pBdr').length > 0);
      if (!rule) throw new Error('no rule');
      const indent = findAll(rule, 'w:ind')[0];
      const cellWidth = Number(attr(findAll(cell, 'w:tcW')[0], 'w:w')) - 2 * 57;
      const left = Number(attr(indent, 'w:left'));
      expect(attr(indent, 'w:right')).toBe(String(left));
      return (cellWidth - 2 * left) / 20; // points
    };
    // "SỞ NỘI VỤ" in Times New Roman bold 13 pt is about 67 pt wide; the motto at 14 pt about 171 pt.
    expect(ruleOf(issuer!)).toBeGreaterThan(28);
    expect(ruleOf(issuer!)).toBeLessThan(38);
    expect(ruleOf(nation!)).toBeGreaterThan(165);
    expect(ruleOf(nation!)).toBeLessThan(178);
  });

  it('names the document kind in bold capitals with the excerpt below it', () => {
    const paragraphs = bodyParagraphs(docx.body);
    const kind = paragraphNamed(paragraphs, 'BÁO CÁO');
    expect(allRunsHave(kind, 'w:b')).toBe(true);
    expect(attr(findAll(kind, 'w:jc')[0], 'w:val')).toBe('center');
    const title = paragraphs[paragraphs.indexOf(kind) + 1]!;
    expect(textOf(title)).toBe('Kết quả thực hiện công tác cải cách hành chính quý I năm 2025');
    expect(allRunsHave(title, 'w:b')).toBe(true);
  });

  it('numbers headings I. / 1. / a) and writes justified body paragraphs with a first-line indent', () => {
    const texts = bodyParagraphs(docx.body).map(textOf);
    const headings = texts.filter((text) => /^([IVX]+\.|\d+\.|[a-zđ]\)) /.test(text));
    expect(headings).toEqual([
      'I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH',
      '1. Công tác chỉ đạo, điều hành',
      '2. Cải cách thủ tục hành chính và chính quyền số',
      'a) Giải quyết hồ sơ theo cấp chính quyền',
      'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'III. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2025',
    ]);
    const paragraph = bodyParagraphs(docx.body).find((p) => textOf(p).startsWith('Thực hiện Kế hoạch'))!;
    expect(attr(findAll(paragraph, 'w:jc')[0], 'w:val')).toBe('both');
    expect(Number(attr(findAll(paragraph, 'w:ind')[0], 'w:firstLine'))).toBe(twips(12.7));
    expect(texts).toContain('- Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại cấp xã;');
    // Emphasis given in the data survives.
    const emphasised = bodyParagraphs(docx.body).find((p) => textOf(p).startsWith('Ngay từ đầu năm'))!;
    const bold = findAll(emphasised, 'w:r')
      .filter((run) => findAll(run, 'w:b').some(isOn))
      .map(textOf);
    expect(bold).toEqual(['38 nhiệm vụ và 112 hoạt động']);
  });

  it('writes data tables with repeated, merged header rows and Vietnamese numbers aligned right', () => {
    const indicators = tables[1]!;
    const grid = findAll(indicators, 'w:gridCol').map((col) => Number(attr(col, 'w:w')));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(twips(165));
    const rows = rowsOf(indicators);
    const [groupRow, leafRow] = rows;
    const repeated = (row: XmlNode) => findAll(row, 'w:tblHeader').some(isOn);
    expect(rows.map(repeated).slice(0, 4)).toEqual([true, true, false, false]);

    const groupCells = cellsOf(groupRow!);
    expect(groupCells.map(textOf)).toEqual(['TT', 'Chỉ tiêu', 'Chỉ tiêu năm 2025', 'Kết quả quý I/2025', 'Đánh giá']);
    expect(attr(findAll(groupCells[3]!, 'w:gridSpan')[0], 'w:val')).toBe('2');
    expect(attr(findAll(groupCells[0]!, 'w:vMerge')[0], 'w:val')).toBe('restart');
    const leafCells = cellsOf(leafRow!);
    expect(leafCells.map(textOf)).toEqual(['', '', '', 'Số lượng', 'Tỷ lệ', '']);
    expect(findAll(leafCells[0]!, 'w:vMerge')).toHaveLength(1);
    expect(attr(findAll(leafCells[0]!, 'w:vMerge')[0], 'w:val') ?? 'continue').toBe('continue');

    const section = cellsOf(rows[2]!);
    expect(section.map(textOf)).toEqual(['I. Cải cách thủ tục hành chính']);
    expect(attr(findAll(section[0]!, 'w:gridSpan')[0], 'w:val')).toBe('6');

    const first = cellsOf(rows[3]!);
    expect(first.map(textOf)).toEqual(['1', 'Hồ sơ TTHC giải quyết đúng hạn', '≥ 98%', '47.386', '98,28%', 'Đạt']);
    expect(attr(findAll(first[3]!, 'w:jc')[0], 'w:val')).toBe('right');
    expect(attr(findAll(first[1]!, 'w:jc')[0], 'w:val')).toBe('left');

    const dossiers = rowsOf(tables[2]!);
    const totals = cellsOf(dossiers.at(-1)!);
    expect(totals.map(textOf)).toEqual(['Tổng cộng', '48.216', '47.386', '830', '98,28%']);
    expect(attr(findAll(totals[0]!, 'w:gridSpan')[0], 'w:val')).toBe('2');
    expect(totals.every((cell) => allRunsHave(findAll(cell, 'w:p')[0]!, 'w:b'))).toBe(true);
  });

  it('ends with the recipients on the left and the signature on the right', () => {
    const closing = tables.at(-1)!;
    const [recipients, signature] = cellsOf(rowsOf(closing)[0]!);
    const lines = cellLines(recipients!);
    expect(lines[0]).toBe('Nơi nhận:');
    expect(lines.slice(1, 3)).toEqual(['- Bộ Nội vụ (b/c);', '- Thường trực Tỉnh ủy (b/c);']);
    expect(lines.at(-1)).toBe('- Lưu: VT, CCHC.');
    const [label, item] = findAll(recipients!, 'w:p');
    expect(allRunsHave(label!, 'w:b') && allRunsHave(label!, 'w:i')).toBe(true);
    expect(runSize(label!)).toBe(24);
    expect(runSize(item!)).toBe(22);

    expect(cellLines(signature!)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Hòa']);
    expect(findAll(signature!, 'w:p').every((p) => allRunsHave(p, 'w:b'))).toBe(true);
  });

  it('numbers pages in the centre of the header from page 2 on', () => {
    expect(findAll(docx.sectionProperties, 'w:titlePg')).toHaveLength(1);
    const pageField = (header: XmlNode | undefined) =>
      header
        ? findAll(header, 'w:instrText').some((field) => field.children.map(textOf).join('').trim() === 'PAGE')
        : false;
    expect(pageField(docx.headers.default)).toBe(true);
    expect(attr(findAll(docx.headers.default!, 'w:jc')[0], 'w:val')).toBe('center');
    expect(pageField(docx.headers.first)).toBe(false);
  });
});

describe('buildAdministrativeDocument: variants', () => {
  const draft: AdministrativeDocument = {
    ...quarterlyReport,
    governingBody: undefined,
    issuingBody: 'Ban Chỉ đạo\ncải cách hành chính',
    reference: { symbol: 'BC-BCĐ' },
    issuedOn: { year: 2025 },
    addressees: ['Bộ Nội vụ'],
    signature: { position: 'Trưởng ban', signerName: 'Trần Thị B' },
    layout: { orientation: 'landscape', margins: { left: 35, top: 25 }, bodyFontSize: 13 },
  };

  it('leaves the number and date blank for a draft and lays out a landscape page', async () => {
    const docx = await openDocx(await buildAdministrativeDocument(draft));
    const [top, second] = rowsOf(bodyTables(docx.body)[0]!);
    expect(cellLines(cellsOf(top!)[0]!)).toEqual(['BAN CHỈ ĐẠO\nCẢI CÁCH HÀNH CHÍNH']);
    expect(cellLines(cellsOf(second!)[0]!)[0]).toMatch(/^Số: +\/BC-BCĐ$/);
    expect(cellLines(cellsOf(second!)[1]!)[0]).toMatch(/^Quảng Trị, ngày +tháng +năm 2025$/);
    expect(bodyParagraphs(docx.body).map(textOf)).toContain('Kính gửi: Bộ Nội vụ.');

    const size = child(docx.sectionProperties, 'w:pgSz');
    expect([attr(size, 'w:orient'), Number(attr(size, 'w:w')) > Number(attr(size, 'w:h'))]).toEqual([
      'landscape',
      true,
    ]);
    expect(Number(attr(child(docx.sectionProperties, 'w:pgMar'), 'w:left'))).toBe(twips(35));
    const closing = bodyTables(docx.body).at(-1)!;
    expect(cellLines(cellsOf(rowsOf(closing)[0]!)[1]!)).toEqual(['TRƯỞNG BAN', 'Trần Thị B']);
  });

  it('refuses margins outside the decree and table rows that do not fit the columns', async () => {
    await expect(
      buildAdministrativeDocument({ ...quarterlyReport, layout: { margins: { left: 25 } } }),
    ).rejects.toMatchObject({
      code: 'DOCUMENT_MARGIN_OUT_OF_RANGE',
      message: expect.stringContaining('Lề trái phải từ 30 đến 35 mm'),
    });
    const badTable: AdministrativeDocument = {
      ...quarterlyReport,
      body: [
        { kind: 'table', title: 'Bảng lỗi', columns: [{ header: 'A' }, { header: 'B' }], rows: [['x', 'y', 'z']] },
      ],
    };
    const error = await buildAdministrativeDocument(badTable).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'REPORT_TABLE_SHAPE',
      message: 'Dòng 1 của bảng "Bảng lỗi" có 3 ô nhưng bảng có 2 cột.',
    });
  });
});
