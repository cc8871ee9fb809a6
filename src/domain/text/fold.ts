/**
 * Vietnamese text folding for matching: lower case, no diacritics, đ → d, single spaces.
 * The same folding as the database's fold_vi(), so in-memory and SQL matching agree.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
