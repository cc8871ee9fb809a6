import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, createTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  // Each test speaks from its own address (X-Forwarded-For), so rate limits do not leak between tests.
  process.env.CCHC_TRUST_PROXY = 'true';
  api = await createTestApi();
});
afterAll(() => api.close());

const login = (username: string, password: string, ip = '10.0.0.1') =>
  api.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ username, password }),
  });

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and returns the user and a CSRF token', async () => {
    const response = await login('snv.cchc', 'Demo@cchc2025');
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^cchc_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const payload = await body(response);
    expect(payload.user).toMatchObject({ username: 'snv.cchc', role: 'coordinator', unitName: 'Sở Nội vụ' });
    expect(payload.csrfToken).toHaveLength(43);
  });

  it('refuses a wrong password in Vietnamese without saying which part was wrong', async () => {
    for (const [username, password] of [
      ['snv.cchc', 'sai-mat-khau-1'],
      ['khong.ton.tai', 'Demo@cchc2025'],
    ]) {
      const response = await login(username!, password!);
      expect(response.status).toBe(401);
      expect(await body(response)).toEqual({
        code: 'INVALID_CREDENTIALS',
        message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      });
    }
  });

  it('locks an account after five wrong passwords, even against the right one, until 15 minutes pass', async () => {
    for (let i = 0; i < 5; i++) expect((await login('camlo.baocao', `sai-${i}-password`)).status).toBe(401);
    const locked = await login('camlo.baocao', 'Demo@cchc2025');
    expect(locked.status).toBe(423);
    expect((await body(locked)).code).toBe('ACCOUNT_LOCKED');
    api.clock.now = new Date(api.clock.now.getTime() + 16 * 60_000);
    expect((await login('camlo.baocao', 'Demo@cchc2025')).status).toBe(200);
  });

  it('rate-limits a source address that keeps failing, whatever the username', async () => {
    const errors: number[] = [];
    for (let i = 0; i < 20; i++) errors.push((await login(`nguoi${i}`, 'sai-password-1', '10.9.9.9')).status);
    expect(errors.every((s) => s === 401)).toBe(true);
    const blocked = await login('snv.cchc', 'Demo@cchc2025', '10.9.9.9');
    expect(blocked.status).toBe(429); // even a right password from that address now waits
    expect((await body(blocked)).code).toBe('RATE_LIMITED');
    expect((await login('snv.cchc', 'Demo@cchc2025', '10.9.9.10')).status).toBe(200);
  });
});

describe('a session', () => {
  it('answers /auth/me, refuses a write without the CSRF token, and ends at logout', async () => {
    const client = await api.signIn('quantri');
    expect((await client.get('/api/auth/me')).status).toBe(200);

    const cookie = (
      await api.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'quantri', password: 'Demo@cchc2025' }),
      })
    ).headers
      .get('set-cookie')!
      .split(';')[0]!;
    const forged = await api.request('/api/units', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(forged.status).toBe(403);
    expect((await body(forged)).code).toBe('CSRF_TOKEN');
    const crossSite = await api.request('/api/units', {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);

    expect((await client.send('POST', '/api/auth/logout')).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('changes the password: checks the current one, ends the other sessions, the new one works', async () => {
    const first = await api.signIn('lanhdao');
    const second = await api.signIn('lanhdao');
    const wrong = await first.send('POST', '/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'Song#Huong7Chay',
    });
    expect(wrong.status).toBe(400);
    expect((await body(wrong)).code).toBe('WRONG_PASSWORD');
    const weak = await first.send('POST', '/api/auth/password', {
      currentPassword: 'Demo@cchc2025',
      newPassword: 'ngan',
    });
    expect(weak.status).toBe(400);
    expect((await body(weak)).message).toContain('ít nhất 10 ký tự');

    expect(
      (
        await first.send('POST', '/api/auth/password', {
          currentPassword: 'Demo@cchc2025',
          newPassword: 'Song#Huong7Chay',
        })
      ).status,
    ).toBe(200);
    expect((await first.get('/api/auth/me')).status).toBe(200);
    expect((await second.get('/api/auth/me')).status).toBe(401);
    await expect(api.signIn('lanhdao', 'Song#Huong7Chay')).resolves.toBeTruthy();
  });

  it('sends security headers (CSP, no framing, no sniffing)', async () => {
    const response = await api.request('/api/health');
    expect(response.status).toBe(200);
    expect(await body(response)).toMatchObject({ status: 'ok', database: { ok: true } });
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
