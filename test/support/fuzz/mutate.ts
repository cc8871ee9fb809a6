/**
 * A seeded mutator of plan documents: the same seed gives the same documents, so a failing case is found
 * again from its seed and index. Mutations follow what breaks real files: flipped bytes, a file cut short,
 * rows shuffled, duplicated or missing a cell, and for packages a broken central directory, a damaged
 * entry or broken XML inside (DOCX, XLSX, ODS), and for PDFs a cut cross-reference table and garbage in
 * streams.
 */
import JSZip from 'jszip';
import { readZipPackage } from '../../../src/readers/zip-package.js';

export type SeedKind = 'text' | 'docx' | 'xlsx' | 'ods' | 'pdf';

export interface Seed {
  name: string;
  kind: SeedKind;
  bytes: Uint8Array;
}

export interface Mutant {
  seed: string;
  /** What was done, in order: "flip×3", "xml:dup-row(word/document.xml)"… */
  mutations: string[];
  bytes: Uint8Array;
}

/** mulberry32: small, fast and good enough to pick mutations. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, max: number) => Math.floor(rng() * Math.max(0, max));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)]!;

// ---------------------------------------------------------------------------------------------------------
// Bytes

function flip(rng: Rng, bytes: Uint8Array, from = 0, to = bytes.length): Uint8Array {
  const out = new Uint8Array(bytes);
  const flips = 1 + int(rng, 8);
  for (let i = 0; i < flips && to > from; i++) out[from + int(rng, to - from)]! ^= 1 << int(rng, 8);
  return out;
}

const truncate = (rng: Rng, bytes: Uint8Array) => bytes.slice(0, int(rng, bytes.length));

function garbage(rng: Rng, bytes: Uint8Array, from: number, to: number): Uint8Array {
  const out = new Uint8Array(bytes);
  for (let at = from; at < to; at++) out[at] = int(rng, 256);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Text rows

function mutateLines(rng: Rng, text: string, done: string[]): string {
  const lines = text.split('\n');
  if (lines.length < 2) return text;
  const i = int(rng, lines.length);
  const j = int(rng, lines.length);
  switch (int(rng, 5)) {
    case 0: {
      // Shuffle a run of rows.
      const from = Math.min(i, j);
      const run = lines.slice(from, from + 1 + int(rng, 30));
      for (let k = run.length - 1; k > 0; k--) {
        const m = int(rng, k + 1);
        [run[k], run[m]] = [run[m]!, run[k]!];
      }
      lines.splice(from, run.length, ...run);
      done.push('rows:shuffle');
      break;
    }
    case 1:
      lines.splice(j, 0, ...lines.slice(i, i + 1 + int(rng, 5)));
      done.push('rows:duplicate');
      break;
    case 2: {
      // Delete a cell: the row loses one column and the rest shift left.
      const cells = lines[i]!.split('\t');
      if (cells.length > 1) cells.splice(int(rng, cells.length), 1);
      else cells[0] = '';
      lines[i] = cells.join('\t');
      done.push('rows:delete-cell');
      break;
    }
    case 3:
      lines.splice(i, 1 + int(rng, 20));
      done.push('rows:delete');
      break;
    default:
      lines[i] = lines[i]!.replace(/\t/g, () => pick(rng, ['\t', '\t\t', '', ' | ', '\n']));
      done.push('rows:break-tabs');
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// XML inside packages

const ROW_TAGS = ['w:tr', 'row', 'table:table-row', 'w:p', 'si'];
const CELL_TAGS = ['w:tc', 'c', 'table:table-cell', 'w:r', 'table:covered-table-cell'];

/** The [start, end) of every `<tag …>…</tag>` (or `<tag/>`) of a tag, not nested in itself. */
function elements(xml: string, tag: string): [number, number][] {
  const out: [number, number][] = [];
  const open = new RegExp(`<${tag}[\\s>/]`, 'g');
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const headEnd = xml.indexOf('>', m.index);
    if (headEnd < 0) break;
    if (xml[headEnd - 1] === '/') {
      out.push([m.index, headEnd + 1]);
      continue;
    }
    const close = xml.indexOf(`</${tag}>`, headEnd);
    if (close < 0) break;
    out.push([m.index, close + tag.length + 3]);
    open.lastIndex = close;
    if (out.length > 5000) break;
  }
  return out;
}

function mutateXml(rng: Rng, xml: string, done: string[]): string {
  const kind = int(rng, 8);
  if (kind <= 2) {
    const tag = pick(rng, kind === 2 ? CELL_TAGS : ROW_TAGS);
    const found = elements(xml, tag);
    if (found.length > 0) {
      const [s, e] = pick(rng, found);
      if (kind === 0) {
        done.push(`xml:dup(${tag})`);
        return xml.slice(0, e) + xml.slice(s, e).repeat(1 + int(rng, 3)) + xml.slice(e);
      }
      if (kind === 1 && found.length > 1) {
        const [s2, e2] = pick(rng, found);
        if (e <= s2 || e2 <= s) {
          done.push(`xml:swap(${tag})`);
          const [a, b] =
            s < s2
              ? [
                  [s, e],
                  [s2, e2],
                ]
              : [
                  [s2, e2],
                  [s, e],
                ];
          return (
            xml.slice(0, a[0]) + xml.slice(b[0], b[1]) + xml.slice(a[1], b[0]) + xml.slice(a[0], a[1]) + xml.slice(b[1])
          );
        }
      }
      done.push(`xml:delete(${tag})`);
      return xml.slice(0, s) + xml.slice(e);
    }
  }
  const at = int(rng, xml.length);
  switch (kind) {
    case 3:
      done.push('xml:cut');
      return xml.slice(0, at);
    case 4:
      done.push('xml:stray-tag');
      return xml.slice(0, at) + pick(rng, ['<', '>', '&', '</x>', '<a b="', ']]>', '&#0;', '&bogus;']) + xml.slice(at);
    case 5: {
      done.push('xml:delete-span');
      return xml.slice(0, at) + xml.slice(at + 1 + int(rng, 200));
    }
    case 6: {
      // An attribute value replaced: spans, repeats and references far out, negative or not numbers.
      const attrs = [...xml.matchAll(/\s([\w:]+)="([^"]*)"/g)];
      if (attrs.length > 0) {
        const m = pick(rng, attrs);
        const value = pick(rng, ['0', '-1', '99999', '1000000000', 'x', '', 'XFD1048576', 'A1:XFD1048576', '1e9']);
        done.push(`xml:attr(${m[1]}=${value})`);
        return xml.slice(0, m.index!) + ` ${m[1]}="${value}"` + xml.slice(m.index! + m[0].length);
      }
      return xml;
    }
    default:
      done.push('xml:duplicate-tail');
      return xml + xml.slice(at);
  }
}

async function mutatePackage(rng: Rng, bytes: Uint8Array, done: string[]): Promise<Uint8Array> {
  const eocd = (() => {
    for (let at = bytes.length - 22; at >= 0; at--)
      if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) return at;
    return -1;
  })();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const centralAt = eocd >= 0 ? view.getUint32(eocd + 16, true) : bytes.length;
  switch (int(rng, 6)) {
    case 0:
      done.push('zip:central-directory');
      return flip(rng, bytes, Math.min(centralAt, bytes.length - 1), bytes.length);
    case 1:
      done.push('zip:entry-data');
      return flip(rng, bytes, 0, Math.max(1, centralAt));
    case 2: {
      done.push('zip:offsets');
      const out = new Uint8Array(bytes);
      if (eocd >= 0) new DataView(out.buffer).setUint32(eocd + 16 + int(rng, 2) * -4, int(rng, 0xffffffff), true);
      return out;
    }
    default: {
      // Unpacked by the guarded reader and packed again: JSZip's own reading throws outside its promise on
      // a package an earlier round damaged, which would end this process.
      let unpacked: Map<string, Buffer>;
      try {
        unpacked = readZipPackage(bytes);
      } catch {
        done.push('zip:flip');
        return flip(rng, bytes);
      }
      const zip = new JSZip();
      for (const [name, data] of unpacked)
        zip.file(name, data, { compression: name === 'mimetype' ? 'STORE' : 'DEFLATE' });
      const parts = [...unpacked.keys()].filter((n) => /\.(xml|rels)$/.test(n));
      if (parts.length === 0) {
        done.push('zip:flip');
        return flip(rng, bytes);
      }
      // The part holding the content most of the time: that is where a reader can trip.
      const main = parts.filter((n) => /document\.xml$|sheet\d*\.xml$|content\.xml$|sharedStrings\.xml$/.test(n));
      const name = rng() < 0.75 && main.length ? pick(rng, main) : pick(rng, parts);
      let xml = unpacked.get(name)!.toString('utf8');
      for (let k = 1 + int(rng, 3); k > 0; k--) xml = mutateXml(rng, xml, done);
      done[done.length - 1] += `(${name})`;
      zip.file(name, xml);
      return zip.generateAsync({ type: 'uint8array' });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// PDF

function mutatePdf(rng: Rng, bytes: Uint8Array, done: string[]): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  switch (int(rng, 4)) {
    case 0: {
      const xref = text.lastIndexOf('xref');
      done.push('pdf:cut-xref');
      return bytes.slice(0, xref > 0 ? xref + int(rng, 40) : int(rng, bytes.length));
    }
    case 1: {
      const streams = [...text.matchAll(/stream\r?\n/g)].map((m) => m.index! + m[0].length);
      if (streams.length) {
        const from = pick(rng, streams);
        done.push('pdf:stream-garbage');
        return garbage(rng, bytes, from, Math.min(bytes.length, from + 1 + int(rng, 256)));
      }
      break;
    }
    case 2: {
      const start = text.lastIndexOf('startxref');
      if (start > 0) {
        done.push('pdf:startxref');
        return new Uint8Array(
          Buffer.from(text.slice(0, start) + `startxref\n${int(rng, bytes.length * 2)}\n%%EOF\n`, 'latin1'),
        );
      }
      break;
    }
    default: {
      const objects = [...text.matchAll(/\d+ 0 obj/g)].map((m) => m.index!);
      if (objects.length) {
        const at = pick(rng, objects);
        done.push('pdf:object');
        return garbage(rng, bytes, at, Math.min(bytes.length, at + 1 + int(rng, 64)));
      }
    }
  }
  done.push('pdf:flip');
  return flip(rng, bytes);
}

// ---------------------------------------------------------------------------------------------------------

/** The `index`-th mutant of the seeds under `seed`: the same arguments always give the same bytes. */
export async function mutant(seeds: readonly Seed[], seed: number, index: number): Promise<Mutant> {
  const rng = random((seed * 0x9e3779b1 + index * 0x85ebca6b) >>> 0);
  const source = pick(rng, seeds);
  const done: string[] = [];
  let bytes = source.bytes;
  const rounds = 1 + (rng() < 0.3 ? int(rng, 3) : 0);
  for (let round = 0; round < rounds; round++) {
    const generic = rng() < 0.25;
    if (generic) {
      if (rng() < 0.5) {
        bytes = flip(rng, bytes);
        done.push('flip');
      } else {
        bytes = truncate(rng, bytes);
        done.push('truncate');
      }
      continue;
    }
    switch (source.kind) {
      case 'text':
        bytes = new Uint8Array(Buffer.from(mutateLines(rng, Buffer.from(bytes).toString('utf8'), done), 'utf8'));
        break;
      case 'pdf':
        bytes = mutatePdf(rng, bytes, done);
        break;
      default:
        bytes = await mutatePackage(rng, bytes, done);
    }
  }
  return { seed: source.name, mutations: done, bytes };
}
