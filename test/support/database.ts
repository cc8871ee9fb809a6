import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { createThrowawayDatabase } from './throwaway-postgres.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new PostgreSQL
 * database created beside TEST_DATABASE_URL (and dropped afterwards) when that is set.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({});
    await handle.migrate();
    return handle;
  }
  const { url, drop } = await createThrowawayDatabase(serverUrl, 'cchc_test');
  const handle = await openDatabase({ url });
  await handle.migrate();
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}
