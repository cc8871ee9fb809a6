/**
 * An index spreadsheet read into results: one row per province and year for the whole index (area code empty)
 * and one per area, columns found by their Vietnamese headings. Every problem is a row error in Vietnamese naming
 * the row and the column; one error and nothing is imported.
 */
import { foldVietnamese } from '../text/fold.js';
import { readNumberInput } from '../text/numbers.js';
import type { AreaResult, IndexArea } from './types.js';

export const IMPORT_COLUMNS = {
  index: { label: 'Chỉ số', words: ['chi so', 'ma chi so'] },
  year: { label: 'Năm', words: ['nam'] },
  province: { label: 'Tỉnh', words: ['tinh', 'tinh, thanh pho', 'tinh thanh pho'] },
  label: { label: 'Nhãn', words: ['nhan', 'ghi chu ten'] },
  own: { label: 'Tỉnh mình', words: ['tinh minh', 'cua tinh'] },
  area: { label: 'Mã lĩnh vực', words: ['ma linh vuc', 'linh vuc', 'ma chi so thanh phan'] },
  areaName: { label: 'Tên lĩnh vực', words: ['ten linh vuc', 'ten chi so thanh phan'] },
  parent: { label: 'Thuộc lĩnh vực', words: ['thuoc linh vuc'] },
  score: { label: 'Điểm', words: ['diem', 'diem so'] },
  max: { label: 'Điểm tối đa', words: ['diem toi da', 'toi da'] },
  rank: { label: 'Thứ hạng', words: ['thu hang', 'xep hang'] },
  rankOf: { label: 'Số tỉnh', words: ['so tinh', 'tren so tinh', 'tong so tinh'] },
} as const;
type Column = keyof typeof IMPORT_COLUMNS;

export interface RowError {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportedResult {
  indexCode: string;
  year: number;
  province: string;
  label: string;
  own: boolean;
  score: number | null;
  rank: number | null;
  rankOf: number | null;
  areas: AreaResult[];
}

const REQUIRED: Column[] = ['index', 'year', 'province', 'score'];

export function readIndexRows(
  table: { header: string[]; rows: string[][] },
  known: ReadonlyMap<string, { areas: readonly IndexArea[] }>,
): { results: ImportedResult[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const at = new Map<Column, number>();
  table.header.forEach((h, i) => {
    const f = foldVietnamese(h).trim();
    for (const [key, col] of Object.entries(IMPORT_COLUMNS) as [Column, (typeof IMPORT_COLUMNS)[Column]][])
      if (!at.has(key) && (col.words as readonly string[]).includes(f)) at.set(key, i);
  });
  for (const key of REQUIRED)
    if (!at.has(key))
      errors.push({ row: 1, column: IMPORT_COLUMNS[key].label, message: `Thiếu cột “${IMPORT_COLUMNS[key].label}”.` });
  if (errors.length > 0) return { results: [], errors };

  const byKey = new Map<string, ImportedResult>();
  table.rows.forEach((cells, i) => {
    const row = i + 2;
    const cell = (key: Column) => (at.has(key) ? (cells[at.get(key)!] ?? '').trim() : '');
    if (cells.every((c) => !c.trim())) return;
    const fail = (key: Column | null, message: string) =>
      errors.push({ row, column: key ? IMPORT_COLUMNS[key].label : null, message });
    const number = (key: Column, rules: { integer?: boolean; min?: number } = {}) => {
      const read = readNumberInput(cell(key), rules);
      if (read.kind === 'invalid') {
        fail(key, `Dòng ${row}, cột “${IMPORT_COLUMNS[key].label}”: ${read.message}`);
        return undefined;
      }
      return read.kind === 'number' ? read.value : null;
    };
    const indexCode = cell('index').toUpperCase().replace(/\s+/g, '_');
    const index = known.get(indexCode);
    if (!indexCode) return fail('index', `Dòng ${row}: chưa ghi chỉ số (ví dụ PAR_INDEX, SIPAS, PAPI, PCI, DTI).`);
    if (!index) return fail('index', `Dòng ${row}: không có chỉ số mã “${cell('index')}”; hãy thêm chỉ số trước.`);
    const year = number('year', { integer: true, min: 2000 });
    if (year === null) fail('year', `Dòng ${row}: chưa ghi năm.`);
    const province = cell('province');
    if (!province) fail('province', `Dòng ${row}: chưa ghi tên tỉnh.`);
    const score = number('score', { min: 0 });
    const max = number('max', { min: 0 });
    const rank = number('rank', { integer: true, min: 1 });
    const rankOf = number('rankOf', { integer: true, min: 1 });
    if (
      year == null ||
      !province ||
      score === undefined ||
      max === undefined ||
      rank === undefined ||
      rankOf === undefined
    )
      return;
    if (rank !== null && rankOf !== null && rank > rankOf)
      return fail('rank', `Dòng ${row}: thứ hạng ${rank} lớn hơn số tỉnh ${rankOf}.`);
    const key = `${indexCode}|${year}|${foldVietnamese(province)}`;
    const result = byKey.get(key) ?? {
      indexCode,
      year,
      province,
      label: cell('label'),
      own: ['x', 'co', 'yes', '1'].includes(foldVietnamese(cell('own'))),
      score: null,
      rank: null,
      rankOf: null,
      areas: [],
    };
    byKey.set(key, result);
    const areaCode = cell('area');
    if (!areaCode) {
      if (result.score !== null)
        return fail(null, `Dòng ${row}: tổng điểm của ${province} năm ${year} đã có ở dòng trước.`);
      result.score = score;
      result.rank = rank;
      result.rankOf = rankOf;
      if (cell('label')) result.label = cell('label');
      return;
    }
    if (result.areas.some((a) => a.code === areaCode))
      return fail('area', `Dòng ${row}: lĩnh vực “${areaCode}” của ${province} năm ${year} đã có ở dòng trước.`);
    const usual = index.areas.find((a) => a.code === areaCode);
    const maxPoints = max ?? usual?.maxPoints ?? null;
    if (score !== null && maxPoints !== null && score > maxPoints)
      return fail('score', `Dòng ${row}: điểm lĩnh vực “${areaCode}” (${cell('score')}) lớn hơn điểm tối đa.`);
    result.areas.push({
      code: areaCode,
      name: cell('areaName') || usual?.name || areaCode,
      parent: cell('parent') || usual?.parent || null,
      maxPoints,
      score,
    });
  });
  return { results: errors.length ? [] : [...byKey.values()], errors };
}
