import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, createTestApi, type TestApi } from '../support/api.js';

// Lock-out and rate limits hold against bursts of parallel requests (the counters are reserved in the
// database before any password is checked), on PGlite and, with TEST_DATABASE_URL, on PostgreSQL.
let api: TestApi;
beforeAll(async () => {
  process.env.CCHC_TRUST_PROXY = 'true';
  api = await createTestApi();
});
afterAll(() => api.close());

/**
 * One sign-in as a client makes it: a 503 (the server's admission line is full, which a loaded machine
 * reaches with 60 requests at once) checked no password, so the client tries again as Retry-After says.
 */
async function login(username: string, password: string, ip: string): Promise<Response> {
  for (;;) {
    const answer = await api.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ username, password }),
    });
    if (answer.status !== 503) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
  }
}

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }), {});

describe('parallel wrong passwords for one account', () => {
  it('check at most five guesses, lock the account (423), and refuse the right password while locked', async () => {
    for (const burst of [40, 60]) {
      // Each guess from its own address, so only the account lock can stop them.
      const statuses = await Promise.all(
        Array.from({ length: burst }, (_, i) =>
          login('stp.baocao', `sai-mat-khau-${burst}-${i}`, `10.40.${burst}.${i}`).then((r) => r.status),
        ),
      );
      const counts = tally(statuses);
      expect(Object.keys(counts).sort()).toEqual(burst === 40 ? ['401', '423'] : ['423']);
      expect(counts[401] ?? 0).toBeLessThanOrEqual(5);
    }
    const right = await login('stp.baocao', 'Demo@cchc2025', '10.41.0.1');
    expect(right.status).toBe(423);
    expect((await body(right)).code).toBe('ACCOUNT_LOCKED');
    // The lock ends after 15 minutes; then the right password works and the count starts again.
    api.clock.now = new Date(api.clock.now.getTime() + 16 * 60_000);
    expect((await login('stp.baocao', 'Demo@cchc2025', '10.41.0.1')).status).toBe(200);
  });
});

describe('parallel failures from one address', () => {
  it('check at most twenty, then the address gets 429, even with a right password', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => login(`khong.co.${i}`, 'sai-mat-khau-1', '10.60.0.1').then((r) => r.status)),
    );
    const counts = tally(statuses);
    expect(Object.keys(counts).sort()).toEqual(['401', '429']);
    expect(counts[401]).toBeLessThanOrEqual(20);
    const blocked = await login('snv.cchc', 'Demo@cchc2025', '10.60.0.1');
    expect(blocked.status).toBe(429);
    expect(await body(blocked)).toEqual({
      code: 'RATE_LIMITED',
      message: 'Đăng nhập sai quá nhiều lần từ máy này. Hãy thử lại sau 15 phút.',
    });
    expect((await login('snv.cchc', 'Demo@cchc2025', '10.60.0.2')).status).toBe(200);
  });

  it('does not count successful sign-ins from a shared address against it', async () => {
    const users = ['lanhdao', 'snv.cchc', 'thamdinh', 'quantri', 'dongha.baocao'];
    for (let i = 0; i < 25; i++)
      expect((await login(users[i % users.length]!, 'Demo@cchc2025', '10.61.0.1')).status).toBe(200);
  });
});
