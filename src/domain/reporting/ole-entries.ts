/**
 * Stream names of an OLE2 compound file (the container of Word .doc and Excel .xls), read from the
 * directory sectors by following the sector allocation table given in the header.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) =>
  at + 4 <= b.length ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000 : END_OF_CHAIN;

export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return SIGNATURE.every((value, i) => bytes[i] === value);
}

/** Directory entry names, or null when the directory lies beyond the bytes given. */
export function oleEntryNames(bytes: Uint8Array): string[] | null {
  if (!isOleCompoundFile(bytes) || bytes.length < 512) return null;
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const perFatSector = sectorSize / 4;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  // The first 109 allocation-table sectors are listed in the header; enough for files up to ~7 MB of
  // 512-byte sectors, and the directory normally sits early.
  const next = (sector: number) => {
    const fatIndex = Math.floor(sector / perFatSector);
    if (fatIndex >= 109) return END_OF_CHAIN;
    return u32(bytes, sectorOffset(u32(bytes, 0x4c + fatIndex * 4)) + (sector % perFatSector) * 4);
  };
  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector = u32(bytes, 0x30); sector < END_OF_CHAIN - 5 && !seen.has(sector); sector = next(sector)) {
    seen.add(sector);
    const start = sectorOffset(sector);
    if (start + sectorSize > bytes.length) return names.length ? names : null;
    for (let entry = start; entry < start + sectorSize; entry += 128) {
      const nameBytes = u16(bytes, entry + 0x40);
      if (bytes[entry + 0x42] === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = '';
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(u16(bytes, entry + i));
      names.push(name);
    }
  }
  return names;
}
