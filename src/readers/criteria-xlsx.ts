/**
 * Reads a criteria set from XLSX (layout in criteria-xlsx-layout.ts). Every bad row is reported
 * with its sheet and row number, in Vietnamese, all at once; nothing is returned unless the whole
 * workbook reads and the resulting set passes the same validation as the JSON format.
 */
import ExcelJS from 'exceljs';
import { safeParseCriteriaSet } from '../contracts/criteria.js';
import { AppError } from '../domain/errors.js';
import { checkWorkbook } from './workbook-guard.js';
import type { CriteriaNode, CriteriaSet } from '../domain/scoring/types.js';
import { foldVietnamese } from '../domain/text/fold.js';
import { restoreFormulaText } from '../domain/text/spreadsheet-text.js';
import {
  BAND_COLUMNS,
  INFO_FIELDS,
  KIND_LABELS,
  METHOD_LABELS,
  NA_LABELS,
  NODE_COLUMNS,
  RESCALING_LABELS,
  SHEET_BANDS,
  SHEET_INFO,
  SHEET_NODES,
  SOURCE_LABELS,
  SUBJECT_LABELS,
  fromLabel,
} from './criteria-xlsx-layout.js';

/** A cell as text, without the quote our export puts before formula-like text (src/domain/text/spreadsheet-text.ts). */
function cellText(value: ExcelJS.CellValue): string {
  return restoreFormulaText(cellTextAsStored(value));
}

/** A cell's text whatever exceljs holds in it (rich text, formula result, hyperlink). */
function cellTextAsStored(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return '';
  }
  return String(value).trim();
}

/** A number cell, or text written the Vietnamese way ("1,5"). */
function cellNumber(value: ExcelJS.CellValue): number | null | 'bad' {
  if (typeof value === 'number') return value;
  const text = cellText(value);
  if (text === '') return null;
  if (/^-?\d+([.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  return 'bad';
}

export async function readCriteriaXlsx(data: ArrayBuffer | Uint8Array): Promise<CriteriaSet> {
  const notWorkbook = () => new AppError('UNSUPPORTED_FORMAT', { expected: 'criteria-xlsx' });
  try {
    checkWorkbook(data instanceof Uint8Array ? data : new Uint8Array(data));
  } catch (error) {
    // Bytes that are no package at all are not a workbook (415); a package past the limits keeps its own answer.
    throw error instanceof AppError && error.code === 'CORRUPT_FILE' ? notWorkbook() : error;
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(
      data instanceof Uint8Array
        ? (data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer)
        : data,
    );
  } catch {
    throw notWorkbook();
  }
  const errors: string[] = [];
  const sheetOf = (name: string) => book.worksheets.find((w) => foldVietnamese(w.name) === foldVietnamese(name));

  // Thông tin
  const info = sheetOf(SHEET_INFO);
  const meta: Record<string, unknown> = {};
  if (!info) errors.push(`Thiếu trang "${SHEET_INFO}".`);
  else
    info.eachRow((row, rowNumber) => {
      const label = foldVietnamese(cellText(row.getCell(1).value));
      const field = INFO_FIELDS.find(([key, l]) => label === foldVietnamese(l) || label === foldVietnamese(key));
      if (!field) return;
      const [key, l] = field;
      const raw = row.getCell(2).value;
      const where = `Trang "${SHEET_INFO}", dòng ${rowNumber} (${l})`;
      if (key === 'year' || key === 'maxTotal') {
        const n = cellNumber(raw);
        if (typeof n !== 'number') errors.push(`${where}: cần một số.`);
        else meta[key] = n;
      } else if (key === 'subject') {
        const v = fromLabel(SUBJECT_LABELS, cellText(raw));
        if (!v) errors.push(`${where}: "${cellText(raw)}" không hợp lệ (${Object.values(SUBJECT_LABELS).join(', ')}).`);
        else meta[key] = v;
      } else if (key === 'naRescaling') {
        const v = fromLabel(RESCALING_LABELS, cellText(raw));
        if (!v)
          errors.push(`${where}: "${cellText(raw)}" không hợp lệ (${Object.values(RESCALING_LABELS).join('; ')}).`);
        else meta[key] = v;
      } else if (cellText(raw) !== '') meta[key] = cellText(raw);
    });

  // Tiêu chí
  const sheet = sheetOf(SHEET_NODES);
  const nodes: CriteriaNode[] = [];
  const rowOfCode = new Map<string, number>();
  if (!sheet) errors.push(`Thiếu trang "${SHEET_NODES}".`);
  else {
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => foldVietnamese(cellText(v)));
    const col = new Map<string, number>();
    for (const name of NODE_COLUMNS) {
      const index = header.indexOf(foldVietnamese(name));
      if (index < 0) errors.push(`Trang "${SHEET_NODES}": thiếu cột "${name}" ở dòng tiêu đề.`);
      else col.set(name, index + 1);
    }
    if (col.size === NODE_COLUMNS.length) {
      const byCode = new Map<string, CriteriaNode>();
      sheet.eachRow((row, rowNumber) => {
        if (rowNumber === 1) return;
        const get = (name: (typeof NODE_COLUMNS)[number]) => row.getCell(col.get(name) ?? 0).value;
        const text = (name: (typeof NODE_COLUMNS)[number]) => cellText(get(name));
        const code = text('Mã');
        const where = `Trang "${SHEET_NODES}", dòng ${rowNumber}${code ? ` (mã ${code})` : ''}`;
        const rowErrors: string[] = [];
        if (!code) {
          if (NODE_COLUMNS.some((name) => text(name) !== '')) errors.push(`${where}: thiếu mã.`);
          return;
        }
        if (byCode.has(code)) rowErrors.push(`mã bị trùng với dòng ${rowOfCode.get(code)}.`);
        const node: CriteriaNode = { code, title: text('Tên lĩnh vực/tiêu chí') };
        const max = cellNumber(get('Điểm tối đa'));
        if (max === 'bad') rowErrors.push(`điểm tối đa "${text('Điểm tối đa')}" không phải là số.`);
        else if (max !== null) node.maxPoints = max;
        const choose = <K extends string>(
          column: (typeof NODE_COLUMNS)[number],
          labels: Record<K, string>,
        ): K | undefined => {
          const value = text(column);
          if (value === '') return undefined;
          const key = fromLabel(labels, value);
          if (!key)
            rowErrors.push(`cột "${column}": "${value}" không hợp lệ (${Object.values<string>(labels).join(', ')}).`);
          return key;
        };
        const kind = choose('Loại', KIND_LABELS);
        if (kind) node.kind = kind;
        const source = choose('Nguồn điểm', SOURCE_LABELS);
        if (source) node.source = source;
        const methodType = choose('Phương pháp chấm', METHOD_LABELS);
        if (methodType) {
          let params: unknown = {};
          const rawParams = text('Tham số (JSON)');
          if (rawParams) {
            try {
              params = JSON.parse(rawParams);
            } catch {
              rowErrors.push(`cột "Tham số (JSON)" không phải JSON hợp lệ: ${rawParams.slice(0, 80)}`);
            }
          }
          if (params === null || typeof params !== 'object' || Array.isArray(params))
            rowErrors.push('cột "Tham số (JSON)" phải là một đối tượng JSON {…}.');
          else node.method = { ...(params as object), type: methodType } as CriteriaNode['method'];
        } else if (text('Phương pháp chấm') === '' && text('Tham số (JSON)'))
          rowErrors.push('có tham số nhưng chưa chọn phương pháp chấm.');
        const na = choose('Khi không áp dụng', NA_LABELS);
        if (na) node.notApplicable = na;
        if (text('Số liệu liên kết')) node.linkedFigure = text('Số liệu liên kết') as CriteriaNode['linkedFigure'];
        if (text('Hướng dẫn chấm, tài liệu kiểm chứng')) node.guidance = text('Hướng dẫn chấm, tài liệu kiểm chứng');
        const parentCode = text('Mã cha');
        const parent = parentCode ? byCode.get(parentCode) : undefined;
        if (parentCode && !parent) rowErrors.push(`mã cha "${parentCode}" không có ở các dòng phía trên.`);
        if (rowErrors.length) {
          errors.push(...rowErrors.map((e) => `${where}: ${e}`));
          return;
        }
        byCode.set(code, node);
        rowOfCode.set(code, rowNumber);
        if (parent) (parent.children ??= []).push(node);
        else nodes.push(node);
      });
    }
  }

  // Xếp loại
  const bandsSheet = sheetOf(SHEET_BANDS);
  const bands: { minPercent: number; label: string }[] = [];
  bandsSheet?.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const label = cellText(row.getCell(2).value);
    const min = cellNumber(row.getCell(1).value);
    if (min === null && !label) return;
    if (typeof min !== 'number' || !label)
      errors.push(`Trang "${SHEET_BANDS}", dòng ${rowNumber}: cần ${BAND_COLUMNS[0]} là một số và ${BAND_COLUMNS[1]}.`);
    else bands.push({ minPercent: min, label });
  });

  if (errors.length) throw xlsxError(errors);
  return parseOrThrow({ ...meta, bands, nodes }, rowOfCode);
}

function parseOrThrow(input: unknown, rowOfCode: Map<string, number>): CriteriaSet {
  const result = safeParseCriteriaSet(input);
  if (result.ok) return result.set;
  // Point each problem at the row of the node it names.
  throw xlsxError(
    result.problems.map((p) => {
      const code = /^Mục (\S+)/.exec(p.where)?.[1];
      const row = code ? rowOfCode.get(code) : undefined;
      const text = p.message.startsWith(p.where) ? p.message : `${p.where}: ${p.message}`;
      return row ? `Trang "${SHEET_NODES}", dòng ${row}: ${text}` : text;
    }),
  );
}

function xlsxError(lines: string[]): AppError {
  return new AppError('INVALID_CRITERIA_XLSX', { problems: lines }, { problems: lines });
}
