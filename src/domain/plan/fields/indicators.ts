/**
 * Numeric targets in a plan sentence or cell: "đạt tối thiểu 90%", "ít nhất 03 sáng kiến",
 * "02 đến 03 cuộc đối thoại", "không quá 5%", and splits by level ("cấp tỉnh 100%, cấp huyện
 * 100%, cấp xã 95%", "UBND tỉnh, UBND cấp huyện, UBND cấp xã … tương ứng là 100%, 100%, 95%").
 *
 * A percentage is a target on its own; a count needs a word that makes it one ("ít nhất",
 * "giảm", "đạt", a range) so that dates, document numbers ("Nghị định 30/2020/NĐ-CP"), years
 * and item numbers are left alone. A bare figure or "đạt" reads as a floor (>=): a plan asks
 * for at least that much; "giảm 28 biên chế" likewise means reduce by at least 28.
 */
import { foldSameLength, cleanCell } from './text.js';
import { parseVietnameseNumber } from './numbers.js';
import type { Comparator, IndicatorDraft, PlanLevel } from './types.js';

const NUMBER = /(?<![\d/.,\p{L}])(\d+(?:[.,]\d+)*)(\s*%)?/gu;

/*
 * Cue words are matched on the lower-cased text with its diacritics: folded, "từ" (from) would
 * be "tử" and "tư", "có" (has) would be "cơ". `^|\s` stands for a word start (\b is ASCII only).
 */
const W = String.raw`(?:^|[\s,;:(])`;
/** Words just before a number and the comparator they give; first match wins. */
const CUES: [RegExp, Comparator][] = [
  [new RegExp(`${W}(?:không dưới|không thấp hơn|không ít hơn)\\s*(?:mức\\s*)?$`), '>='],
  [new RegExp(`${W}(?:không quá|không vượt quá|tối đa|giảm xuống còn|xuống còn|không cao hơn|không nhiều hơn)\\s*(?:là\\s*|ở mức\\s*)?$`), '<='],
  [new RegExp(`${W}(?:tối thiểu|ít nhất)(?:\\s+(?:là|có|từ|đạt|tại|bằng|ở mức))*\\s*$`), '>='],
  [new RegExp(`${W}(?:trên|hơn|vượt|cao hơn|nhiều hơn)\\s*$`), '>'],
  [new RegExp(`${W}(?:dưới|thấp hơn|ít hơn)\\s*$`), '<'],
  [new RegExp(`${W}(?:từ|đạt từ)\\s*$`), '>='],
  [new RegExp(`${W}bằng\\s*$`), '='],
  [
    new RegExp(`${W}(?:đạt|đảm bảo|bảo đảm|hoàn thành|giảm|tăng|có|mỗi năm|hàng năm|hằng năm|duy trì|thực hiện|xử lý)(?:\\s+(?:tỷ lệ|tỉ lệ|mức))?\\s*$`),
    '>=',
  ],
];
/** Cues that alone make a bare count a target. */
const COUNT_CUE = new RegExp(`${W}(?:tối thiểu|ít nhất|không dưới|không quá|tối đa|trên|dưới|từ|đạt|giảm|tăng|mỗi năm|hàng năm|có|hơn|bằng|duy trì)(?=\\s|$)`);
const EVERY_YEAR = new RegExp(`${W}(?:mỗi|hàng|hằng) năm\\s*$`);
const NOT_A_QUANTITY = new RegExp(
  `${W}(?:số|năm|ngày|tháng|quý|điều|khoản|mục|phụ lục|giai đoạn|khóa|khoá|chương|lần thứ|thứ|nghị định|quyết định|thông tư|nghị quyết|chỉ thị|kế hoạch|công văn|luật|văn bản|báo cáo|tờ trình|phiên|đợt|kỳ|tuần|giờ|phút)\\s*$`,
);
const UNITS = [
  'cuộc đối thoại', 'cuộc kiểm tra', 'cuộc thanh tra', 'cuộc', 'đối thoại', 'sáng kiến', 'giải pháp', 'mô hình',
  'chỉ tiêu biên chế', 'biên chế', 'lần', 'điểm', 'thủ tục hành chính', 'TTHC', 'hồ sơ', 'đơn vị', 'cơ quan', 'lớp',
  'hội nghị', 'người', 'lượt', 'doanh nghiệp', 'văn bản', 'dịch vụ công', 'dịch vụ', 'bậc', 'tin bài', 'tin, bài', 'bài',
  'buổi', 'chuyên đề', 'đề án', 'dự án', 'nhiệm vụ', 'công chức', 'viên chức', 'cán bộ', 'tài khoản', 'phòng', 'xã',
  'sở', 'tỷ đồng', 'triệu đồng', 'bản', 'cuốn', 'trang', 'chương trình', 'kế hoạch', 'báo cáo', 'hệ thống',
  'cơ sở dữ liệu', 'nền tảng', 'ứng dụng', 'phần mềm', 'thiết bị', 'máy', 'điểm cầu', 'đoàn', 'tổ chức', 'học viên',
].map((unit) => ({ unit, folded: foldSameLength(unit) }));
const BOUNDARY = /[;.()\n:,]|\s[-–]\s|\s[-–](?=\S)/g;
const LEADING_FILLER =
  /^(?:\s*(?:trong đó|trong số đó|đồng thời|đảm bảo|bảo đảm|phấn đấu|mục tiêu|chỉ tiêu|và|hoặc|thì|để|nhằm|mỗi năm|hàng năm|năm \d{4}|có|được|đạt)(?=[\s,:]|$))+[\s,:]*/;
const TRAILING_CUE =
  /(?:^|\s+)(?:(?:đạt|tối thiểu|ít nhất|từ|trên|dưới|không quá|không vượt quá|tối đa|bằng|là|có|tương ứng|giảm|tăng|ở mức|mức|theo tỷ lệ|theo tỉ lệ|tỷ lệ|tỉ lệ|hoàn thành|đảm bảo|bảo đảm)(?=\s|$)\s*)+$/;
/** A "cấp tỉnh 95%;" pair of a per-level list, to step back over when looking for the list's subject. */
const LEVEL_PAIR = /(?:^|[\s,;:])(?:cap\s+)?(?:tinh|huyen|xa)\s*:?\s*\d+(?:[.,]\d+)?\s*%\s*[,;]?\s*(?:va\s*)?$/;
const PAST_RESULT = /\b(?:ket qua nam|nam 20\d\d,? (?:dat|xep)|xep (?:thu|vi tri|hang))\b/;
const TARGET_WORDS = /\b(?:muc tieu|phan dau|dam bao|it nhat|toi thieu|tro len|chi tieu|khong qua)\b/;

interface Hit {
  from: number;
  to: number;
  draft: IndicatorDraft;
}

export function extractIndicators(sentence: string): IndicatorDraft[] {
  const text = cleanCell(sentence).replace(/\n/g, ' - ');
  const folded = foldSameLength(text);
  const consumed = new Set<number>();
  const hits: Hit[] = [...respectively(text, folded, consumed)];

  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(folded); m !== null; m = NUMBER.exec(folded)) {
    if (consumed.has(m.index)) continue;
    const hit = readNumber(text, folded, m, consumed);
    if (hit) hits.push(hit);
  }
  hits.sort((a, b) => a.from - b.from);
  shareListSubjects(hits);
  return hits.map((h) => h.draft);
}

/** True when a sentence sets a numeric target (not one that reports last year's result). */
export function looksLikeTarget(sentence: string): boolean {
  if (extractIndicators(sentence).length === 0) return false;
  const folded = foldSameLength(cleanCell(sentence));
  return !PAST_RESULT.test(folded) || TARGET_WORDS.test(folded);
}

function readNumber(text: string, folded: string, m: RegExpExecArray, consumed: Set<number>): Hit | null {
  const numberText = m[1] ?? '';
  const isPercent = m[2] !== undefined;
  const start = m.index;
  let end = start + m[0].length;
  const after = folded.slice(end);
  const before = folded.slice(Math.max(0, start - 60), start);
  const lowerBefore = text.slice(Math.max(0, start - 60), start).toLowerCase();

  const top = /\btop\s*$/.exec(before);
  if (!isPercent && top) {
    const value = parseVietnameseNumber(numberText).value;
    if (value === null) return null;
    const from = start - (before.length - top.index);
    return hit(text, folded, from, end, { comparator: '<=', value, unit: 'thứ hạng', level: null });
  }
  // Dates, fractions such as 39/63, legal references (30/2020/NĐ-CP, 01-NQ/TU) are not quantities.
  const score = /^\s*\/\s*\d+(?:[.,]\d+)?\s*diem\b/.exec(after);
  if (!isPercent && !score && /^\s*[/-]\s*[\da-z]/.test(after)) return null;
  if (/^\d/.test(after)) return null;
  if (NOT_A_QUANTITY.test(lowerBefore) && !EVERY_YEAR.test(lowerBefore)) return null;
  const value = parseVietnameseNumber(numberText).value;
  if (value === null) return null;
  if (!isPercent && value >= 1900 && value <= 2100 && Number.isInteger(value)) return null;

  let comparator: Comparator | null = null;
  let cueFrom = start;
  for (const [pattern, cmp] of CUES) {
    const cue = pattern.exec(lowerBefore);
    if (cue) {
      comparator = cmp;
      cueFrom = start - (lowerBefore.length - cue.index) + (/^[\s,;:(]/.test(cue[0]) ? 1 : 0);
      break;
    }
  }
  if (score) end += score[0].length - 'diem'.length;

  // "02 đến 03 cuộc đối thoại", "từ 70% đến dưới 100%": the lower bound is the target.
  const range = /^\s*(?:%\s*)?(?:den|-|–|toi)\s*(?:duoi\s*)?(\d+(?:[.,]\d+)*)(\s*%)?/.exec(folded.slice(end));
  let isRange = false;
  if (range && (range[2] !== undefined) === isPercent) {
    consumed.add(end + range[0].search(/\d/));
    end += range[0].length;
    isRange = true;
    comparator = comparator === '<' || comparator === '<=' ? comparator : '>=';
  }

  const unitFrom = end;
  let unit = '%';
  if (!isPercent) {
    const rest = folded.slice(end);
    const known = score ? { unit: 'điểm', folded: 'diem' } : UNITS.find((u) => new RegExp(`^\\s*${escape(u.folded)}(?![\\p{L}])`, 'u').test(rest));
    if (known) {
      unit = known.unit;
      end += rest.indexOf(known.folded) + known.folded.length;
    } else if (comparator && (isRange || /^(?:toi thieu|it nhat|khong|toi da)/.test(folded.slice(cueFrom)))) {
      unit = 'count';
    } else return null;
    if (!isRange && !COUNT_CUE.test(text.slice(cueFrom, start).toLowerCase())) return null;
  }
  const trailing = /^\s*tro (?:len|xuong)/.exec(folded.slice(end));
  if (trailing) {
    comparator = trailing[0].includes('len') ? (comparator === '>' ? '>' : '>=') : '<=';
    end += trailing[0].length;
  }
  return hit(text, folded, cueFrom, end, { comparator: comparator ?? '>=', value, unit, level: levelBefore(folded, cueFrom) }, isPercent ? end : unitFrom);
}

/** `subjectFrom`: where a subject written after the target starts (a count's noun belongs to it). */
function hit(text: string, folded: string, from: number, to: number, d: Omit<IndicatorDraft, 'text' | 'subject'>, subjectFrom = to): Hit {
  const verb = /^(giam|tang)\b/.exec(folded.slice(from));
  // What a count counts, or what is reduced or increased, is written after the number.
  let subject = subjectAround(text, folded, from, subjectFrom, verb !== null || (d.unit !== '%' && d.unit !== 'thứ hạng'));
  if (verb && !foldSameLength(subject).startsWith(verb[1] ?? '')) subject = `${verb[1] === 'giam' ? 'Giảm' : 'Tăng'} ${subject}`.trim();
  return { from, to, draft: { text: text.slice(from, to).trim(), subject, ...d } };
}

/** "… UBND tỉnh, UBND cấp huyện, UBND cấp xã đạt tỷ lệ tối thiểu tương ứng là 100%, 100%, 95%". */
function respectively(text: string, folded: string, consumed: Set<number>): Hit[] {
  const hits: Hit[] = [];
  const pattern = /\btuong ung(?:\s+(?:la|voi))?\s*:?\s*((?:\d+(?:[.,]\d+)?\s*%\s*(?:,|va|;)?\s*){2,})/g;
  for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
    const listFrom = m.index + m[0].indexOf(m[1] ?? '');
    const values = [...(m[1] ?? '').matchAll(/\d+(?:[.,]\d+)?/g)];
    const clauseFrom = Math.max(folded.lastIndexOf(';', m.index), folded.lastIndexOf('.', m.index), 0);
    const levels = [...folded.slice(clauseFrom, m.index).matchAll(/\b(?:cap\s+)?(tinh|huyen|xa)\b(?! hoi)/g)].map((l) => LEVEL[l[1] ?? '']);
    if (levels.length < values.length) continue;
    const lead = text.slice(clauseFrom, m.index).toLowerCase().replace(/\s*(?:đạt\s+)?(?:tỷ|tỉ) lệ\s*$/, ' ');
    const cue = CUES.find(([p]) => p.test(lead.replace(/\s+$/, ' ')));
    const comparator = cue?.[1] ?? '>=';
    const subject = shorten(stripCues(text.slice(clauseFrom, m.index).replace(/^[;.\s]+/, '')), 'end');
    const usedLevels = levels.slice(-values.length);
    values.forEach((v, i) => {
      const at = listFrom + (v.index ?? 0);
      consumed.add(at);
      const value = parseVietnameseNumber(v[0]).value;
      if (value === null) return;
      const to = at + v[0].length + 1;
      hits.push({ from: at, to, draft: { text: text.slice(at, to), comparator, value, unit: '%', level: usedLevels[i] ?? null, subject } });
    });
  }
  return hits;
}

const LEVEL: Record<string, PlanLevel> = { tinh: 'province', huyen: 'district', xa: 'commune' };

/** "cấp tỉnh 95%", "huyện 80%", or the nearest "cấp …" earlier in the same clause. */
function levelBefore(folded: string, at: number): PlanLevel | null {
  const clause = folded.slice(clauseStart(folded, at), at);
  const prefixed = /(?:^|[\s,;:])(?:cap\s+)?(tinh|huyen|xa)\s*:?\s*$/.exec(clause);
  if (prefixed) return LEVEL[prefixed[1] ?? ''] ?? null;
  const named = [...clause.matchAll(/\bcap\s+(tinh|huyen|xa)\b/g)].at(-1);
  return named ? (LEVEL[named[1] ?? ''] ?? null) : null;
}

/** Several targets in one list share the subject written before the list ("theo tỉ lệ: cấp tỉnh 95%; cấp huyện 90%"). */
function shareListSubjects(hits: Hit[]): void {
  for (let i = 1; i < hits.length; i++) {
    const previous = hits[i - 1]!;
    const current = hits[i]!;
    if (current.draft.level !== null && previous.draft.level !== null && isLevelOnly(current.draft.subject)) {
      current.draft.subject = previous.draft.subject;
    }
  }
}

function isLevelOnly(subject: string): boolean {
  return /^(?:(?:cấp\s+)?(?:tỉnh|huyện|xã)\s*)?$/i.test(subject.trim());
}

/**
 * What is measured: the clause before the target ("Tỷ lệ hồ sơ … đạt tối thiểu 50%"), or the words
 * after it when the target opens the clause ("100% TTHC …") or counts something ("03 sáng kiến").
 */
function subjectAround(text: string, folded: string, from: number, to: number, preferAfter: boolean): string {
  let end = from;
  const levelPrefix = /(?:^|[\s,;:])((?:cap\s+)?(?:tinh|huyen|xa)\s*:?\s*)$/.exec(folded.slice(0, from));
  if (levelPrefix) {
    end -= levelPrefix[1]?.length ?? 0;
    for (let pair = LEVEL_PAIR.exec(folded.slice(0, end)); pair; pair = LEVEL_PAIR.exec(folded.slice(0, end))) {
      end = pair.index + (/^[\s,;:]/.test(pair[0]) ? 1 : 0);
    }
    end = folded.slice(0, end).replace(/[\s:]+$/, '').length;
  } else {
    end = folded.slice(0, end).trimEnd().length;
  }
  const start = clauseStart(folded, end);
  const beforeText = stripCues(text.slice(start, end));
  const afterText = text.slice(to, nextBoundary(folded, to)).trim();
  const useBefore = levelPrefix || (preferAfter ? wordCount(afterText) < 2 : wordCount(beforeText) >= 2) || afterText === '';
  if (useBefore && beforeText !== '') return shorten(beforeText, 'end');
  return shorten(afterText, 'start');
}

function stripCues(text: string): string {
  const lower = text.toLowerCase();
  const bullet = /^[\s\-–•+*]*/.exec(lower)?.[0].length ?? 0;
  const filler = LEADING_FILLER.exec(lower.slice(bullet));
  const from = bullet + (filler ? filler[0].length : 0);
  const cue = TRAILING_CUE.exec(lower.slice(from));
  return text.slice(from, cue ? from + cue.index : text.length).trim();
}

function clauseStart(folded: string, at: number): number {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(folded); m !== null && m.index < at; m = BOUNDARY.exec(folded)) start = m.index + m[0].length;
  return start;
}

function nextBoundary(folded: string, at: number): number {
  BOUNDARY.lastIndex = at;
  const m = BOUNDARY.exec(folded);
  return m ? m.index : folded.length;
}

const MAX_SUBJECT_WORDS = 20;

function shorten(text: string, keep: 'start' | 'end'): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= MAX_SUBJECT_WORDS) return words.join(' ');
  return keep === 'start' ? `${words.slice(0, MAX_SUBJECT_WORDS).join(' ')} …` : `… ${words.slice(-MAX_SUBJECT_WORDS).join(' ')}`;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
