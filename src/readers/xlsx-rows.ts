/**
 * The rows of an XLSX file's first worksheet, streamed: the sheet's ZIP entry is inflated a chunk at a time
 * (zip-package.ts, inflated bytes counted and capped), decoded with one streaming TextDecoder (`stream: true`
 * keeps a Vietnamese letter whole when a chunk boundary cuts its bytes; exceljs' streaming reader decoded
 * each chunk on its own and broke them), cut into `<row>…</row>` pieces and each piece read alone. Memory
 * holds a chunk, one row and the shared strings (loaded once, themselves streamed), never the sheet, so the
 * row count is limited by nothing but the byte cap.
 *
 * The guards of every upload stay: the package's entries are located and bounds-checked without trusting
 * declared sizes, the small parts (workbook, relationships, styles) go through the XML shape check, a sheet
 * or shared-string table that declares a DOCTYPE is refused, a row may not be longer than MAX_ROW_CHARS nor
 * reach past TABLE_LIMITS.maxColumns.
 */
import { AppError } from '../domain/errors.js';
import { TABLE_LIMITS, tooComplex } from './limits.js';
import { checkXmlShape } from './xml-guard.js';
import { inflateEntry, PACKAGE_LIMITS, packageEntries, type PackageEntry } from './zip-package.js';

export const XLSX_STREAM_LIMITS = {
  /** Inflated bytes of the sheet and of the shared strings, each: far above a province-year's export. */
  maxStreamedBytes: 4 * 1024 * 1024 * 1024,
  /** Text of one `<row>` element (or one shared string). */
  maxRowChars: 1024 * 1024,
  /** Inflated bytes of the small parts read whole (workbook, relationships, styles). */
  maxSmallPartBytes: 16 * 1024 * 1024,
};

export interface SheetRow {
  /** 1-based row number as the sheet numbers it. */
  row: number;
  /** Cell texts by column (0 = A); a cell left out is ''. */
  cells: string[];
}

export interface XlsxStreamOptions {
  /** Compressed bytes fed to zlib at a time (tests make it small to cut letters across chunks). */
  chunkSize?: number;
}

const corrupt = () => new AppError('CORRUPT_FILE', { file: 'xlsx' });

/** Reads the first worksheet's rows from an XLSX file's bytes. */
export async function* xlsxSheetRows(bytes: Uint8Array, options: XlsxStreamOptions = {}): AsyncGenerator<SheetRow> {
  const entries = packageEntries(bytes, PACKAGE_LIMITS);
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  const small = async (name: string): Promise<string | null> => {
    const entry = byName.get(name);
    if (!entry) return null;
    const text = await inflateText(entry, XLSX_STREAM_LIMITS.maxSmallPartBytes, options.chunkSize);
    checkXmlShape(text);
    return text;
  };
  const workbook = await small('xl/workbook.xml');
  const sheetName = firstSheetPart(workbook, await small('xl/_rels/workbook.xml.rels'), byName);
  const sheet = sheetName ? byName.get(sheetName) : undefined;
  if (!sheet) throw corrupt();
  const dates = dateStyles(await small('xl/styles.xml'));
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook ?? '');
  const shared: string[] = [];
  const strings = byName.get('xl/sharedStrings.xml');
  if (strings) for await (const piece of pieces(strings, 'si', options.chunkSize)) shared.push(inlineText(piece));

  let next = 1;
  for await (const piece of pieces(sheet, 'row', options.chunkSize)) {
    const open = /^<row\b([^>]*)>/.exec(piece);
    const declared = open ? attribute(open[1]!, 'r') : undefined;
    const row = declared ? Number(declared) : next;
    if (!Number.isInteger(row) || row < 1) throw corrupt();
    next = row + 1;
    yield { row, cells: readCells(piece, shared, dates, date1904) };
  }
}

async function inflateText(entry: PackageEntry, max: number, chunkSize?: number): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  try {
    for await (const piece of inflateEntry(entry, { maxInflatedBytes: max, chunkSize }))
      text += decoder.decode(piece, { stream: true });
    return text + decoder.decode();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw corrupt();
  }
}

/** The part of the workbook's first sheet, through its relationship; the first worksheet part otherwise. */
function firstSheetPart(
  workbook: string | null,
  rels: string | null,
  byName: Map<string, PackageEntry>,
): string | undefined {
  const sheet = workbook ? /<sheet\b[^>]*?\br:id="([^"]+)"/.exec(workbook) : null;
  if (sheet && rels) {
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      if (attribute(m[0], 'Id') !== sheet[1]) continue;
      const target = attribute(m[0], 'Target') ?? '';
      const name = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      // "xl/worksheets/../worksheets/sheet1.xml" and the like.
      const parts: string[] = [];
      for (const part of name.split('/')) {
        if (part === '..') parts.pop();
        else if (part !== '.') parts.push(part);
      }
      const resolved = parts.join('/');
      if (byName.has(resolved)) return resolved;
    }
  }
  return [...byName.keys()].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/i.test(n)).sort()[0];
}

/**
 * The `<tag>…</tag>` elements of an entry, one string each, as the inflated text arrives. Text before the
 * first of them is checked for a DOCTYPE (entity declarations live there, and nothing else may); a piece
 * longer than MAX_ROW_CHARS is refused.
 */
async function* pieces(entry: PackageEntry, tag: 'row' | 'si', chunkSize?: number): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const openTag = `<${tag}`;
  const closeTag = `</${tag}>`;
  let buffer = '';
  let prolog = true;
  const chunks = inflateEntry(entry, { maxInflatedBytes: XLSX_STREAM_LIMITS.maxStreamedBytes, chunkSize });
  for (let done = false; !done;) {
    let text: string;
    try {
      const next = await chunks.next();
      done = next.done === true;
      text = next.done ? decoder.decode() : decoder.decode(next.value, { stream: true });
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw corrupt();
    }
    buffer += text;
    let at = 0;
    for (;;) {
      const start = findOpen(buffer, openTag, at);
      if (start < 0) break;
      if (prolog) {
        if (/<!DOCTYPE|<!ENTITY/i.test(buffer.slice(0, start))) throw refusedShape();
        prolog = false;
      }
      const headEnd = buffer.indexOf('>', start);
      if (headEnd < 0) break;
      if (buffer.charCodeAt(headEnd - 1) === 47 /* <row/> */) {
        yield buffer.slice(start, headEnd + 1);
        at = headEnd + 1;
        continue;
      }
      const end = buffer.indexOf(closeTag, headEnd);
      if (end < 0) break;
      at = end + closeTag.length;
      yield buffer.slice(start, at);
    }
    // Keep what may still start or finish a piece; drop everything already read.
    const pending = findOpen(buffer, openTag, at);
    if (pending >= 0) buffer = buffer.slice(pending);
    else if (prolog) {
      // Before the first piece everything is kept (a DOCTYPE may be cut by a chunk), within the same bound.
      if (/<!DOCTYPE|<!ENTITY/i.test(buffer)) throw refusedShape();
    } else buffer = buffer.slice(Math.max(at, buffer.length - openTag.length));
    if (buffer.length > XLSX_STREAM_LIMITS.maxRowChars)
      throw tooComplex(`một dòng của trang tính dài quá`, XLSX_STREAM_LIMITS.maxRowChars);
  }
}

const refusedShape = () => new AppError('FILE_TOO_COMPLEX', { shape: 'có khai báo DOCTYPE/ENTITY' });

/** `<row` followed by a space, `>` or `/` (not `<rowBreaks`). */
function findOpen(text: string, openTag: string, from: number): number {
  for (let at = text.indexOf(openTag, from); at >= 0; at = text.indexOf(openTag, at + 1)) {
    const after = text.charCodeAt(at + openTag.length);
    if (Number.isNaN(after)) return at; // cut by the chunk: decided when more text comes
    if (after === 32 || after === 62 || after === 47 || after === 9 || after === 10 || after === 13) return at;
  }
  return -1;
}

function attribute(attributes: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return m ? decodeXml(m[1]!) : undefined;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

function readCells(piece: string, shared: readonly string[], dates: ReadonlySet<number>, date1904: boolean): string[] {
  const cells: string[] = [];
  let col = 0;
  for (const m of piece.matchAll(CELL)) {
    const attrs = m[1]!;
    const ref = attribute(attrs, 'r');
    if (ref) col = columnIndex(ref);
    if (col < 0) throw corrupt();
    if (col >= TABLE_LIMITS.maxColumns)
      throw tooComplex(`trang tính có ô ${ref ?? ''} ở cột quá xa`, TABLE_LIMITS.maxColumns);
    const body = m[2] ?? '';
    const type = attribute(attrs, 't') ?? 'n';
    const value = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(body)?.[1];
    let text = '';
    if (type === 's') {
      const index = Number(value);
      text = Number.isInteger(index) ? (shared[index] ?? '') : '';
    } else if (type === 'inlineStr') text = inlineText(body);
    else if (type === 'b') text = value === undefined ? '' : value.trim() === '1' ? 'true' : 'false';
    else if (type === 'str' || type === 'e') text = value === undefined ? '' : decodeXml(value);
    else if (value !== undefined && value.trim() !== '') {
      const style = Number(attribute(attrs, 's') ?? '0');
      text = dates.has(style) ? serialToText(Number(value), date1904) : numberText(decodeXml(value).trim());
    }
    while (cells.length < col) cells.push('');
    cells[col] = text;
    col += 1;
  }
  return cells;
}

/** A string item (`<si>` or `<is>`): its runs' text, phonetic runs left out. */
function inlineText(xml: string): string {
  let text = '';
  for (const m of xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/t>)/g))
    text += decodeXml(m[1] ?? '');
  return text;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** A number as written, without an exponent for whole numbers (a code or a date as yyyyMMddHHmmss). */
function numberText(value: string): string {
  if (!/e/i.test(value)) return value;
  const n = Number(value);
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return Number.isFinite(n) ? String(n) : value;
}

/** Excel day 0 of the 1900 system is 1899-12-30 (the 1900 leap-year bug included); 1904 system: 1904-01-01. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date cell holds local time as a day count: given back as the synchronisation format, yyyyMMddHHmmss. */
function serialToText(serial: number, date1904: boolean): string {
  if (!Number.isFinite(serial)) return '';
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * 86_400) * 1000;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return String(serial);
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}

/** Built-in number formats that are dates or times (ECMA-376 18.8.30, with the East Asian ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
]);
for (let id = 50; id <= 58; id++) DATE_FORMAT_IDS.add(id);

/** The cell styles (index into cellXfs) whose number format shows a date or a time. */
function dateStyles(styles: string | null): Set<number> {
  const out = new Set<number>();
  if (!styles) return out;
  const custom = new Set<number>();
  for (const m of styles.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = Number(attribute(m[0], 'numFmtId'));
    const code = (attribute(m[0], 'formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    if (/[dmyhs]/i.test(code)) custom.add(id);
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  let index = 0;
  for (const m of xfs.matchAll(/<xf\b[^>]*>/g)) {
    const id = Number(attribute(m[0], 'numFmtId') ?? '0');
    if (DATE_FORMAT_IDS.has(id) || custom.has(id)) out.add(index);
    index += 1;
  }
  return out;
}
