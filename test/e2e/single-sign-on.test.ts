/**
 * Single sign-on in Chromium, at 768 px, against a real OpenID provider (oidc-provider, its own process) and
 * `cchc start` configured for it: the administrator sees on "Đăng nhập một lần" that it is on, adds the rule that
 * gives the health department's people reporter accounts of their unit (a malformed domain refused under its
 * field, nothing added); an officer of that department with no account clicks "Đăng nhập bằng …" on the login
 * page, signs in at the provider, and lands signed in on the page they asked for, their account made; signing out
 * ends the provider's session too (the next sign-in asks at the provider again); a person of another domain is
 * told in Vietnamese on the login page that no account matches.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body } from '../support/api.js';
import { apiClientOf, browserAvailable, launchBrowser, signInThroughPage } from '../support/browser.js';
import { startOidcProvider, type RunningOidcProvider } from '../support/oidc-provider.js';
import { freePort, startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
const LABEL = 'Hệ thống định danh tỉnh';
const OFFICER = 'tran.thi.b@soyte.quangtri.gov.vn';

describe.skipIf(!run)('in the browser: single sign-on through the province identity provider', () => {
  let provider: RunningOidcProvider;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
  const pageWidth = () => page.evaluate<number>('document.documentElement.scrollWidth');

  /** At the provider's own login form (development interactions): the name, any password. */
  const signInAtProvider = async (login: string) => {
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('mat-khau-bat-ky');
    await page.getByRole('button', { name: 'Sign-in' }).click();
  };

  beforeAll(async () => {
    const port = await freePort();
    const app = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider({
      redirectUris: [`${app}/api/auth/sso/callback`],
      postLogoutRedirectUris: [`${app}/dang-nhap`],
    });
    server = await startServer({
      PORT: String(port),
      CCHC_OIDC_ISSUER: provider.issuer,
      CCHC_OIDC_CLIENT_ID: provider.clientId,
      CCHC_OIDC_CLIENT_SECRET: provider.clientSecret,
      CCHC_OIDC_LABEL: LABEL,
    });
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 768, height: 1024 },
      locale: 'vi-VN',
      reducedMotion: 'reduce',
    });
    page = await context.newPage();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await provider?.stop();
  });

  it(
    'makes the account by the rule, signs in and out through the provider, and refuses a stranger',
    { timeout: 300_000 },
    async () => {
      // The administrator (with a password: it stays on) adds the rule on "Đăng nhập một lần".
      await signInThroughPage(page, server.url, 'quantri');
      await page.getByRole('button', { name: 'Mở hoặc đóng danh sách chức năng' }).click();
      await page
        .getByRole('navigation', { name: 'Chức năng' })
        .getByRole('link', { name: 'Đăng nhập một lần' })
        .click();
      await expect.poll(() => page.getByTestId('sso-status').textContent()).toContain(`Đăng nhập bằng ${LABEL}`);
      await page.getByRole('button', { name: 'Thêm quy tắc' }).click();
      const dialog = page.getByRole('dialog', { name: 'Thêm quy tắc tạo tài khoản' });
      await dialog.getByLabel('Tên miền thư điện tử').fill('sở y tế');
      await dialog.getByRole('combobox', { name: 'Đơn vị của tài khoản được tạo' }).fill('Sở Tư pháp');
      await page
        .getByRole('option', { name: /Sở Tư pháp/ })
        .first()
        .click();
      await dialog.getByRole('button', { name: 'Thêm quy tắc' }).click();
      await dialog.getByText('Tên miền thư điện tử không hợp lệ').waitFor();
      const admin = await apiClientOf(page, server.url);
      expect((await body(await admin.get('/api/sso-account-rules'))).items).toHaveLength(0);
      await dialog.getByLabel('Tên miền thư điện tử').fill('soyte.quangtri.gov.vn');
      await dialog.getByRole('button', { name: 'Thêm quy tắc' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const rules = page.getByRole('table', { name: 'Quy tắc tạo tài khoản khi đăng nhập lần đầu' });
      await rules.getByRole('row', { name: /soyte\.quangtri\.gov\.vn.*Cán bộ báo cáo.*Sở Tư pháp/ }).waitFor();
      expect(await pageWidth()).toBeLessThanOrEqual(768);
      await shot('sso-rules-768');
      await page.getByRole('button', { name: /Đăng xuất/ }).click();
      await page.getByRole('heading', { name: 'Đăng nhập', exact: true }).waitFor();

      // The officer asks for the reports page, is sent to the login page, and signs in through the provider.
      await page.goto(`${server.url}/bao-cao`);
      const ssoButton = page.getByRole('link', { name: `Đăng nhập bằng ${LABEL}` });
      await ssoButton.waitFor();
      await shot('sso-login-page-768');
      await ssoButton.click();
      await page.waitForURL((url) => url.origin === provider.issuer);
      await signInAtProvider(OFFICER);
      await page.waitForURL(`${server.url}/bao-cao`);
      await page.getByRole('button', { name: /Đăng xuất/ }).waitFor();
      const officer = await apiClientOf(page, server.url);
      expect(officer.user).toMatchObject({ username: 'tran.thi.b', role: 'reporter' });
      await shot('sso-signed-in-768');

      // Signing out ends the provider's session: the browser comes back to the login page, and the next sign-in
      // asks at the provider again.
      await page.getByRole('button', { name: /Đăng xuất/ }).click();
      await page.waitForURL(`${server.url}/dang-nhap**`);
      await page.getByRole('heading', { name: 'Đăng nhập', exact: true }).waitFor();
      expect((await page.request.get(`${server.url}/api/auth/me`)).status()).toBe(401);
      await page.getByRole('link', { name: `Đăng nhập bằng ${LABEL}` }).click();
      await page.locator('input[name="login"]').waitFor();

      // A person of a domain with no rule and no account: told on the login page, nothing opened.
      await signInAtProvider('nguoi.la@khac.gov.vn');
      await page.waitForURL(`${server.url}/dang-nhap?sso=SSO_NO_ACCOUNT`);
      await page.getByRole('alert').filter({ hasText: 'chưa ứng với tài khoản cchc nào' }).waitFor();
      expect((await page.request.get(`${server.url}/api/auth/me`)).status()).toBe(401);
      await shot('sso-no-account-768');
    },
  );
});
