import cluster from 'node:cluster';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { AppError } from '../domain/errors.js';

/**
 * How many server processes to run (CCHC_WORKERS, default 1). Node serves requests on one core; on
 * PostgreSQL, a process per core shares the load. PGlite is one embedded database that one process owns.
 */
export function workerCount(config: Config, env: NodeJS.ProcessEnv = process.env): number {
  const count = Number(env.CCHC_WORKERS ?? 1);
  if (!Number.isInteger(count) || count < 1 || count > 64)
    throw new AppError('INVALID_WORKERS', { text: String(env.CCHC_WORKERS) });
  if (count > 1 && !config.databaseUrl) {
    throw new AppError('WORKERS_NEED_POSTGRES');
  }
  return count;
}

export const isClusterWorker = () => cluster.isWorker;

/**
 * Forks `count` server processes that share the listening port, replaces one that dies, and stops them
 * all on SIGINT/SIGTERM. Resolves when every worker listens.
 */
export function runWorkers(count: number, logger: Logger): Promise<void> {
  let stopping = false;
  const fork = () =>
    cluster.fork().on('exit', (code, signal) => {
      if (stopping) return;
      logger.error({ code, signal }, 'tiến trình máy chủ dừng bất thường; khởi động lại');
      fork();
    });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    cluster.on('exit', () => {
      if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise((resolve) => {
    let listening = 0;
    cluster.on('listening', () => {
      if (++listening === count) resolve();
    });
    for (let i = 0; i < count; i++) fork();
  });
}
