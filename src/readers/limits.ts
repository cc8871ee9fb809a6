/**
 * Hard limits of the readers of uploaded files, far above any real plan, unit list or criteria set and far
 * below what would exhaust the server: a file beyond them is refused with a message naming the limit.
 */
import { AppError } from '../domain/errors.js';

export const DOCUMENT_LIMITS = {
  /** Paragraphs of a plan document (a real provincial plan has a few thousand). */
  maxParagraphs: 50_000,
  maxTableRows: 20_000,
  maxCells: 300_000,
  /** Columns one cell may span: Word tables have at most 63 columns. */
  maxSpan: 64,
  /** Lines of a text or Markdown plan. */
  maxLines: 200_000,
  /** Elements of an HTML page, and how deep they may nest. */
  maxHtmlElements: 300_000,
  maxHtmlDepth: 400,
};

/** What a PDF plan may hold: a 40-page plan has ~40 pages, ~30 000 text pieces and ~20 000 drawing operators. */
export const PDF_LIMITS = {
  maxPages: 1_000,
  /** Text pieces (pdfjs text items) of the whole file. */
  maxTextItems: 1_000_000,
  maxWordsPerPage: 100_000,
  /** Drawing operators of the whole file, and ruling lines of one page. */
  maxOperators: 5_000_000,
  maxRulesPerPage: 5_000,
};

export const TABLE_LIMITS = {
  maxRows: 50_000,
  maxColumns: 200,
  /** Cells covered by merged ranges, validations and hyperlinks of one sheet, together. */
  maxRangeCells: 1_000_000,
};

const formatted = (n: number) => n.toLocaleString('vi-VN');

/** A file beyond one of these limits: what was found, and the limit. */
export function tooComplex(what: string, limit: number): AppError {
  return new AppError('FILE_TOO_COMPLEX', { found: what, max: formatted(limit) }, { limit });
}
