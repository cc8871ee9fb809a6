import { resolve } from 'node:path';

/** Everything configurable comes from the environment (README: Configuration). */
export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.CCHC_DATA_DIR || 'data'),
    port: Number(env.PORT || 3000),
    host: env.HOST || '127.0.0.1',
    logLevel: env.LOG_LEVEL || 'info',
  };
}

/** PGlite keeps its files in <dataDir>/db; uploads live in <dataDir>/files. */
export const pgliteDir = (config: Config) => resolve(config.dataDir, 'db');
export const filesDir = (config: Config) => resolve(config.dataDir, 'files');
