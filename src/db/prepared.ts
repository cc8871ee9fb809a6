import type { Database } from './client.js';

interface Preparable<R> {
  prepare(name: string): { execute(values?: Record<string, unknown>): Promise<R> };
}

/**
 * A query built once per database and kept prepared: the hottest lookups (the session behind every
 * request) then skip both the query builder and the server's planning. Values go in as placeholders.
 */
export function preparedQuery<R>(name: string, build: (db: Database) => Preparable<R>) {
  const byDatabase = new WeakMap<Database, { execute(values?: Record<string, unknown>): Promise<R> }>();
  return (db: Database, values: Record<string, unknown>): Promise<R> => {
    let query = byDatabase.get(db);
    if (!query) {
      query = build(db).prepare(name);
      byDatabase.set(db, query);
    }
    return query.execute(values);
  };
}
