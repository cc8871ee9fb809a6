/**
 * A table the text reader saw but could not read. When no table came out of a text export yet
 * its lines name three or more appendix columns the way a table header does (on one line with
 * wide gaps between them, as pdftotext -layout prints it, or one word group per short line, as
 * plain pdftotext does), the import says so instead of handing over a plan without activities.
 */
import type { PlanDocument } from '../../../domain/plan/document.js';
import type { ImportWarning } from '../../../domain/plan/types.js';
import { foldVietnamese } from '../../../domain/text/fold.js';

/** The first word of each appendix column's name (pdftotext splits "Chủ | trì" over two lines). */
const COLUMN_WORDS = [
  /\bs?tt\b/,
  /\bmuc\b/,
  /\bnhiem\b/,
  /\bhoat\b/,
  /\bket\b|\bsan pham/,
  /\bchu\b/,
  /\bphoi\b/,
  /\bthoi\b|\btien do/,
  /\bkinh\b|\bdu toan/,
  /\blinh vuc/,
];
const WINDOW = 14;

export const columnsNamed = (text: string) => COLUMN_WORDS.filter((word) => word.test(text)).length;

/** The 1-based line and text of a header-like line no table was read from, or null. */
export function unreadTableHeader(lines: string[]): { line: number; text: string } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const folded = foldVietnamese(line);
    if ((line.match(/\S\s{2,}(?=\S)/g) ?? []).length >= 3 && columnsNamed(folded) >= 3) {
      return { line: i + 1, text: line.trim().replace(/\s+/g, ' ') };
    }
    // One short line per header cell: the words of the next lines together.
    if (line.trim() && line.trim().length <= 24 && columnsNamed(folded) >= 1) {
      const window: string[] = [];
      for (let k = i; k < lines.length && window.length < WINDOW; k++) {
        const next = (lines[k] ?? '').trim();
        if (!next || next.length > 24) break;
        window.push(next);
      }
      if (window.length >= 4 && columnsNamed(foldVietnamese(window.join(' '))) >= 4) {
        return { line: i + 1, text: window.join(' ') };
      }
    }
  }
  return null;
}

export function unreadTableWarning(lines: string[], document: PlanDocument): ImportWarning | null {
  if (document.blocks.some((b) => b.kind === 'table' && b.rows.length > 1)) return null;
  const seen = unreadTableHeader(lines);
  if (!seen) return null;
  return {
    code: 'table_not_read',
    message: `Dòng ${seen.line} có vẻ là tiêu đề một bảng (“${seen.text.slice(0, 120)}”) nhưng không đọc được các cột của bảng này, nên các nhiệm vụ trong đó chưa được nhận. Hãy tải lên bản Word (.docx) hoặc bản văn bản có cột phân cách bằng phím Tab.`,
  };
}
