/**
 * API tokens in the browser, at 768 px: the administrator opens "Mã truy cập API" from the menu and issues a token
 * to "Nền tảng LGSP tỉnh" for reading figures (an empty name and a day already past are refused under their fields,
 * nothing issued); the token is shown once, copied, and once its dialog is closed it is nowhere on the page, the list
 * showing only its first characters. The other system calls the API with it: the figure catalogue answers, the
 * users (outside its scope) are refused in Vietnamese. The administrator revokes it with a reason; the list says
 * so, and the token is refused from then on.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateVi, localDateOf } from '../../src/domain/text/format.js';
import { body } from '../support/api.js';
import { apiClientOf, browserAvailable, launchBrowser, signInThroughPage } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
const SYSTEM = 'Nền tảng LGSP tỉnh';
/** Letters only Vietnamese uses: a message holding one is in Vietnamese. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe.skipIf(!run)('in the browser: an API token for another system, issued once and revoked', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
  /** The other system's own request: no session, the token in its header. */
  const callWith = (token: string, path: string) =>
    fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  /** Nothing sticks out sideways at 768 px: a wide table scrolls inside its own box. */
  const pageWidth = () => page.evaluate<number>('document.documentElement.scrollWidth');

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 768, height: 1024 },
      locale: 'vi-VN',
      reducedMotion: 'reduce',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(
    'issues a token, shows it once, lets the system call within its scope, and revokes it',
    { timeout: 240_000 },
    async () => {
      await signInThroughPage(page, server.url, 'quantri');
      const admin = await apiClientOf(page, server.url);
      const tokens = async () => (await body(await admin.get('/api/api-tokens'))).items as { name: string }[];

      // From the menu (behind the burger at 768 px), right after the users.
      await page.getByRole('button', { name: 'Mở hoặc đóng danh sách chức năng' }).click();
      const menu = page.getByRole('navigation', { name: 'Chức năng' });
      const links = await menu.getByRole('link').allTextContents();
      expect(links[links.indexOf('Người dùng') + 1]).toBe('Mã truy cập API');
      await menu.getByRole('link', { name: 'Mã truy cập API' }).click();
      await page.getByRole('heading', { name: 'Mã truy cập API', level: 1 }).waitFor();
      await page.getByText('Chưa cấp mã truy cập nào.').waitFor();

      // An empty name: refused under the field, in Vietnamese; nothing issued.
      await page.getByRole('button', { name: 'Cấp mã truy cập' }).click();
      const dialog = page.getByRole('dialog', { name: 'Cấp mã truy cập API' });
      const name = dialog.getByRole('textbox', { name: 'Tên hệ thống' });
      await dialog.getByRole('checkbox', { name: /^Đọc số liệu và chỉ tiêu/ }).check();
      await dialog.getByRole('button', { name: 'Cấp mã' }).click();
      await dialog.getByText('Hãy nhập tên hệ thống (ít nhất 3 ký tự).').waitFor();
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      expect(await tokens()).toEqual([]);

      // A last day already past: the server's refusal, under the date field.
      await name.fill(SYSTEM);
      const expires = dialog.getByRole('textbox', { name: 'Hết hạn' });
      await expires.fill(formatDateVi(localDateOf(new Date(Date.now() - 86_400_000))));
      await dialog.getByRole('button', { name: 'Cấp mã' }).click();
      await dialog.getByText('Ngày hết hạn đã qua: hãy chọn hôm nay hoặc một ngày sau.').first().waitFor();
      expect(await expires.getAttribute('aria-invalid')).toBe('true');
      expect(await tokens()).toEqual([]);
      await shot('api-tokens-issue-refused-768');

      // Until revoked: the token, shown this once, with the warning and how to send it.
      await dialog.getByRole('button', { name: /^Hủy: Hết hạn/ }).click();
      expect(await expires.inputValue()).toBe('');
      await dialog.getByRole('button', { name: 'Cấp mã' }).click();
      const shown = page.getByRole('dialog', { name: `Mã truy cập của ${SYSTEM}` });
      await shown.waitFor();
      await dialog.waitFor({ state: 'detached' });
      const token = await shown.getByRole('textbox', { name: 'Mã truy cập' }).inputValue();
      expect(token).toMatch(/^cchc_\S{20,}$/);
      expect(await shown.getByRole('textbox', { name: 'Mã truy cập' }).getAttribute('readonly')).not.toBeNull();
      await shown
        .getByText(
          `Mã này chỉ hiện một lần. Hãy sao chép và lưu vào hệ thống ${SYSTEM} ngay bây giờ; cchc không lưu mã.`,
        )
        .waitFor();
      await shown.getByText('Authorization: Bearer <mã>').waitFor();
      await shown.getByRole('button', { name: 'Sao chép' }).click();
      await shown.getByRole('button', { name: 'Đã sao chép' }).waitFor();
      expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(token);
      expect(await pageWidth()).toBeLessThanOrEqual(768);
      await shot('api-tokens-issued-768');
      await shown.getByRole('button', { name: 'Đã lưu mã, đóng' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      // The list: the system, its scope, the token's first characters — and the token nowhere.
      const table = page.getByRole('table', { name: 'Mã truy cập API' });
      const row = table.getByRole('row').filter({ hasText: SYSTEM });
      await row.getByText('Còn hiệu lực').waitFor();
      const prefix = `${token.slice(0, 'cchc_'.length + 6)}…`;
      await row.getByText(prefix, { exact: true }).waitFor();
      expect(await row.textContent()).toContain('Đọc số liệu và chỉ tiêu');
      expect(await row.textContent()).toContain(`${formatDateVi(localDateOf(new Date()))}bởi Quản trị hệ thống`);
      expect(await row.textContent()).toContain('Không hết hạn');
      expect(await row.textContent()).toContain('Chưa dùng');
      expect(await page.locator('body').innerText()).not.toContain(token);
      expect(await page.content()).not.toContain(token);
      await shot('api-tokens-list-768');

      // The other system, with the token: its scope answers, what lies outside it is refused in Vietnamese.
      const catalogue = await callWith(token, '/api/figures/catalogue');
      expect(catalogue.status).toBe(200);
      expect((await body(catalogue)).length).toBeGreaterThan(0);
      const users = await callWith(token, '/api/users');
      const refusal = await body(users);
      expect(users.status, JSON.stringify(refusal)).toBe(403);
      expect(refusal.message).toMatch(VIETNAMESE);

      // Its last use shows once the list is read again.
      await page.reload();
      await row.getByText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/).waitFor();

      // Revoked with a reason (asked for, and the step named irreversible).
      await row.getByRole('button', { name: `Thu hồi mã của ${SYSTEM}` }).click();
      const revoke = page.getByRole('dialog', { name: `Thu hồi mã truy cập của ${SYSTEM}` });
      await revoke.getByText(/không thể khôi phục/).waitFor();
      await revoke.getByRole('button', { name: 'Thu hồi mã' }).click();
      await revoke.getByText('Hãy ghi lý do (ít nhất 3 ký tự).').waitFor();
      expect((await callWith(token, '/api/figures/catalogue')).status).toBe(200);
      await revoke.getByRole('textbox', { name: 'Lý do' }).fill('Nền tảng LGSP chuyển sang mã mới');
      await revoke.getByRole('button', { name: 'Thu hồi mã' }).click();
      await page.getByText('Đã thu hồi mã truy cập.').waitFor();
      // Every dialog gone (the closing one loses its title first, so wait for none at all).
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await row.getByText('Đã thu hồi', { exact: true }).waitFor();
      await row.getByText(/Lý do: Nền tảng LGSP chuyển sang mã mới/).waitFor();
      expect(await row.getByRole('button', { name: /^Thu hồi/ }).count()).toBe(0);
      expect(await pageWidth()).toBeLessThanOrEqual(768);
      await shot('api-tokens-revoked-768');

      // From then on the token is refused.
      const after = await callWith(token, '/api/figures/catalogue');
      const afterBody = await body(after);
      expect(after.status, JSON.stringify(afterBody)).toBe(401);
      expect(afterBody.code).toBe('API_TOKEN_INVALID');
    },
  );
});
