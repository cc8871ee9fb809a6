/** Numbers and dates typed the Vietnamese way are read as meant, or refused under the field without wiping it. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body } from '../support/api.js';
import { apiClientOf, browserAvailable, chooseOption, launchBrowser, signInThroughPage } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();

describe.skipIf(!run)('in the browser: typing numbers and dates on a task', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let assignmentPath: string;
  const assignment = async () => body(await (await apiClientOf(page, server.url)).get(`/api${assignmentPath}`));

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    await signInThroughPage(page, server.url, 'camlo.baocao');
    await page.goto(`${server.url}/nhiem-vu`);
    await page.getByRole('table', { name: 'Danh sách nhiệm vụ' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Tài liệu kiểm chứng' }).waitFor();
    assignmentPath = `/assignments/${new URL(page.url()).pathname.split('/').pop()}`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('reads "60,5" and "60.5" in Tiến độ as 60,5 and refuses them as not whole, keeping the text; "60" saves 60', async () => {
    await chooseOption(page, page, 'Trạng thái', 'Đang thực hiện');
    const progress = page.getByRole('textbox', { name: 'Tiến độ (%)' });
    const saved = (await assignment()).progress;
    for (const typed of ['60,5', '60.5']) {
      await progress.fill(typed);
      // What was understood is said; before, "60,5" became 100% and "60.5" became 60.
      await page.getByText('Chỉ nhận số nguyên; đã đọc được 60,5.').waitFor();
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      expect(await progress.inputValue()).toBe(typed);
      expect((await assignment()).progress).toBe(saved);
    }
    await progress.fill('abc');
    await progress.blur();
    await page.getByText(/^"abc" không phải là số\./).waitFor();

    await progress.fill('60');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã cập nhật tình hình thực hiện.').first().waitFor();
    expect((await assignment()).progress).toBe(60);
  });

  it('refuses 31/02/2025 in Ngày ban hành under the field, keeping what was typed; an ISO date typed by hand is read', async () => {
    await page.getByLabel('Số, ký hiệu').fill('15/KH-UBND');
    await page.getByLabel('Trích yếu').fill('Kế hoạch cải cách hành chính năm 2025');
    const before = (await assignment()).documents.length;
    const issuedOn = page.getByRole('textbox', { name: 'Ngày ban hành' });
    await issuedOn.fill('31/02/2025');
    await page.getByRole('button', { name: 'Ghi văn bản' }).click();
    await page.getByText('Ngày ban hành: 31/02/2025 không phải là ngày hợp lệ (dd/mm/yyyy).').waitFor();
    expect(await issuedOn.inputValue()).toBe('31/02/2025');
    expect(await page.getByText(/mong đợi|nhận được null/).count()).toBe(0);
    expect((await assignment()).documents).toHaveLength(before);

    await issuedOn.fill('2025-01-20');
    await page.getByRole('button', { name: 'Ghi văn bản' }).click();
    await page.getByText('Đã ghi văn bản.').first().waitFor();
    const documents = (await assignment()).documents;
    expect(documents).toHaveLength(before + 1);
    expect(documents.map((d: { issuedOn: string }) => d.issuedOn)).toContain('2025-01-20');
    // The form is emptied for the next document, and the list shows the date dd/mm/yyyy.
    expect(await issuedOn.inputValue()).toBe('');
    await page.getByRole('cell', { name: '20/01/2025' }).waitFor();
  });
});
