import type { RawRecord } from '../../domain/dossiers/dossier-record.js';
import type { NumberedRecord } from './csv-records.js';

/** A record that is not a JSON object: the reader says so for its row instead of stopping. */
export const UNREADABLE = '__unreadable__';

/**
 * Dossier records in the portal's synchronisation fields, as a JSON array (`[{…},{…}]`) or as NDJSON (one object a line), read as they arrive: each object's text is cut out
 * by tracking depth and strings, parsed alone and flattened, so memory holds one record, never the file.
 */
export async function* jsonRecords(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<NumberedRecord> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  /** Depth at which records start: 0 for NDJSON, 1 inside a top-level array. */
  let recordDepth: number | null = null;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let current = '';
  let collecting = false;
  let row = 0;
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (collecting) current += ch;
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') inString = false;
        continue;
      }
      if (ch === '"') inString = true;
      else if (ch === '[' || ch === '{') {
        if (recordDepth === null) recordDepth = ch === '[' ? 1 : 0;
        if (ch === '{' && depth === recordDepth && !collecting) {
          collecting = true;
          current = '{';
        }
        depth += 1;
      } else if (ch === ']' || ch === '}') {
        depth -= 1;
        if (collecting && depth === recordDepth) {
          collecting = false;
          row += 1;
          yield { row, record: parseRecord(current) };
          current = '';
        }
      }
    }
  }
}

function parseRecord(text: string): RawRecord {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return flatten(value as Record<string, unknown>);
  } catch {
    // Reported for its row below.
  }
  return { [UNREADABLE]: '1' };
}

/** Scalars as text; the lists cchc needs become the flat facts the CSV columns carry. */
function flatten(value: Record<string, unknown>): RawRecord {
  const record: RawRecord = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') record[key] = String(v);
  }
  const fees = value['DanhSachLePhi'];
  if (record['CoLePhi'] === undefined && Array.isArray(fees)) record['CoLePhi'] = fees.length > 0 ? '1' : '0';
  const papers = value['TaiLieuNop'];
  if (record['HoSoCoThanhPhanSoHoa'] === undefined && Array.isArray(papers))
    record['HoSoCoThanhPhanSoHoa'] = papers.some(
      (p) =>
        p && typeof p === 'object' && [1, '1', true].includes((p as Record<string, unknown>)['DuocSoHoa'] as never),
    )
      ? '1'
      : '0';
  return record;
}
