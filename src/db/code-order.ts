import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { numberToRoman } from '../domain/plan/text.js';

// Roman area codes I..XXXIX, the range the domain's romanToNumber reads.
const ROMANS = sql.raw(`ARRAY[${Array.from({ length: 39 }, (_, i) => `'${numberToRoman(i + 1)}'`).join(',')}]::text[]`);

/**
 * An ORDER BY key giving the database the order of domain/text/code-order.ts (compareCodes) for the
 * codes of lists paged in SQL: a Roman area as its value, and every digit run padded to six digits, so
 * III.3 sorts before III.10 and IV before IX. Compared byte-wise (COLLATE "C"), whatever the database's locale.
 */
export function codeSortKey(column: AnyColumn | SQL): SQL {
  const padded = sql`regexp_replace(regexp_replace(${column}, '(\\d+)', '00000\\1', 'g'), '0*(\\d{6})', '\\1', 'g')`;
  return sql`(coalesce(lpad(array_position(${ROMANS}, ${column})::text, 6, '0'), ${padded}) COLLATE "C")`;
}
