import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();

// Outside a trial (here CCHC_DEMO=false), a demo account signs in with the published password and must
// set its own before the app opens.
describe.skipIf(!run)('in the browser: a demo account outside the demo', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ CCHC_DEMO: 'false' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is asked for a new password, which cannot be dismissed nor be a common one, and then works', async () => {
    await page.goto(`${server.url}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('lanhdao');
    await page.getByLabel('Mật khẩu').fill('Demo@cchc2025');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đổi mật khẩu' });
    await dialog.getByText('Tài khoản này đang dùng mật khẩu mẫu công khai.', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(true);

    const fill = async (newPassword: string) => {
      await dialog.getByLabel(/^Mật khẩu hiện tại/).fill('Demo@cchc2025');
      await dialog.getByLabel(/^Mật khẩu mới/).fill(newPassword);
      await dialog.getByLabel(/^Nhập lại mật khẩu mới/).fill(newPassword);
      await dialog.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    };
    await fill('password123');
    await dialog.getByRole('alert').getByText('Mật khẩu mới: mật khẩu này quá phổ biến', { exact: false }).waitFor();
    await fill('Song#Huong7Chay');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('navigation', { name: 'Chức năng' }).waitFor();
  });
});
