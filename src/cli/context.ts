import { loadConfig } from '../config.js';
import { openConfiguredDatabase } from '../db/open-configured.js';
import type { DatabaseHandle } from '../db/client.js';
import { createLogger } from './logger.js';

/** Opens the configured database for one command and always closes it. */
export async function withDatabase<T>(work: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

export const cliLogger = () => createLogger(process.env.LOG_LEVEL ?? 'info');
