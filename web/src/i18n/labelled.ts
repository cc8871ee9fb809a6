/** Catalogue entries `${prefix}.${code}` from a domain label table, so the domain's Vietnamese wording is used as is. */
export function labelled<P extends string, K extends string>(
  prefix: P,
  labels: Record<K, string>,
): Record<`${P}.${K}`, string> {
  return Object.fromEntries(
    Object.entries<string>(labels).map(([code, label]) => [`${prefix}.${code}`, label]),
  ) as Record<`${P}.${K}`, string>;
}
