/**
 * A throwaway PostgreSQL cluster for a benchmark, when no server is given (BENCH_DATABASE_URL): `initdb` in a
 * temporary folder, `pg_ctl start` on a free local port, and a `stop` that shuts it down and removes the
 * folder. Uses the Debian postgresql package's binaries (/usr/lib/postgresql/<version>/bin); when run as root
 * the server runs as the `postgres` user, as PostgreSQL refuses root. Durability is off (fsync=off,
 * synchronous_commit=off, full_page_writes=off), as on the cluster of the other benchmarks: we measure work,
 * not the disk's flushes.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
  /** The server's address, database `postgres`. */
  url: string;
  version: string;
  stop: () => void;
}

export function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(root, v, 'bin')).find((bin) => existsSync(join(bin, 'initdb')));
  if (!found) throw new Error('initdb not found under /usr/lib/postgresql: set BENCH_DATABASE_URL instead');
  return found;
}

export function startCluster(settings: Record<string, string> = {}): Cluster {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C.UTF-8']);
  const port = 20_000 + Math.floor(Math.random() * 10_000);
  const options = {
    port: String(port),
    listen_addresses: "'127.0.0.1'",
    unix_socket_directories: `'${dir}'`,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    shared_buffers: '1GB',
    work_mem: '32MB',
    maintenance_work_mem: '256MB',
    max_wal_size: '8GB',
    ...settings,
  };
  const line = Object.entries(options)
    .map(([k, v]) => `-c ${k}=${v}`)
    .join(' ');
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', line, '-w', 'start']);
  const version = execFileSync(join(bin, 'postgres'), ['--version']).toString().trim();
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    version,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
