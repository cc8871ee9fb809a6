import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatementCachingClient } from '../../src/db/statement-cache.js';
import { createThrowawayDatabase } from '../support/throwaway-postgres.js';

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('PostgreSQL connections keep read queries prepared', () => {
  let client: StatementCachingClient;
  let drop: () => Promise<void>;
  const prepared = async () =>
    (
      await client.query({
        text: "SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'cchc_%' ORDER BY statement",
        values: [],
      })
    ).rows;

  beforeAll(async () => {
    const database = await createThrowawayDatabase(serverUrl!, 'cchc_stmt');
    drop = database.drop;
    client = new StatementCachingClient({ connectionString: database.url });
    await client.connect();
    await client.query({ text: 'CREATE TABLE t (id int PRIMARY KEY, name text)', values: [] });
  });
  afterAll(async () => {
    await client?.end();
    await drop?.();
  });

  it('prepares a read once per text and reuses it with other values; writes stay unnamed', async () => {
    await client.query({ text: 'INSERT INTO t VALUES ($1, $2), ($3, $4)', values: [1, 'một', 2, 'hai'] });
    const read = { text: 'select name from t where id = $1', values: [1] };
    expect((await client.query(read)).rows).toEqual([{ name: 'một' }]);
    expect((await client.query({ ...read, values: [2] })).rows).toEqual([{ name: 'hai' }]);
    const statements = await prepared();
    // The catalogue query itself is a read too: two statements, the insert is not among them.
    expect(statements.map((s: { statement: string }) => s.statement).sort()).toEqual(
      [read.text, expect.stringContaining('pg_prepared_statements')].sort(),
    );
    expect(statements.every((s: { statement: string }) => !/insert/i.test(s.statement))).toBe(true);
  });
});
