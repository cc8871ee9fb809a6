/**
 * The "Thời gian (hoàn thành)" cell of a plan line, read into dates.
 *
 * - `due` is the date named; a quarter or a month ends on its last day.
 * - A cell listing several periods ("Quý II, III/2025") is 'multi', one part per period,
 *   start/due spanning them; one deadline per level ("- UBND tỉnh: trước ngày 25/12/2024 -
 *   Sở, huyện: …") is 'per_level', one part per level, due = the last of them.
 * - "Thường xuyên", "Hàng quý", "Định kỳ" are 'continuous': the work runs all through the plan
 *   year, so start/due are the plan year's first and last day (the year-end report is where
 *   it is accounted for); a year written in the cell wins.
 * - "Theo Kế hoạch được phê duyệt", "Sau khi … công bố" are 'event': no date until it happens.
 * - A missing year ("15/7", "Quý IV") is the year written elsewhere in the same part, else the plan year.
 * - Several due dates for the same units ("báo cáo 6 tháng trước ngày 07/6, báo cáo năm trước ngày 07/11",
 *   "Quý II và Quý IV", "trước 30/6 (sơ kết), trước 15/12 (tổng kết)") are also `milestones`, each with
 *   a label read from the words around it; a span of a whole year ("Cả năm 2025") is not a milestone.
 * Never throws: anything not understood is 'unknown' with the text kept and a warning.
 */
import { cleanCell, foldSameLength, trimPunctuation } from './text.js';
import { levelsIn } from './levels.js';
import { findTimeExpressions, type TimeSpan } from './time-expressions.js';
import type { Deadline, DeadlineKind, DeadlineMilestone, DeadlinePart, PlanLevel, PlanWarning } from './types.js';
import { yearRange } from './calendar.js';

export interface DeadlineContext {
  /** The plan year: fills in a missing year. */
  year: number;
}

const CONTINUOUS =
  /\b(?:thuong xuyen|lien tuc|hang (?:ngay|tuan|thang|quy|nam|ky)|moi (?:tuan|thang|quy|nam)|dinh ky)\b/;
const EVENT =
  /^(?:theo|can cu|tuy theo|tuy thuoc|khi|sau khi|ngay sau khi|ngay khi)\b|\b(?:sau khi|can cu vao|khi co|khi duoc|ngay khi|theo yeu cau|theo chi dao)\b|^(?:dot xuat|khi can thiet)$/;

/** A part with the words that name it, kept while reading; the plan file stores them as milestones. */
interface LabelledPart extends DeadlinePart {
  label: string | null;
}

interface Item {
  text: string;
  levels: PlanLevel[];
  parts: LabelledPart[];
  kind: DeadlineKind;
}

/** A bracket note right after a date ("30/6 (sơ kết)"): the milestone's name, at its place in the item. */
interface Note {
  at: number;
  text: string;
}

export function parseDeadline(text: string, context: DeadlineContext): Deadline {
  try {
    return readDeadline(text, context);
  } catch {
    return unknownDeadline(text, `Không đọc được thời gian "${text.trim()}"; cần nhập hạn hoàn thành bằng tay.`);
  }
}

function readDeadline(text: string, context: DeadlineContext): Deadline {
  const cleaned = cleanCell(text);
  if (trimPunctuation(cleaned) === '') {
    return unknownDeadline(text, 'Ô thời gian để trống; cần nhập hạn hoàn thành.');
  }
  const notes: string[] = [];
  const items = splitItems(cleaned, notes).map((marked) => {
    const { text: item, notes: itemNotes } = takeNotes(marked, notes);
    return readItem(item, context, itemNotes);
  });
  const placed: Item[] = [];
  const unplaced: string[] = [];
  let heading: string | null = null;
  for (const read of items) {
    // "- Kế hoạch: trước 29/01 đối với …; trước 10/02 đối với …": the heading names the dates after it too.
    heading = headingOf(read.text) ?? heading;
    const item = heading ? { ...read, parts: read.parts.map((p) => ({ ...p, label: p.label ?? heading })) } : read;
    const previous = placed[placed.length - 1];
    if (item.kind !== 'unknown') placed.push(item);
    else if (previous && item.levels.length > 0 && previous.levels.length > 0 && !item.text.includes(':')) {
      // "…; UBND cấp huyện." continues the list of levels the previous date applies to.
      placed.push({
        ...previous,
        text: `${previous.text}; ${item.text}`,
        levels: item.levels,
        parts: relevel(previous.parts, item.levels),
      });
    } else unplaced.push(item.text);
  }
  if (placed.length === 0) {
    return unknownDeadline(text, `Không hiểu được thời gian "${cleaned}"; cần nhập hạn hoàn thành bằng tay.`);
  }
  const warnings: PlanWarning[] = unplaced.map((part) => ({
    code: 'low_confidence',
    field: 'deadline',
    message: `Một phần của ô thời gian không hiểu được và đã bỏ qua: "${part}".`,
  }));
  const labelled = placed.flatMap((item) => item.parts);
  const parts = labelled.map(({ label: _label, ...part }) => part);
  const kind = placed.length === 1 ? (placed[0]?.kind ?? 'unknown') : combinedKind(placed);
  const { start, due } = span(parts, kind);
  const milestones = milestonesOf(labelled, kind);
  return { text: text.trim(), kind, start, due, parts, ...(milestones.length ? { milestones } : {}), warnings };
}

/**
 * The due dates a unit works to, when there are two or more: a date or a period shorter than a year, each
 * due date once per level (the first label wins). A per-level cell gives a level its own dates plus those
 * written for every level; a level with a single date has no milestones.
 */
function milestonesOf(parts: LabelledPart[], kind: DeadlineKind): DeadlineMilestone[] {
  const dated = parts.filter(
    (p): p is LabelledPart & { due: string } =>
      p.due !== null && (p.kind === 'date' || (p.kind === 'period' && !isWholeYears(p.start, p.due))),
  );
  const levels = kind === 'per_level' ? [...new Set(dated.map((p) => p.level))] : [null];
  const milestones: DeadlineMilestone[] = [];
  for (const level of levels) {
    const own = dated.filter((p) => kind !== 'per_level' || p.level === level || p.level === null);
    const byDue = new Map<string, LabelledPart & { due: string }>();
    for (const part of own) if (!byDue.has(part.due)) byDue.set(part.due, part);
    if (byDue.size < 2) continue;
    for (const part of [...byDue.values()].sort((a, b) => a.due.localeCompare(b.due)))
      milestones.push({ label: milestoneLabel(part), level: kind === 'per_level' ? level : null, due: part.due });
  }
  return milestones;
}

function isWholeYears(start: string | null, due: string): boolean {
  return start !== null && start.endsWith('-01-01') && due.endsWith('-12-31');
}

function milestoneLabel(part: LabelledPart & { due: string }): string {
  const label = part.label ?? (part.text.length <= 40 ? part.text : null);
  if (label) return label.charAt(0).toUpperCase() + label.slice(1);
  const [y, m, d] = part.due.split('-');
  return `Hạn ${d}/${m}/${y}`;
}

/** Split on bullets, ";" and sentence ends: each piece is one deadline, maybe with a level label. */
function splitItems(cleaned: string, notes: string[]): string[] {
  // Notes in brackets without a digit ("(đối với tuyển dụng …)") say nothing about dates; one right after a
  // date ("30/6 (sơ kết)") names it, and is kept aside under a marker for the milestone's label.
  const withoutNotes = cleaned.replace(/\([^()\d]*\)/g, (note, offset: number) => {
    const inner = note.slice(1, -1).trim();
    if (!/\d\s*$/.test(cleaned.slice(0, offset)) || inner.length === 0 || inner.length > 40) return ' ';
    notes.push(inner);
    return ` ${NOTE_OPEN}${notes.length - 1}${NOTE_CLOSE}`;
  });
  return withoutNotes
    .replace(/\n(?=\s*\d)/g, ' ') // a date wrapped onto the next line belongs to the line before
    .split(/\n|;|(?<=[^\d\s])\.\s+|(?:^|\s)[-–•+](?=\s*[^\d\s])(?!\s*(?:i{1,3}|iv)\b|\s*(?:quý|quy|tháng|thang)\s)/i)
    .map((piece) => trimPunctuation(piece ?? ''))
    .filter((piece) => piece !== '');
}

const NOTE_OPEN = '\u27e6';
const NOTE_CLOSE = '\u27e7';
const NOTE_MARK = new RegExp(`\\s?${NOTE_OPEN}(\\d+)${NOTE_CLOSE}`, 'g');

/** The item without its note markers (as it read before notes were kept), and where each note was. */
function takeNotes(marked: string, notes: string[]): { text: string; notes: Note[] } {
  const found: Note[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(NOTE_MARK)) {
    text += marked.slice(last, m.index);
    found.push({ at: text.length, text: notes[Number(m[1])] ?? '' });
    text += m[0].startsWith(' ') ? ' ' : '';
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  const trimmed = trimPunctuation(text);
  const lead = Math.max(0, text.indexOf(trimmed));
  return { text: trimmed, notes: found.map((n) => ({ ...n, at: n.at - lead })) };
}

/** "Kế hoạch: …", "Báo cáo: …": a report or plan noun before a colon. */
function headingOf(itemText: string): string | null {
  const colon = itemText.indexOf(':');
  if (colon < 0 || colon > 30) return null;
  const head = trimPunctuation(itemText.slice(0, colon));
  return /^(?:bao cao|ke hoach|so ket|tong ket)\b/.test(foldSameLength(head)) ? head : null;
}

/** Time words between a label and its date ("trước ngày", "(hoàn thành", "chậm nhất vào"). */
const TRAILING_TIME_WORDS =
  /(?:[\s(,:–-]|\b(?:hoan thanh|cham nhat|truoc|sau|vao|trong|ngay|den|han|la|thoi han|thoi gian|tu|va|hoac)\b)*$/;
const LABEL_KEYWORD = /\b(?:bao cao|ke hoach|so ket|tong ket|danh gia|tu danh gia|hoan thanh|trien khai|to chuc)\b/g;

/**
 * The words that name the date at [from, to) of an item: a bracket note right after it, else the words
 * since the previous date or separator without the time words ("báo cáo năm (trước ngày 07/11)" gives
 * "báo cáo năm"); a long phrase keeps its last report or plan noun ("Đối với các cơ quan … báo cáo 6 tháng").
 */
function labelAt(itemText: string, folded: string, notes: Note[], previousEnd: number, from: number, to: number) {
  const note = notes.find((n) => n.at >= to && folded.slice(to, n.at).trim() === '');
  if (note) return note.text;
  const segment = folded.slice(previousEnd, from);
  const trimmedEnd = segment.replace(TRAILING_TIME_WORDS, '').length;
  const head = segment.slice(0, trimmedEnd);
  const separator = Math.max(...[',', ';', ':', '(', ')', '\n'].map((c) => head.lastIndexOf(c)));
  let start = separator + 1;
  const words = head.slice(start);
  if (/^\s*doi voi\b/.test(words) || words.trim().length > 40) {
    const keywords = [...words.matchAll(LABEL_KEYWORD)];
    const lastKeyword = keywords.at(-1);
    if (!lastKeyword) return null;
    start += lastKeyword.index;
  }
  // "và báo cáo năm": the joining word is not part of the name.
  const joiner = /^\s*(?:va|hoac)\s+/.exec(folded.slice(previousEnd + start, previousEnd + trimmedEnd));
  if (joiner) start += joiner[0].length;
  const label = trimPunctuation(itemText.slice(previousEnd + start, previousEnd + trimmedEnd));
  return label.length >= 2 && label.length <= 60 && !/^\d+$/.test(label) ? label : null;
}

function readItem(itemText: string, context: DeadlineContext, notes: Note[] = []): Item {
  const folded = foldSameLength(itemText);
  const expressions = findTimeExpressions(folded);
  const levels = levelsIn(labelOf(folded, expressions));
  const isEvent = EVENT.test(folded.trim()) || EVENT.test(afterLabel(folded));
  const dated = expressions.filter((e) => !isYearOnly(folded, e));
  const chosen = isEvent ? dated : expressions;
  const level = levels.length === 1 ? (levels[0] ?? null) : null;

  const onlyYears = chosen.every((e) => isYearOnly(folded, e));
  if (chosen.length <= 1 && onlyYears && CONTINUOUS.test(folded)) {
    // "Thường xuyên trong năm 2024": all through that year.
    const bounds = yearRange(chosen[0]?.year ?? context.year);
    return single(itemText, levels, 'continuous', bounds.start, bounds.due);
  }
  if (chosen.length === 0) {
    const named = levelsIn(folded);
    if (isEvent) return single(itemText, levels, 'event', null, null);
    if (/\bdot xuat\b/.test(folded)) {
      const bounds = yearRange(expressions[0]?.year ?? context.year);
      return single(itemText, levels, 'continuous', bounds.start, bounds.due);
    }
    return { text: itemText, levels: named, parts: [], kind: 'unknown' };
  }

  const spans: { text: string; span: TimeSpan; label: string | null }[] = [];
  chosen.forEach((expression, index) => {
    const year = expression.year ?? followingYear(chosen, index) ?? precedingYear(chosen, index) ?? context.year;
    const named = labelAt(itemText, folded, notes, chosen[index - 1]?.to ?? 0, expression.from, expression.to);
    const listed = expression.spans(year);
    for (const span of listed) {
      // One label for a list ("Quý II, III") would name only its first item: each keeps its own name.
      const label = listed.length > 1 ? (span?.text ?? null) : named;
      if (span) spans.push({ text: span.text ?? itemText.slice(expression.from, expression.to), span, label });
    }
  });
  if (spans.length === 0) return { text: itemText, levels, parts: [], kind: 'unknown' };
  if (spans.length === 1) {
    const only = spans[0]!;
    return single(itemText, levels, only.span.kind, only.span.start, only.span.due, only.label);
  }
  const parts = spans.map(({ text, span, label }) => ({
    level,
    text,
    kind: span.kind,
    start: span.start,
    due: span.due,
    label,
  }));
  return { text: itemText, levels, parts: relevel(parts, levels), kind: 'multi' };
}

function single(
  text: string,
  levels: PlanLevel[],
  kind: DeadlineKind,
  start: string | null,
  due: string | null,
  label: string | null = null,
): Item {
  return { text, levels, kind, parts: relevel([{ level: null, text, kind, start, due, label }], levels) };
}

/** One copy of each part per level named ("Sở, huyện: …" gives a department and a district part). */
function relevel(parts: LabelledPart[], levels: PlanLevel[]): LabelledPart[] {
  if (levels.length === 0) return parts;
  return levels.flatMap((level) => parts.map((part) => ({ ...part, level })));
}

function combinedKind(items: Item[]): DeadlineKind {
  if (items.some((item) => item.levels.length > 0) && new Set(items.map((i) => i.levels.join())).size > 1)
    return 'per_level';
  const kinds = new Set(items.map((item) => item.kind));
  if (kinds.size === 1 && (kinds.has('event') || kinds.has('continuous'))) return [...kinds][0] ?? 'multi';
  return 'multi';
}

function span(parts: DeadlinePart[], kind: DeadlineKind): { start: string | null; due: string | null } {
  if (kind === 'event') return { start: null, due: null };
  const starts = parts.map((p) => p.start).filter((d): d is string => d !== null);
  const dues = parts.map((p) => p.due).filter((d): d is string => d !== null);
  if (kind === 'per_level') return { start: null, due: dues.sort().at(-1) ?? null };
  return { start: starts.sort()[0] ?? null, due: dues.sort().at(-1) ?? null };
}

/** The text after a "label:" so that "Đối với báo cáo: Căn cứ vào …" is read as an event. */
function afterLabel(folded: string): string {
  const colon = folded.indexOf(':');
  return colon < 0 ? '' : folded.slice(colon + 1).trim();
}

/** In an event ("Căn cứ vào KH của UBND tỉnh năm 2025") a year names a document, not a deadline. */
function isYearOnly(folded: string, expression: { from: number; to: number }): boolean {
  return /^(?:ca |trong |suot |het |den |den het )?(?:nam|giai doan)\b|^\d{4}/.test(
    folded.slice(expression.from, expression.to),
  );
}

/**
 * The words that say whom a deadline is for: before a colon ("Sở, huyện: trước …") or after
 * "đối với" ("trước ngày 10/12/2025 đối với báo cáo của UBND tỉnh"). Elsewhere "tỉnh" or "số"
 * are just words of the sentence.
 */
function labelOf(folded: string, expressions: { from: number; to: number }[]): string {
  const firstExpression = expressions[0]?.from ?? folded.length;
  const colon = folded.indexOf(':');
  const labelEnd = colon >= 0 && colon < firstExpression ? colon : 0;
  const forWhom = /\bdoi voi\b/g;
  forWhom.lastIndex = labelEnd;
  const found = forWhom.exec(folded);
  if (!found) return folded.slice(0, labelEnd);
  const end = expressions.find((e) => e.from > found.index)?.from ?? folded.length;
  return `${folded.slice(0, labelEnd)} ${folded.slice(found.index, end)}`;
}

function followingYear(expressions: { year: number | null }[], index: number): number | null {
  for (let i = index + 1; i < expressions.length; i++) {
    const year = expressions[i]?.year;
    if (year != null) return year;
  }
  return null;
}

function precedingYear(expressions: { year: number | null }[], index: number): number | null {
  for (let i = index - 1; i >= 0; i--) {
    const year = expressions[i]?.year;
    if (year != null) return year;
  }
  return null;
}

function unknownDeadline(text: string, message: string): Deadline {
  return {
    text: text.trim(),
    kind: 'unknown',
    start: null,
    due: null,
    parts: [],
    warnings: [{ code: 'unknown_deadline', field: 'deadline', message }],
  };
}
