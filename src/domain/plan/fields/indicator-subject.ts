/**
 * What a target measures, cut out of its sentence: the clause before the number ("Tỷ lệ hồ sơ …
 * đạt tối thiểu 50%"), the words after it when the number opens the clause ("100% TTHC …") or
 * counts something ("03 sáng kiến"), or both around it when a verb acts on what is counted
 * ("kiểm tra ít nhất 30% số cơ quan" → "kiểm tra số cơ quan").
 */
import { foldVietnamese } from '../../text/fold.js';
import { levelEndingAt, targetClauseEnd } from './target-levels.js';
import { trimPunctuation } from './text.js';

/** Clause marks; a dash between words ends a clause, except in "kinh tế - xã hội". */
const BOUNDARY = /[;.()\n:,]|(?<!kinh te)\s[-–]\s(?!xa hoi)|\s[-–](?=\S)/g;
/** Marks that end a clause even inside a list of nouns. */
const STRONG_BOUNDARY = /[;.\n:]|(?<!kinh te)\s[-–]\s(?!xa hoi)/g;
const LEADING_FILLER =
  /^(?:\s*(?:trong đó|trong số đó|đồng thời|đảm bảo|bảo đảm|phấn đấu|mục tiêu|chỉ tiêu|và|hoặc|thì|để|nhằm|mỗi năm|hàng năm|năm \d{4}|có|được|đạt)(?=[\s,:]|$))+[\s,:]*/;
const TRAILING_CUE =
  /(?:^|\s+)(?:(?:đạt|tối thiểu|ít nhất|từ|trên|dưới|không quá|không vượt quá|tối đa|bằng|là|có|tương ứng|giảm|tăng|ở mức|mức|theo tỷ lệ|theo tỉ lệ|tỷ lệ|tỉ lệ|hoàn thành|đảm bảo|bảo đảm)(?=\s|$)\s*)+$/;
/** Words that name a measure: a clause holding one is the subject by itself. */
const MEASURE = /\b(?:ty le|ti le|muc do|so luong|chi so|diem|thu hang|xep hang)\b/;
/** Words after a number that finish the target rather than name what is counted. */
const TAIL = /^\s*(?:tro len|tro xuong|so voi|theo|tren tong|vao nam|trong nam|nam 20\d\d|moi nam|hang nam)\b/;
/** Cues that open a new statement: what follows the number is the subject. */
const ASSURANCE = /^(?:dam bao|bao dam|phan dau)\b/;
const MAX_SUBJECT_WORDS = 24;

export interface SubjectSpan {
  /** Where the target's cue words start, and where its number (or the number and unit) ends. */
  from: number;
  to: number;
  /** Text before `floor` belongs to an earlier target of the sentence. */
  floor: number;
  /** Where the next target's number starts, or the end of the text. */
  limit: number;
  /** Where a level written right before the number starts ("cấp tỉnh 95%"). */
  levelPrefixFrom: number | null;
  /** A rate, a count whose noun is written after it, a frequency or a score (said of the words before). */
  kind: 'rate' | 'count' | 'frequency' | 'score';
}

export interface Subject {
  subject: string;
  /** Where the words read after the number end (the next target's subject starts after). */
  afterEnd: number;
}

export function subjectAround(text: string, folded: string, span: SubjectSpan): Subject {
  const { from, to, floor, limit, kind, levelPrefixFrom } = span;
  let end = levelPrefixFrom === null ? from : stepBackOverLevelPairs(folded, levelPrefixFrom, floor);
  end = folded.slice(0, end).replace(/[\s:]+$/, '').length;

  const start = Math.max(clauseStart(folded, end), floor);
  let before = stripCues(text.slice(start, end));
  if (before === '' && start - 1 >= floor && folded[start - 1] === ':')
    before = beforeColon(text, folded, start - 1, floor);
  else if (before !== '' && !MEASURE.test(foldVietnamese(before)))
    before = widenToMeasure(text, folded, start, end, floor) ?? before;

  const afterEnd = runsIntoNext(folded, to, targetClauseEnd(folded, to, limit), limit);
  const after = trimPunctuation(text.slice(to, afterEnd)).replace(/\s+(?:và|hoặc)$/, '');
  const result = (subject: string, usedAfter: boolean): Subject => ({ subject, afterEnd: usedAfter ? afterEnd : to });
  const beforeOr = (fallback: string): Subject =>
    before !== '' ? result(shorten(before, 'end'), false) : result(shorten(fallback, 'start'), fallback === after);

  if (levelPrefixFrom !== null) return beforeOr(after);
  if (kind === 'score') return beforeOr('điểm');
  if (kind === 'frequency' || after === '' || (kind === 'rate' && TAIL.test(foldVietnamese(after))))
    return beforeOr(after);
  if (kind === 'count')
    return wordCount(after) >= 2 || before === ''
      ? result(shorten(after, 'start'), true)
      : result(shorten(before, 'end'), false);
  if (MEASURE.test(foldVietnamese(before))) return result(shorten(before, 'end'), false);
  const lead = stripLeadingFiller(text.slice(start, from));
  if (lead === '' || ASSURANCE.test(folded.slice(from))) return result(shorten(after, 'start'), true);
  return result(shorten(`${lead} ${after}`, 'start'), true);
}

/**
 * "ít nhất 20% TTHC và cắt giảm ít nhất 20% …": words that run into the next target stop at the
 * last "và", "hoặc" or comma before it; what follows leads the next target.
 */
function runsIntoNext(folded: string, from: number, end: number, limit: number): number {
  if (end < limit || limit >= folded.length) return end;
  const joints = [...folded.slice(from, limit).matchAll(/\s(?:va|hoac)\s|,/g)];
  const last = joints.at(-1);
  return last ? from + last.index : end;
}

/** "cấp tỉnh 95%; cấp huyện 90%; cấp xã 80%": the subject is written before the first pair. */
function stepBackOverLevelPairs(folded: string, at: number, floor: number): number {
  let end = at;
  for (;;) {
    const pair = /(\d+(?:[.,]\d+)?\s*%\s*[,;]?\s*(?:va\s*)?)$/.exec(folded.slice(0, end).replace(/\s+$/, ''));
    if (!pair) return end;
    const level = levelEndingAt(folded, pair.index);
    if (!level || level.from < floor) return end;
    end = level.from;
  }
}

/** "Điểm tự đánh giá: đạt 7,14 điểm": the words before the colon. */
function beforeColon(text: string, folded: string, colon: number, floor: number): string {
  return stripCues(text.slice(Math.max(clauseStart(folded, colon), floor), colon));
}

/**
 * "Mức độ hài lòng của người dân, doanh nghiệp về … đạt 90%": commas and brackets inside the
 * measured thing do not end it; go back to the measure word within the clause.
 */
function widenToMeasure(text: string, folded: string, start: number, end: number, floor: number): string | null {
  const from = Math.max(strongClauseStart(folded, start), floor);
  const region = folded.slice(from, start);
  const measures = [...region.matchAll(new RegExp(MEASURE.source, 'g'))];
  const last = measures.at(-1);
  if (!last) return null;
  const widened = trimPunctuation(stripCues(text.slice(from + last.index, end)));
  return widened === '' ? null : widened;
}

export function stripCues(text: string): string {
  const lower = text.toLowerCase();
  const bullet = /^[\s\-–•+*]*/.exec(lower)?.[0].length ?? 0;
  const filler = LEADING_FILLER.exec(lower.slice(bullet));
  const from = bullet + (filler ? filler[0].length : 0);
  const cue = TRAILING_CUE.exec(lower.slice(from));
  return text.slice(from, cue ? from + cue.index : text.length).trim();
}

function stripLeadingFiller(text: string): string {
  const lower = text.toLowerCase();
  const bullet = /^[\s\-–•+*]*/.exec(lower)?.[0].length ?? 0;
  const filler = LEADING_FILLER.exec(lower.slice(bullet));
  return text.slice(bullet + (filler ? filler[0].length : 0)).trim();
}

export function clauseStart(folded: string, at: number): number {
  return lastMatchEnd(BOUNDARY, folded, at);
}

function strongClauseStart(folded: string, at: number): number {
  return lastMatchEnd(STRONG_BOUNDARY, folded, at);
}

function lastMatchEnd(pattern: RegExp, folded: string, at: number): number {
  let start = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(folded); m !== null && m.index < at; m = pattern.exec(folded))
    start = m.index + m[0].length;
  return start;
}

export function shorten(text: string, keep: 'start' | 'end'): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= MAX_SUBJECT_WORDS) return words.join(' ');
  return keep === 'start'
    ? `${words.slice(0, MAX_SUBJECT_WORDS).join(' ')} …`
    : `… ${words.slice(-MAX_SUBJECT_WORDS).join(' ')}`;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
