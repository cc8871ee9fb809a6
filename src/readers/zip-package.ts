/**
 * The parts of a ZIP package (DOCX, XLSX), inflated with the bytes counted as they come out. The sizes a
 * ZIP declares are never trusted: a 700 KB file can declare a few bytes and inflate to 700 MB, so every
 * part is inflated with the remaining allowance as a hard cap (zlib stops there), and the whole package
 * has one allowance. The entries are the central directory's, as JSZip (and exceljs through it) reads
 * them, so what passes here is exactly what those libraries will inflate again.
 */
import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
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

/** A package entry's compressed bytes as the central directory and its local header place them. */
export interface PackageEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  data: Uint8Array;
}

/**
 * The package's entries that `wanted` chooses (folders left out), located and bounds-checked, nothing inflated: 422 for a damaged
 * package (including ZIP64 and unusual methods), 413 past `maxEntries`.
 */
export function packageEntries(
  bytes: Uint8Array,
  limits: Pick<PackageLimits, 'maxEntries'> = PACKAGE_LIMITS,
  wanted: (name: string) => boolean = () => true,
): PackageEntry[] {
  const records = centralRecords(bytes);
  if (records.length > limits.maxEntries) throw new AppError('FILE_TOO_LARGE', { parts: records.length });
  const entries: PackageEntry[] = [];
  for (const record of records) {
    if (!wanted(record.name) || record.name.endsWith('/')) continue;
    const at = record.localOffset;
    if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL || record.compressed === 0xffffffff) throw corrupt();
    if (record.method !== 0 && record.method !== 8) throw corrupt();
    const dataAt = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    if (dataAt + record.compressed > bytes.length) throw corrupt();
    entries.push({
      name: record.name,
      method: record.method,
      data: bytes.subarray(dataAt, dataAt + record.compressed),
    });
  }
  return entries;
}

/**
 * One entry inflated as a stream, `chunkSize` bytes of compressed input at a time: memory holds a chunk,
 * never the part. The inflated bytes are counted as they come out and refused (413) past `maxInflatedBytes`,
 * whatever the package declares.
 */
export async function* inflateEntry(
  entry: PackageEntry,
  options: { maxInflatedBytes: number; chunkSize?: number },
): AsyncGenerator<Uint8Array> {
  const chunkSize = options.chunkSize ?? 64 * 1024;
  let inflated = 0;
  const count = (piece: Uint8Array) => {
    inflated += piece.length;
    if (inflated > options.maxInflatedBytes) throw tooMuchInflated(options.maxInflatedBytes);
    return piece;
  };
  if (entry.method === 0) {
    for (let at = 0; at < entry.data.length; at += chunkSize) yield count(entry.data.subarray(at, at + chunkSize));
    return;
  }
  const input = Readable.from(
    (function* () {
      for (let at = 0; at < entry.data.length; at += chunkSize) yield entry.data.subarray(at, at + chunkSize);
    })(),
    { objectMode: false },
  );
  // zlib takes output chunks of 64 bytes at least.
  const inflate = createInflateRaw({ chunkSize: Math.max(64, chunkSize) });
  input.pipe(inflate);
  try {
    for await (const piece of inflate as AsyncIterable<Buffer>) yield count(piece);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw corrupt();
  } finally {
    input.unpipe(inflate);
    input.destroy();
    inflate.destroy();
  }
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
  const parts = new Map<string, Buffer>();
  let remaining = limits.maxInflatedBytes;
  for (const entry of packageEntries(bytes, limits, wanted)) {
    const data = entry.data;
    let out: Buffer;
    if (entry.method === 0) {
      if (data.length > remaining) throw tooMuchInflated(limits.maxInflatedBytes);
      out = Buffer.from(data);
    } else {
      try {
        // zlib stops at maxOutputLength whatever the entry declares: the count is of real bytes.
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, remaining) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
          throw tooMuchInflated(limits.maxInflatedBytes);
        throw corrupt();
      }
    }
    remaining -= out.length;
    if (remaining < 0) throw tooMuchInflated(limits.maxInflatedBytes);
    parts.set(entry.name, out);
  }
  return parts;
}
