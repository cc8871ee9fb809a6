/** The sortable columns of the service-quality table and how rows compare on them; no data always last. */
import type { ServiceQualityRowView } from '../../../src/contracts/service-quality.js';
import { SERVICE_QUALITY_GROUPS, type ServiceQualityGroup } from '../../../src/domain/service-quality/groups.js';

export const DOSSIER_COLUMNS = [
  'received',
  'onTimeRate',
  'late',
  'lateWithoutApology',
  'onlineRate',
  'paidOnlineRate',
  'digitisedRate',
] as const;
export type DossierColumn = (typeof DOSSIER_COLUMNS)[number];
export type SortKey = 'rank' | 'unit' | 'total' | ServiceQualityGroup | DossierColumn;
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const isGroup = (key: SortKey): key is ServiceQualityGroup =>
  (SERVICE_QUALITY_GROUPS as readonly string[]).includes(key);

function valueOf(row: ServiceQualityRowView, key: SortKey): number | string | null {
  if (key === 'rank') return row.rank;
  if (key === 'unit') return row.unitName;
  if (key === 'total') return row.total;
  if (isGroup(key)) return row.groups.find((g) => g.group === key)?.published ?? null;
  return row.dossiers[key];
}

/** The rows in the order asked; rows without a value stay at the end whichever way. */
export function sortRows(rows: readonly ServiceQualityRowView[], sort: Sort): ServiceQualityRowView[] {
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a, sort.key);
    const y = valueOf(b, sort.key);
    if (x === null || y === null) return x === y ? a.unitName.localeCompare(b.unitName, 'vi') : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y), 'vi') : x - (y as number);
    return order === 0 ? a.unitName.localeCompare(b.unitName, 'vi') : direction * order;
  });
}

/** A first click sorts figures best first (highest, except the rank and the late counts) and names A→Z. */
export function firstDirection(key: SortKey): boolean {
  return !(key === 'rank' || key === 'unit' || key === 'late' || key === 'lateWithoutApology');
}
