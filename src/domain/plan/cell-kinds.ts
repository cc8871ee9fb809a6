/**
 * Cheap guesses of what a cell holds, used only to put a misaligned row back under the right
 * headers (an export that inserted or dropped an empty cell). The real parsing is in fields/.
 */
import { foldVietnamese } from '../text/fold.js';

const UNIT_WORDS =
  /\b(so|ubnd|uy ban|van phong|ban|co quan|phong|trung tam|hdnd|cong an|thanh tra|chi cuc|don vi|dia phuong|bo|nganh)\b/;
const DEADLINE_WORDS =
  /\b(quy [ivx1-4]|thang \d|nam 20\d\d|ca nam|trong nam|hang (nam|quy|thang)|thuong xuyen|truoc ngay|dinh ky|theo ke hoach|dot xuat|\d{1,2}\/\d{1,2}\/\d{4})/;
const BUDGET_WORDS = /(kinh phi|ngan sach|du toan|thuong xuyen|nguon|xa hoi hoa|khong|^\s*[\d.,]+\s*$)/;

export function looksLikeUnits(text: string): boolean {
  const folded = foldVietnamese(text);
  return folded.length > 0 && folded.length < 400 && UNIT_WORDS.test(folded) && !DEADLINE_WORDS.test(folded);
}

export function looksLikeDeadline(text: string): boolean {
  return DEADLINE_WORDS.test(foldVietnamese(text));
}

export function looksLikeBudget(text: string): boolean {
  return BUDGET_WORDS.test(foldVietnamese(text));
}
