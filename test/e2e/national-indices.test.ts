import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body } from '../support/api.js';
import { apiClientOf, browserAvailable, launchBrowser, signInThroughPage } from '../support/browser.js';
import { SMALL_PDF } from '../support/plan.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();

/**
 * The coordinator opens "Chỉ số quốc gia" on the demo's published years (across the 2025 merger), sees the chart
 * with its table and the plan's targets judged, enters a year, opens last year's points lost and turns area 5 into
 * an assignment for Sở Tư pháp; that agency's reporter then sees the task among theirs.
 */
describe.skipIf(!run)('in the browser: national indices, their targets, and lost points made into work', () => {
  let server: RunningServer;
  let browser: Browser;
  const open = async (username: string, width: number) => {
    const context = await browser.newContext({
      viewport: { width, height: 1100 },
      locale: 'vi-VN',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await signInThroughPage(page, server.url, username);
    return page;
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(
    'shows the years, judges the targets, and assigns the lost points the agency then sees',
    { timeout: 150_000 },
    async () => {
      const year = new Date().getFullYear();
      const page = await open('snv.cchc', 1280);
      await page.goto(`${server.url}/chi-so-quoc-gia`);
      await page.getByRole('heading', { name: 'Chỉ số quốc gia của tỉnh', level: 1 }).waitFor();
      const table = page.getByRole('table', { name: /Điểm và thứ hạng qua các năm/ });
      await table.waitFor();
      await expect.poll(() => table.locator('tbody tr').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(5);
      await expect.poll(() => table.textContent(), { timeout: 15_000 }).toContain('Quảng Bình (trước sáp nhập)');
      await expect.poll(() => page.getByText(/mục tiêu nhóm 15\): đạt/).count(), { timeout: 15_000 }).toBe(1);
      await expect.poll(() => page.getByText(`Chưa có kết quả năm ${year}`).count(), { timeout: 15_000 }).toBe(1);

      // Enter this year's result through the form: the target on it now has a verdict.
      await page.getByRole('button', { name: 'Nhập kết quả một năm' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Năm').fill(String(year));
      await dialog.getByLabel('Tỉnh', { exact: true }).fill('Quảng Trị');
      await dialog.getByLabel('Điểm').fill('90,12');
      await dialog.getByLabel('Thứ hạng').fill('9');
      await dialog.getByLabel('Trên số tỉnh').fill('34');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await expect.poll(() => table.textContent(), { timeout: 15_000 }).toContain('90,12');
      await expect
        .poll(() => page.getByText(/tăng 3 bậc so với năm \d+ \(mục tiêu tăng 2 bậc\): đạt/).count(), {
          timeout: 15_000,
        })
        .toBe(1);
      await page.screenshot({ path: 'test-results/indices-desktop.png', fullPage: true });

      // The published document of that year is uploaded from its row, then listed there for download.
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: `Tải văn bản công bố năm ${year} lên` }).click();
      await (
        await chooser
      ).setFiles({
        name: 'cong-bo-par-index.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(SMALL_PDF),
      });
      await expect
        .poll(() => page.getByRole('status').first().textContent(), { timeout: 15_000 })
        .toContain(`Đã đính kèm cong-bo-par-index.pdf cho năm ${year}.`);
      const link = table.getByRole('link', { name: 'cong-bo-par-index.pdf' });
      await link.waitFor();
      const download = await (
        await page.request.get(new URL((await link.getAttribute('href'))!, server.url).href)
      ).body();
      expect(Buffer.from(download).equals(Buffer.from(SMALL_PDF))).toBe(true);

      // Last year's points lost; area 5 becomes an assignment of Sở Tư pháp in this year's plan.
      const lastYearRow = table
        .locator('tbody tr')
        .filter({ has: page.getByRole('rowheader', { name: String(year - 1), exact: true }) });
      await lastYearRow.getByRole('button', { name: 'Điểm bị mất' }).click();
      const lost = page.getByRole('table', { name: 'Điểm bị mất' });
      await lost.waitFor();
      await page.screenshot({ path: 'test-results/indices-lost.png', fullPage: true });
      await lost
        .locator('tbody tr')
        .filter({ hasText: '5. Cải cách chế độ công vụ' })
        .getByRole('button', { name: 'Giao nhiệm vụ' })
        .click();
      const assign = page.getByRole('dialog');
      await assign.getByLabel('Cơ quan chủ trì').click();
      await page.getByRole('option', { name: 'Sở Tư pháp' }).click();
      await assign.getByLabel('Đưa vào kế hoạch').click();
      await page.getByRole('option', { name: `Kế hoạch CCHC tỉnh Quảng Trị năm ${year}` }).click();
      await assign.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
      await expect.poll(() => lost.textContent(), { timeout: 15_000 }).toContain('Sở Tư pháp');

      const narrow = await open('snv.cchc', 768);
      await narrow.goto(`${server.url}/chi-so-quoc-gia`);
      await narrow.getByRole('table', { name: /Điểm và thứ hạng qua các năm/ }).waitFor();
      await narrow.screenshot({ path: 'test-results/indices-768.png', fullPage: true });

      // The agency's reporter sees the task, with the index, year, area and points lost in its title.
      const reporter = await open('stp.baocao', 1280);
      const api = await apiClientOf(reporter, server.url);
      const tasks = await body(
        await api.get(`/api/assignments?page=1&pageSize=50&q=${encodeURIComponent('Khắc phục điểm bị mất')}`),
      );
      const task = tasks.items.find((i: { title: string }) => i.title.startsWith('Khắc phục điểm bị mất'));
      expect(task.title).toMatch(
        new RegExp(`PAR INDEX\\) năm ${year - 1}, lĩnh vực 5 \\(Cải cách chế độ công vụ\\): mất`),
      );
      expect(task.dueOn).toBe(`${year}-12-31`);
      // Among the agency's many tasks it is found through the list's own search box.
      await reporter.goto(`${server.url}/nhiem-vu`);
      await reporter.getByLabel('Tìm nhiệm vụ').fill('Khắc phục điểm bị mất');
      await reporter.getByLabel('Tìm nhiệm vụ').press('Enter');
      await reporter
        .getByRole('table', { name: 'Danh sách nhiệm vụ' })
        .getByText(/Khắc phục điểm bị mất/)
        .first()
        .waitFor();
    },
  );
});
