import { fieldLabel } from '../contracts/field-labels.js';
import { AppError } from '../domain/errors.js';

/**
 * Text PostgreSQL cannot store, refused at the edge with a 400 before it reaches a use case: the NUL
 * character (text columns refuse it) and a lone UTF-16 surrogate (jsonb refuses its escape; it is no
 * character at all). Both gave 500 before (issue #16, item 8). Checked in JSON bodies (values and keys),
 * query strings, path parameters and multipart fields and file names.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isStorable = (text: string) => !text.includes('\u0000') && !LONE_SURROGATE.test(text);

/** The field named as the form names it (contracts/field-labels.ts), never by its key path. */
export function invalidText(path: (string | number)[]): AppError {
  return new AppError('INVALID_CHARACTERS', { label: fieldLabel(path) ?? 'dữ liệu' }, { field: path.join('.') });
}

/** The first place in a parsed JSON value (or a record of strings) holding text that cannot be stored. */
export function findUnstorableText(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return isStorable(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorable(key)) return [...path, key];
      const found = findUnstorableText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** Throws the 400 for the first unstorable text in `value`; in a query string a list is one field sent again, not rows. */
export function requireStorableText(value: unknown, place?: 'query'): void {
  const path = findUnstorableText(value);
  if (path) throw invalidText(place === 'query' ? path.slice(0, 1) : path);
}
