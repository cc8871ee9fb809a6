/**
 * Plans print area titles in capitals ("CẢI CÁCH TTHC"); a report's headings and tables write them in
 * sentence case ("Cải cách TTHC"). Abbreviations (words without a vowel: TTHC, CCHC, UBND, HĐND) keep
 * their capitals; a title already in mixed case is left as written.
 */
const VOWELS = /[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;

export function sentenceCaseTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed !== trimmed.toLocaleUpperCase('vi') || !/\p{L}/u.test(trimmed)) return trimmed;
  const words = trimmed.split(/(\s+)/).map((word) => (VOWELS.test(word) ? word.toLocaleLowerCase('vi') : word));
  const joined = words.join('');
  return joined.charAt(0).toLocaleUpperCase('vi') + joined.slice(1);
}
