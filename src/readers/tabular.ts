import ExcelJS from 'exceljs';
import { AppError } from '../domain/errors.js';
import { restoreFormulaText } from '../domain/text/spreadsheet-text.js';
import { TABLE_LIMITS, tooComplex } from './limits.js';
import { checkWorkbook } from './workbook-guard.js';

export interface Table {
  header: string[];
  rows: string[][];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** Reads a CSV or XLSX file (decided by content, not by name) into a header and rows of strings. */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (bytes.length === 0) throw new AppError('EMPTY_FILE', { empty: 'table' });
  const read = isZip(bytes) ? await readXlsx(bytes) : readCsv(decodeText(bytes));
  // Undo the quote our own exports put before formula-like text (src/domain/text/spreadsheet-text.ts).
  const table = { header: read.header, rows: read.rows.map((row) => row.map(restoreFormulaText)) };
  if (!table.header.some((h) => h.trim())) throw new AppError('EMPTY_FILE', { empty: 'header' });
  return table;
}

function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) {
    throw new AppError('UNSUPPORTED_FORMAT', { expected: 'table' });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new AppError('UNSUPPORTED_ENCODING');
  }
}

/** RFC 4180 CSV with quoted fields; the delimiter (",", ";" or tab) is taken from the header line. */
export function readCsv(text: string): Table {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = [',', ';', '\t'].reduce(
    (best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best),
    ',',
  );
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
      if (record.length > TABLE_LIMITS.maxColumns)
        throw tooComplex(`dòng ${records.length + 1} của tệp CSV có quá nhiều cột`, TABLE_LIMITS.maxColumns);
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      if (records.length > TABLE_LIMITS.maxRows + 1)
        throw tooComplex('tệp CSV có quá nhiều dòng', TABLE_LIMITS.maxRows);
      record = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new AppError('CORRUPT_FILE', { file: 'csv' });
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  const [header = [], ...rows] = records;
  return { header, rows };
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  checkWorkbook(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as never);
  } catch {
    throw new AppError('CORRUPT_FILE', { file: 'xlsx' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('EMPTY_FILE', { empty: 'sheet' });
  const records: string[][] = [];
  const columns = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    // row.values is sparse (1-based); reading it creates no cells, unlike getCell on every column.
    const values = row.values as ExcelJS.CellValue[];
    const cells: string[] = [];
    for (let c = 1; c <= columns; c++) cells.push(cellText(values[c] ?? null));
    records.push(cells);
  });
  const [header = [], ...rows] = records;
  return { header, rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  }
  return String(value);
}
