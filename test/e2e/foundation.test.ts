import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
/** A link of the main navigation (page content may hold links with the same words). */
const navLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name, exact: true });

describe.skipIf(!run)('in the browser: sign in, the unit directory, sign out', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('npm start prints the demo accounts and serves the Vietnamese login page', async () => {
    expect(server.output()).toContain('snv.cchc');
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('refuses a wrong password in Vietnamese', async () => {
    await page.getByLabel('Tên đăng nhập').fill('snv.cchc');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-9');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').first().waitFor();
  });

  it('signs a coordinator in and shows the unit directory, searchable without diacritics', async () => {
    await page.getByLabel('Mật khẩu').fill('Demo@cchc2025');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await navLink(page, 'Đơn vị').click();
    const table = page.getByRole('table', { name: 'Danh mục đơn vị' });
    await table.getByRole('link', { name: 'UBND tỉnh Quảng Trị', exact: true }).waitFor();
    await page.getByLabel('Tìm đơn vị').fill('thong tin truyen thong');
    await table.getByRole('link', { name: 'Sở Thông tin và Truyền thông', exact: true }).waitFor();
    // The search narrowed the list: the province itself is gone from it.
    await table.getByRole('link', { name: 'UBND tỉnh Quảng Trị', exact: true }).waitFor({ state: 'detached' });
    await page.screenshot({ path: 'test-results/unit-directory.png' });
  });

  it('signs out and is back at the login page; the API now answers 401', async () => {
    await page.getByRole('button', { name: /Đăng xuất/ }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    const status = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(status).toBe(401);
  });

  it('does not offer account management to a reporter', async () => {
    await page.getByLabel('Tên đăng nhập').fill('camlo.baocao');
    await page.getByLabel('Mật khẩu').fill('Demo@cchc2025');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await navLink(page, 'Đơn vị').waitFor();
    expect(await navLink(page, 'Người dùng').count()).toBe(0);
    const status = await page.evaluate(async () => (await fetch('/api/users')).status);
    expect(status).toBe(403);
  });
});
