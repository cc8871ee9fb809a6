/**
 * Survey points (điểm điều tra xã hội học) as a file: a table (XLSX or CSV) with the columns
 * "Mã đơn vị", "Mã tiêu chí", "Điểm", or JSON `[{ "unitCode", "code", "points" }]`. Points of a
 * criterion never reach a thousand, so "1,62" and "1.62" both read as one point sixty-two.
 */
import { AppError } from '../domain/errors.js';
import { foldVietnamese } from '../domain/text/fold.js';
import { readTable } from './tabular.js';

export interface SurveyFileRow {
  /** 1-based row of the file (the header is row 1), for messages. */
  row: number;
  unitCode: string;
  code: string;
  points: number | null;
}

const COLUMNS = {
  unitCode: ['ma don vi', 'unitcode', 'don vi'],
  code: ['ma tieu chi', 'code', 'tieu chi'],
  points: ['diem', 'points', 'diem dieu tra'],
} as const;

export function readPointsText(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+([.,]\d+)?$/.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

export async function readSurveyFile(bytes: Uint8Array): Promise<SurveyFileRow[]> {
  const first = new TextDecoder()
    .decode(bytes.slice(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (first.startsWith('[') || first.startsWith('{')) return readSurveyJson(bytes);
  const table = await readTable(bytes);
  const header = table.header.map((h) => foldVietnamese(h).trim());
  const column = (names: readonly string[]) => header.findIndex((h) => names.includes(h));
  const [unit, code, points] = [column(COLUMNS.unitCode), column(COLUMNS.code), column(COLUMNS.points)];
  if (unit < 0 || code < 0 || points < 0) throw new AppError('SURVEY_COLUMNS', { file: 'table' });
  return table.rows
    .map((cells, i) => ({
      row: i + 2,
      unitCode: (cells[unit] ?? '').trim(),
      code: (cells[code] ?? '').trim(),
      points: readPointsText(cells[points] ?? ''),
    }))
    .filter((r) => r.unitCode || r.code);
}

function readSurveyJson(bytes: Uint8Array): SurveyFileRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('CORRUPT_FILE', { file: 'survey-json' });
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { rows?: unknown }).rows;
  if (!Array.isArray(list)) throw new AppError('SURVEY_COLUMNS', { file: 'json' });
  return list.map((item, i) => {
    const r = (item ?? {}) as Record<string, unknown>;
    return {
      row: i + 1,
      unitCode: String(r.unitCode ?? '').trim(),
      code: String(r.code ?? '').trim(),
      points: typeof r.points === 'number' && Number.isFinite(r.points) ? r.points : null,
    };
  });
}
