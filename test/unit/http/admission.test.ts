import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { admissionControl, admissionLimits, DEFAULT_ADMISSION } from '../../../src/http/admission.js';
import type { AppEnv } from '../../../src/http/env.js';

/** An app whose requests run until the test lets them finish, recording the order in which they started. */
function heldApp(limits: { maxInFlight: number; maxQueue: number; maxWaitMs: number }) {
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  const app = new Hono<AppEnv>();
  app.use('/api/*', admissionControl(limits));
  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  app.get('/api/work/:name', async (c) => {
    const name = c.req.param('name');
    started.push(name);
    await new Promise<void>((resolve) => finish.set(name, resolve));
    return c.json({ done: name });
  });
  const send = (name: string, init?: RequestInit) => app.fetch(new Request(`http://cchc.test/api/work/${name}`, init));
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { app, started, finish: (name: string) => finish.get(name)!(), send, settled };
}

describe('admission to the embedded database', () => {
  it('runs a bounded number of requests and admits the others in the order they came', async () => {
    const { started, finish, send, settled } = heldApp({ maxInFlight: 2, maxQueue: 10, maxWaitMs: 60_000 });
    const answers = ['a', 'b', 'c', 'd', 'e'].map((name) => send(name));
    await settled();
    expect(started).toEqual(['a', 'b']);
    for (const name of ['b', 'a', 'c', 'd', 'e']) {
      finish(name);
      await settled();
    }
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect((await Promise.all(answers)).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
  });

  it('refuses at once with 503 and Retry-After when the line is full, before the request starts', async () => {
    const { app, started, finish, send, settled } = heldApp({ maxInFlight: 1, maxQueue: 1, maxWaitMs: 60_000 });
    const first = send('first');
    const second = send('second');
    const refused = await send('third');
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({
      code: 'SERVER_BUSY',
      message: expect.stringContaining('chưa có gì được ghi'),
    });
    // The health check does not wait in line.
    expect((await app.fetch(new Request('http://cchc.test/api/health'))).status).toBe(200);
    await settled();
    expect(started).toEqual(['first']);
    finish('first');
    await settled();
    finish('second');
    expect([(await first).status, (await second).status]).toEqual([200, 200]);
    expect(started).not.toContain('third');
  });

  it('refuses a request that waited too long, without ever starting it', async () => {
    const { started, finish, send, settled } = heldApp({ maxInFlight: 1, maxQueue: 10, maxWaitMs: 5 });
    const first = send('first');
    const waited = await send('late');
    expect(waited.status).toBe(503);
    expect(await waited.json()).toMatchObject({ code: 'SERVER_BUSY', message: expect.stringContaining('chờ quá lâu') });
    finish('first');
    await settled();
    expect(started).toEqual(['first']);
    expect((await first).status).toBe(200);
  });

  it('drops a waiting request whose client has gone, and serves the next one in its place', async () => {
    const { started, finish, send, settled } = heldApp({ maxInFlight: 1, maxQueue: 10, maxWaitMs: 60_000 });
    const holder = send('holder');
    const client = new AbortController();
    const gone = send('gone', { signal: client.signal });
    const after = send('after');
    await settled();
    client.abort();
    expect((await gone).status).toBe(503);
    finish('holder');
    await settled();
    expect(started).toEqual(['holder', 'after']);
    finish('after');
    expect([(await holder).status, (await after).status]).toEqual([200, 200]);
  });

  it('reads its limits from the environment and refuses a value that is not a positive whole number', () => {
    expect(admissionLimits({})).toEqual(DEFAULT_ADMISSION);
    expect(admissionLimits({ CCHC_MAX_IN_FLIGHT: '2', CCHC_MAX_QUEUE: '30', CCHC_QUEUE_TIMEOUT_MS: '2500' })).toEqual({
      maxInFlight: 2,
      maxQueue: 30,
      maxWaitMs: 2500,
    });
    expect(() => admissionLimits({ CCHC_MAX_QUEUE: 'nhiều' })).toThrow(
      'CCHC_MAX_QUEUE phải là số nguyên dương (đang là "nhiều")',
    );
    expect(() => admissionLimits({ CCHC_MAX_IN_FLIGHT: '0' })).toThrow('CCHC_MAX_IN_FLIGHT');
  });
});
