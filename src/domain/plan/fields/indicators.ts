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
import { clauseStart, shorten, stripCues, subjectAround, type SubjectSpan } from './indicator-subject.js';
import { parseVietnameseNumber } from '../../text/numbers.js';
import { levelAfter, levelEndingAt, levelPhrases, onlyLevel, type LevelPhrase } from './target-levels.js';
import type { Comparator, IndicatorDraft, PlanLevel } from './types.js';

const NUMBER = /(?<![\d/.,\p{L}])(\d+(?:[.,]\d+)*)(\s*%)?/gu;

/*
 * Cue words are matched on the lower-cased text with its diacritics: folded, "từ" (from) would
 * be "tử" and "tư", "có" (has) would be "cơ". `^|\s` stands for a word start (\b is ASCII only).
 */
const W = String.raw`(?:^|[\s,;:(])`;
/** Words just before a number and the comparator they give; first match wins. */
const CUES: [RegExp, Comparator][] = [
  // "đạt điểm tối đa theo thang điểm đánh giá (9,5 điểm)": the full score is the target.
  [new RegExp(`${W}(?:đạt\\s+)?điểm tối đa(?:\\s+theo thang điểm(?:\\s+đánh giá)?)?\\s*\\(\\s*$`), '>='],
  [new RegExp(`${W}(?:không dưới|không thấp hơn|không ít hơn)\\s*(?:mức\\s*)?$`), '>='],
  [
    new RegExp(
      `${W}(?:không quá|không vượt quá|tối đa|giảm xuống còn|xuống còn|không cao hơn|không nhiều hơn)\\s*(?:là\\s*|ở mức\\s*)?$`,
    ),
    '<=',
  ],
  [new RegExp(`${W}(?:tối thiểu|ít nhất)(?:\\s+(?:là|có|từ|đạt|tại|bằng|ở mức))*\\s*$`), '>='],
  [new RegExp(`${W}(?:trên|hơn|vượt|cao hơn|nhiều hơn)\\s*$`), '>'],
  [new RegExp(`${W}(?:dưới|thấp hơn|ít hơn)\\s*$`), '<'],
  [new RegExp(`${W}(?:từ|đạt từ)\\s*$`), '>='],
  [new RegExp(`${W}bằng\\s*$`), '='],
  [
    new RegExp(
      `${W}(?:đạt|đảm bảo|bảo đảm|hoàn thành|giảm|tăng|có|mỗi năm|hàng năm|hằng năm|duy trì|thực hiện|xử lý)(?:\\s+(?:tỷ lệ|tỉ lệ|mức))?\\s*$`,
    ),
    '>=',
  ],
];
/** Cues that alone make a bare count a target. */
const COUNT_CUE = new RegExp(
  `${W}(?:tối thiểu|ít nhất|không dưới|không quá|tối đa|trên|dưới|từ|đạt|giảm|tăng|mỗi năm|hàng năm|có|hơn|bằng|duy trì)(?=\\s|$)`,
);
const EVERY_YEAR = new RegExp(`${W}(?:mỗi|hàng|hằng) năm\\s*$`);
const NOT_A_QUANTITY = new RegExp(
  `${W}(?:số|năm|ngày|tháng|quý|điều|khoản|mục|phụ lục|giai đoạn|khóa|khoá|chương|lần thứ|thứ|nghị định|quyết định|thông tư|nghị quyết|chỉ thị|kế hoạch|công văn|luật|văn bản|báo cáo|tờ trình|phiên|đợt|kỳ|tuần|giờ|phút)\\s*$`,
);
const UNITS = [
  'cuộc đối thoại',
  'cuộc kiểm tra',
  'cuộc thanh tra',
  'cuộc',
  'đối thoại',
  'sáng kiến',
  'giải pháp',
  'mô hình',
  'chỉ tiêu biên chế',
  'biên chế',
  'lần',
  'điểm',
  'thủ tục hành chính',
  'TTHC',
  'hồ sơ',
  'đơn vị',
  'cơ quan',
  'lớp',
  'hội nghị',
  'người',
  'lượt',
  'doanh nghiệp',
  'văn bản',
  'dịch vụ công',
  'dịch vụ',
  'bậc',
  'tin bài',
  'tin, bài',
  'bài',
  'buổi',
  'chuyên đề',
  'đề án',
  'dự án',
  'nhiệm vụ',
  'công chức',
  'viên chức',
  'cán bộ',
  'tài khoản',
  'phòng',
  'xã',
  'sở',
  'tỷ đồng',
  'triệu đồng',
  'bản',
  'cuốn',
  'trang',
  'chương trình',
  'kế hoạch',
  'báo cáo',
  'hệ thống',
  'cơ sở dữ liệu',
  'nền tảng',
  'ứng dụng',
  'phần mềm',
  'thiết bị',
  'máy',
  'điểm cầu',
  'đoàn',
  'tổ chức',
  'học viên',
].map((unit) => ({ unit, folded: foldSameLength(unit) }));
const PAST_RESULT = /\b(?:ket qua nam|nam 20\d\d,? (?:dat|xep)|xep (?:thu|vi tri|hang))\b/;
const TARGET_WORDS = /\b(?:muc tieu|phan dau|dam bao|it nhat|toi thieu|tro len|chi tieu|khong qua)\b/;
/** "giảm 88 chỉ tiêu biên chế, tương ứng với 05% số giao": the same target restated as a share. */
const RESTATED = /(?:^|\s)tương ứng(?:\s+(?:với|là))?\s*$/;
/** "… và 1.607 chỉ tiêu biên chế", "…, 50% TTHC": one more item of the list the previous target opened. */
const LIST_ITEM = /(?:^|\S)\s*(?:,|\svà)\s*$/;
/** "điểm tự đánh giá đạt 6,14 điểm (tối đa 6,5 điểm)": the scale's maximum, not a target. */
const SCALE_MAXIMUM = /\(\s*$/;
const NEXT_RATE = /(?<![\d/.,\p{L}])\d+(?:[.,]\d+)*\s*%/gu;
const PREPOSITION_BEFORE_LEVEL = /\s*(?:tại|ở|của|thuộc|do|trong|đối với)\s*$/i;

interface Hit {
  from: number;
  to: number;
  draft: IndicatorDraft;
  /** Where the words read for this target end: the next target's own words start after. */
  claimedTo: number;
  verb: 'giam' | 'tang' | null;
  /** "100% hồ sơ công việc tại cấp tỉnh, 95% … tại cấp huyện … được xử lý": the words around the level. */
  levelAfter: { stem: string; rest: string } | null;
}

export function extractIndicators(sentence: string): IndicatorDraft[] {
  const text = cleanCell(sentence).replace(/\n/g, ' - ');
  const folded = foldSameLength(text);
  const consumed = new Set<number>();
  const hits: Hit[] = [...respectively(text, folded, consumed)];

  let floor = 0;
  let previous: Hit | null = null;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(folded); m !== null; m = NUMBER.exec(folded)) {
    if (consumed.has(m.index)) {
      floor = Math.max(floor, m.index + m[0].length);
      continue;
    }
    const hit = readNumber(text, folded, m, consumed, floor, previous);
    if (!hit) continue;
    hits.push(hit);
    previous = hit;
    floor = Math.max(floor, hit.claimedTo);
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, hit.to);
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

function readNumber(
  text: string,
  folded: string,
  m: RegExpExecArray,
  consumed: Set<number>,
  floor: number,
  previous: Hit | null,
): Hit | null {
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
    const outOf = /^\s*\/\s*\d+/.exec(after);
    return hit(
      text,
      folded,
      { from, to: end + (outOf?.[0].length ?? 0), floor, kind: 'rate' },
      { comparator: '<=', value, unit: 'thứ hạng', level: null },
    );
  }
  // Dates, fractions such as 39/63, legal references (30/2020/NĐ-CP, 01-NQ/TU) are not quantities.
  const score = /^\s*\/\s*\d+(?:[.,]\d+)?\s*diem\b/.exec(after);
  if (!isPercent && !score && /^\s*[/-]\s*[\da-z]/.test(after)) return null;
  if (/^\d/.test(after)) return null;
  if (NOT_A_QUANTITY.test(lowerBefore) && !EVERY_YEAR.test(lowerBefore)) return null;
  const value = parseVietnameseNumber(numberText).value;
  if (value === null) return null;
  if (!isPercent && value >= 1900 && value <= 2100 && Number.isInteger(value)) return null;
  if (isPercent && RESTATED.test(lowerBefore) && previous !== null && previous.draft.unit !== '%') return null;

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
  // Without a cue of its own, an item of a list ("giảm 10% … và 5% …") reads like the item before it.
  const listItem =
    comparator === null && previous !== null && LIST_ITEM.test(lowerBefore) && sameClause(folded, previous.to, start);
  if (listItem) comparator = previous.draft.comparator;
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
    const known = score
      ? { unit: 'điểm', folded: 'diem' }
      : UNITS.find((u) => new RegExp(`^\\s*${escape(u.folded)}(?![\\p{L}])`, 'u').test(rest));
    if (known) {
      unit = known.unit;
      end += rest.indexOf(known.folded) + known.folded.length;
    } else if (comparator && (isRange || /^(?:toi thieu|it nhat|khong|toi da)/.test(folded.slice(cueFrom)))) {
      unit = 'count';
    } else return null;
    if (unit === 'điểm' && /^toi da/.test(folded.slice(cueFrom)) && SCALE_MAXIMUM.test(folded.slice(0, cueFrom)))
      return null;
    const counted =
      isRange ||
      COUNT_CUE.test(text.slice(cueFrom, start).toLowerCase()) ||
      (listItem && previous?.draft.unit === unit);
    if (!counted) return null;
    if (/\(\s*$/.test(folded.slice(cueFrom, start)) && /^\s*\)/.test(folded.slice(end)))
      end = folded.indexOf(')', end) + 1;
  }
  const trailing = /^\s*tro (?:len|xuong)/.exec(folded.slice(end));
  if (trailing) {
    comparator = trailing[0].includes('len') ? (comparator === '>' ? '>' : '>=') : '<=';
    end += trailing[0].length;
  }
  const kind = unit === 'lần' ? 'frequency' : unit === 'điểm' ? 'score' : unit === '%' ? 'rate' : 'count';
  const inherited = listItem ? (previous?.verb ?? null) : null;
  return hit(
    text,
    folded,
    { from: cueFrom, to: end, subjectFrom: isPercent ? end : unitFrom, floor, kind, verb: inherited },
    { comparator: comparator ?? '>=', value, unit, level: null },
  );
}

interface HitSpan {
  from: number;
  to: number;
  /** Where a subject written after the target starts (a count's noun belongs to it). */
  subjectFrom?: number;
  floor: number;
  kind: SubjectSpan['kind'];
  /** A verb carried over from the list's first item ("giảm 10% … và 5% …"). */
  verb?: 'giam' | 'tang' | null;
}

function hit(text: string, folded: string, span: HitSpan, d: Omit<IndicatorDraft, 'text' | 'subject'>): Hit {
  const { from, to, floor } = span;
  const subjectFrom = span.subjectFrom ?? to;
  const own = /^(giam|tang)\b/.exec(folded.slice(from))?.[1] as 'giam' | 'tang' | undefined;
  const verb = own ?? span.verb ?? null;
  const limit = nextRate(folded, to);
  const level = levelOf(folded, from, subjectFrom, floor, limit);
  // What is reduced or increased is written after the number.
  const kind = verb && span.kind === 'rate' ? 'count' : span.kind;
  const levelPrefixFrom = level?.where === 'prefix' ? level.from : null;
  const found = subjectAround(text, folded, { from, to: subjectFrom, floor, limit, kind, levelPrefixFrom });
  let subject = found.subject;
  if (verb && !foldSameLength(subject).startsWith(verb))
    subject = `${verb === 'giam' ? 'Giảm' : 'Tăng'} ${subject}`.trim();

  const draft: IndicatorDraft = { text: text.slice(from, to).trim(), subject, ...d, level: level?.level ?? null };
  let claimedTo = Math.max(to, found.afterEnd);
  let levelAfter: Hit['levelAfter'] = null;
  if (level?.where === 'after') {
    claimedTo = Math.max(claimedTo, level.to);
    const stem = text.slice(subjectFrom, level.from).replace(PREPOSITION_BEFORE_LEVEL, '').trim();
    const rest = text
      .slice(level.to, found.afterEnd)
      .trim()
      .replace(/\s*(?:,|và|hoặc)$/, '');
    levelAfter = { stem, rest };
  }
  return { from, to, draft, claimedTo, verb, levelAfter };
}

/**
 * The level a target is set for: named right before its number ("cấp tỉnh 95%"), else the only
 * level named earlier in its clause ("… của cấp huyện đạt tối thiểu 20%"), else the only level
 * named with what is counted ("95% hồ sơ công việc tại cấp huyện").
 */
function levelOf(
  folded: string,
  from: number,
  numberEnd: number,
  floor: number,
  limit: number,
): (LevelPhrase & { where: 'prefix' | 'before' | 'after' }) | null {
  const named = levelPhrases(folded, Math.max(clauseStart(folded, from), floor), from);
  const level = onlyLevel(named);
  const prefix = levelEndingAt(folded, from);
  // "… tại các cơ quan chuyên môn thuộc UBND tỉnh và UBND cấp huyện đạt 30%" names two levels: none.
  if (prefix && prefix.from >= floor && (named.length === 0 || level === prefix.level))
    return { ...prefix, where: 'prefix' };
  if (level) return { level, from: named[0]?.from ?? from, to: named.at(-1)?.to ?? from, where: 'before' };
  if (named.length > 0) return null;
  const after = levelAfter(folded, numberEnd, limit);
  return after ? { ...after, where: 'after' } : null;
}

function nextRate(folded: string, at: number): number {
  NEXT_RATE.lastIndex = at;
  const m = NEXT_RATE.exec(folded);
  return m ? m.index : folded.length;
}

function sameClause(folded: string, from: number, to: number): boolean {
  return !/[;.\n]/.test(folded.slice(from, to));
}

/** "… UBND tỉnh, UBND cấp huyện, UBND cấp xã đạt tỷ lệ tối thiểu tương ứng là 100%, 100%, 95%". */
function respectively(text: string, folded: string, consumed: Set<number>): Hit[] {
  const hits: Hit[] = [];
  const pattern = /\btuong ung(?:\s+(?:la|voi))?\s*:?\s*((?:\d+(?:[.,]\d+)?\s*%\s*(?:,|va|;)?\s*){2,})/g;
  for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
    const listFrom = m.index + m[0].indexOf(m[1] ?? '');
    const values = [...(m[1] ?? '').matchAll(/\d+(?:[.,]\d+)?/g)];
    const clauseFrom = Math.max(folded.lastIndexOf(';', m.index), folded.lastIndexOf('.', m.index), 0);
    const levels = [...folded.slice(clauseFrom, m.index).matchAll(/\b(?:cap\s+)?(tinh|huyen|xa)\b(?! hoi)/g)].map(
      (l) => LEVEL[l[1] ?? ''],
    );
    if (levels.length < values.length) continue;
    const lead = text
      .slice(clauseFrom, m.index)
      .toLowerCase()
      .replace(/\s*(?:đạt\s+)?(?:tỷ|tỉ) lệ\s*$/, ' ');
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
      const draft: IndicatorDraft = {
        text: text.slice(at, to),
        comparator,
        value,
        unit: '%',
        level: usedLevels[i] ?? null,
        subject,
      };
      hits.push({ from: at, to, draft, claimedTo: to, verb: null, levelAfter: null });
    });
  }
  return hits;
}

const LEVEL: Record<string, PlanLevel> = { tinh: 'province', huyen: 'district', xa: 'commune' };

/** Several targets in one list share the subject written before the list ("theo tỉ lệ: cấp tỉnh 95%; cấp huyện 90%"). */
function shareListSubjects(hits: Hit[]): void {
  for (let i = 1; i < hits.length; i++) {
    const previous = hits[i - 1]!;
    const current = hits[i]!;
    if (current.draft.level !== null && previous.draft.level !== null && isLevelOnly(current.draft.subject)) {
      current.draft.subject = previous.draft.subject;
    }
  }
  for (const run of levelAfterRuns(hits)) {
    const stem = run[0]?.levelAfter?.stem ?? '';
    const rest = run.at(-1)?.levelAfter?.rest ?? '';
    // "đạt 100% ở cấp sở, 90% ở cấp huyện": nothing counted after the numbers, the first one's subject holds.
    const subject = stem === '' ? (run[0]?.draft.subject ?? '') : shorten(`${stem} ${rest}`.trim(), 'start');
    for (const h of run) h.draft.subject = subject;
  }
}

/**
 * "100% hồ sơ công việc tại cấp tỉnh, 95% hồ sơ công việc tại cấp huyện và 80% hồ sơ công việc
 * tại cấp xã được xử lý trên hệ thống": consecutive targets that count the same thing at
 * different levels share one subject, the thing counted and what is said of it after the last level.
 */
function levelAfterRuns(hits: Hit[]): Hit[][] {
  const runs: Hit[][] = [];
  let run: Hit[] = [];
  const close = () => {
    if (run.length > 1 && new Set(run.map((h) => h.draft.level)).size === run.length) runs.push(run);
    run = [];
  };
  for (const h of hits) {
    const stem = h.levelAfter ? foldSameLength(h.levelAfter.stem) : null;
    const runStem = run[0]?.levelAfter ? foldSameLength(run[0].levelAfter.stem) : null;
    if (stem === null || (run.length > 0 && stem !== runStem)) close();
    if (stem !== null) run.push(h);
  }
  close();
  return runs;
}

function isLevelOnly(subject: string): boolean {
  return /^(?:(?:cấp\s+)?(?:tỉnh|huyện|xã)\s*)?$/i.test(subject.trim());
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
