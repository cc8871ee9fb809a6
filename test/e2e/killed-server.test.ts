/**
 * A server killed mid-request loses nothing (issue #17.2): two `cchc start` processes on one PostgreSQL database and
 * one bucket (s3rver); a reporter's evidence is saved through the first, then the first is killed (SIGKILL: no
 * shutdown, connections cut) while an upload to it is half sent. Through the second: the same session still works,
 * the saved evidence is there and downloads byte for byte, the half-sent upload left no row; the upload sent again
 * is taken. The killed server starts again on its data and serves the same session. Needs PostgreSQL.
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
});
