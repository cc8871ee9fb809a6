/**
 * The Ministry's appraisal of the province's self-assessment as a table (XLSX or CSV): one row per criterion with
 * "Mã tiêu chí", "Điểm thẩm định" and, if any, "Lý do" (the Ministry's remark). Points never reach a thousand, so
 * "1,5" and "1.5" both read as one and a half.
 */
import { AppError } from '../domain/errors.js';
import { foldVietnamese } from '../domain/text/fold.js';
import { readPointsText } from './survey-points.js';
import type { Table } from './tabular.js';

export interface AppraisalFileRow {
  /** 1-based row of the file (the header is row 1). */
  row: number;
  code: string;
  /** null when the cell is not a number (reported with its text). */
  points: number | null;
  pointsText: string;
  reason: string;
}

const COLUMNS = {
  code: ['ma tieu chi', 'ma', 'code', 'tieu chi'],
  points: ['diem tham dinh', 'diem bo tham dinh', 'diem', 'points'],
  reason: ['ly do', 'y kien tham dinh', 'ghi chu', 'reason'],
} as const;

/** The rows of a table already read (off the request thread: readUploadOffThread 'table'). */
export function appraisalRows(table: Table): AppraisalFileRow[] {
  const header = table.header.map((h) => foldVietnamese(h).trim());
  const column = (names: readonly string[]) => header.findIndex((h) => names.includes(h));
  const [code, points, reason] = [column(COLUMNS.code), column(COLUMNS.points), column(COLUMNS.reason)];
  if (code < 0 || points < 0) throw new AppError('APPRAISAL_COLUMNS');
  return table.rows
    .map((cells, i) => ({
      row: i + 2,
      code: (cells[code] ?? '').trim(),
      pointsText: (cells[points] ?? '').trim(),
      points: readPointsText(cells[points] ?? ''),
      reason: reason < 0 ? '' : (cells[reason] ?? '').trim(),
    }))
    .filter((r) => r.code || r.pointsText);
}
