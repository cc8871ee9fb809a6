/**
 * Several app servers (issue #17.2), in-process: two apps on one database and one bucket (a real S3 server over
 * HTTP). Nothing a request needs lives in a server process: a file uploaded through one is downloaded through the
 * other; a session (cookie and CSRF token) made on one works on the other and ends on both when signed out on
 * either; wrong passwords counted on one lock the account on the other; queued jobs taken by both run once each
 * (on PostgreSQL, with its pool, the two really claim at the same time); an API token's requests per minute are
 * counted on both together, and its revocation on one stops it on the other.
 */
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs } from '../../src/db/schema/index.js';
import { enqueueJob } from '../../src/db/queries/jobs/job-queue.js';
import { s3FileStore } from '../../src/files/s3-file-store.js';
import { runPendingJobs } from '../../src/services/jobs/run-pending-jobs.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';
import { SMALL_PDF, withCommittedPlan } from '../support/plan.js';
import { startS3Server, type RunningS3 } from '../support/s3-server.js';

let s3: RunningS3;
let first: TestApi;
let second: TestApi;
let camlo: Client;
let planId: string;
const stores: ReturnType<typeof s3FileStore>[] = [];

beforeAll(async () => {
  s3 = await startS3Server();
  const bucket = () => {
    const store = s3FileStore({ ...s3.settings, prefix: `${s3.settings.prefix ?? ''}servers/` });
    stores.push(store);
    return store;
  };
  // An API token's limit per minute, low so that it is reached across both servers in a few requests.
  process.env.CCHC_API_TOKEN_RATE_LIMIT = '6';
  ({ api: first, camlo, planId } = await withCommittedPlan({ files: bucket() }));
  second = await createTestApi({ database: first.database, files: bucket() });
  delete process.env.CCHC_API_TOKEN_RATE_LIMIT;
  second.clock.now = first.clock.now;
});
afterAll(async () => {
  await second?.close();
  await first?.close();
  for (const store of stores) store.close();
  await s3?.stop();
});

describe('two app servers on one database and one bucket', () => {
  it('serves through one server the file uploaded through the other', async () => {
    const assignmentId = (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead`))).items[0].id;
    const content = new Uint8Array([...SMALL_PDF, ...new TextEncoder().encode('% tải lên qua máy chủ 1\n')]);
    const uploaded = await camlo.upload(`/api/assignments/${assignmentId}/evidence`, new Blob([content]), 'mc.pdf');
    expect(uploaded.status).toBe(201);
    const evidence = (await body(uploaded)).evidence.find((e: { fileName: string }) => e.fileName === 'mc.pdf');
    const onSecond = second.resume(camlo);
    const download = await onSecond.get(`/api/evidence/${evidence.id}`);
    expect(download.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await download.arrayBuffer()), Buffer.from(content))).toBe(0);
  });

  it('keeps a session and its CSRF token on both, and ends it on both when signed out on one', async () => {
    const coordinator = await first.signIn('snv.cchc');
    const onSecond = second.resume(coordinator);
    expect((await body(await onSecond.get('/api/auth/me'))).user.username).toBe('snv.cchc');
    // A write on the second server with the first server's CSRF token is accepted; without it, refused.
    const forged = second.resume({ ...coordinator, session: { ...coordinator.session, csrf: 'khong-dung' } });
    expect((await forged.send('POST', '/api/auth/logout')).status).toBe(403);
    expect((await onSecond.send('POST', '/api/auth/logout')).status).toBe(200);
    expect((await coordinator.get('/api/auth/me')).status).toBe(401);
  });

  it('locks an account on the second server after wrong passwords on the first', async () => {
    const login = (api: TestApi, password: string) =>
      api.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'stp.baocao', password }),
      });
    for (let i = 0; i < 5; i++) expect((await login(first, `sai-${i}-mat-khau`)).status).toBe(401);
    const locked = await login(second, 'Demo@cchc2025');
    expect(locked.status).toBe(423);
    expect((await body(locked)).code).toBe('ACCOUNT_LOCKED');
  });

  it('runs each queued job once, whichever server takes it', async () => {
    const db = first.database.db;
    const queued = [];
    for (let i = 0; i < 20; i++) queued.push((await enqueueJob(db, 'test.count', { i }, null, new Date())).id);
    const runs = new Map<string, number>();
    const handlers = {
      'test.count': async ({ job }: { job: { id: string } }) => {
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return {};
      },
    };
    const [a, b] = await Promise.all([
      runPendingJobs(db, first.files, handlers),
      runPendingJobs(second.database.db, second.files, handlers),
    ]);
    expect(a.ran + b.ran).toBeGreaterThanOrEqual(20);
    expect([...runs.keys()].sort()).toEqual([...queued].sort());
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    const finished = await db.select({ status: jobs.status }).from(jobs).where(inArray(jobs.id, queued));
    expect(finished.map((j) => j.status)).toEqual(queued.map(() => 'done'));
  });

  it("counts an API token's requests on both servers together, and stops it on both when revoked on one", async () => {
    const admin = await first.signIn('quantri');
    const issued = await body(
      await admin.send('POST', '/api/api-tokens', { name: 'Nền tảng LGSP tỉnh', scopes: ['figures:read'] }),
    );
    const call = (server: TestApi) => server.withToken(issued.token).get('/api/figures/catalogue');
    const answers = await Promise.all([first, second, first, second, first, second, first, second].map(call));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(6);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(2);
    first.clock.now = second.clock.now = new Date(first.clock.now.getTime() + 61_000);
    expect((await call(second)).status).toBe(200);
    await admin.send('POST', `/api/api-tokens/${issued.apiToken.id}/revoke`, { reason: 'Đổi mã' });
    expect((await call(second)).status).toBe(401);
  });
});
