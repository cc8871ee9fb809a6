/**
 * The parts of a ZIP package (DOCX, XLSX), inflated with the bytes counted as they come out. The sizes a
 * ZIP declares are never trusted: a 700 KB file can declare a few bytes and inflate to 700 MB, so every
 * part is inflated with the remaining allowance as a hard cap (zlib stops there), and the whole package
 * has one allowance. The entries are the central directory's, as JSZip (and exceljs through it) reads
 * them, so what passes here is exactly what those libraries will inflate again.
 */
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../domain/errors.js';
import { centralDirectoryEntries } from '../domain/reporting/zip-entries.js';

export interface PackageLimits {
  /** Inflated bytes of all the parts read, together. */
  maxInflatedBytes: number;
  maxEntries: number;
}

export const PACKAGE_LIMITS: PackageLimits = { maxInflatedBytes: 80 * 1024 * 1024, maxEntries: 2000 };

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const corrupt = () => new AppError('CORRUPT_FILE', { file: 'package' });
export const tooMuchInflated = (limit: number) =>
  new AppError('FILE_TOO_LARGE', { unpackedMb: Math.round(limit / 1024 / 1024) });

/** The central directory record of each entry: its compressed size and method, read from the bytes. */
function centralRecords(
  bytes: Uint8Array,
): { name: string; method: number; compressed: number; localOffset: number }[] {
  const entries = centralDirectoryEntries(bytes);
  if (!entries) throw corrupt();
  // centralDirectoryEntries gives names and offsets; sizes are read again from the same records.
  const end = (() => {
    for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
      if (u32(bytes, at) === 0x06054b50) return at;
    return -1;
  })();
  let at = u32(bytes, end + 16);
  return entries.map((entry) => {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) throw corrupt();
    const record = {
      name: entry.name,
      method: u16(bytes, at + 10),
      compressed: u32(bytes, at + 20),
      localOffset: u32(bytes, at + 42),
    };
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
    return record;
  });
}

/**
 * Inflates the entries `wanted` chooses (all by default) under one allowance of inflated bytes.
 * Throws 413 past the allowance, 422 for a damaged package (including ZIP64 and unusual methods, which
 * no Office document of this size needs).
 */
export function readZipPackage(
  bytes: Uint8Array,
  limits: PackageLimits = PACKAGE_LIMITS,
  wanted: (name: string) => boolean = () => true,
): Map<string, Buffer> {
  const records = centralRecords(bytes);
  if (records.length > limits.maxEntries) throw new AppError('FILE_TOO_LARGE', { parts: records.length });
  const parts = new Map<string, Buffer>();
  let remaining = limits.maxInflatedBytes;
  for (const record of records) {
    if (!wanted(record.name) || record.name.endsWith('/')) continue;
    const at = record.localOffset;
    if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL || record.compressed === 0xffffffff) throw corrupt();
    const dataAt = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    if (dataAt + record.compressed > bytes.length) throw corrupt();
    const data = bytes.subarray(dataAt, dataAt + record.compressed);
    let out: Buffer;
    if (record.method === 0) {
      if (data.length > remaining) throw tooMuchInflated(limits.maxInflatedBytes);
      out = Buffer.from(data);
    } else if (record.method === 8) {
      try {
        // zlib stops at maxOutputLength whatever the entry declares: the count is of real bytes.
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, remaining) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
          throw tooMuchInflated(limits.maxInflatedBytes);
        throw corrupt();
      }
    } else throw corrupt();
    remaining -= out.length;
    if (remaining < 0) throw tooMuchInflated(limits.maxInflatedBytes);
    parts.set(record.name, out);
  }
  return parts;
}
