/**
 * The XLSX layout of a criteria set, shared by the reader and the writer (docs/criteria-format.md):
 * sheet "Thông tin" (one field per row), "Tiêu chí" (one row per node, tree order, parent code
 * column), "Xếp loại" (one band per row). Cells carry Vietnamese labels; machine keys are accepted too.
 */
import { foldVietnamese } from '../domain/text/fold.js';
import type { NodeKind, NotApplicableRule, PointSource, ScoringMethodType } from '../domain/scoring/types.js';

export const SHEET_INFO = 'Thông tin';
export const SHEET_NODES = 'Tiêu chí';
export const SHEET_BANDS = 'Xếp loại';

export const INFO_FIELDS = [
  ['format', 'Định dạng'],
  ['code', 'Mã bộ tiêu chí'],
  ['name', 'Tên bộ tiêu chí'],
  ['year', 'Năm'],
  ['subject', 'Đối tượng đánh giá'],
  ['maxTotal', 'Tổng điểm tối đa'],
  ['naRescaling', 'Quy đổi khi không áp dụng'],
  ['basis', 'Căn cứ'],
] as const;

export const NODE_COLUMNS = [
  'Mã',
  'Mã cha',
  'Tên lĩnh vực/tiêu chí',
  'Loại',
  'Điểm tối đa',
  'Nguồn điểm',
  'Phương pháp chấm',
  'Tham số (JSON)',
  'Khi không áp dụng',
  'Số liệu liên kết',
  'Hướng dẫn chấm, tài liệu kiểm chứng',
] as const;

export const BAND_COLUMNS = ['Tỷ lệ tối thiểu (%)', 'Xếp loại'] as const;

/** Each machine value with the Vietnamese label the writer uses. */
export const KIND_LABELS: Record<NodeKind, string> = {
  criterion: 'Tiêu chí',
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ',
};
export const SOURCE_LABELS: Record<PointSource, string> = { self: 'Tự đánh giá', survey: 'Điều tra XHH' };
export const METHOD_LABELS: Record<ScoringMethodType, string> = {
  yes_no: 'Đạt/Không đạt',
  tiers: 'Theo mức',
  proportional: 'Theo tỷ lệ',
  formula: 'Công thức',
  manual: 'Chấm trực tiếp',
};
export const NA_LABELS: Record<NotApplicableRule, string> = {
  full_marks: 'Tính điểm tối đa',
  exclude: 'Không tính vào điểm tối đa',
};
export const SUBJECT_LABELS = {
  province: 'Cấp tỉnh',
  department: 'Sở, ban, ngành',
  commune: 'Cấp xã',
  district: 'Cấp huyện',
} as const;
export const RESCALING_LABELS = {
  reduce_max: 'Trừ khỏi điểm tối đa',
  scale_to_parent: 'Quy đổi về điểm tối đa của mục cha',
} as const;

/** Reads a cell as either the machine key or its label (case, diacritics and spacing ignored). */
export function fromLabel<K extends string>(labels: Record<K, string>, text: string): K | undefined {
  const folded = foldVietnamese(text);
  for (const [key, label] of Object.entries(labels) as [K, string][])
    if (folded === foldVietnamese(key) || folded === foldVietnamese(label)) return key;
  return undefined;
}
