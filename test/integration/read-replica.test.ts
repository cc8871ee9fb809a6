/**
 * A read replica (issue #17.3), on a real PostgreSQL streaming replica (`pg_basebackup -R`, started by .ci/run
 * beside the primary and named by TEST_READ_DATABASE_URL). Replay on the replica is paused to make it stale on
 * purpose: a read served by it then misses the newest write, a read served by the primary has it.
 */
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { isWalPosition, openReadReplica, type ReadReplica } from '../../src/db/read-replica.js';
import { queryRows } from '../../src/db/rows.js';
import { units } from '../../src/db/schema/index.js';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';
import { createThrowawayDatabase } from '../support/throwaway-postgres.js';

const replicaServer = process.env.TEST_READ_DATABASE_URL;
const primaryServer = process.env.TEST_DATABASE_URL;

let database: DatabaseHandle;
let drop: () => Promise<void>;
let replicaUrl: string;
/** The replica's own server, to pause and resume its replay. */
let standby: pg.Client;
const routers: ReadReplica[] = [];
const apis: TestApi[] = [];

const replicaWith = (maxLagMs: number, url = replicaUrl, problems: string[] = []) => {
  const router = openReadReplica(url, database, { maxLagMs, onProblem: (p) => problems.push(p) });
  routers.push(router);
  return router;
};
const appWith = async (router: ReadReplica) => {
  const api = await createTestApi({ database, readReplica: router });
  api.clock.now = new Date('2025-06-10T03:00:00Z');
  apis.push(api);
  return api;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Until the replica has replayed everything the primary has written (a new database included). */
async function caughtUp() {
  for (let i = 0; i < 100; i++) {
    const [{ position }] = (await queryRows<{ position: string }>(
      database.db,
      sql`SELECT pg_current_wal_lsn()::text AS position`,
    )) as [{ position: string }];
    const replayed = await standby.query(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done`, [position]);
    if (replayed.rows[0]?.done) return;
    await sleep(100);
  }
  throw new Error('the replica did not catch up in 10 s');
}

/** Runs `steps` with the replica's replay paused (it falls behind on purpose), resuming it whatever happens. */
async function whilePaused(steps: () => Promise<void>) {
  await caughtUp();
  await standby.query('SELECT pg_wal_replay_pause()');
  try {
    await steps();
  } finally {
    await standby.query('SELECT pg_wal_replay_resume()');
  }
}

let subjectCount = 0;
/** A feedback item the coordinator receives; its subject is new each time. */
async function receive(coordinator: Client) {
  const subject = `Phản ánh qua bản sao ${++subjectCount}`;
  const response = await coordinator.send('POST', '/api/citizen-feedback', {
    receivedOn: '2025-06-09',
    channel: 'hotline',
    senderName: 'Nguyễn Văn An',
    subject,
    content: 'Hồ sơ trả chậm.',
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return { subject, written: response.headers.getSetCookie().find((c) => c.startsWith('cchc_written='))! };
}
const subjectsIn = async (response: Response) =>
  ((await body(response)).items as { subject: string }[]).map((i) => i.subject);
const subjectsSeenBy = async (client: Client) => subjectsIn(await client.get('/api/citizen-feedback?pageSize=200'));

describe.skipIf(!replicaServer || !primaryServer)('reads from a streaming replica', () => {
  beforeAll(async () => {
    ({ url: replicaUrl, drop } = await createThrowawayDatabase(primaryServer!, 'cchc_replica'));
    database = await openDatabase({ url: replicaUrl });
    await database.migrate();
    await loadDemo(database.db);
    replicaUrl = Object.assign(new URL(replicaServer!), { pathname: new URL(replicaUrl).pathname }).toString();
    standby = new pg.Client({ connectionString: replicaServer });
    await standby.connect();
    await caughtUp();
  });
  afterAll(async () => {
    await standby?.query('SELECT pg_wal_replay_resume()').catch(() => {});
    await standby?.end();
    for (const router of routers) await router.close();
    await database?.close();
    await drop?.();
  });

  it("serves lists from the replica, and a writer's own reads from the primary until the replica has the write", async () => {
    const api = await appWith(replicaWith(60_000));
    const coordinator = await api.signIn('snv.cchc');
    const leader = await api.signIn('lanhdao');
    let subject = '';
    await whilePaused(async () => {
      const received = await receive(coordinator);
      subject = received.subject;
      const written = received.written.split(';')[0]!;
      expect(isWalPosition(decodeURIComponent(written.split('=')[1]!))).toBe(true);
      // The leader wrote nothing: the paused replica answers, without the new item.
      expect(await subjectsSeenBy(leader)).not.toContain(subject);
      // The coordinator's browser carries its write's position: the primary answers, with it.
      const withWrite = await api.request('/api/citizen-feedback?pageSize=200', {
        headers: { cookie: `${coordinator.session.cookie}; ${written}` },
      });
      expect(await subjectsIn(withWrite)).toContain(subject);
      // The same person without the cookie (another browser) reads the replica.
      expect(await subjectsSeenBy(coordinator)).not.toContain(subject);
    });
    await caughtUp();
    expect(await subjectsSeenBy(leader)).toContain(subject);
  });

  it('reads the primary when the replica falls further behind than allowed', async () => {
    const api = await appWith(replicaWith(300));
    const coordinator = await api.signIn('snv.cchc');
    const leader = await api.signIn('lanhdao');
    await whilePaused(async () => {
      const { subject } = await receive(coordinator);
      // Within the allowed lag the replica still answers (stale); past it, the primary does.
      expect(await subjectsSeenBy(leader)).not.toContain(subject);
      await sleep(1_200);
      expect(await subjectsSeenBy(leader)).toContain(subject);
    });
  });

  it('reads the primary when the replica is down, and says so once', async () => {
    const problems: string[] = [];
    const api = await appWith(replicaWith(60_000, 'postgres://postgres@127.0.0.1:1/cchc', problems));
    const coordinator = await api.signIn('snv.cchc');
    const { subject } = await receive(coordinator);
    const leader = await api.signIn('lanhdao');
    expect(await subjectsSeenBy(leader)).toContain(subject);
    expect(await subjectsSeenBy(leader)).toContain(subject);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/does not answer/);
  });

  it('runs every read declared fit for the replica on it, writing nothing', async () => {
    const api = await appWith(replicaWith(60_000));
    const leader = await api.signIn('lanhdao');
    await caughtUp();
    const [unit] = await database.db.select({ id: units.id }).from(units).where(eq(units.code, 'QT.SNV'));
    for (const path of [
      '/api/dashboard',
      '/api/figures?year=2025',
      '/api/service-quality?year=2025',
      '/api/assignments',
      `/api/registers/steering-meetings/entries?unitId=${unit!.id}`,
      '/api/citizen-feedback',
      '/api/survey-results?from=2025-01-01&to=2025-12-31',
    ]) {
      const response = await leader.get(path);
      expect(response.status, `${path}: ${await response.clone().text()}`).toBeLessThan(500);
    }
  });
});
