import type { GovernmentLevel, SuccessionKind, UnitKind } from './types.js';

/** Vietnamese labels, used on screens, in exported files, and accepted back on import. */
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  province: 'UBND tỉnh',
  department: 'Sở, ban, ngành',
  district: 'UBND cấp huyện',
  commune: 'UBND cấp xã',
  other: 'Khác',
};

export const GOVERNMENT_LEVEL_LABELS: Record<GovernmentLevel, string> = {
  central: 'Trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

export const SUCCESSION_KIND_LABELS: Record<SuccessionKind, string> = {
  merge: 'Hợp nhất/sáp nhập',
  split: 'Chia tách',
  rename: 'Đổi tên',
};
