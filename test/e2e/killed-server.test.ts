/**
 * A server killed mid-request loses nothing (issue #17.2): two `cchc start` processes on one PostgreSQL database and
 * one bucket (s3rver); a reporter's evidence is saved through the first, then the first is killed (SIGKILL: no
 * shutdown, connections cut) while an upload to it is half sent. Through the second: the same session still works,
 * the saved evidence is there and downloads byte for byte, the half-sent upload left no row; the upload sent again
 * is taken. The killed server starts again on its data and serves the same session. And a job: a report build
 * whose server is killed while it runs (its last write held back by a lock the test takes) is taken by another
 * server once its heartbeat is five minutes old, and built once. Needs PostgreSQL.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/services/demo/load-demo.js';
import { SMALL_PDF } from '../support/plan.js';
import { bucketEnvironment, startS3Server, type RunningS3 } from '../support/s3-server.js';
import { startServer, type RunningServer } from '../support/server.js';

const BOUNDARY = 'cchc-killed-server';

/** A multipart body of one file, sent `piece` bytes at a time with a pause between: an upload over a slow line. */
function slowUpload(bytes: Uint8Array, fileName: string, piece: number, pauseMs: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const parts = [
    encoder.encode(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    ...Array.from({ length: Math.ceil(bytes.length / piece) }, (_, i) => bytes.subarray(i * piece, (i + 1) * piece)),
    encoder.encode(`\r\n--${BOUNDARY}--\r\n`),
  ];
  let next = 0;
  return new ReadableStream({
    async pull(controller) {
      if (next === parts.length) return controller.close();
      if (next > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      controller.enqueue(parts[next++]!);
    },
  });
}

/** A person signed in on a server: JSON calls with their session and CSRF token. */
async function signIn(server: RunningServer, username: string) {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login ${username}: ${login.status}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    cookie,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    json: async (method: string, path: string): Promise<any> => {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { cookie, origin: server.url, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        ...(method === 'GET' ? {} : { body: '{}' }),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
  };
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('a server killed in the middle of a request', () => {
  let s3: RunningS3;
  let first: RunningServer;
  let second: RunningServer;
  let restarted: RunningServer | undefined;
  let secondDataDir: string;
  let bucket: Record<string, string>;

  beforeAll(async () => {
    s3 = await startS3Server();
    bucket = bucketEnvironment(s3.settings);
    first = await startServer(bucket);
    secondDataDir = await mkdtemp(join(tmpdir(), 'cchc-e2e-second-'));
    second = await startServer(bucket, { dataDir: secondDataDir, databaseUrl: first.databaseUrl });
  }, 300_000);
  afterAll(async () => {
    await restarted?.stop({ keepData: true });
    await second?.stop({ keepData: true });
    if (secondDataDir) await rm(secondDataDir, { recursive: true, force: true });
    await first?.stop();
    await s3?.stop();
  });

  it(
    'keeps what was saved, leaves nothing of the cut upload, and serves the session elsewhere and after a restart',
    { timeout: 300_000 },
    async () => {
      const login = await fetch(`${first.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: first.url },
        body: JSON.stringify({ username: 'stp.baocao', password: DEMO_PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const on = (server: RunningServer) => ({
        get: (path: string) => fetch(`${server.url}${path}`, { headers: { cookie } }),
        upload: (path: string, body: ReadableStream<Uint8Array>) =>
          fetch(`${server.url}${path}`, {
            method: 'POST',
            headers: {
              cookie,
              origin: server.url,
              'x-csrf-token': csrfToken,
              'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
            },
            body,
            duplex: 'half',
          } as RequestInit),
      });
      const assignment = (
        (await (await on(first).get('/api/assignments?role=lead')).json()) as { items: { id: string }[] }
      ).items[0]!;
      const evidencePath = `/api/assignments/${assignment.id}/evidence`;
      const saved = new Uint8Array([...SMALL_PDF, ...new TextEncoder().encode('% đã lưu trước khi máy chủ dừng\n')]);
      const kept = await on(first).upload(evidencePath, slowUpload(saved, 'da-luu.pdf', saved.length, 0));
      expect(kept.status).toBe(201);

      // A real 118 KB PDF sent slowly (4 KB every 100 ms) to the first server, killed a second into it.
      const large = new Uint8Array(
        await readFile(join(import.meta.dirname, '../fixtures/variants/quang-tri-2025/libreoffice-borderless.pdf')),
      );
      const cut = on(first)
        .upload(evidencePath, slowUpload(large, 'bi-cat.pdf', 4 * 1024, 100))
        .then(
          (r) => r.status,
          (error: Error) => error.message,
        );
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      process.kill(first.pid, 'SIGKILL');
      expect(typeof (await cut)).toBe('string');

      // The second server: the same session, the saved evidence (from the bucket), nothing of the cut upload.
      expect((await on(second).get('/api/auth/me')).status).toBe(200);
      const database = new pg.Client({ connectionString: first.databaseUrl });
      await database.connect();
      try {
        const names = async () =>
          (
            await database.query<{ file_name: string }>(
              'SELECT f.file_name FROM assignment_evidence e JOIN stored_files f ON f.id = e.file_id WHERE e.assignment_id = $1 ORDER BY 1',
              [assignment.id],
            )
          ).rows.map((r) => r.file_name);
        expect(await names()).toEqual(['da-luu.pdf']);
        const [evidenceId] = (
          await database.query<{ id: string }>('SELECT id FROM assignment_evidence WHERE assignment_id = $1', [
            assignment.id,
          ])
        ).rows.map((r) => r.id);
        const download = await on(second).get(`/api/evidence/${evidenceId}`);
        expect(download.status).toBe(200);
        expect(Buffer.compare(Buffer.from(await download.arrayBuffer()), Buffer.from(saved))).toBe(0);

        // Sent again to the server still up, the upload is taken.
        const again = await on(second).upload(evidencePath, slowUpload(large, 'bi-cat.pdf', large.length, 0));
        expect(again.status).toBe(201);
        expect(await names()).toEqual(['bi-cat.pdf', 'da-luu.pdf']);
      } finally {
        await database.end();
      }

      // The killed server starts again on its own data (no lock left behind) and serves the same session.
      restarted = await startServer(bucket, { dataDir: first.dataDir, databaseUrl: first.databaseUrl });
      expect((await on(restarted).get('/api/auth/me')).status).toBe(200);
    },
  );
  it(
    'takes over a report build whose server was killed mid-job, once its heartbeat is stale, and builds it once',
    { timeout: 300_000 },
    async () => {
      // Only the server that is to die runs jobs at first (the others of the first test are stopped).
      await restarted?.stop({ keepData: true });
      restarted = undefined;
      await second.stop({ keepData: true });
      const victimData = await mkdtemp(join(tmpdir(), 'cchc-e2e-victim-'));
      const victim = await startServer(
        { ...bucket, CCHC_JOB_POLL_MS: '200' },
        { dataDir: victimData, databaseUrl: first.databaseUrl },
      );
      const database = new pg.Client({ connectionString: first.databaseUrl });
      await database.connect();
      try {
        const coordinator = await signIn(victim, 'snv.cchc');
        const [plan] = await coordinator.json('GET', '/api/plans');
        const [period] = await coordinator.json('GET', `/api/plans/${plan.id}/periods`);
        // The build's last step (its row) waits behind a lock this test holds: the job is running when the
        // server is killed, its documents made, nothing committed.
        await database.query('BEGIN');
        await database.query('LOCK TABLE report_builds IN SHARE MODE');
        const job = await coordinator.json('POST', `/api/periods/${period.id}/consolidated-report/builds`);
        for (let i = 0; i < 600; i++) {
          const waiting = await database.query(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
          );
          if (waiting.rows[0].n > 0) break;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        const running = (await database.query('SELECT status, attempts FROM jobs WHERE id = $1', [job.id])).rows[0];
        expect(running).toEqual({ status: 'running', attempts: 1 });
        process.kill(victim.pid, 'SIGKILL');
        await database.query('ROLLBACK');

        // Five minutes without a heartbeat (moved back rather than waited for): another server takes the job.
        await database.query("UPDATE jobs SET heartbeat_at = heartbeat_at - interval '6 minutes' WHERE id = $1", [
          job.id,
        ]);
        second = await startServer(
          { ...bucket, CCHC_JOB_POLL_MS: '200' },
          { dataDir: secondDataDir, databaseUrl: first.databaseUrl },
        );
        const taker = await signIn(second, 'snv.cchc');
        let status = '';
        for (let i = 0; i < 600 && status !== 'done' && status !== 'failed'; i++) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          status = (await taker.json('GET', `/api/jobs/${job.id}`)).status;
        }
        expect(status).toBe('done');
        const after = (await database.query('SELECT attempts FROM jobs WHERE id = $1', [job.id])).rows[0];
        expect(after).toEqual({ attempts: 2 });
        const builds = await database.query('SELECT id FROM report_builds WHERE period_id = $1', [period.id]);
        expect(builds.rows).toHaveLength(1);
        const download = await fetch(`${second.url}/api/report-builds/${builds.rows[0].id}/download?format=docx`, {
          headers: { cookie: taker.cookie },
        });
        expect(download.status).toBe(200);
        expect(
          Buffer.from(await download.arrayBuffer())
            .subarray(0, 2)
            .toString(),
        ).toBe('PK');
      } finally {
        await database.end();
        await victim.stop({ keepData: true });
        await rm(victimData, { recursive: true, force: true });
      }
    },
  );
});
