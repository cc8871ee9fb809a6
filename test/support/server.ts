import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createThrowawayDatabase, dropThrowawayDatabase } from './throwaway-postgres.js';

export interface RunningServer {
  url: string;
  pid: number;
  /** Its data folder and (on PostgreSQL) database, to start another server or command on the same data. */
  dataDir: string;
  databaseUrl: string;
  output: () => string;
  /** SIGTERM (a normal stop); the data is removed unless `keepData`. */
  stop: (options?: { keepData?: boolean }) => Promise<void>;
}

/** Data an earlier server left (its folder and database), to start again on it. */
export interface ServerData {
  dataDir: string;
  databaseUrl: string;
}

const BIN = join(import.meta.dirname, '../../bin/cchc.mjs');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * `cchc start` as a user runs it (web build, migrations, demo data), on a fresh data directory, or on a
 * fresh PostgreSQL database when TEST_DATABASE_URL is set.
 */
export async function startServer(env: Record<string, string> = {}, data?: ServerData): Promise<RunningServer> {
  const dataDir = data?.dataDir ?? (await mkdtemp(join(tmpdir(), 'cchc-e2e-')));
  // A port given by the test (a provider must know the address before the server starts), else any free one.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  let databaseUrl = data?.databaseUrl ?? '';
  let dropDatabase = async () => {};
  if (process.env.TEST_DATABASE_URL && data?.databaseUrl)
    dropDatabase = () => dropThrowawayDatabase(process.env.TEST_DATABASE_URL!, data.databaseUrl);
  if (process.env.TEST_DATABASE_URL && !data) {
    const throwaway = await createThrowawayDatabase(process.env.TEST_DATABASE_URL, 'cchc_e2e');
    databaseUrl = throwaway.url;
    dropDatabase = throwaway.drop;
  }
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [BIN, 'start'], {
    env: {
      ...process.env,
      CCHC_DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`cchc start exited (${child.exitCode}):\n${log}`);
    if (Date.now() > deadline) throw new Error(`cchc start did not answer within 150 s:\n${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok && log.includes('Tài khoản dùng thử')) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    pid: child.pid!,
    dataDir,
    databaseUrl,
    output: () => log,
    stop: async ({ keepData = false } = {}) => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (keepData) return;
      await dropDatabase();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
