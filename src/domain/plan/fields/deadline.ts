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
 * Never throws: anything not understood is 'unknown' with the text kept and a warning.
 */
import { cleanCell, foldSameLength, trimPunctuation } from './text.js';
import { levelsIn } from './levels.js';
import { findTimeExpressions, type TimeSpan } from './time-expressions.js';
import type { Deadline, DeadlineKind, DeadlinePart, PlanLevel, PlanWarning } from './types.js';
import { yearRange } from './calendar.js';

export interface DeadlineContext {
  /** The plan year: fills in a missing year. */
  year: number;
}

const CONTINUOUS =
  /\b(?:thuong xuyen|lien tuc|hang (?:ngay|tuan|thang|quy|nam|ky)|moi (?:tuan|thang|quy|nam)|dinh ky)\b/;
const EVENT =
  /^(?:theo|can cu|tuy theo|tuy thuoc|khi|sau khi|ngay sau khi|ngay khi)\b|\b(?:sau khi|can cu vao|khi co|khi duoc|ngay khi|theo yeu cau|theo chi dao)\b|^(?:dot xuat|khi can thiet)$/;

interface Item {
  text: string;
  levels: PlanLevel[];
  parts: DeadlinePart[];
  kind: DeadlineKind;
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
  const items = splitItems(cleaned).map((item) => readItem(item, context));
  const placed: Item[] = [];
  const unplaced: string[] = [];
  for (const item of items) {
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
  const parts = placed.flatMap((item) => item.parts);
  const kind = placed.length === 1 ? (placed[0]?.kind ?? 'unknown') : combinedKind(placed);
  const { start, due } = span(parts, kind);
  return { text: text.trim(), kind, start, due, parts, warnings };
}

/** Split on bullets, ";" and sentence ends: each piece is one deadline, maybe with a level label. */
function splitItems(cleaned: string): string[] {
  // Notes in brackets without a digit ("(đối với tuyển dụng …)") say nothing about dates.
  const withoutNotes = cleaned.replace(/\([^()\d]*\)/g, ' ');
  return withoutNotes
    .replace(/\n(?=\s*\d)/g, ' ') // a date wrapped onto the next line belongs to the line before
    .split(/\n|;|(?<=[^\d\s])\.\s+|(?:^|\s)[-–•+](?=\s*[^\d\s])(?!\s*(?:i{1,3}|iv)\b|\s*(?:quý|quy|tháng|thang)\s)/i)
    .map((piece) => trimPunctuation(piece ?? ''))
    .filter((piece) => piece !== '');
}

function readItem(itemText: string, context: DeadlineContext): Item {
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

  const spans: { text: string; span: TimeSpan }[] = [];
  chosen.forEach((expression, index) => {
    const year = expression.year ?? followingYear(chosen, index) ?? precedingYear(chosen, index) ?? context.year;
    for (const span of expression.spans(year)) {
      if (span) spans.push({ text: span.text ?? itemText.slice(expression.from, expression.to), span });
    }
  });
  if (spans.length === 0) return { text: itemText, levels, parts: [], kind: 'unknown' };
  if (spans.length === 1) {
    const only = spans[0]!;
    return single(itemText, levels, only.span.kind, only.span.start, only.span.due);
  }
  const parts = spans.map(({ text, span }) => ({ level, text, kind: span.kind, start: span.start, due: span.due }));
  return { text: itemText, levels, parts: relevel(parts, levels), kind: 'multi' };
}

function single(text: string, levels: PlanLevel[], kind: DeadlineKind, start: string | null, due: string | null): Item {
  return { text, levels, kind, parts: relevel([{ level: null, text, kind, start, due }], levels) };
}

/** One copy of each part per level named ("Sở, huyện: …" gives a department and a district part). */
function relevel(parts: DeadlinePart[], levels: PlanLevel[]): DeadlinePart[] {
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
