/**
 * The XLSX of paper forms an officer fills in (one row a form, one column an item) read into responses, or
 * refused as a whole with every row's problem named by row and column in Vietnamese: nothing is imported when
 * one row is wrong. The template (paperTemplateHeader) has the unit code, the date of the form, then one
 * column per item headed by its id; a five-point item takes 1–5, a single choice one option code, a
 * multiple choice option codes separated by ";", a short text any text; a blank cell is an item left blank.
 */
import { parseDateCell } from '../units/unit-rows.js';
import { isScaleAnswer } from './satisfaction.js';

export type PaperItemKind = 'scale' | 'single' | 'multiple' | 'text';

export interface PaperItem {
  /** The item's id in the questionnaire ("II.3.2"): the column heading and the answer's key. */
  id: string;
  kind: PaperItemKind;
  /** Option codes of a choice item. */
  options?: readonly string[];
}

export const PAPER_FIXED_COLUMNS = ['Mã đơn vị', 'Ngày phiếu (dd/mm/yyyy)'] as const;
/** Longest short-text answer kept from a cell. */
export const PAPER_TEXT_MAX = 2000;

export function paperTemplateHeader(items: readonly PaperItem[]): string[] {
  return [...PAPER_FIXED_COLUMNS, ...items.map((i) => i.id)];
}

export interface PaperRowResponse {
  /** The sheet's row number. */
  row: number;
  unitCode: string;
  /** ISO date of the form. */
  date: string;
  answers: Record<string, number | string | string[]>;
}

/** Spreadsheet column letters of a 0-based index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export type PaperRowsResult = { ok: true; responses: PaperRowResponse[] } | { ok: false; problems: string[] };

/**
 * Reads the sheet's rows (the first is the header). `unitCodes` are the units the campaign covers; `period`
 * the campaign's dates (a form dated outside is refused).
 */
export function readPaperRows(
  rows: readonly { row: number; cells: readonly string[] }[],
  items: readonly PaperItem[],
  unitCodes: ReadonlySet<string>,
  period: { from: string; to: string },
): PaperRowsResult {
  const problems: string[] = [];
  const [header, ...data] = rows;
  if (!header) return { ok: false, problems: ['Tệp không có dòng tiêu đề: hãy dùng tệp mẫu tải về từ cchc.'] };
  const headings = header.cells.map((c) => c.trim());
  const expected = paperTemplateHeader(items);
  const columnOf = new Map<string, number>();
  headings.forEach((h, i) => {
    if (h) columnOf.set(h.toLowerCase(), i);
  });
  for (const [i, name] of expected.entries()) {
    if (!columnOf.has(name.toLowerCase()))
      problems.push(`Dòng ${header.row}: thiếu cột “${name}” (cột ${columnLetter(i)} của tệp mẫu).`);
  }
  for (const [i, h] of headings.entries()) {
    if (h && !expected.some((e) => e.toLowerCase() === h.toLowerCase()))
      problems.push(`Dòng ${header.row}, cột ${columnLetter(i)}: cột “${h}” không có trong phiếu.`);
  }
  if (problems.length) return { ok: false, problems };

  const at = (name: string) => columnOf.get(name.toLowerCase())!;
  const responses: PaperRowResponse[] = [];
  for (const line of data) {
    const cell = (i: number) => (line.cells[i] ?? '').trim();
    if (line.cells.every((c) => !c.trim())) continue; // an empty line between forms
    const where = (i: number) => `Dòng ${line.row}, cột ${columnLetter(i)}`;
    const before = problems.length;
    const unitColumn = at(PAPER_FIXED_COLUMNS[0]);
    const unitCode = cell(unitColumn);
    if (!unitCode) problems.push(`${where(unitColumn)} (${PAPER_FIXED_COLUMNS[0]}): bỏ trống.`);
    else if (!unitCodes.has(unitCode))
      problems.push(`${where(unitColumn)} (${PAPER_FIXED_COLUMNS[0]}): đơn vị “${unitCode}” không thuộc đợt khảo sát.`);
    const dateColumn = at(PAPER_FIXED_COLUMNS[1]);
    const date = parseDateCell(cell(dateColumn));
    if (!date) problems.push(`${where(dateColumn)} (ngày phiếu): “${cell(dateColumn)}” không phải ngày dd/mm/yyyy.`);
    else if (date < period.from || date > period.to)
      problems.push(
        `${where(dateColumn)} (ngày phiếu): ngày ${cell(dateColumn)} nằm ngoài thời gian của đợt khảo sát.`,
      );
    const answers: PaperRowResponse['answers'] = {};
    for (const item of items) {
      const i = at(item.id);
      const text = cell(i);
      if (!text) continue;
      const said = `${where(i)} (câu ${item.id})`;
      switch (item.kind) {
        case 'scale': {
          const n = Number(text);
          if (!isScaleAnswer(n)) problems.push(`${said}: “${text}” không phải điểm từ 1 đến 5.`);
          else answers[item.id] = n;
          break;
        }
        case 'single':
          if (!item.options?.includes(text))
            problems.push(`${said}: “${text}” không phải một lựa chọn (${(item.options ?? []).join(', ')}).`);
          else answers[item.id] = text;
          break;
        case 'multiple': {
          const chosen = [
            ...new Set(
              text
                .split(/[;,]/)
                .map((s) => s.trim())
                .filter(Boolean),
            ),
          ];
          const wrong = chosen.filter((c) => !item.options?.includes(c));
          if (wrong.length)
            problems.push(`${said}: “${wrong.join(', ')}” không phải lựa chọn (${(item.options ?? []).join(', ')}).`);
          else answers[item.id] = chosen;
          break;
        }
        case 'text':
          if (text.length > PAPER_TEXT_MAX) problems.push(`${said}: dài quá ${PAPER_TEXT_MAX} ký tự.`);
          else answers[item.id] = text;
          break;
      }
    }
    if (problems.length === before && date) responses.push({ row: line.row, unitCode, date, answers });
  }
  if (problems.length) return { ok: false, problems };
  if (!responses.length) return { ok: false, problems: ['Tệp không có phiếu nào (chỉ có dòng tiêu đề).'] };
  return { ok: true, responses };
}
