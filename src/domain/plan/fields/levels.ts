/** Which level(s) of government a phrase such as "UBND tỉnh", "Sở, huyện", "Cấp xã" names. */
import type { PlanLevel } from './types.js';

const DEPARTMENT_PHRASES =
  /\b(?:co quan chuyen mon(?:,? co quan)?(?: thuoc (?:ubnd|uy ban nhan dan) (?:cap )?tinh)?|(?:cac )?so(?:, ban)?(?:, nganh)?(?: cap tinh)?|ban, nganh|nganh)\b/g;
const LEVEL_WORDS: { level: PlanLevel; regex: RegExp }[] = [
  { level: 'district', regex: /\b(?:cap huyen|huyen|thi xa|thanh pho)\b/g },
  { level: 'commune', regex: /\b(?:cap xa|xa(?! hoi)|phuong|thi tran)\b/g },
  { level: 'province', regex: /\b(?:cap tinh|ubnd tinh|uy ban nhan dan tinh|tinh)\b/g },
];

/** Levels named in folded text, in the order they are written. */
export function levelsIn(folded: string): PlanLevel[] {
  const hits: { at: number; level: PlanLevel }[] = [];
  const rest = folded.replace(DEPARTMENT_PHRASES, (phrase, at: number) => {
    hits.push({ at, level: 'department' });
    return ' '.repeat(phrase.length);
  });
  // "thị xã" is a district-level town, not a commune.
  const withoutTowns = rest.replace(/\bthi xa\b/g, (phrase, at: number) => {
    hits.push({ at, level: 'district' });
    return ' '.repeat(phrase.length);
  });
  for (const { level, regex } of LEVEL_WORDS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(withoutTowns); m !== null; m = regex.exec(withoutTowns)) hits.push({ at: m.index, level });
  }
  hits.sort((a, b) => a.at - b.at);
  const levels: PlanLevel[] = [];
  for (const { level } of hits) if (!levels.includes(level)) levels.push(level);
  return levels;
}
