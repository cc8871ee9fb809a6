/**
 * The API under load, at the benchmark's fixed date: in the benchmark's own process, or (BENCH_WORKERS=n,
 * PostgreSQL only) in n processes sharing the port, the way `CCHC_WORKERS=n cchc serve` runs it.
 */
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { openDatabase } from '../../src/db/client.js';
import { localFileStore } from '../../src/files/local-file-store.js';
import { createApp } from '../../src/http/app.js';
import type { BenchProvince } from './province.js';

export interface BenchServer {
  url: string;
  workers: number;
  /** Resident memory of the serving process(es), MiB. */
  rssMib: () => number;
  /** Each serving process's resident memory, MiB. */
  rssPerProcessMib: () => number[];
  close: () => Promise<void>;
}

const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

export async function serveBench(
  province: Pick<BenchProvince, 'handle' | 'files' | 'url'>,
  now: Date,
  workers = Number(process.env.BENCH_WORKERS ?? 1),
): Promise<BenchServer> {
  const port = 3000 + Math.floor(Math.random() * 2000) + 2000;
  const url = `http://127.0.0.1:${port}`;
  if (workers <= 1) {
    // BENCH_ADMISSION=off measures PGlite without its admission line (src/http/admission.ts), as before it.
    const admission = process.env.BENCH_ADMISSION === 'off' ? { admission: null } : {};
    const app = createApp({
      database: province.handle,
      files: province.files,
      logger: pino({ level: 'silent' }),
      now: () => now,
      ...admission,
    });
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
    return {
      url,
      workers: 1,
      rssMib: () => process.memoryUsage().rss / 2 ** 20,
      rssPerProcessMib: () => [process.memoryUsage().rss / 2 ** 20],
      close: async () => void server.close(),
    };
  }
  if (!province.url) throw new Error('BENCH_WORKERS > 1 needs PostgreSQL (BENCH_DATABASE_URL)');
  cluster.setupPrimary({ exec: import.meta.filename, execArgv: ['--import', 'tsx'] });
  const env = { BENCH_SERVE_URL: province.url, BENCH_SERVE_PORT: String(port), BENCH_SERVE_NOW: now.toISOString() };
  const forked = Array.from({ length: workers }, () => cluster.fork(env));
  await Promise.all(forked.map((worker) => new Promise((resolve) => worker.once('listening', resolve))));
  return {
    url,
    workers,
    rssMib: () => forked.reduce((sum, worker) => sum + rssOf(worker.process.pid!), 0) / 2 ** 20,
    rssPerProcessMib: () => forked.map((worker) => rssOf(worker.process.pid!) / 2 ** 20),
    close: async () => {
      await Promise.all(
        forked.map((worker) => new Promise((resolve) => worker.once('exit', resolve).process.kill('SIGTERM'))),
      );
    },
  };
}

// A forked server process: its own connections to the benchmark's database.
if (cluster.isWorker && process.env.BENCH_SERVE_URL) {
  const database = await openDatabase({ url: process.env.BENCH_SERVE_URL });
  const files = localFileStore(await mkdtemp(join(tmpdir(), 'cchc-bench-worker-')));
  const now = new Date(process.env.BENCH_SERVE_NOW!);
  const app = createApp({ database, files, logger: pino({ level: 'silent' }), now: () => now });
  serve({ fetch: app.fetch, port: Number(process.env.BENCH_SERVE_PORT), hostname: '127.0.0.1' });
  process.once('SIGTERM', () => void database.close().then(() => process.exit(0)));
}
