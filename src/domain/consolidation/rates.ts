/** A share of a whole, 0..1; null when there is no whole to share. */
export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Sorts by Vietnamese collation of a name. */
export const byName = <T extends { name: string }>(a: T, b: T): number => a.name.localeCompare(b.name, 'vi');

/** Rows grouped by a key, in the order met. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
