/**
 * What a coordinator says about an appendix table the reader was not sure of: which table holds
 * the activities, where its header and first data row are, and what each column holds. The reader
 * offers the document's tables as candidates (their first rows as printed); assembly applies a
 * mapping instead of recognising the header.
 */
import { foldVietnamese } from '../text/fold.js';
import type { ColumnRole, ColumnSet } from './columns.js';
import type { DocumentBlock } from './document.js';
import { toGrid, type GridRow } from './grid.js';
import { looksLikeBudget, looksLikeDeadline, looksLikeUnits } from './cell-kinds.js';
import { hasWords, itemNumber, romanToNumber } from './text.js';

export const COLUMN_ROLES: readonly ColumnRole[] = [
  'number',
  'objective',
  'task',
  'activity',
  'deliverable',
  'lead',
  'cooperating',
  'deadline',
  'budget',
  'other',
];

export interface ColumnMapping {
  /** 1-based table of the document (as in an activity's source). */
  table: number;
  /** 1-based row holding the column titles, or null when the table has none. */
  headerRow: number | null;
  /** 1-based row where the activities start. */
  firstDataRow: number;
  /** What each column holds, left to right; as many as the table has columns. */
  roles: ColumnRole[];
}

/** A table of the document the appendix may be, as shown to the coordinator. */
export interface CandidateTable {
  table: number;
  columns: number;
  rows: number;
  /** The first rows' cell texts (merged cells repeated, as read). */
  cells: string[][];
}

/** How sure the reader is of the appendix, and what it offers when it is not. */
export interface PlanReading {
  /**
   * recognised: the header row was recognised and the columns line up; mapped: read with a
   * coordinator's mapping; needsMapping: a person has to say which column is which.
   */
  state: 'recognised' | 'mapped' | 'needsMapping';
  /** Why a mapping is needed (Vietnamese), null otherwise. */
  reason: string | null;
  /**
   * The mapping the activities were read with (recognised or given); when a mapping is needed, the
   * best guess to start from (the recognised columns, or one from what the cells hold).
   */
  mapping: ColumnMapping | null;
  candidates: CandidateTable[];
}

export const CANDIDATE_ROWS = 30;
const CELL_CHARS = 300;
const TABLE_CHARS = 40_000;
const MAX_CANDIDATES = 5;
/** As many columns as a mapping may name (contracts/plans.ts). */
const MAX_COLUMNS = 60;

/** The grid of each table of the document, numbered as assembly numbers them. */
export function documentGrids(blocks: DocumentBlock[]): { table: number; blockIndex: number; grid: GridRow[] }[] {
  const grids: { table: number; blockIndex: number; grid: GridRow[] }[] = [];
  blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'table') return;
    const table = grids.length + 1;
    grids.push({ table, blockIndex, grid: toGrid(block, table) });
  });
  return grids;
}

export const gridWidth = (grid: GridRow[]) => Math.max(0, ...grid.map((r) => r.cells.length));

/**
 * Tables that may hold the activities: three to 60 columns and two rows with words. Widest and
 * longest first, so the likely appendix is the first the coordinator sees; at most five.
 */
export function candidateTables(blocks: DocumentBlock[]): CandidateTable[] {
  return documentGrids(blocks)
    .map(({ table, grid }) => ({ table, grid, width: gridWidth(grid) }))
    .filter(
      ({ grid, width }) =>
        width >= 3 && width <= MAX_COLUMNS && grid.filter((r) => r.cells.some((c) => hasWords(c.text))).length >= 2,
    )
    .sort((a, b) => b.grid.length * b.width - a.grid.length * a.width || a.table - b.table)
    .slice(0, MAX_CANDIDATES)
    .map(({ table, grid, width }) => {
      // Kept with the draft: a table of long cells shows fewer rows, never fewer than a few.
      const cells: string[][] = [];
      let budget = TABLE_CHARS;
      for (const row of grid.slice(0, CANDIDATE_ROWS)) {
        if (budget <= 0 && cells.length >= 5) break;
        const texts = Array.from({ length: width }, (_, i) => (row.cells[i]?.text ?? '').slice(0, CELL_CHARS));
        budget -= texts.reduce((sum, t) => sum + t.length, 0);
        cells.push(texts);
      }
      return { table, columns: width, rows: grid.length, cells };
    });
}

/** The column set a mapping stands for; the titles come from its header row when it has one. */
export function columnSetFromMapping(mapping: ColumnMapping, grid: GridRow[]): ColumnSet {
  const header = mapping.headerRow ? grid[mapping.headerRow - 1] : undefined;
  const headers = mapping.roles.map((_, i) => header?.cells[i]?.text ?? '');
  const budgetHeader = foldVietnamese(headers[mapping.roles.indexOf('budget')] ?? '');
  const budgetScale = /nghin dong|1\.000 dong/.test(budgetHeader)
    ? 0.001
    : /trieu/.test(budgetHeader) || !/dong/.test(budgetHeader)
      ? 1
      : /ty dong/.test(budgetHeader)
        ? 1000
        : 0.000001;
  return { roles: [...mapping.roles], headers, budgetScale, criteriaVariant: false };
}

/** Why a mapping does not fit the document (Vietnamese), or null when it does. */
export function mappingMismatch(mapping: ColumnMapping, blocks: DocumentBlock[]): string | null {
  const found = documentGrids(blocks).find((g) => g.table === mapping.table);
  if (!found) return `Văn bản không có bảng thứ ${mapping.table}.`;
  const width = gridWidth(found.grid);
  if (width !== mapping.roles.length) {
    return `Bảng ${mapping.table} có ${width} cột, cách đọc cột đã lưu có ${mapping.roles.length} cột.`;
  }
  if (mapping.firstDataRow > found.grid.length) {
    return `Bảng ${mapping.table} chỉ có ${found.grid.length} hàng; hàng dữ liệu đầu tiên ${mapping.firstDataRow} không có.`;
  }
  return null;
}

/** A unit cell starts with the unit's kind ("Sở …", "UBND …", "Các cơ quan …"), not with a verb. */
const UNIT_FIRST =
  /^(cac |moi )?(so|ubnd|uy ban|van phong|ban|co quan|phong|trung tam|hdnd|cong an|thanh tra|chi cuc|don vi|bo|nganh|dia phuong|tinh|huyen|xa)\b/;

const share = (texts: string[], test: (t: string) => boolean) =>
  texts.length === 0 ? 0 : texts.filter(test).length / texts.length;

/** A header row: every cell filled, short, none a plain number. */
function looksLikeHeader(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim());
  return (
    filled.length >= Math.max(2, cells.length - 1) && filled.every((c) => c.length <= 60 && !/^\s*\d+\s*$/.test(c))
  );
}

/**
 * A first guess for a table the reader could not place, from what its cells hold: item numbers,
 * deadlines, budgets, unit names (the first such column leads, the next cooperates), the longest
 * text is the activity and the text column after it the deliverable. The coordinator corrects it.
 */
export function guessMapping(candidate: CandidateTable): ColumnMapping {
  const headerRow = candidate.cells[0] && looksLikeHeader(candidate.cells[0]) ? 1 : null;
  const data = candidate.cells.slice(headerRow ?? 0);
  const roles: ColumnRole[] = Array.from({ length: candidate.columns }, () => 'other');
  const columnTexts = roles.map((_, i) => data.map((r) => (r[i] ?? '').trim()).filter(Boolean));
  let unitColumns = 0;
  columnTexts.forEach((texts, i) => {
    if (texts.length === 0) return;
    if (share(texts, (t) => Boolean(itemNumber(t) ?? romanToNumber(t))) >= 0.6) roles[i] = 'number';
    else if (share(texts, looksLikeDeadline) >= 0.5) roles[i] = 'deadline';
    else if (share(texts, (t) => looksLikeUnits(t) && UNIT_FIRST.test(foldVietnamese(t))) >= 0.5 && unitColumns < 2) {
      roles[i] = unitColumns === 0 ? 'lead' : 'cooperating';
      unitColumns++;
    } else if (share(texts, (t) => looksLikeBudget(t) && !looksLikeDeadline(t)) >= 0.5) roles[i] = 'budget';
  });
  const length = (i: number) => columnTexts[i]!.reduce((sum, t) => sum + t.length, 0);
  const free = roles.map((r, i) => (r === 'other' && columnTexts[i]!.length > 0 ? i : -1)).filter((i) => i >= 0);
  const activity = free.sort((a, b) => length(b) - length(a))[0];
  if (activity !== undefined) {
    roles[activity] = 'activity';
    const after = roles.findIndex((r, i) => i > activity && r === 'other' && columnTexts[i]!.length > 0);
    if (after >= 0) roles[after] = 'deliverable';
  }
  return { table: candidate.table, headerRow, firstDataRow: (headerRow ?? 0) + 1, roles };
}
