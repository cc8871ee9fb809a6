/**
 * The comparable form of a unit name: folded (no diacritics, lower case), abbreviations
 * written out, punctuation and the plural "các" dropped. "Sở KH&ĐT", "Sở Kế hoạch và đầu tư"
 * and "so ke hoach va dau tu" all give "so ke hoach va dau tu".
 */
import { foldVietnamese } from '../text/fold.js';

const AND = String.raw`\s*(?:&|va|-|,)?\s*`;

/** Abbreviations used in plans, on folded text; several letters may be joined by "&", "-" or ",". */
const ABBREVIATIONS: [RegExp, string][] = [
  [new RegExp(String.raw`\bkh${AND}dt\b`, 'g'), 'ke hoach va dau tu'],
  [new RegExp(String.raw`\btt${AND}tt\b`, 'g'), 'thong tin va truyen thong'],
  [/\btttt\b/g, 'thong tin va truyen thong'],
  [new RegExp(String.raw`\bld${AND}tb${AND}xh\b`, 'g'), 'lao dong thuong binh va xa hoi'],
  [new RegExp(String.raw`\btn${AND}mt\b`, 'g'), 'tai nguyen va moi truong'],
  [new RegExp(String.raw`\bgd${AND}dt\b`, 'g'), 'giao duc va dao tao'],
  [new RegExp(String.raw`\bnn${AND}ptnt\b`, 'g'), 'nong nghiep va phat trien nong thon'],
  [new RegExp(String.raw`\bnn${AND}mt\b`, 'g'), 'nong nghiep va moi truong'],
  [new RegExp(String.raw`\bvh${AND}tt${AND}dl\b`, 'g'), 'van hoa the thao va du lich'],
  [new RegExp(String.raw`\bkh${AND}cn\b`, 'g'), 'khoa hoc va cong nghe'],
  [new RegExp(String.raw`\bgt${AND}vt\b`, 'g'), 'giao thong van tai'],
  [new RegExp(String.raw`\bdt${AND}tg\b`, 'g'), 'dan toc va ton giao'],
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bvp\b/g, 'van phong'],
  [/\bqlkkt\b/g, 'quan ly khu kinh te'],
  [/\bbql\b/g, 'ban quan ly'],
  [/\bql\b/g, 'quan ly'],
  [/\bkkt\b/g, 'khu kinh te'],
  [/\bdvsncl\b/g, 'don vi su nghiep cong lap'],
  [/\bsncl\b/g, 'su nghiep cong lap'],
  [/\bcqcm\b/g, 'co quan chuyen mon'],
  [/\bpvhcc\b/g, 'phuc vu hanh chinh cong'],
  [/\bttpvhcc\b/g, 'trung tam phuc vu hanh chinh cong'],
  [/\bcntt\b/g, 'cong nghe thong tin'],
  [/\bbchqs\b/g, 'bo chi huy quan su'],
  [/\btp\b/g, 'thanh pho'],
  [/\btx\b/g, 'thi xa'],
  [/\btw\b/g, 'trung uong'],
  [/\bsnv\b/g, 'so noi vu'],
  [/\bstp\b/g, 'so tu phap'],
  [/\bstc\b/g, 'so tai chinh'],
  [/\bsyt\b/g, 'so y te'],
  [/\bsxd\b/g, 'so xay dung'],
  [/\bsct\b/g, 'so cong thuong'],
];

/** Words that start a unit's name: a piece starting with one is a new unit, not a description. */
export const HEAD_WORDS =
  /^(?:so|uy ban nhan dan|hoi dong nhan dan|van phong|ban|phong|trung tam|cong an|bo chi huy|chi cuc|co quan|don vi|dia phuong|thanh tra|toa an|vien kiem sat|cuc|kho bac|bao|dai|hoi|lien doan|mat tran|tinh doan|tinh uy|huyen uy|benh vien|truong|kbnn|ngan hang|bao hiem)\b/;

export function nameKey(text: string): string {
  let key = foldVietnamese(text);
  for (const [pattern, replacement] of ABBREVIATIONS) key = key.replace(pattern, ` ${replacement} `);
  return (
    key
      .replace(/[^a-z0-9]+/g, ' ')
      // "các" only marks a plural, except in "các cấp" (every level).
      .replace(/\b(?:cac|nhung)\b(?! cap\b)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
