/**
 * Which column of an appendix table holds what, read from the header words. Known column sets:
 * TT | Mục tiêu | Nhiệm vụ | Hoạt động | Kết quả/Sản phẩm | Chủ trì | Phối hợp | Thời gian | Kinh phí,
 * the same with "1-Mục tiêu"-style numbering, and TT | Lĩnh vực/Tiêu chí | Nhiệm vụ / Chỉ tiêu |
 * Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành. Unknown columns are kept as "other".
 */
import { foldVietnamese } from '../text/fold.js';

export type ColumnRole =
  | 'number'
  | 'objective'
  | 'task'
  | 'activity'
  | 'deliverable'
  | 'lead'
  | 'cooperating'
  | 'deadline'
  | 'budget'
  | 'other';

/** Fields an activity takes from the table; "criterion" columns fill `task`. */
export type ActivityField = Exclude<ColumnRole, 'number' | 'other'>;

export interface ColumnSet {
  roles: ColumnRole[];
  headers: string[];
  /** The budget column counts in thousands of VND, VND or million VND (the default). */
  budgetScale: number;
  /** The "Lĩnh vực/Tiêu chí" variant: criteria, then "Nhiệm vụ / Chỉ tiêu" as the activity. */
  criteriaVariant: boolean;
}

function roleOf(header: string): ColumnRole | null {
  const h = foldVietnamese(header).replace(/^\(?\d+\)?\s*[-.)]\s*/, '');
  if (!h) return null;
  if (/^(s\.?\s?tt|tt|so tt|thu tu|so thu tu)\b/.test(h)) return 'number';
  if (/chu tri/.test(h)) return 'lead';
  if (/phoi hop/.test(h)) return 'cooperating';
  if (/thoi gian|thoi han|tien do|han hoan thanh|moc hoan thanh/.test(h)) return 'deadline';
  if (/kinh phi|du toan|nguon von|nguon kinh phi/.test(h)) return 'budget';
  if (/ket qua|san pham/.test(h)) return 'deliverable';
  if (/hoat dong/.test(h)) return 'activity';
  if (/linh vuc|tieu chi/.test(h)) return 'task';
  if (/nhiem vu\s*\/\s*chi tieu|nhiem vu,? chi tieu/.test(h)) return 'activity';
  if (/muc tieu|chi tieu/.test(h)) return 'objective';
  if (/nhiem vu|noi dung/.test(h)) return 'task';
  if (/don vi thuc hien|co quan thuc hien/.test(h)) return 'lead';
  return null;
}

/**
 * A header row names at least three known columns, one of them lead, activity or task. A
 * header cell spanning several columns ("Thời gian" over "Bắt đầu | Kết thúc") gives its role
 * to each of them (`spanned` marks the columns it covers).
 */
export function detectColumns(cells: string[], spanned: boolean[] = []): ColumnSet | null {
  const roles: (ColumnRole | null)[] = [];
  cells.forEach((c, i) => roles.push(spanned[i] && !c.trim() ? (roles[i - 1] ?? null) : roleOf(c)));
  const known = roles.filter((r, i): r is ColumnRole => r !== null && !spanned[i]);
  const distinct = new Set(known);
  if (distinct.size < 3 || distinct.size < known.length - 1) return null;
  if (!distinct.has('lead') && !distinct.has('activity') && !distinct.has('task')) return null;
  const resolved = roles.map((r) => r ?? 'other');
  // Two columns with one role: the later "task" is the activity (Nhiệm vụ | Nội dung công việc).
  const seen = new Set<ColumnRole>();
  for (let i = 0; i < resolved.length; i++) {
    const role = resolved[i] as ColumnRole;
    if (spanned[i] && role === resolved[i - 1]) continue;
    if (seen.has(role) && role === 'task' && !seen.has('activity')) resolved[i] = 'activity';
    else if (seen.has(role)) resolved[i] = 'other';
    seen.add(resolved[i] as ColumnRole);
  }
  // Without a "Hoạt động" column the last task column ("Nội dung công việc") is what is assigned.
  if (!seen.has('activity')) {
    const last = resolved.lastIndexOf('task');
    const hasCriteria = cells.some((c) => /linh vuc|tieu chi/.test(foldVietnamese(c)));
    if (last >= 0 && !hasCriteria) resolved[last] = 'activity';
  }
  const budgetHeader = foldVietnamese(cells[resolved.indexOf('budget')] ?? '');
  const budgetScale = /nghin dong|1\.000 dong/.test(budgetHeader)
    ? 0.001
    : /trieu/.test(budgetHeader) || !/dong/.test(budgetHeader)
      ? 1
      : /ty dong/.test(budgetHeader)
        ? 1000
        : 0.000001;
  const criteriaVariant = cells.some((c) => /linh vuc|tieu chi/.test(foldVietnamese(c))) && !seen.has('objective');
  return { roles: resolved, headers: cells, budgetScale, criteriaVariant };
}

/** The same header printed again after a page break. */
export function isRepeatedHeader(cells: string[], columns: ColumnSet): boolean {
  const fold = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]/g, '');
  const own = cells.map(fold).filter(Boolean);
  const header = columns.headers.map(fold).filter(Boolean);
  if (own.length === 0) return false;
  const matches = own.filter((c) => header.includes(c)).length;
  return matches >= Math.max(2, Math.ceil(header.length * 0.6));
}

/** A row of column numbers under the header: "(1) (2) (3) …" or "1 2 3 …". */
export function isColumnNumberRow(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return filled.length >= 3 && filled.every((c, i) => c.replace(/[()]/g, '') === String(i + 1));
}
