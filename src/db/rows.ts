import { getTableName, sql, type Column, type SQL } from 'drizzle-orm';
import type { DbOrTx } from './client.js';

/** Rows of a raw SQL query; PGlite and node-postgres both answer with `{ rows }`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * A column named with its table, for correlated sub-selects. Drizzle writes the columns of a join-less
 * selection bare ("id"), and inside `(SELECT … FROM other o WHERE o.x = "id")` a bare name means the inner
 * table's column: the sub-select then silently matches nothing.
 */
export function outerColumn(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
