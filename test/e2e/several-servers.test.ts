/**
 * Several app servers (issue #17.2), as an installation runs them: two `cchc start` processes on their own ports
 * and data folders, one PostgreSQL database, one S3 bucket (s3rver), behind nginx on loopback. Through the proxy's
 * one address, in Chromium: a session made on one server is good on both; a file uploaded through one is
 * downloaded through the other after the first is stopped, and the page carries on signed in; a report build asked
 * for while both run (each with its job worker) runs once; with TEST_READ_DATABASE_URL the second server reads its
 * lists on the streaming replica (CCHC_READ_DATABASE_URL). Needs PostgreSQL (TEST_DATABASE_URL) and nginx.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/services/demo/load-demo.js';
import { body } from '../support/api.js';
import { apiClientOf, browserAvailable, launchBrowser, signInThroughPage } from '../support/browser.js';
import { nginxAvailable, startNginx, type RunningProxy } from '../support/nginx.js';
import { SMALL_PDF } from '../support/plan.js';
import { bucketEnvironment, startS3Server, type RunningS3 } from '../support/s3-server.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable() && !!process.env.TEST_DATABASE_URL && nginxAvailable();
/** The primary's streaming replica (TEST_READ_DATABASE_URL), when there is one: the second server reads lists there. */
const replicaServer = process.env.TEST_READ_DATABASE_URL;
const onReplica = (databaseUrl: string) =>
  Object.assign(new URL(replicaServer!), { pathname: new URL(databaseUrl).pathname }).toString();

describe.skipIf(!run)('two cchc servers behind nginx, on one PostgreSQL database and one bucket', () => {
  let s3: RunningS3;
  let servers: RunningServer[] = [];
  let secondDataDir: string;
  let proxy: RunningProxy;
  let browser: Browser;
  let page: Page;
  const hostOf = (server: RunningServer) => new URL(server.url).host;

  beforeAll(async () => {
    s3 = await startS3Server();
    const bucket = {
      ...bucketEnvironment(s3.settings),
      // Behind the proxy, the client's address is the forwarded one (rate limits per address).
      CCHC_TRUST_PROXY: 'true',
    };
    const first = await startServer(bucket);
    secondDataDir = await mkdtemp(join(tmpdir(), 'cchc-e2e-second-'));
    const second = await startServer(
      { ...bucket, ...(replicaServer ? { CCHC_READ_DATABASE_URL: onReplica(first.databaseUrl) } : {}) },
      { dataDir: secondDataDir, databaseUrl: first.databaseUrl },
    );
    servers = [first, second];
    proxy = await startNginx(servers.map((s) => s.url));
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' })).newPage();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await proxy?.stop();
    await servers[1]?.stop({ keepData: true });
    if (secondDataDir) await rm(secondDataDir, { recursive: true, force: true });
    await servers[0]?.stop();
    await s3?.stop();
  });

  it('keeps the session and the files on both servers, and builds a report once', { timeout: 300_000 }, async () => {
    await signInThroughPage(page, proxy.url, 'stp.baocao');
    const reporter = await apiClientOf(page, proxy.url);
    // The proxy deals requests to both servers; the session made on one is good on each.
    const answers = await Promise.all(Array.from({ length: 6 }, () => reporter.get('/api/auth/me')));
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
    expect(new Set(answers.map((a) => a.headers.get('x-upstream')))).toEqual(new Set(servers.map(hostOf)));
    if (replicaServer) {
      // The second server, started with CCHC_READ_DATABASE_URL, reads the lists on the replica.
      const lists = await Promise.all(Array.from({ length: 6 }, () => reporter.get('/api/assignments?role=lead')));
      expect(lists.map((a) => a.status)).toEqual(Array(6).fill(200));
      const replica = new pg.Client({ connectionString: replicaServer });
      await replica.connect();
      try {
        const { rows } = await replica.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [
          new URL(servers[0]!.databaseUrl).pathname.slice(1),
        ]);
        expect(rows[0].n).toBeGreaterThan(0);
      } finally {
        await replica.end();
      }
    }

    // A report build asked for while both servers (and their job workers) run: built once.
    const coordinator = await signedInFetch('snv.cchc');
    const [plan] = await coordinator.json('GET', '/api/plans');
    const [period] = await coordinator.json('GET', `/api/plans/${plan.id}/periods`);
    const job = await coordinator.json('POST', `/api/periods/${period.id}/consolidated-report/builds`);
    let status = job.status as string;
    for (let i = 0; i < 240 && status !== 'done' && status !== 'failed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      status = (await coordinator.json('GET', `/api/jobs/${job.id}`)).status;
    }
    expect(status).toBe('done');
    const database = new pg.Client({ connectionString: servers[0]!.databaseUrl });
    await database.connect();
    try {
      const { rows } = await database.query('SELECT attempts FROM jobs WHERE id = $1', [job.id]);
      expect(rows).toEqual([{ attempts: 1 }]);
      const builds = await database.query('SELECT count(*)::int AS n FROM report_builds WHERE period_id = $1', [
        period.id,
      ]);
      expect(builds.rows[0].n).toBe(1);
    } finally {
      await database.end();
    }

    // A file uploaded through one server…
    const [assignment] = (await body(await reporter.get('/api/assignments?role=lead'))).items;
    const content = new Uint8Array([...SMALL_PDF, ...new TextEncoder().encode('% qua nginx\n')]);
    const uploaded = await reporter.upload(
      `/api/assignments/${assignment.id}/evidence`,
      new Blob([content], { type: 'application/pdf' }),
      'bien-ban-qua-nginx.pdf',
    );
    expect(uploaded.status).toBe(201);
    const evidence = (await body(uploaded)).evidence.find(
      (e: { fileName: string }) => e.fileName === 'bien-ban-qua-nginx.pdf',
    );
    const took = servers.find((s) => hostOf(s) === uploaded.headers.get('x-upstream'))!;
    const other = servers.find((s) => s !== took)!;
    // …that server stopped: the page goes on signed in, and the other server hands the file back.
    await took.stop({ keepData: true });
    await page.reload();
    await page.getByRole('button', { name: /Đăng xuất/ }).waitFor();
    const download = await reporter.get(`/api/evidence/${evidence.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('x-upstream')).toContain(hostOf(other));
    expect(Buffer.compare(Buffer.from(await download.arrayBuffer()), Buffer.from(content))).toBe(0);
    await page.screenshot({ path: 'test-results/several-servers-after-stop.png' });
  });

  /** A person signed in through the proxy with plain HTTP (cookie and CSRF token), beside the browser. */
  async function signedInFetch(username: string) {
    const login = await fetch(`${proxy.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: proxy.url },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    return {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads arbitrary JSON shapes
      json: async (method: string, path: string): Promise<any> => {
        const response = await fetch(`${proxy.url}${path}`, {
          method,
          headers: { cookie, 'x-csrf-token': csrfToken, origin: proxy.url, 'content-type': 'application/json' },
          ...(method === 'GET' ? {} : { body: '{}' }),
        });
        expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBeLessThan(300);
        return response.json();
      },
    };
  }
});
