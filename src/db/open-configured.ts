import { pgliteDir, type Config } from '../config.js';
import { openDatabase, type DatabaseHandle } from './client.js';

/** The database the configuration names, migrated and ready. */
export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: pgliteDir(config) });
  await handle.migrate();
  return handle;
}
