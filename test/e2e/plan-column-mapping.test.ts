import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, signInThroughPage } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
/**
 * The document uploaded: a PDF (as provinces publish plans) whose appendix header row says "Cột 1 … Cột 6",
 * printed by LibreOffice from the text export beside it (make-pdf.ts there).
 */
const UPLOAD = join(import.meta.dirname, '../fixtures/column-mapping/ke-hoach-cot-so.pdf');
const PLAN_NAME = 'Kế hoạch CCHC năm 2025 (phụ lục đánh số cột)';
/** What each column of the fixture's table holds. */
const COLUMNS = ['Số thứ tự', 'Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian'];

describe.skipIf(!run)('in the browser, on a tablet: a table the reader was not sure of, mapped and committed', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 768, height: 1024 }, locale: 'vi-VN' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const step = () => page.getByRole('region', { name: 'Cách đọc bảng phụ lục' });
  const column = (n: number) => step().getByRole('combobox', { name: `Cột ${n}`, exact: true });
  const activityRows = () =>
    page.getByRole('region', { name: 'Hoạt động theo lĩnh vực' }).locator('tbody tr[data-activity-id]');
  const notice = async (text: RegExp | string) => {
    const shown = page.getByRole('alert').filter({ hasText: text });
    await shown.waitFor();
    await shown.getByRole('button').click();
  };

  it('shows the rows found and a select above each column instead of an empty plan', async () => {
    await signInThroughPage(page, server.url, 'snv.cchc');
    await page.goto(`${server.url}/ke-hoach`);
    await page.getByRole('heading', { name: 'Kế hoạch CCHC', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Tải lên kế hoạch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tải lên văn bản kế hoạch' });
    await dialog.getByLabel('Tệp kế hoạch').setInputFiles(UPLOAD);
    await dialog.getByRole('button', { name: 'Tải lên', exact: true }).click();
    await page.getByRole('heading', { name: 'Rà soát kế hoạch trước khi ghi' }).waitFor();

    await step()
      .getByText(/Không nhận ra hàng tiêu đề/)
      .waitFor();
    await step().getByRole('cell', { name: 'Cột 1', exact: true }).waitFor();
    await step().getByRole('cell', { name: 'Xây dựng, ban hành Kế hoạch cải cách hành chính của tỉnh' }).waitFor();
    expect(await activityRows().count()).toBe(0);
    // The grid scrolls inside its box; the page itself stays 768 px wide.
    const widths = await page.locator('html').evaluate((html) => ({ page: html.scrollWidth, view: html.clientWidth }));
    const grid = await step()
      .getByRole('table', { name: 'Cách đọc bảng phụ lục' })
      .evaluate((table) => table.scrollWidth);
    expect(grid).toBeGreaterThan(widths.view);
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    await page.screenshot({ path: 'test-results/plan-column-mapping-768.png', fullPage: true });
  });

  it('reads the activities with the columns as chosen, header and first data row picked by a click', async () => {
    await step().getByRole('radio', { name: 'Hàng tiêu đề' }).check({ force: true });
    await step().getByRole('button', { name: 'Hàng 1', exact: true }).click();
    await step().getByRole('button', { name: 'Hàng 2', exact: true }).click();
    // A first reading with the lead and cooperating columns the wrong way round.
    const wrong = [...COLUMNS];
    [wrong[3], wrong[4]] = [COLUMNS[4]!, COLUMNS[3]!];
    for (const [i, role] of wrong.entries()) await column(i + 1).selectOption({ label: role });
    await step().getByRole('button', { name: 'Áp dụng' }).click();
    await notice('Đã đọc lại văn bản: 4 hoạt động.');
    await step().waitFor({ state: 'detached' });
    expect(await activityRows().count()).toBe(4);
    await activityRows()
      .first()
      .getByRole('cell', { name: 'Sở, ban, ngành cấp tỉnh; UBND cấp huyện', exact: true })
      .first()
      .waitFor();
  });

  it('corrects a wrongly read column through “Sửa cách đọc cột”', async () => {
    await page.getByRole('button', { name: 'Sửa cách đọc cột' }).click();
    expect(await column(4).inputValue()).toBe('cooperating');
    await column(4).selectOption({ label: 'Chủ trì' });
    await column(5).selectOption({ label: 'Phối hợp' });
    await step().getByRole('button', { name: 'Áp dụng' }).click();
    await notice('Đã đọc lại văn bản: 4 hoạt động.');
    await step().waitFor({ state: 'detached' });
    const first = activityRows().first();
    await first.getByRole('cell', { name: 'Sở Nội vụ', exact: true }).waitFor();
  });

  it('commits the plan', async () => {
    await page.getByRole('button', { name: 'Ghi thành kế hoạch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi kế hoạch' });
    await dialog.getByLabel('Tên kế hoạch').fill(PLAN_NAME);
    await dialog.getByRole('button', { name: 'Ghi thành kế hoạch' }).click();
    await page.getByRole('heading', { name: PLAN_NAME, level: 1 }).waitFor();
    await notice(`Đã ghi “${PLAN_NAME}”, phiên bản 1.`);
    await page.getByRole('row', { name: 'Hoạt động 4', exact: true }).waitFor();
  });
});
