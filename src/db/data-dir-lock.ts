import { existsSync, linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import type { LockHolderSaid } from '../domain/error-codes.js';
import { AppError } from '../domain/errors.js';

/**
 * Who owns an embedded (PGlite) data folder. PGlite is a single-user PostgreSQL: two processes opening the
 * same folder corrupt it. Every process that opens it first takes `<folder>.lock`, published atomically
 * (written beside, then hard-linked into place, which fails if the lock exists), and holding its pid.
 * A lock whose process is gone (crash, kill -9, reboot) is stale and taken over.
 */
export interface LockHolder {
  pid: number;
  /** The cchc command that holds it ("serve", "start", "backup" …). */
  command: string;
  hostname: string;
  /** Linux boot id: a lock written before the last reboot is stale whatever its pid. */
  bootId: string | null;
  since: string;
  /** The address a server answers on, once it listens. */
  url?: string;
}

export interface DataDirLock {
  readonly path: string;
  /** Records the server's address in the lock, so that a refused command can point to it. */
  noteUrl(url: string): void;
  release(): void;
}

const heldHere = new Map<string, LockHolder>();

export const lockPathOf = (dataDir: string) => `${resolve(dataDir)}.lock`;

const bootId = (): string | null => {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
};

/** The holder written in a lock file; null if it is unreadable (a torn write before a crash), undefined if absent. */
function readHolder(path: string): LockHolder | null | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

function isAlive(holder: LockHolder): boolean {
  const here = bootId();
  if (holder.bootId && here && holder.bootId !== here) return false;
  // Another machine's process (a shared folder) cannot be checked from here: assume it runs.
  if (holder.hostname !== hostname()) return true;
  // Our own pid in a lock this process does not hold: a previous life of a restarted container.
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function databaseInUse(holder: LockHolder, path: string): AppError {
  const who = ['serve', 'start'].includes(holder.command) ? 'máy chủ cchc' : `lệnh cchc ${holder.command}`;
  const host = holder.hostname !== hostname() ? holder.hostname : undefined;
  const said: LockHolderSaid & { lockFile: string } = { who, pid: holder.pid, url: holder.url, host, lockFile: path };
  return new AppError('DATABASE_IN_USE', said, { holder });
}

function write(path: string, holder: LockHolder) {
  writeFileSync(path, JSON.stringify(holder), { flush: true });
}

/** Takes the folder's lock or throws DATABASE_IN_USE naming the process that has it. */
export function lockDataDir(dataDir: string, command: string): DataDirLock {
  const path = lockPathOf(dataDir);
  const mine: LockHolder = {
    pid: process.pid,
    command,
    hostname: hostname(),
    bootId: bootId(),
    since: new Date().toISOString(),
  };
  const ours = heldHere.get(path);
  if (ours) throw databaseInUse(ours, path);
  for (let attempt = 0; attempt < 5; attempt++) {
    const draft = `${path}.${process.pid}.${attempt}.tmp`;
    write(draft, mine);
    try {
      linkSync(draft, path);
      heldHere.set(path, mine);
      return handle(path, mine);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(draft, { force: true });
    }
    const holder = readHolder(path);
    if (holder === undefined) continue; // released meanwhile
    if (holder && isAlive(holder)) throw databaseInUse(holder, path);
    // Stale: move it aside. One rename wins; the winner checks it moved the stale lock and not a fresh one.
    const aside = `${path}.${process.pid}.stale`;
    try {
      renameSync(path, aside);
    } catch {
      continue;
    }
    const moved = readHolder(aside);
    if (moved && isAlive(moved)) {
      try {
        linkSync(aside, path);
      } catch {
        // a third process took it meanwhile; it holds the lock now
      }
      rmSync(aside, { force: true });
      throw databaseInUse(moved, path);
    }
    rmSync(aside, { force: true });
  }
  throw new AppError('DATABASE_LOCK_BUSY', { lockFile: path });
}

function handle(path: string, mine: LockHolder): DataDirLock {
  const stillMine = () => {
    const holder = readHolder(path);
    return !!holder && holder.pid === mine.pid && holder.since === mine.since;
  };
  const release = () => {
    if (!heldHere.has(path)) return;
    heldHere.delete(path);
    process.off('exit', release);
    if (stillMine()) rmSync(path, { force: true });
  };
  // A process that ends without closing the database (process.exit) leaves no lock behind.
  process.on('exit', release);
  return {
    path,
    noteUrl(url) {
      if (!stillMine()) return;
      const updated = { ...mine, url };
      const draft = `${path}.${process.pid}.url.tmp`;
      write(draft, updated);
      renameSync(draft, path);
    },
    release,
  };
}

/** The live holder of a folder's lock, if any (for commands that want to say what to do instead). */
export function dataDirHolder(dataDir: string): LockHolder | null {
  const path = lockPathOf(dataDir);
  if (!existsSync(path)) return null;
  const holder = readHolder(path);
  return holder && isAlive(holder) ? holder : null;
}
