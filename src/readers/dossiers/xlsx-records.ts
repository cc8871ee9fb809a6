import ExcelJS from 'exceljs';
import type { RawRecord } from '../../domain/dossiers/dossier-record.js';
import { AppError } from '../../domain/errors.js';
import { restoreFormulaText } from '../../domain/text/spreadsheet-text.js';
import { checkWorkbook } from '../workbook-guard.js';
import type { NumberedRecord } from './csv-records.js';

/**
 * The first worksheet of an XLSX export; row 1 is the header. Not streamed: exceljs' streaming reader
 * decodes each inflated chunk on its own (lib/utils/parse-sax.js), so a Vietnamese letter cut by a chunk
 * boundary comes out as U+FFFD — it corrupted unit names in our tests. The workbook is therefore loaded
 * whole, within the workbook guard's limits (rows, columns, ranges); large exports come as CSV or NDJSON,
 * which are streamed.
 */
export async function* xlsxRecords(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<NumberedRecord> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  const bytes = Buffer.concat(parts);
  checkWorkbook(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as never);
  } catch {
    throw new AppError('CORRUPT_FILE', { file: 'xlsx' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return;
  let header: string[] | null = null;
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => rows.push(row));
  for (const row of rows) {
    const values = cellTexts(row);
    if (!header) {
      header = values.map((h) => h.trim());
      continue;
    }
    if (values.every((v) => v === '')) continue;
    const record: RawRecord = {};
    header.forEach((name, i) => {
      if (name) record[name] = values[i] ?? '';
    });
    yield { row: row.number, record };
  }
}

function cellTexts(row: ExcelJS.Row): string[] {
  const values = row.values as unknown[];
  const out: string[] = [];
  for (let i = 1; i < values.length; i++) out.push(cellText(values[i]));
  return out;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // A date cell holds local time written as if UTC: give it back as the synchronisation format.
  if (value instanceof Date) return value.toISOString().replace(/\D/g, '').slice(0, 14);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return String(v.text);
    return '';
  }
  return restoreFormulaText(String(value));
}
