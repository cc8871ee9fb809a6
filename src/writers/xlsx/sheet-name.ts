/**
 * Excel refuses a sheet name longer than 31 characters, containing [ ] : * ? / \, starting or
 * ending with an apostrophe, equal to the reserved "History", or repeating another sheet's name
 * in any letter case. Names come from units and periods ("Sở KH&ĐT: quý I/2025"), so they are
 * cleaned rather than rejected.
 */
const MAX_LENGTH = 31;

function clip(name: string, length: number): string {
  return [...name].slice(0, length).join('').trimEnd();
}

export function sanitizeSheetName(name: string, taken: ReadonlySet<string>, position: number): string {
  let clean = name
    .normalize('NFC')
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  clean = clip(clean, MAX_LENGTH);
  if (!clean) clean = `Trang ${position}`;
  const isFree = (candidate: string) =>
    candidate.toLowerCase() !== 'history' && !taken.has(candidate.toLocaleLowerCase('vi-VN'));
  if (isFree(clean)) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${clip(clean, MAX_LENGTH - suffix.length)}${suffix}`;
    if (isFree(candidate)) return candidate;
  }
}

/** Gives every sheet a valid name that no other sheet of the workbook has. */
export function sanitizeSheetNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, i) => {
    const clean = sanitizeSheetName(name, taken, i + 1);
    taken.add(clean.toLocaleLowerCase('vi-VN'));
    return clean;
  });
}
