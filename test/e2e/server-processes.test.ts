import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/services/demo/load-demo.js';
import { startServer, type RunningServer } from '../support/server.js';

/** The processes whose parent is `pid` (Linux /proc). */
const childrenOf = (pid: number) =>
  readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    });

// Several server processes need a database they can share: only on PostgreSQL.
describe.skipIf(!process.env.TEST_DATABASE_URL)('several server processes on PostgreSQL (CCHC_WORKERS=2)', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ CCHC_WORKERS: '2' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('serves from two processes that share the port, sessions and data', async () => {
    expect(childrenOf(server.pid)).toHaveLength(2);
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ username: 'lanhdao', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    // New connections are dealt to both processes in turn; a session made by one is good on the other.
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => fetch(`${server.url}/api/auth/me`, { headers: { cookie, connection: 'close' } })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
  });
});
