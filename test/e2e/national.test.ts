/**
 * In the browser (issue #17.5): an installation holding two provinces (`cchc demo --second-province`), the
 * Ministry's officer opens the national page — the country's row and each province's, the same figures the API
 * gives — and downloads the national consolidated workbook; a province's coordinator has no such page.
 */
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumberVi } from '../../src/domain/text/format.js';
import { body } from '../support/api.js';
import { apiClientOf, browserAvailable, launchBrowser, signInThroughPage } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();

describe.skipIf(!run)('in the browser: the Ministry’s national page and its consolidated workbook', () => {
  let server: RunningServer;
  let browser: Browser;

  const open = async (username: string, width = 1280): Promise<Page> => {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signInThroughPage(page, server.url, username);
    return page;
  };

  beforeAll(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cchc-e2e-national-'));
    await promisify(execFile)(process.execPath, ['bin/cchc.mjs', 'demo', '--second-province'], {
      env: { ...process.env, CCHC_DATA_DIR: dataDir, CCHC_DEMO: 'true', DATABASE_URL: '' },
    });
    server = await startServer({ CCHC_DEMO: 'true' }, { dataDir, databaseUrl: '' });
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the country and both provinces as the API computes them, at 768 px too, and downloads them', async () => {
    const page = await open('bonoivu', 768);
    await page.goto(`${server.url}/toan-quoc`);
    const table = page.getByRole('table');
    await table.getByRole('rowheader', { name: 'Toàn quốc' }).waitFor();
    const rows = await table.getByRole('rowheader').allTextContents();
    expect(rows).toEqual(['Toàn quốc', 'UBND tỉnh Hà Tĩnh', 'UBND tỉnh Quảng Trị']);

    const api = await apiClientOf(page, server.url);
    const year = new Date().getFullYear();
    const view = await body(await api.get(`/api/national/figures?year=${year}&keys=dossiers.on_time_rate`));
    const country = view.national[0] as { value: number; numerator: number; denominator: number };
    expect(country.denominator).toBeGreaterThan(0);
    // The country's row shows the rate with its counts, Vietnamese-style ("5.538/5.910").
    await expect
      .poll(() => page.locator('table tbody tr').first().innerText())
      .toContain(`${formatNumberVi(country.numerator)}/${formatNumberVi(country.denominator)}`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải báo cáo tổng hợp toàn quốc (Excel)' }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('Số liệu toàn quốc')!;
    const names: string[] = [];
    sheet.eachRow((row) => names.push(String(row.getCell(1).value ?? '')));
    expect(names).toEqual(expect.arrayContaining(['Toàn quốc', 'UBND tỉnh Hà Tĩnh', 'UBND tỉnh Quảng Trị']));
  });

  it('is no page of a province’s coordinator: not in the menu, refused in Vietnamese when typed', async () => {
    const page = await open('hatinh.cchc');
    expect(await page.getByRole('link', { name: 'Toàn quốc', exact: true }).count()).toBe(0);
    await page.goto(`${server.url}/toan-quoc`);
    await page.getByText('Bạn không có quyền thực hiện xem số liệu toàn quốc.').waitFor();
  });
});
