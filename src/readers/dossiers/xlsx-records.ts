import type { RawRecord } from '../../domain/dossiers/dossier-record.js';
import { AppError } from '../../domain/errors.js';
import { restoreFormulaText } from '../../domain/text/spreadsheet-text.js';
import { xlsxSheetRows, type XlsxStreamOptions } from '../xlsx-rows.js';
import type { NumberedRecord } from './csv-records.js';

/** Compressed bytes an XLSX dossier export may have (it is held while its sheet is streamed). */
export const MAX_XLSX_BYTES = 1024 * 1024 * 1024;

/**
 * The first worksheet of an XLSX export, row 1 the header, streamed (readers/xlsx-rows.ts): memory holds
 * the compressed file, the shared strings and one row, never the inflated sheet, so there is no row limit.
 * The ZIP's central directory is at its end, so the compressed bytes are gathered first (within a byte limit).
 */
export async function* xlsxRecords(
  chunks: AsyncIterable<Uint8Array>,
  options: XlsxStreamOptions = {},
): AsyncGenerator<NumberedRecord> {
  const bytes = await gather(chunks);
  let header: string[] | null = null;
  for await (const { row, cells } of xlsxSheetRows(bytes, options)) {
    const values = cells.map(restoreFormulaText);
    if (!header) {
      header = values.map((h) => h.trim());
      continue;
    }
    if (values.every((v) => v === '')) continue;
    const record: RawRecord = {};
    header.forEach((name, i) => {
      if (name) record[name] = values[i] ?? '';
    });
    yield { row, record };
  }
}

async function gather(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > MAX_XLSX_BYTES)
      throw new AppError('FILE_TOO_LARGE', {
        refusal: `Tệp Excel hồ sơ lớn quá ${MAX_XLSX_BYTES / 1024 / 1024} MB; hãy xuất thành CSV hoặc NDJSON, hoặc chia nhỏ.`,
      });
    parts.push(chunk);
  }
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}
