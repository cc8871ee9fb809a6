import type { RawRecord } from '../../domain/dossiers/dossier-record.js';
import { restoreFormulaText } from '../../domain/text/spreadsheet-text.js';

export interface NumberedRecord {
  /** 1-based row (CSV/XLSX: the header is row 1) or record number (JSON). */
  row: number;
  record: RawRecord;
}

/**
 * RFC 4180 CSV read as it arrives, one record at a time: memory holds one record, never the file. The
 * delimiter (",", ";" or tab) is taken from the header line; a quoted field may span chunks and lines.
 */
export async function* csvRecords(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<NumberedRecord> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let header: string[] | null = null;
  let delimiter = ',';
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  /** The previous character was a quote inside a quoted field: an escaped quote or the field's end. */
  let quoteSeen = false;
  let row = 0;
  let first = true;
  let pendingHeaderLine = '';

  const endRecord = (): NumberedRecord | null => {
    fields.push(field);
    field = '';
    const values = fields.map(restoreFormulaText);
    fields = [];
    row += 1;
    if (!header) {
      header = values.map((h) => h.trim());
      return null;
    }
    if (values.length === 1 && values[0] === '') return null; // blank line
    const record: RawRecord = {};
    header.forEach((name, i) => {
      if (name) record[name] = values[i] ?? '';
    });
    return { row, record };
  };

  for await (const chunk of withEnd(chunks)) {
    let text = chunk === null ? '' : decoder.decode(chunk, { stream: true });
    if (first) {
      // The delimiter is read from the header line, so wait until it is whole.
      pendingHeaderLine += text;
      const lineEnd = pendingHeaderLine.indexOf('\n');
      if (lineEnd < 0 && chunk !== null) continue;
      text = pendingHeaderLine.replace(/^\uFEFF/, '');
      const headerLine = lineEnd < 0 ? text : text.slice(0, lineEnd);
      delimiter = [';', '\t', ','].reduce((best, d) =>
        headerLine.split(d).length > headerLine.split(best).length ? d : best,
      );
      first = false;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (quoted) {
        if (quoteSeen) {
          quoteSeen = false;
          if (ch === '"') {
            field += '"';
            continue;
          }
          quoted = false; // fall through: this character follows the closing quote
        } else if (ch === '"') {
          quoteSeen = true;
          continue;
        } else {
          field += ch;
          continue;
        }
      }
      if (ch === '"' && field === '') quoted = true;
      else if (ch === delimiter) {
        fields.push(field);
        field = '';
      } else if (ch === '\n') {
        const record = endRecord();
        if (record) yield record;
      } else if (ch !== '\r') field += ch;
    }
    if (chunk === null && (field !== '' || fields.length > 0 || quoteSeen)) {
      quoted = false;
      const record = endRecord();
      if (record) yield record;
    }
  }
}

/** The chunks, then null once they end (so the reader can close the last record). */
async function* withEnd(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array | null> {
  yield* chunks;
  yield null;
}
