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
    // The record's text is cut out of the chunk in one slice (a record split by chunks in several).
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === BACKSLASH) escaped = true;
        else if (ch === QUOTE) inString = false;
        continue;
      }
      if (ch === QUOTE) inString = true;
      else if (ch === OPEN_BRACKET || ch === OPEN_BRACE) {
        if (recordDepth === null) recordDepth = ch === OPEN_BRACKET ? 1 : 0;
        if (ch === OPEN_BRACE && depth === recordDepth && !collecting) {
          collecting = true;
          current = '';
          start = i;
        }
        depth += 1;
      } else if (ch === CLOSE_BRACKET || ch === CLOSE_BRACE) {
        depth -= 1;
        if (collecting && depth === recordDepth) {
          collecting = false;
          row += 1;
          const record = current + text.slice(start, i + 1);
          current = '';
          yield { row, record: parseRecord(record) };
        }
      }
    }
    if (collecting) current += text.slice(start);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

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
