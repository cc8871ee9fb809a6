/**
 * Single sign-on with OpenID Connect against a real provider (oidc-provider, its own process over HTTP): the login
 * page's options; the whole code flow with PKCE (start → the provider's login form → callback) opening a session
 * for the account the e-mail claim names, any case; a replayed callback, a callback without the browser's state
 * and a provider that is down all refused on the login page with nothing opened; a person without an account
 * refused until the administrator's rule for the e-mail domain makes one (once, however often they sign in);
 * the rules' own checks; a sign-in started on one server finished on another; sign-out that hands back the provider's end-session address; linking by username claim;
 * password sign-in turned off. The account linking's refusals (unverified, archived, two accounts) on the database.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, ssoLogins, units, users } from '../../src/db/schema/index.js';
import { openIdProvider } from '../../src/security/openid-provider.js';
import type { SignIn } from '../../src/http/sign-in.js';
import { singleSignOnAccount } from '../../src/services/auth/single-sign-on-account.js';
import { body, createTestApi, type TestApi } from '../support/api.js';
import { signInAtProvider, startOidcProvider, type RunningOidcProvider } from '../support/oidc-provider.js';

const APP = 'http://cchc.test';
const LABEL = 'Hệ thống định danh tỉnh Quảng Trị';

describe('single sign-on with a real OpenID provider', () => {
  let provider: RunningOidcProvider;
  let api: TestApi;
  const signInWith = (claim = 'email', passwordLogin = true): SignIn => ({
    passwordLogin,
    provider: openIdProvider({
      issuer: new URL(provider.issuer),
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      claim,
      label: LABEL,
    }),
  });

  /** The browser's round trip: start, the provider's form, the callback with the state cookie kept since start. */
  async function singleSignOn(app: TestApi, login: string, redirect = '/bao-cao') {
    const started = await app.request(`/api/auth/sso/start?redirect=${encodeURIComponent(redirect)}`);
    expect(started.status).toBe(302);
    const stateCookie = started.headers.getSetCookie().find((c) => c.startsWith('cchc_sso_state='))!;
    expect(stateCookie).toMatch(/HttpOnly/i);
    expect(stateCookie).toMatch(/SameSite=Lax/i);
    const back = await signInAtProvider(started.headers.get('location')!, login);
    expect(back.origin + back.pathname).toBe(`${APP}/api/auth/sso/callback`);
    const callbackPath = back.pathname + back.search;
    const finished = await app.request(callbackPath, { headers: { cookie: stateCookie.split(';')[0]! } });
    const session = finished.headers.getSetCookie().find((c) => c.startsWith('cchc_session='));
    const page = await finished.text();
    const goesTo = /url=([^"]+)"/.exec(page)?.[1] ?? '';
    return { status: finished.status, session: session?.split(';')[0], goesTo, callbackPath, stateCookie };
  }

  const me = async (app: TestApi, cookie: string) => app.request('/api/auth/me', { headers: { cookie } });

  beforeAll(async () => {
    provider = await startOidcProvider({
      redirectUris: [`${APP}/api/auth/sso/callback`],
      postLogoutRedirectUris: [`${APP}/dang-nhap`],
    });
    api = await createTestApi({ signIn: signInWith() });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await provider?.stop();
  });

  it('offers the provider on the login page, and passwords still', async () => {
    expect(await body(await api.anonymous.get('/api/auth/options'))).toEqual({
      passwordLogin: true,
      singleSignOn: { label: LABEL },
    });
    const plain = await createTestApi({ demo: false });
    expect(await body(await plain.anonymous.get('/api/auth/options'))).toEqual({
      passwordLogin: true,
      singleSignOn: null,
    });
    const started = await plain.request('/api/auth/sso/start');
    expect(await started.text()).toContain('/dang-nhap?sso=SSO_NOT_CONFIGURED');
    await plain.close();
  });

  it('signs in the account the verified e-mail names, and the callback cannot be used twice', async () => {
    const admin = await api.signIn('quantri');
    const [reporter] = await api.database.db.select().from(users).where(eq(users.username, 'stp.baocao'));
    const edited = await admin.send('PATCH', `/api/users/${reporter!.id}`, {
      version: reporter!.version,
      email: 'Pham.Van.An@stp.quangtri.gov.vn',
    });
    expect(edited.status).toBe(200);

    const flow = await singleSignOn(api, 'pham.van.an@STP.quangtri.gov.vn');
    expect(flow.status).toBe(200);
    expect(flow.goesTo).toBe('/bao-cao');
    const session = await me(api, flow.session!);
    expect(session.status).toBe(200);
    expect((await body(session)).user).toMatchObject({ username: 'stp.baocao', role: 'reporter' });
    const logins = await api.database.db
      .select({ reason: auditLog.reason })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.login'), eq(auditLog.entityId, reporter!.id)));
    expect(logins.map((l) => l.reason)).toContain('Đăng nhập một lần (OpenID Connect)');
    expect(await api.database.db.select().from(ssoLogins)).toHaveLength(0);

    // The same callback again (a replay, a back button): nothing is opened.
    const again = await api.request(flow.callbackPath, { headers: { cookie: flow.stateCookie.split(';')[0]! } });
    expect(await again.text()).toContain('/dang-nhap?sso=SSO_FAILED');
    expect(again.headers.getSetCookie().some((c) => c.startsWith('cchc_session=') && !/cchc_session=;/.test(c))).toBe(
      false,
    );
  });

  it('finishes on another server than the one it started on (several servers, one database)', async () => {
    const other = await createTestApi({ database: api.database, signIn: signInWith() });
    const started = await api.request('/api/auth/sso/start?redirect=/nhiem-vu');
    const stateCookie = started.headers
      .getSetCookie()
      .find((c) => c.startsWith('cchc_sso_state='))!
      .split(';')[0]!;
    const back = await signInAtProvider(started.headers.get('location')!, 'pham.van.an@stp.quangtri.gov.vn');
    const finished = await other.request(back.pathname + back.search, { headers: { cookie: stateCookie } });
    expect(await finished.text()).toContain('url=/nhiem-vu');
    const session = finished.headers
      .getSetCookie()
      .find((c) => c.startsWith('cchc_session='))!
      .split(';')[0]!;
    expect((await me(api, session)).status).toBe(200);
    expect((await me(other, session)).status).toBe(200);
  });

  it('refuses a callback brought to a browser that did not start the sign-in', async () => {
    const started = await api.request('/api/auth/sso/start');
    const back = await signInAtProvider(started.headers.get('location')!, 'pham.van.an@stp.quangtri.gov.vn');
    const finished = await api.request(back.pathname + back.search);
    expect(await finished.text()).toContain('/dang-nhap?sso=SSO_FAILED');
    expect(finished.headers.getSetCookie().some((c) => c.startsWith('cchc_session='))).toBe(false);
    // The pending sign-in is still there for its own browser, not consumed by the stranger's attempt.
    expect(await api.database.db.select().from(ssoLogins)).toHaveLength(1);
  });

  it('refuses a person without an account until a rule for the domain makes one, once', async () => {
    const person = 'tran.thi.b@soyte.quangtri.gov.vn';
    const refused = await singleSignOn(api, person);
    expect(refused.goesTo).toBe('/dang-nhap?sso=SSO_NO_ACCOUNT');
    expect(refused.session).toBeUndefined();
    const countUsers = async () => (await api.database.db.select({ id: users.id }).from(users)).length;
    const before = await countUsers();

    const admin = await api.signIn('quantri');
    const [unit] = await api.database.db.select().from(units).where(eq(units.code, 'QT.STP'));
    // The rule's own checks, each naming its field; a coordinator may not add one.
    const bad = await admin.send('POST', '/api/sso-account-rules', { emailDomain: 'không phải miền', role: 'leader' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await body(bad))).toContain('Tên miền thư điện tử không hợp lệ');
    const noUnit = await admin.send('POST', '/api/sso-account-rules', {
      emailDomain: 'soyte.quangtri.gov.vn',
      role: 'reporter',
    });
    expect(noUnit.status).toBe(400);
    expect(JSON.stringify(await body(noUnit))).toContain('Người báo cáo phải thuộc một đơn vị');
    const admins = await admin.send('POST', '/api/sso-account-rules', {
      emailDomain: 'soyte.quangtri.gov.vn',
      role: 'admin',
    });
    expect(admins.status).toBe(400);
    expect(JSON.stringify(await body(admins))).toContain('Quy tắc không cấp quyền quản trị');
    const coordinator = await api.signIn('snv.cchc');
    const forbidden = await coordinator.send('POST', '/api/sso-account-rules', {
      emailDomain: 'soyte.quangtri.gov.vn',
      role: 'leader',
    });
    expect(forbidden.status).toBe(403);
    expect((await body(await coordinator.get('/api/sso-account-rules'))).items).toBeUndefined();
    expect(await countUsers()).toBe(before);

    const created = await admin.send('POST', '/api/sso-account-rules', {
      emailDomain: '@SoYTe.QuangTri.gov.vn',
      role: 'reporter',
      unitId: unit!.id,
    });
    expect(created.status).toBe(201);
    expect(await body(created)).toMatchObject({ emailDomain: 'soyte.quangtri.gov.vn', unitName: unit!.name });
    const twice = await admin.send('POST', '/api/sso-account-rules', {
      emailDomain: 'soyte.quangtri.gov.vn',
      role: 'leader',
    });
    expect(twice.status).toBe(409);

    const first = await singleSignOn(api, person);
    const made = (await body(await me(api, first.session!))).user;
    expect(made).toMatchObject({ username: 'tran.thi.b', role: 'reporter', unitId: unit!.id });
    const second = await singleSignOn(api, person);
    expect((await body(await me(api, second.session!))).user.id).toBe(made.id);
    expect(await countUsers()).toBe(before + 1);

    // Without the rule, nobody new gets in; the account made stays.
    const rule = (await body(await admin.get('/api/sso-account-rules'))).items[0];
    expect((await admin.send('DELETE', `/api/sso-account-rules/${rule.id}`)).status).toBe(200);
    expect((await singleSignOn(api, 'someone.else@soyte.quangtri.gov.vn')).goesTo).toBe(
      '/dang-nhap?sso=SSO_NO_ACCOUNT',
    );
    expect((await body(await me(api, (await singleSignOn(api, person)).session!))).user.id).toBe(made.id);
  });

  it("signing out hands back the provider's end-session address; a password session's does not", async () => {
    const flow = await singleSignOn(api, 'pham.van.an@stp.quangtri.gov.vn');
    const csrf = (await body(await me(api, flow.session!))).csrfToken;
    const out = await api.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: flow.session!, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: '{}',
    });
    const { endSessionUrl } = await body(out);
    const end = new URL(endSessionUrl);
    expect(end.origin).toBe(provider.issuer);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${APP}/dang-nhap`);
    expect(end.searchParams.get('id_token_hint')).toBeTruthy();
    expect((await me(api, flow.session!)).status).toBe(401);

    const withPassword = await api.signIn('quantri');
    expect(await body(await withPassword.send('POST', '/api/auth/logout'))).toEqual({ endSessionUrl: null });
  });

  it('links by username claim when told so, and can turn password sign-in off', async () => {
    const other = await createTestApi({ signIn: signInWith('preferred_username', false) });
    try {
      expect(await body(await other.anonymous.get('/api/auth/options'))).toMatchObject({ passwordLogin: false });
      const refused = await other.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'quantri', password: 'whatever-1234' }),
      });
      expect(refused.status).toBe(403);
      expect((await body(refused)).message).toContain('Đăng nhập bằng mật khẩu đã tắt');
      const flow = await singleSignOn(other, 'snv.cchc@any.example', '/');
      expect((await body(await me(other, flow.session!))).user).toMatchObject({ username: 'snv.cchc' });
    } finally {
      await other.close();
    }
  });

  it('tells the person when the provider cannot be reached, and keeps nothing', async () => {
    const down = await createTestApi({
      demo: false,
      signIn: {
        passwordLogin: true,
        provider: openIdProvider({
          issuer: new URL('http://127.0.0.1:9'),
          clientId: 'x',
          clientSecret: 'y',
          claim: 'email',
          label: LABEL,
        }),
      },
    });
    try {
      const started = await down.request('/api/auth/sso/start');
      expect(started.status).toBe(200);
      expect(await started.text()).toContain('/dang-nhap?sso=SSO_UNAVAILABLE');
      expect(await down.database.db.select().from(ssoLogins)).toHaveLength(0);
    } finally {
      await down.close();
    }
  });

  it('refuses an unverified address, an archived account and an address two accounts share', async () => {
    const db = api.database.db;
    const now = new Date();
    const link = (claims: Record<string, unknown>) =>
      db
        .transaction((tx) => singleSignOnAccount(tx, 'email', claims, now))
        .then(
          () => 'linked',
          (error: { code: string }) => error.code,
        );
    expect(await link({ email: 'pham.van.an@stp.quangtri.gov.vn', email_verified: false })).toBe(
      'SSO_EMAIL_UNVERIFIED',
    );
    expect(await link({ sub: 'x' })).toBe('SSO_NO_ACCOUNT');
    await db.update(users).set({ email: 'chung@quangtri.gov.vn' }).where(eq(users.username, 'stc.baocao'));
    await db.update(users).set({ email: 'CHUNG@quangtri.gov.vn' }).where(eq(users.username, 'lanhdao'));
    expect(await link({ email: 'chung@quangtri.gov.vn' })).toBe('SSO_AMBIGUOUS_ACCOUNT');
    await db.update(users).set({ archivedAt: now }).where(eq(users.username, 'lanhdao'));
    expect(await link({ email: 'chung@quangtri.gov.vn' })).toBe('linked');
    await db.update(users).set({ archivedAt: now }).where(eq(users.username, 'stc.baocao'));
    expect(await link({ email: 'chung@quangtri.gov.vn' })).toBe('SSO_ACCOUNT_ARCHIVED');
  });
});
