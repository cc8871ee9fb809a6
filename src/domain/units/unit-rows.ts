import { isIsoDate } from '../calendar.js';
import { foldVietnamese } from '../text/fold.js';
import { GOVERNMENT_LEVEL_LABELS, SUCCESSION_KIND_LABELS, UNIT_KIND_LABELS } from './labels.js';
import {
  GOVERNMENT_LEVELS,
  SUCCESSION_KINDS,
  UNIT_KINDS,
  type GovernmentLevel,
  type SuccessionKind,
  type UnitKind,
} from './types.js';

/** One unit as written in an import file, identified by code; parents and successors by code too. */
export interface UnitRow {
  row: number;
  code: string;
  parentCode: string | null;
  kind: UnitKind;
  level: GovernmentLevel;
  name: string;
  shortNames: string[];
  aliases: string[];
  validFrom: string | null;
  validTo: string | null;
  successorCodes: string[];
  successionKind: SuccessionKind | null;
  successionDate: string | null;
}

export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** Column → accepted header spellings (English code names and Vietnamese headings). */
export const UNIT_COLUMNS = {
  code: ['code', 'ma', 'ma don vi'],
  parentCode: ['parent_code', 'ma cap tren', 'ma don vi cap tren', 'don vi cap tren'],
  kind: ['kind', 'loai', 'loai don vi'],
  level: ['level', 'cap', 'cap hanh chinh'],
  name: ['name', 'ten', 'ten don vi'],
  shortNames: ['short_names', 'ten viet tat'],
  aliases: ['aliases', 'ten goi khac'],
  validFrom: ['valid_from', 'hieu luc tu'],
  validTo: ['valid_to', 'hieu luc den'],
  successorCodes: ['successor_codes', 'don vi ke thua', 'ma don vi ke thua'],
  successionKind: ['succession_kind', 'hinh thuc ke thua'],
  successionDate: ['succession_date', 'ngay ke thua'],
} as const;
export type UnitColumn = keyof typeof UNIT_COLUMNS;

/** The Vietnamese heading written in exported files for each column. */
export const UNIT_COLUMN_HEADINGS: Record<UnitColumn, string> = {
  code: 'Mã đơn vị',
  parentCode: 'Mã cấp trên',
  kind: 'Loại',
  level: 'Cấp',
  name: 'Tên đơn vị',
  shortNames: 'Tên viết tắt',
  aliases: 'Tên gọi khác',
  validFrom: 'Hiệu lực từ',
  validTo: 'Hiệu lực đến',
  successorCodes: 'Mã đơn vị kế thừa',
  successionKind: 'Hình thức kế thừa',
  successionDate: 'Ngày kế thừa',
};

function lookupEnum<T extends string>(value: string, codes: readonly T[], labels: Record<T, string>): T | null {
  const folded = foldVietnamese(value);
  return codes.find((code) => code === folded || foldVietnamese(labels[code]) === folded) ?? null;
}

/** Accepts YYYY-MM-DD and dd/mm/yyyy; returns ISO or null if not a real date. */
export function parseDateCell(value: string): string | null {
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!match) return null;
  const [y, m, d] = text.includes('-') ? [match[1], match[2], match[3]] : [match[3], match[2], match[1]];
  const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

const splitList = (value: string) =>
  value
    .split(/[;|\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Reads a table (header + rows of strings) into unit rows. Every problem is reported with its row and column;
 * the caller imports nothing unless `errors` is empty.
 */
export function parseUnitRows(header: string[], rows: string[][]): { units: UnitRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const index = new Map<UnitColumn, number>();
  const folded = header.map((h) => foldVietnamese(h).replace(/[()*]/g, '').trim());
  for (const [column, spellings] of Object.entries(UNIT_COLUMNS) as [UnitColumn, readonly string[]][]) {
    const at = folded.findIndex((h) => spellings.includes(h));
    if (at >= 0) index.set(column, at);
  }
  for (const required of ['code', 'name', 'kind', 'level'] as const) {
    if (!index.has(required)) {
      errors.push({
        row: 1,
        column: UNIT_COLUMN_HEADINGS[required],
        message: `Thiếu cột "${UNIT_COLUMN_HEADINGS[required]}".`,
      });
    }
  }
  if (errors.length) return { units: [], errors };

  const units: UnitRow[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    const rowNumber = i + 2; // 1-based, after the header row, as a spreadsheet shows it
    const cell = (column: UnitColumn) => {
      const at = index.get(column);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    if (cells.every((c) => !c.trim())) return;
    const fail = (column: UnitColumn, message: string) =>
      errors.push({ row: rowNumber, column: UNIT_COLUMN_HEADINGS[column], message });

    const code = cell('code');
    if (!/^[A-Za-z0-9._-]{1,50}$/.test(code))
      fail('code', code ? `Mã "${code}" chỉ được gồm chữ không dấu, số, ".", "-", "_".` : 'Thiếu mã đơn vị.');
    else if (seen.has(code)) fail('code', `Mã "${code}" trùng với dòng ${seen.get(code)}.`);
    else seen.set(code, rowNumber);

    const name = cell('name');
    if (name.length < 2) fail('name', 'Thiếu tên đơn vị.');
    const kind = lookupEnum(cell('kind'), UNIT_KINDS, UNIT_KIND_LABELS);
    if (!kind)
      fail(
        'kind',
        `Loại "${cell('kind')}" không hợp lệ; dùng một trong: ${Object.values(UNIT_KIND_LABELS).join(', ')}.`,
      );
    const level = lookupEnum(cell('level'), GOVERNMENT_LEVELS, GOVERNMENT_LEVEL_LABELS);
    if (!level)
      fail(
        'level',
        `Cấp "${cell('level')}" không hợp lệ; dùng một trong: ${Object.values(GOVERNMENT_LEVEL_LABELS).join(', ')}.`,
      );

    const date = (column: 'validFrom' | 'validTo' | 'successionDate') => {
      const text = cell(column);
      if (!text) return null;
      const iso = parseDateCell(text);
      if (!iso) fail(column, `Ngày "${text}" không hợp lệ; dùng dd/mm/yyyy hoặc YYYY-MM-DD.`);
      return iso;
    };
    const validFrom = date('validFrom');
    const validTo = date('validTo');
    if (validFrom && validTo && validFrom > validTo)
      fail('validTo', 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.');

    const successorCodes = splitList(cell('successorCodes'));
    const successionKindText = cell('successionKind');
    const successionKind = successionKindText
      ? lookupEnum(successionKindText, SUCCESSION_KINDS, SUCCESSION_KIND_LABELS)
      : null;
    if (successionKindText && !successionKind)
      fail('successionKind', `Hình thức kế thừa "${successionKindText}" không hợp lệ.`);
    const successionDate = date('successionDate');
    if (successorCodes.length && !successionDate && !validTo) {
      fail('successionDate', 'Đơn vị có đơn vị kế thừa phải có ngày kế thừa hoặc ngày hết hiệu lực.');
    }

    if (kind && level) {
      units.push({
        row: rowNumber,
        code,
        parentCode: cell('parentCode') || null,
        kind,
        level,
        name,
        shortNames: splitList(cell('shortNames')),
        aliases: splitList(cell('aliases')),
        validFrom,
        validTo,
        successorCodes,
        successionKind: successorCodes.length ? (successionKind ?? 'merge') : null,
        successionDate,
      });
    }
  });

  for (const unit of units) {
    for (const successor of unit.successorCodes) {
      if (successor === unit.code)
        errors.push({
          row: unit.row,
          column: UNIT_COLUMN_HEADINGS.successorCodes,
          message: 'Đơn vị không thể kế thừa chính nó.',
        });
    }
    if (unit.parentCode === unit.code)
      errors.push({
        row: unit.row,
        column: UNIT_COLUMN_HEADINGS.parentCode,
        message: 'Đơn vị không thể là cấp trên của chính nó.',
      });
  }
  // Parent and successor codes not in the file may exist in the database: the caller checks them there.
  return { units, errors };
}
