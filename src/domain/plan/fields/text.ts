/** Cell text helpers shared by the field parsers. */

const TAG = /<\/?[a-zA-Z][^>]*>/g;
const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** NFC, HTML tags and entities removed (a list item becomes a new line), spaces collapsed per line. */
export function cleanCell(text: string): string {
  return text
    .normalize('NFC')
    .replace(/<li[^>]*>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(TAG, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? ' ')
    .replace(/[\u00a0\u202f\t]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

const foldedChars = new Map<string, string>();

/**
 * Lower case, no diacritics, đ → d, one character for one character, so that a match
 * found in the folded text can be cut out of the original at the same positions.
 */
export function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    let folded = foldedChars.get(ch);
    if (folded === undefined) {
      const candidate = ch
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase();
      folded = candidate.length === ch.length ? candidate : ch.toLowerCase().slice(0, ch.length).padEnd(ch.length, ' ');
      foldedChars.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

/** Remove leading bullets and trailing punctuation a cell often carries. */
export function trimPunctuation(text: string): string {
  return text
    .replace(/^[\s\-–•+*.,;:]+/, '')
    .replace(/[\s\-–•+*,;:.]+$/, '')
    .trim();
}
