/**
 * The level of government a target is set for, when a sentence splits a target by level. The
 * level is written before the number ("cấp tỉnh 100%", "UBND cấp huyện: 95%", "Cấp tỉnh 80%;
 * huyện 80%; xã 70%") or after it, with the thing counted ("100% hồ sơ công việc tại cấp tỉnh,
 * 95% hồ sơ công việc tại cấp huyện", "100% các sở, ngành có …", "99% hồ sơ do UBND cấp xã
 * tiếp nhận"). All functions work on folded text (foldSameLength) so positions are the original's.
 */
import type { PlanLevel } from './types.js';

/** Phrases that name one level; longest first so "cơ quan chuyên môn thuộc UBND tỉnh" is a department. */
const PHRASES: [source: string, level: PlanLevel][] = [
  ['(?:cac )?co quan chuyen mon (?:thuoc (?:ubnd|uy ban nhan dan) )?(?:cap )?tinh', 'department'],
  ['(?:cac )?so,? ban,? nganh(?: cap tinh)?', 'department'],
  ['(?:cac )?so, nganh', 'department'],
  // "các sở, UBND cấp huyện": a bare "sở" only as the first item of a list ("số" folds the same way).
  ['cac so(?=\\s*[,;])', 'department'],
  ['cap so', 'department'],
  ['(?:ubnd|uy ban nhan dan) cac huyen(?:, thi xa)?(?:, thanh pho)?', 'district'],
  ['(?:(?:ubnd|uy ban nhan dan) )?cap huyen', 'district'],
  ['(?:(?:ubnd|uy ban nhan dan) )?cap xa(?! hoi)', 'commune'],
  ['(?:ubnd|uy ban nhan dan) (?:cap )?tinh', 'province'],
  ['cap tinh', 'province'],
];
const PHRASE = new RegExp(`\\b(?:${PHRASES.map(([source], i) => `(?<p${i}>${source})`).join('|')})\\b`, 'g');
/** In a list right before its number a bare "tỉnh", "huyện", "xã" names the level too ("huyện 80%; xã 70%"). */
const BARE: Record<string, PlanLevel> = { tinh: 'province', huyen: 'district', xa: 'commune' };

export interface LevelPhrase {
  level: PlanLevel;
  from: number;
  to: number;
}

/** Every level phrase between `from` and `to`. */
export function levelPhrases(folded: string, from = 0, to = folded.length): LevelPhrase[] {
  const found: LevelPhrase[] = [];
  const part = folded.slice(from, to);
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(part); m !== null; m = PHRASE.exec(part)) {
    const index = PHRASES.findIndex((_, i) => m?.groups?.[`p${i}`] !== undefined);
    const level = PHRASES[index]?.[1];
    if (level) found.push({ level, from: from + m.index, to: from + m.index + m[0].length });
  }
  return found;
}

/** The level named right before a number ("cấp tỉnh 95%", "UBND cấp xã: 90%", "huyện 80%"), with where it starts. */
export function levelEndingAt(folded: string, at: number): LevelPhrase | null {
  const before = folded.slice(Math.max(0, at - 80), at);
  const offset = at - before.length;
  const tail = /\s*:?\s*$/.exec(before);
  const end = tail ? tail.index : before.length;
  const named = levelPhrases(before, 0, end).at(-1);
  if (named && named.to === end) return { ...named, from: offset + named.from, to: offset + named.to };
  const bare = /(?:^|[\s,;:])(tinh|huyen|xa)$/.exec(before.slice(0, end));
  const level = bare ? BARE[bare[1] ?? ''] : undefined;
  return bare && level ? { level, from: offset + end - (bare[1]?.length ?? 0), to: offset + end } : null;
}

/** One level, or none when the text names several or none. */
export function onlyLevel(phrases: LevelPhrase[]): PlanLevel | null {
  const levels = new Set(phrases.map((p) => p.level));
  return levels.size === 1 ? (phrases[0]?.level ?? null) : null;
}

/** "từ cấp tỉnh đến cấp xã", "ở 3 cấp", "các cấp": every level, not one. */
const EVERY_LEVEL =
  /\b(?:tu (?:cap )?(?:tinh|huyen|xa)\b.*\bden\b|(?:o|cua|tai) (?:\d+|ba|cac) cap\b|cac cap chinh quyen)/;
/** Words that put a level on what is counted: "tại cấp xã", "do UBND cấp huyện", "thuộc UBND tỉnh". */
const LEADS_TO_LEVEL = /(?:^|\s)(?:tai|o|cua|thuoc|do|trong|doi voi|giua)(?:\s+[\p{L}]+){0,4}\s*$/u;
const MAX_WORDS_BEFORE_LEVEL = 3;
/** "cơ quan, đơn vị, địa phương …": items of a list of what is counted are short. */
const LIST_ITEM_WORDS = 3;

/**
 * The level written after a target's number, with the thing counted: the text up to the next
 * target names exactly one level, next to the counted noun ("100% cán bộ cấp xã") or after a
 * word such as "tại", "của", "do", within the target's own words. Returns the level's phrase.
 */
export function levelAfter(folded: string, from: number, limit: number): LevelPhrase | null {
  const strongEnd = from + (/[;.\n]/.exec(folded.slice(from, limit))?.index ?? limit - from);
  const phrases = levelPhrases(folded, from, strongEnd);
  const level = onlyLevel(phrases);
  if (level === null || EVERY_LEVEL.test(folded.slice(from, strongEnd))) return null;
  const first = phrases[0];
  if (!first || first.from >= targetClauseEnd(folded, from, limit)) return null;
  const lead = folded.slice(from, first.from);
  const words = lead.split(/\s+/).filter(Boolean).length;
  if (words > MAX_WORDS_BEFORE_LEVEL && !LEADS_TO_LEVEL.test(lead)) return null;
  const own = phrases.filter((p) => p.from < targetClauseEnd(folded, from, limit));
  return { level, from: first.from, to: own.at(-1)?.to ?? first.to };
}

/**
 * Where the words read after a number end: a ";", ".", "(" or ":", or a comma that closes more
 * than a short list item ("cán bộ, công chức, viên chức chấp hành …" goes on) unless the comma
 * carries on a list of levels ("UBND tỉnh, cấp huyện, cấp xã").
 */
export function targetClauseEnd(folded: string, from: number, limit: number): number {
  const phrases = levelPhrases(folded, from, limit);
  const insidePhrase = (at: number) => phrases.some((p) => at > p.from && at < p.to);
  const startsPhrase = (at: number) => phrases.some((p) => p.from === at);
  const stop = /[;.():\n]|(?<!kinh te)\s[-–]\s(?!xa hoi)|,/g;
  let itemFrom = from;
  stop.lastIndex = from;
  for (let m = stop.exec(folded); m !== null && m.index < limit; m = stop.exec(folded)) {
    if (m[0] !== ',') return m.index;
    if (insidePhrase(m.index)) continue;
    const next = m.index + 1 + (/^\s*/.exec(folded.slice(m.index + 1))?.[0].length ?? 0);
    const words = folded.slice(itemFrom, m.index).split(/\s+/).filter(Boolean).length;
    if (words > LIST_ITEM_WORDS && !startsPhrase(next)) return m.index;
    itemFrom = m.index + 1;
  }
  return limit;
}
