import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { lockDataDir, lockPathOf } from '../../src/db/data-dir-lock.js';
import { DEMO_PASSWORD } from '../../src/services/demo/load-demo.js';
import { runCchc } from '../support/cli.js';
import { startServer, type RunningServer, type ServerData } from '../support/server.js';

/**
 * Backup and restore while a real `cchc start` serves the same data: on PGlite (the default) the server owns
 * its folder and no second process may open it; on PostgreSQL (TEST_DATABASE_URL) a backup is a snapshot
 * like any other reader, and a restore is refused while a server runs. Either way every acknowledged write
 * survives a restart.
 */
const onPostgres = !!process.env.TEST_DATABASE_URL;
let server: RunningServer | undefined;
const work = await mkdtemp(join(tmpdir(), 'cchc-live-'));
afterAll(async () => {
  await server?.stop();
  await rm(work, { recursive: true, force: true });
});

async function signInAdmin(url: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'quantri', password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { cookie: login.headers.get('set-cookie')!.split(';')[0]!, csrf: csrfToken };
}

/** Creates units LIVE.<prefix><n> through the API; returns the codes whose creation was acknowledged. */
async function writeUnits(url: string, prefix: string, count: number): Promise<string[]> {
  const { cookie, csrf } = await signInAdmin(url);
  const codes: string[] = [];
  for (let n = 1; n <= count; n++) {
    const code = `LIVE.${prefix}${n}`;
    const created = await fetch(`${url}/api/units`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify({
        code,
        parentId: null,
        kind: 'other',
        level: 'province',
        name: `Đơn vị ghi khi máy chủ chạy ${prefix}${n}`,
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    codes.push(code);
  }
  return codes;
}

async function unitCodes(url: string): Promise<string[]> {
  const { cookie } = await signInAdmin(url);
  const codes: string[] = [];
  for (let page = 1; ; page++) {
    const answer = (await (
      await fetch(`${url}/api/units?pageSize=200&page=${page}&includeArchived=true`, { headers: { cookie } })
    ).json()) as { items: { code: string }[]; total: number };
    codes.push(...answer.items.map((u) => u.code));
    if (!answer.items.length || codes.length >= answer.total) return codes;
  }
}

const cliOn =
  (data: ServerData) =>
  (args: string[], env: Record<string, string> = {}) =>
    runCchc(args, { CCHC_DATA_DIR: data.dataDir, DATABASE_URL: data.databaseUrl, ...env });

describe(`backup and restore while the server runs (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it(
    'keeps every acknowledged write, refuses a restore under the live server, and the database opens again',
    { timeout: 400_000 },
    async () => {
      server = await startServer();
      const data = { dataDir: server.dataDir, databaseUrl: server.databaseUrl };
      const cchc = cliOn(data);
      const before = await writeUnits(server.url, 'A', 5);
      const archive = join(work, 'live.zip');

      const direct = await cchc(['backup', archive]);
      if (onPostgres) {
        // A reader among others: one REPEATABLE READ snapshot, as before.
        expect(direct.code, direct.stderr).toBe(0);
      } else {
        // Refused before the database is opened a second time, saying who holds it and what to do.
        expect(direct.code).toBe(2);
        expect(direct.stderr).toContain(
          `Cơ sở dữ liệu nhúng đang được máy chủ cchc (pid ${server.pid}, ${server.url})`,
        );
        expect(direct.stderr).toContain(`cchc backup ${archive} --server ${server.url} --user`);
        expect(existsSync(archive)).toBe(false);
      }

      // Through the running server: any database, an administrator's account.
      const remote = join(work, 'remote.zip');
      const noPassword = await cchc(['backup', remote, '--server', server.url, '--user', 'quantri'], {
        CCHC_PASSWORD: '',
      });
      expect(noPassword.stderr).toContain('CCHC_PASSWORD');
      const taken = await cchc(['backup', remote, '--server', server.url, '--user', 'quantri'], {
        CCHC_PASSWORD: DEMO_PASSWORD,
      });
      expect(taken.code, taken.stderr).toBe(0);
      const tables = await JSZip.loadAsync(await readFile(remote));
      const backedUp = (JSON.parse(await tables.file('tables/units.json')!.async('string')) as { code: string }[]).map(
        (u) => u.code,
      );
      expect(backedUp).toEqual(expect.arrayContaining(before));

      const restore = await cchc(['restore', remote, '--yes']);
      expect(restore.code).toBe(2);
      expect(restore.stderr).toContain(
        onPostgres
          ? 'Máy chủ cchc đang chạy trên cơ sở dữ liệu này'
          : `Không thể khôi phục khi cơ sở dữ liệu nhúng đang được dùng (pid ${server.pid})`,
      );

      // The server is unharmed: sessions work, writes go on.
      const after = await writeUnits(server.url, 'B', 5);
      await server.stop({ keepData: true });
      if (!onPostgres) expect(existsSync(lockPathOf(join(data.dataDir, 'db')))).toBe(false);

      server = await startServer({}, data);
      const present = await unitCodes(server.url);
      expect(present).toEqual(expect.arrayContaining([...before, ...after]));

      // Killed outright, the server leaves its lock behind; the next command takes the stale lock over.
      process.kill(server.pid, 'SIGKILL');
      await server.stop({ keepData: true });
      const offline = await cchc(['backup', join(work, 'offline.zip')]);
      expect(offline.code, offline.stderr).toBe(0);
      expect(offline.stdout).toContain('Đã sao lưu');
      server = await startServer({}, data);
      expect(await unitCodes(server.url)).toEqual(expect.arrayContaining([...before, ...after]));
    },
  );
});

describe('the embedded database folder has one owner', () => {
  const holder = (pid: number) =>
    JSON.stringify({ pid, command: 'serve', hostname: hostname(), bootId: null, since: new Date().toISOString() });

  it(
    'refuses a second opener, in this process or another live one, and lets go when closed',
    { timeout: 60_000 },
    async () => {
      const dir = join(work, 'owned');
      const first = await openDatabase({ dataDir: dir, owner: 'serve' });
      await expect(openDatabase({ dataDir: dir, owner: 'backup' })).rejects.toMatchObject({ code: 'DATABASE_IN_USE' });
      await first.close();
      expect(existsSync(lockPathOf(dir))).toBe(false);

      // The parent of this test process is alive: its lock is respected.
      await writeFile(lockPathOf(dir), holder(process.ppid));
      expect(() => lockDataDir(dir, 'backup')).toThrow(`máy chủ cchc (pid ${process.ppid})`);
      await rm(lockPathOf(dir));
    },
  );

  it('takes over the lock of a process that is gone (crash, kill -9) or a torn lock file', async () => {
    const dir = join(work, 'stale');
    const path = lockPathOf(dir);
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    for (const content of [holder(gone), '{"pid":']) {
      await writeFile(path, content);
      const lock = lockDataDir(dir, 'backup');
      expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ pid: process.pid, command: 'backup' });
      lock.release();
      expect(existsSync(path)).toBe(false);
    }
  });
});
