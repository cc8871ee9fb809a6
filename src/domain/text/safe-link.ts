/**
 * A link a person may follow from cchc: an absolute http(s) address, or a path on this site. "//host/…",
 * "/\host/…" and "\\host" are addresses on another site (browsers read them relative to the scheme), and
 * "javascript:", "data:" and the like run or show content: all refused.
 */
export function isSafeLink(value: string): boolean {
  // Control characters and spaces are dropped or reinterpreted by browsers; a real link needs none of them.
  if (/[\u0000-\u0020\u007f]/.test(value)) return false;
  if (/^\/(?![/\\])/.test(value)) return !value.includes('\\');
  if (!/^https?:\/\/[^/\\]/i.test(value)) return false;
  try {
    const url = new URL(value);
    // "https://cchc.gov.vn@evil.example" shows one site and opens another.
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.username && !url.password
    );
  } catch {
    return false;
  }
}
