/**
 * Entry names of a ZIP archive (DOCX, XLSX, ODT, ODS are ZIPs), read straight from the bytes: the
 * central directory when the end of the file is there, otherwise the local headers from the start.
 */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

const u16 = (b: Uint8Array, at: number) => (at + 2 <= b.length ? b[at]! | (b[at + 1]! << 8) : -1);
const u32 = (b: Uint8Array, at: number) =>
  at + 4 <= b.length ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000 : -1;
const decoder = new TextDecoder('utf-8');

export interface ZipEntry {
  name: string;
  /** 0 = stored (uncompressed). */
  method: number;
  /** Offset of the entry's local header, when known. */
  localOffset: number;
}

/** The entries listed in the central directory at the end of the file; null when it cannot be read. */
export function centralDirectoryEntries(bytes: Uint8Array): ZipEntry[] | null {
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 0xffff); end--) {
    if (u32(bytes, end) !== END) continue;
    const count = u16(bytes, end + 10);
    let at = u32(bytes, end + 16);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
      if (u32(bytes, at) !== CENTRAL) return null;
      const nameLength = u16(bytes, at + 28);
      if (at + 46 + nameLength > bytes.length) return null;
      entries.push({
        name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
        method: u16(bytes, at + 10),
        localOffset: u32(bytes, at + 42),
      });
      at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    }
    return entries;
  }
  return null;
}

function fromLocalHeaders(bytes: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at >= 0 && at + 30 <= bytes.length) {
    if (u32(bytes, at) !== LOCAL) {
      // Sizes written after the data (flag bit 3) or data beyond the bytes we have: look for the next header.
      at = bytes.indexOf(0x50, at + 1);
      continue;
    }
    const nameLength = u16(bytes, at + 26);
    const dataAt = at + 30 + nameLength + u16(bytes, at + 28);
    if (dataAt > bytes.length) break;
    const name = decoder.decode(bytes.subarray(at + 30, at + 30 + nameLength));
    if (nameLength > 0 && !/[\u0000-\u001f\ufffd]/.test(name))
      entries.push({ name, method: u16(bytes, at + 8), localOffset: at });
    const size = u32(bytes, at + 18);
    at = (u16(bytes, at + 6) & 0x08) === 0 && size > 0 ? dataAt + size : at + 4;
  }
  return entries;
}

export function isZip(bytes: Uint8Array): boolean {
  return u32(bytes, 0) === LOCAL;
}

export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  return centralDirectoryEntries(bytes) ?? fromLocalHeaders(bytes);
}

/** The text of a stored (uncompressed) entry, such as an OpenDocument's `mimetype`; null if compressed or cut off. */
export function storedEntryText(bytes: Uint8Array, entry: ZipEntry, maxLength = 200): string | null {
  const at = entry.localOffset;
  if (entry.method !== 0 || u32(bytes, at) !== LOCAL) return null;
  const dataAt = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const size = Math.min(u32(bytes, at + 18), maxLength);
  if (size < 0 || dataAt + size > bytes.length) return null;
  return decoder.decode(bytes.subarray(dataAt, dataAt + size));
}
