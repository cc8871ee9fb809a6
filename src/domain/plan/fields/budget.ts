/**
 * The "Kinh phí" cell of a plan line. The column is in million VND when it holds a bare number
 * ("500", "1.200"); amounts written with a unit ("1,2 tỷ đồng", "500 triệu đồng") are converted.
 * "4,455" reads as 4455 (a table exported with English separators) or 4,455: the budget takes
 * 4455 and always says so in a warning.
 */
import { formatNumberVi } from '../../text/format.js';
import { foldVietnamese } from '../../text/fold.js';
import { parseVietnameseNumber } from '../../text/numbers.js';
import { cleanCell, trimPunctuation } from './text.js';
import type { Budget, PlanWarning } from './types.js';

const NONE =
  /^(?:khong|khong co|khong phat sinh|khong can kinh phi|khong su dung kinh phi|khong yeu cau kinh phi|k\/c)$/;
const REGULAR = /\bthuong xuyen\b/;
const ESTIMATE =
  /\b(?:du toan|long ghep|ngan sach|nguon|kinh phi|phuong an|xa hoi hoa|von|tu chu|chuong trinh|su nghiep|ke hoach|ho tro|tai tro|trung uong|dia phuong|nsnn|nstw|nsdp|ns tinh)\b/;
const NUMBER = String.raw`\d(?:[\d.,]|\s(?=\d{3}\b))*`;
const UNIT = String.raw`ty\s*dong|ty|trieu\s*dong|trieu|tr\.?\s*d(?:ong)?|trd|nghin\s*dong|nghin|ngan\s*dong|dong|vnd|d`;
const AMOUNT = new RegExp(String.raw`(?<![\d/])(${NUMBER})\s*(${UNIT})?(?![\p{L}\d/])`, 'gu');
const TOTAL = /\btong(?:\s+cong)?(?:\s+kinh\s+phi)?\s*:?\s*$/;

interface Amount {
  text: string;
  million: number;
  ambiguous: boolean;
  alternative: number | null;
  hasUnit: boolean;
  index: number;
}

export function parseBudget(text: string): Budget {
  const cleaned = trimPunctuation(cleanCell(text));
  const folded = foldVietnamese(cleaned);
  const budget = (kind: Budget['kind'], amountMillionVnd: number | null, warnings: PlanWarning[] = []): Budget => ({
    text: text.trim(),
    kind,
    amountMillionVnd,
    warnings,
  });
  if (folded === '' || /^[-–—_.\s]+$/.test(folded) || NONE.test(folded)) return budget('none', null);

  const amounts = findAmounts(folded);
  const isOnlyAmounts = folded.replace(AMOUNT, ' ').replace(/[\s,;+()]+/g, '') === '';
  const usable = amounts.filter((a) => a.hasUnit || isOnlyAmounts);
  if (usable.length > 0) {
    const total = usable.find((a) => TOTAL.test(folded.slice(0, a.index)));
    const chosen = total ? [total] : usable;
    const warnings = chosen.filter((a) => a.ambiguous).map(ambiguityWarning);
    const sum = round(chosen.reduce((acc, a) => acc + a.million, 0));
    if (chosen.length > 1) {
      warnings.push({
        code: 'low_confidence',
        field: 'budget',
        message: `Ô kinh phí có ${chosen.length} khoản (${chosen.map((a) => a.text).join('; ')}); đã cộng lại thành ${formatNumberVi(sum, 6)} triệu đồng, cần kiểm tra.`,
      });
    }
    return budget('amount', sum, warnings);
  }
  if (REGULAR.test(folded)) return budget('regular', null);
  if (ESTIMATE.test(folded)) return budget('estimate', null);
  return budget('unknown', null, [
    { code: 'unknown_budget', field: 'budget', message: `Không hiểu được kinh phí "${cleaned}"; cần nhập bằng tay.` },
  ]);
}

function findAmounts(folded: string): Amount[] {
  const amounts: Amount[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(folded); m !== null; m = AMOUNT.exec(folded)) {
    const numberText = (m[1] ?? '').trim().replace(/[.,]+$/, '');
    const unit = (m[2] ?? '').replace(/\s+/g, '');
    const factor = unitFactor(unit);
    // "4,455 tỷ" is surely 4.455 billion; without a unit or in million/đồng the English grouping is likelier.
    const preferred = parseVietnameseNumber(numberText, { prefer: unit.startsWith('ty') ? 'decimal' : 'grouping' });
    if (preferred.value === null) continue;
    const other = preferred.ambiguous
      ? parseVietnameseNumber(numberText, { prefer: unit.startsWith('ty') ? 'grouping' : 'decimal' }).value
      : null;
    amounts.push({
      text: m[0].trim(),
      million: round(preferred.value * factor),
      ambiguous: preferred.ambiguous,
      alternative: other === null ? null : round(other * factor),
      hasUnit: unit !== '',
      index: m.index,
    });
  }
  return amounts;
}

/** Million VND per unit written. */
function unitFactor(unit: string): number {
  if (unit.startsWith('ty')) return 1000;
  if (unit.startsWith('trieu') || unit.startsWith('tr')) return 1;
  if (unit.startsWith('nghin') || unit.startsWith('ngan')) return 0.001;
  if (unit === 'dong' || unit === 'vnd' || unit === 'd') return 0.000001;
  return 1;
}

function ambiguityWarning(amount: Amount): PlanWarning {
  const taken = `${formatNumberVi(amount.million, 6)} triệu đồng`;
  const other = amount.alternative === null ? '' : ` hay ${formatNumberVi(amount.alternative, 6)} triệu đồng`;
  return {
    code: 'ambiguous_number',
    field: 'budget',
    message: `Số "${amount.text}" viết không rõ kiểu: ${taken}${other}? Đã tạm lấy ${taken}, cần kiểm tra lại.`,
  };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
