/**
 * Numbers as written in Vietnamese plans and typed into forms: "." groups thousands and "," marks decimals
 * (1.607 = 1607, 86,44 = 86.44). Tables exported from other tools also carry the English
 * style ("4,455" meaning 4455), so a number that reads both ways is flagged, never guessed silently.
 */
import { formatNumberVi } from './format.js';

export interface ParsedNumber {
  value: number | null;
  /** True when the text reads as two different numbers; `value` is then the preferred reading. */
  ambiguous: boolean;
}

export interface NumberReadingOptions {
  /**
   * Which reading wins for "4,455"-like text: 'decimal' (Vietnamese style, 4.455) or
   * 'grouping' (English export, 4455). Budget columns prefer 'grouping'.
   */
  prefer?: 'decimal' | 'grouping';
}

const NUMBER_SHAPE = /^[+-]?\d[\d.,\s\u00a0\u202f]*$/;

/** Parse one number written the Vietnamese way; anything that is not just a number gives null. */
export function parseVietnameseNumber(text: string, options: NumberReadingOptions = {}): ParsedNumber {
  const trimmed = text.trim();
  if (!NUMBER_SHAPE.test(trimmed) || /[.,]$/.test(trimmed)) return { value: null, ambiguous: false };
  const sign = trimmed.startsWith('-') ? -1 : 1;
  const body = trimmed.replace(/^[+-]/, '');
  const reading = readUnsigned(body, options.prefer ?? 'decimal');
  if (reading.value === null) return reading;
  return { value: sign * reading.value, ambiguous: reading.ambiguous };
}

function readUnsigned(body: string, prefer: 'decimal' | 'grouping'): ParsedNumber {
  const spaced = body.split(/[\s\u00a0\u202f]+/);
  if (spaced.length > 1) {
    // "1 234 567": spaces only ever group thousands.
    if (!spaced.slice(1).every((g) => /^\d{3}$/.test(g)) || !/^\d{1,3}$/.test(spaced[0] ?? '')) return none();
    return readUnsigned(spaced.join(''), prefer);
  }
  const dots = count(body, '.');
  const commas = count(body, ',');
  if (dots === 0 && commas === 0) return sure(Number(body));
  if (dots > 0 && commas > 0) return readMixed(body);
  const separator = dots > 0 ? '.' : ',';
  const groups = body.split(separator);
  if (groups.some((g) => g === '')) return none();
  if (groups.length > 2) {
    // Several identical separators can only group thousands.
    return isGrouping(groups) ? sure(Number(groups.join(''))) : none();
  }
  const [whole = '', fraction = ''] = groups;
  const asDecimal = Number(`${whole}.${fraction}`);
  const groupingPossible = isGrouping(groups);
  if (separator === '.') {
    // Vietnamese thousands grouping ("1.607"); otherwise an English decimal ("3.5"), which is suspect.
    if (groupingPossible) return sure(Number(whole + fraction));
    return { value: asDecimal, ambiguous: !/^0$/.test(whole) };
  }
  if (!groupingPossible) return sure(asDecimal);
  const value = prefer === 'grouping' ? Number(whole + fraction) : asDecimal;
  return { value, ambiguous: true };
}

/** "1.234,5" (Vietnamese) or "1,234.5" (English): the last separator is the decimal mark. */
function readMixed(body: string): ParsedNumber {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  const decimalMark = lastDot > lastComma ? '.' : ',';
  const groupMark = decimalMark === '.' ? ',' : '.';
  const decimalAt = body.lastIndexOf(decimalMark);
  const integerPart = body.slice(0, decimalAt);
  const fraction = body.slice(decimalAt + 1);
  if (integerPart.includes(decimalMark) || !/^\d+$/.test(fraction)) return none();
  const groups = integerPart.split(groupMark);
  if (!isGrouping(groups)) return none();
  return sure(Number(`${groups.join('')}.${fraction}`));
}

/** First group 1-3 digits not starting with 0, every other group exactly 3 digits. */
function isGrouping(groups: string[]): boolean {
  const [first, ...rest] = groups;
  return first !== undefined && /^[1-9]\d{0,2}$/.test(first) && rest.length > 0 && rest.every((g) => /^\d{3}$/.test(g));
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

const sure = (value: number): ParsedNumber => (Number.isFinite(value) ? { value, ambiguous: false } : none());
const none = (): ParsedNumber => ({ value: null, ambiguous: false });

/** What a person typed into a number field, as read: nothing, a number, or why it could not be read. */
export type NumberInput =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | {
      kind: 'invalid';
      message: string;
      /** Not a number at all, or read (as `value`) but not whole, or out of range. */
      reason: 'unreadable' | 'integer' | 'min' | 'max';
      value?: number;
    };

export interface NumberInputRules {
  /** Whole numbers only (a percentage of progress, a year). */
  integer?: boolean;
  min?: number;
  max?: number;
}

/**
 * Reads a number typed into a form the Vietnamese way: "60,5", "1.234,5", "1 234", and "60.5"
 * (a dot followed by other than three digits cannot group thousands, so it is a decimal point).
 * A trailing "%" is allowed. Anything else ("abc", "1e3") is refused with a message saying how to write it.
 */
export function readNumberInput(text: string, rules: NumberInputRules = {}): NumberInput {
  const trimmed = text.trim().replace(/\s*%$/, '');
  if (trimmed === '') return { kind: 'empty' };
  const { value } = parseVietnameseNumber(trimmed, { prefer: 'decimal' });
  if (value === null) {
    return {
      kind: 'invalid',
      reason: 'unreadable',
      message: `"${text.trim().slice(0, 40)}" không phải là số. Hãy viết như 60 hoặc 60,5 (dấu phẩy trước phần thập phân, dấu chấm phân nhóm nghìn: 1.234,5).`,
    };
  }
  const shown = formatNumberVi(value, 6);
  if (rules.integer && !Number.isInteger(value))
    return { kind: 'invalid', reason: 'integer', value, message: `Chỉ nhận số nguyên; đã đọc được ${shown}.` };
  if (rules.min !== undefined && value < rules.min)
    return {
      kind: 'invalid',
      reason: 'min',
      value,
      message: `Không được nhỏ hơn ${formatNumberVi(rules.min, 6)}; đã đọc được ${shown}.`,
    };
  if (rules.max !== undefined && value > rules.max)
    return {
      kind: 'invalid',
      reason: 'max',
      value,
      message: `Không được lớn hơn ${formatNumberVi(rules.max, 6)}; đã đọc được ${shown}.`,
    };
  return { kind: 'number', value };
}
