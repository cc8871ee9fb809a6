import { csvRecords, type NumberedRecord } from './csv-records.js';
import { jsonRecords } from './json-records.js';
import { xlsxRecords } from './xlsx-records.js';

export type DossierFormat = 'csv' | 'xlsx' | 'json';

/** Decided by content, not by name: a ZIP is XLSX, a first `[` or `{` is JSON, anything else CSV. */
export function detectDossierFormat(head: Uint8Array): DossierFormat {
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  const text = new TextDecoder()
    .decode(head.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return text.startsWith('[') || text.startsWith('{') ? 'json' : 'csv';
}

export function dossierRecords(
  format: DossierFormat,
  chunks: AsyncIterable<Uint8Array>,
): AsyncGenerator<NumberedRecord> {
  if (format === 'xlsx') return xlsxRecords(chunks);
  if (format === 'json') return jsonRecords(chunks);
  return csvRecords(chunks);
}
