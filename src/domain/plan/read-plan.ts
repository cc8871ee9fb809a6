/**
 * Plan assembly that says how sure it is. A document whose appendix header is recognised and
 * whose rows line up is read as it is; one with an appendix-like table it cannot place (no header
 * row recognised, most rows off their columns, nothing read from it) gives a draft that needs a
 * person to say which column is which, with the candidate tables to choose from. A document with
 * nothing to read at all is refused with what was seen in it, never a silent empty plan.
 */
import { AppError } from '../errors.js';
import { assembleWithAppendix, type AssembleOptions } from './assemble.js';
import {
  candidateTables,
  documentGrids,
  gridWidth,
  guessMapping,
  mappingMismatch,
  type CandidateTable,
  type ColumnMapping,
  type PlanReading,
} from './column-mapping.js';
import type { Appendix } from './appendix.js';
import type { PlanDocument } from './document.js';
import type { PlanV1 } from './types.js';

export interface ReadPlanResult {
  plan: PlanV1;
  reading: PlanReading;
}

/** More than this share of the activities read from rows put back under their headers: the columns do not line up. */
const MISALIGNED_SHARE = 0.3;

/** NO_PLAN_FOUND saying what the document held: its paragraphs, its tables and the largest of them. */
export function nothingFound(document: PlanDocument): AppError {
  const grids = documentGrids(document.blocks);
  const paragraphs = document.blocks.filter((b) => b.kind === 'paragraph' && b.text.trim()).length;
  const largest = grids
    .map(({ grid }) => ({ rows: grid.length, columns: gridWidth(grid) }))
    .sort((a, b) => b.rows * b.columns - a.rows * a.columns)[0];
  return new AppError('NO_PLAN_FOUND', { paragraphs, tables: grids.length, largest: largest ?? null });
}

function misalignedShare(plan: PlanV1): number {
  if (plan.activities.length === 0) return 0;
  const moved = plan.activities.filter((a) => a.warnings.some((w) => w.code === 'row_realigned')).length;
  return moved / plan.activities.length;
}

const needs = (plan: PlanV1, reason: string, candidates: CandidateTable[], mapping: ColumnMapping | null) => ({
  // "No appendix" is not so when a table waits for its mapping: the reason says what is missing.
  plan: { ...plan, warnings: plan.warnings.filter((w) => w.code !== 'no_appendix') },
  reading: {
    state: 'needsMapping' as const,
    reason,
    mapping: mapping ?? (candidates[0] ? guessMapping(candidates[0]) : null),
    candidates,
  },
});

/** The recognised columns as a mapping of the whole table (a wider row's extra cells are "other"). */
function recognisedMapping(document: PlanDocument, appendix: Appendix): ColumnMapping {
  const grid = documentGrids(document.blocks).find((g) => g.table === appendix.start.table)?.grid ?? [];
  const roles = [...appendix.columns.roles];
  while (roles.length < gridWidth(grid)) roles.push('other');
  return { ...appendix.start, roles };
}

export function readPlan(document: PlanDocument, options: AssembleOptions): ReadPlanResult {
  const candidates = candidateTables(document.blocks);
  let mismatch: string | null = null;
  if (options.mapping) {
    mismatch = mappingMismatch(options.mapping, document.blocks);
    if (!mismatch) {
      const { plan } = assembleWithAppendix(document, { ...options, allowEmpty: true });
      if (plan.activities.length > 0) {
        return { plan, reading: { state: 'mapped', reason: null, mapping: options.mapping, candidates } };
      }
      return needs(
        plan,
        `Đọc bảng ${options.mapping.table} theo cách đọc cột đã chọn không được hoạt động nào; hãy kiểm tra cột “Hoạt động” và hàng dữ liệu đầu tiên.`,
        candidates,
        options.mapping,
      );
    }
  }
  const { plan, appendix } = assembleWithAppendix(document, { ...options, mapping: null, allowEmpty: true });
  const recognised = appendix ? recognisedMapping(document, appendix) : null;
  const previously = mismatch ? `Cách đọc cột đã lưu không dùng được: ${mismatch} ` : '';
  if (plan.activities.length === 0) {
    if (candidates.length > 0) {
      const reason = appendix
        ? `Bảng phụ lục (bảng ${appendix.start.table}) không cho hoạt động nào; hãy cho biết cột nào là gì.`
        : `Không nhận ra hàng tiêu đề của bảng phụ lục (cột “Chủ trì”, “Hoạt động”…) trong ${candidates.length} bảng của văn bản; hãy cho biết bảng nào là phụ lục và cột nào là gì.`;
      return needs(plan, previously + reason, candidates, recognised);
    }
    if (plan.indicators.length === 0) throw nothingFound(document);
  }
  const share = misalignedShare(plan);
  if (share > MISALIGNED_SHARE) {
    const percent = Math.round(share * 100);
    return needs(
      plan,
      `${previously}${percent}% số hoạt động đọc từ các dòng lệch cột so với tiêu đề bảng; hãy kiểm tra cột nào là gì.`,
      candidates,
      recognised,
    );
  }
  if (mismatch) return needs(plan, previously.trim(), candidates, recognised);
  return { plan, reading: { state: 'recognised', reason: null, mapping: recognised, candidates } };
}
