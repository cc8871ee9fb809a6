import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, auditLog, users } from '../../src/db/schema/index.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';

let api: TestApi;
let admin: Client;
const issue = async (payload: object) => admin.send('POST', '/api/api-tokens', payload);
const tokenCount = async () => (await api.database.db.select().from(apiTokens)).length;

beforeAll(async () => {
  // Low, so the limit is reached in a few requests (read when the app is made).
  process.env.CCHC_API_TOKEN_RATE_LIMIT = '8';
  api = await createTestApi();
  delete process.env.CCHC_API_TOKEN_RATE_LIMIT;
  api.clock.now = new Date('2026-03-02T03:00:00Z');
  admin = await api.signIn('quantri');
});
afterAll(() => api.close());

describe('API tokens for other systems', () => {
  it('issues a token shown once and kept only as its hash; the system reads what its scope opens and nothing else', async () => {
    const response = await issue({ name: 'Nền tảng LGSP tỉnh', scopes: ['figures:read'], expiresOn: '2026-12-31' });
    expect(response.status).toBe(201);
    const { token, apiToken } = await body(response);
    expect(token).toMatch(/^cchc_[\w-]{43}$/);
    expect(apiToken).toMatchObject({
      name: 'Nền tảng LGSP tỉnh',
      scopes: ['figures:read'],
      prefix: `${token.slice(0, 11)}…`,
      expiresOn: '2026-12-31',
      status: 'active',
      createdBy: 'Quản trị hệ thống',
    });
    // Neither the list nor the database nor the audit log holds the token.
    const listed = await (await admin.get('/api/api-tokens')).text();
    expect(listed).toContain('Nền tảng LGSP tỉnh');
    expect(listed).not.toContain(token);
    const stored = JSON.stringify(await api.database.db.select().from(apiTokens));
    expect(stored).not.toContain(token);
    const audit = await api.database.db.select().from(auditLog).where(eq(auditLog.action, 'apiToken.issue'));
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(audit[0]!.actorId).toBe(admin.user.id);

    const system = api.withToken(token);
    const catalogue = await system.get('/api/figures/catalogue');
    expect(catalogue.status).toBe(200);
    expect((await body(catalogue)).length).toBeGreaterThan(10);
    expect((await system.get('/api/figures?year=2025')).status).toBe(200);
    // Another scope's route, a person's own routes and every write are refused, in Vietnamese, with no CSRF token asked.
    for (const refused of [
      await system.get('/api/dashboard'),
      await system.get('/api/users'),
      await system.get('/api/auth/me'),
      await system.send('POST', '/api/units', { name: 'Đơn vị lạ' }),
    ]) {
      expect(refused.status).toBe(403);
      expect(await body(refused)).toMatchObject({
        code: 'FORBIDDEN',
        message: expect.stringMatching(/^Bạn không có quyền/),
      });
    }
    const [row] = await api.database.db.select().from(apiTokens).where(eq(apiTokens.id, apiToken.id));
    expect(row!.lastUsedAt).toEqual(api.clock.now);
  });

  it('refuses bad input in Vietnamese, naming the field, and creates nothing; only an administrator issues', async () => {
    const before = await tokenCount();
    const cases: [object, RegExp][] = [
      [{ name: '', scopes: ['figures:read'] }, /^Tên hệ thống: /],
      [{ name: 'Hệ thống một cửa', scopes: [] }, /^Phạm vi quyền: /],
      [{ name: 'Hệ thống một cửa', scopes: ['all'] }, /Phạm vi quyền/],
      [{ name: 'Hệ thống một cửa', scopes: ['figures:read'], expiresOn: '2026-02-31' }, /Hết hạn/],
      [
        { name: 'Hệ thống một cửa', scopes: ['figures:read'], expiresOn: '2026-03-01' },
        /^Hết hạn: Ngày hết hạn đã qua/,
      ],
    ];
    for (const [payload, message] of cases) {
      const refused = await issue(payload);
      expect(refused.status, JSON.stringify(payload)).toBe(400);
      expect((await body(refused)).message, JSON.stringify(payload)).toMatch(message);
    }
    const coordinator = await api.signIn('snv.cchc');
    const byCoordinator = await coordinator.send('POST', '/api/api-tokens', { name: 'LGSP', scopes: ['figures:read'] });
    expect(byCoordinator.status).toBe(403);
    expect((await coordinator.get('/api/api-tokens')).status).toBe(403);
    expect(await tokenCount()).toBe(before);
  });

  it('counts a token’s requests per minute on the database, refusing past the limit with Retry-After', async () => {
    const { token } = await body(await issue({ name: 'Hệ thống thống kê', scopes: ['figures:read'] }));
    const system = api.withToken(token);
    const statuses = await Promise.all(Array.from({ length: 10 }, () => system.get('/api/figures/catalogue')));
    expect(statuses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429, 429]);
    const limited = statuses.find((r) => r.status === 429)!;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await body(limited)).message).toBe(
      'Mã truy cập API đã gọi quá 8 yêu cầu trong một phút. Hãy thử lại sau ít phút.',
    );
    api.clock.now = new Date(api.clock.now.getTime() + 61_000);
    expect((await system.get('/api/figures/catalogue')).status).toBe(200);
  });

  it('writes what a push scope opens under the system’s own name in the audit log', async () => {
    const { token } = await body(await issue({ name: 'Hệ thống một cửa điện tử', scopes: ['dossiers:push'] }));
    const system = api.withToken(token);
    const csv = 'Mã hồ sơ,Mã đơn vị,Ngày tiếp nhận\nH1,QT.SNV,01/03/2026\n';
    const uploaded = await system.upload('/api/dossier-imports?source=mot-cua', new Blob([csv]), 'ho-so.csv');
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    const [account] = await api.database.db
      .select()
      .from(users)
      .where(eq(users.displayName, 'Hệ thống một cửa điện tử'));
    expect(account!.role).toBe('system');
    const rows = await api.database.db.select().from(auditLog).where(eq(auditLog.action, 'dossierImport.upload'));
    expect(rows.map((r) => r.actorId)).toContain(account!.id);
    // The system's account never signs in, and is not among the people's accounts.
    const login = await api.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: account!.username, password: '!' }),
    });
    expect(login.status).toBe(401);
    const people = await body(await admin.get('/api/users?pageSize=200'));
    expect(people.items.map((u: { role: string }) => u.role)).not.toContain('system');
  });

  it('stops a revoked or expired token at once, with a Vietnamese 401; a second revocation is refused', async () => {
    const { token, apiToken } = await body(
      await issue({ name: 'Hệ thống báo cáo', scopes: ['reports:read'], expiresOn: '2026-03-31' }),
    );
    const system = api.withToken(token);
    const before = await system.get('/api/assignments');
    expect(before.status, await before.clone().text()).toBe(200);
    const revoked = await admin.send('POST', `/api/api-tokens/${apiToken.id}/revoke`, { reason: 'Hệ thống thay thế' });
    expect(revoked.status).toBe(200);
    const after = await system.get('/api/assignments');
    expect(after.status).toBe(401);
    expect(await body(after)).toEqual({
      code: 'API_TOKEN_INVALID',
      message: 'Mã truy cập API không đúng, đã hết hạn hoặc đã bị thu hồi.',
    });
    const again = await admin.send('POST', `/api/api-tokens/${apiToken.id}/revoke`, { reason: 'Lần hai' });
    expect(again.status).toBe(409);
    const list = await body(await admin.get('/api/api-tokens'));
    expect(list.items.find((t: { id: string }) => t.id === apiToken.id)).toMatchObject({
      status: 'revoked',
      revokeReason: 'Hệ thống thay thế',
    });
    const [audit] = await api.database.db.select().from(auditLog).where(eq(auditLog.action, 'apiToken.revoke'));
    expect(audit).toMatchObject({ entityId: apiToken.id, reason: 'Hệ thống thay thế' });

    // Expiry: the token works through its last day (Vietnam time), not a second after.
    const { token: shortLived } = await body(
      await issue({ name: 'Hệ thống tạm', scopes: ['figures:read'], expiresOn: '2026-03-05' }),
    );
    api.clock.now = new Date('2026-03-05T16:59:59Z'); // 23:59:59 on 05/03 in Vietnam
    expect((await api.withToken(shortLived).get('/api/figures/catalogue')).status).toBe(200);
    api.clock.now = new Date('2026-03-05T17:00:00Z');
    expect((await api.withToken(shortLived).get('/api/figures/catalogue')).status).toBe(401);
    expect((await api.withToken('cchc_khong-co-ma-nay').get('/api/figures/catalogue')).status).toBe(401);
  });

  it('marks in the OpenAPI document which operations a token may call, and with which scope', async () => {
    const document = await body(await api.request('/api/openapi.json'));
    expect(document.components.securitySchemes.apiToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    const catalogue = document.paths['/api/figures/catalogue'].get;
    expect(catalogue['x-cchc-token-scopes']).toEqual(['figures:read']);
    expect(catalogue.security).toEqual([{ session: [] }, { apiToken: [] }]);
    expect(document.paths['/api/dossier-imports'].post['x-cchc-token-scopes']).toEqual(['dossiers:push']);
    expect(document.paths['/api/users'].get['x-cchc-token-scopes']).toBeUndefined();
    expect(document.paths['/api/users'].get.security).toEqual([{ session: [] }]);
    // Every operation a token may call, as the document says, is one whose action its scopes open.
    const marked = Object.values(document.paths).flatMap((ops) =>
      Object.values(ops as Record<string, { 'x-cchc-token-scopes'?: string[] }>).filter(
        (op) => op['x-cchc-token-scopes'],
      ),
    );
    expect(marked.length).toBeGreaterThan(20);
  });
});
