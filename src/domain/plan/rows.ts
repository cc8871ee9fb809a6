/**
 * What each appendix row is: an area title (I–VIII, or 1–8 where items are numbered 1.1, 1.2),
 * a group title (an objective or criterion printed once for the rows below it), or an
 * assignable row.
 */
import type { Appendix, LogicalRow } from './appendix.js';
import type { ColumnRole } from './columns.js';
import { itemNumber, numberToRoman, romanToNumber } from './text.js';

export type RowKind =
  | { kind: 'area'; code: string; title: string }
  | { kind: 'group'; number: string | null; title: string }
  | { kind: 'item'; number: string | null };

const ROMAN_TITLE = /^([IVXLC]+)(?:\s*[.:)\-–]\s*|\s+)(\S.*)$/su;
const TITLE_COLUMNS: ColumnRole[] = ['objective', 'task'];

function filledColumns(row: LogicalRow, roles: ColumnRole[]): ColumnRole[] {
  return row.cells.flatMap((cell, i) =>
    cell.text.trim() && !cell.merged && roles[i] !== 'number' ? [roles[i] ?? 'other'] : [],
  );
}

function isUpperTitle(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toLocaleUpperCase('vi');
}

/** Numbering style of the table: Roman areas with 1, 2, … items, or 1, 2, … areas with 1.1 items. */
export function numberingStyle(appendix: Appendix): 'roman' | 'dotted' | 'flat' {
  const numberCol = appendix.columns.roles.indexOf('number');
  let dotted = 0;
  for (const row of appendix.rows) {
    const text = (row.cells[numberCol] ?? row.cells[0])?.text.trim() ?? '';
    const roman = ROMAN_TITLE.exec(text)?.[1] ?? text;
    if (romanToNumber(roman)) return 'roman';
    if (/^\d+\.\d+/.test(text)) dotted++;
  }
  return dotted > 0 ? 'dotted' : 'flat';
}

export function classifyRow(
  row: LogicalRow,
  roles: ColumnRole[],
  style: 'roman' | 'dotted' | 'flat',
  nextAreaNumber: number,
): RowKind {
  const numberCol = roles.indexOf('number');
  const numberCell = numberCol >= 0 ? row.cells[numberCol] : undefined;
  const rawNumber =
    numberCell && !numberCell.merged ? numberCell.text.trim().replace(/^([IVXLC]+|\d[\d.]*)[.)]$/, '$1') : '';
  const filled = filledColumns(row, roles);
  const firstText = row.cells.find((c, i) => i !== numberCol && c.text.trim() && !c.merged)?.text.trim() ?? '';

  // "IV CẢI CÁCH TỔ CHỨC BỘ MÁY" written in the number cell, or "I" with the title beside it.
  const romanInNumber = ROMAN_TITLE.exec(rawNumber);
  if (romanInNumber && romanToNumber(romanInNumber[1] ?? '') && filled.length === 0) {
    return { kind: 'area', code: romanInNumber[1] ?? '', title: romanInNumber[2]?.trim() ?? '' };
  }
  if (romanToNumber(rawNumber) && filled.length <= 1) {
    return { kind: 'area', code: rawNumber, title: firstText };
  }
  if (!rawNumber && filled.length === 1) {
    const romanInTitle = ROMAN_TITLE.exec(firstText);
    const emphasised = isUpperTitle(romanInTitle?.[2] ?? '') || row.cells.some((c) => c.bold && c.text.trim());
    if (romanInTitle && romanToNumber(romanInTitle[1] ?? '') && emphasised) {
      return { kind: 'area', code: romanInTitle[1] ?? '', title: romanInTitle[2]?.trim() ?? '' };
    }
  }
  const number = itemNumber(rawNumber);
  const titleOnly = filled.length === 1 && TITLE_COLUMNS.includes(filled[0] as ColumnRole);
  if (number && !number.includes('.') && style === 'dotted' && filled.length <= 1) {
    return { kind: 'area', code: numberToRoman(Number(number)), title: firstText };
  }
  if (!rawNumber && titleOnly && style !== 'roman' && isUpperTitle(firstText) && row.cells.some((c) => c.bold)) {
    return { kind: 'area', code: numberToRoman(nextAreaNumber), title: firstText };
  }
  if (number && titleOnly) return { kind: 'group', number, title: firstText };
  return { kind: 'item', number };
}
