/**
 * A target that updates itself (issue 11, item 2), in the browser: on the plan's page the coordinator links a
 * target to a tracked figure, and the reports page's targets then show its value for the period, computed,
 * with its source and the units it covers, without anyone typing it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumberVi } from '../../src/domain/text/format.js';
import { body, type Client } from '../support/api.js';
import { apiClientOf, browserAvailable, chooseOption, launchBrowser, signInThroughPage } from '../support/browser.js';
import { DEMO_PLAN_NAME, DEMO_YEAR, demoPeriodOf, type DemoPeriod } from '../support/demo.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
const FIGURE = 'Tỷ lệ báo cáo gửi đúng hạn';
const SPAN: Record<string, string> = { Q1: 'q1', H1: 'first_half', M9: 'nine_months', Y: 'year' };

interface Target {
  id: string;
  subject: string;
  unit: string;
  level: string | null;
  figure: { key: string | null; status: string | null };
  province: { value: number | null; source: string | null; coverageLabel: string };
}

describe.skipIf(!run)('in the browser: the coordinator links a target to a tracked figure', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let api: Client;
  let planId: string;
  let period: DemoPeriod;
  let target: Target;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    await signInThroughPage(page, server.url, 'snv.cchc');
    api = await apiClientOf(page, server.url);
    planId = (await body(await api.get('/api/plans'))).find((p: { name: string }) => p.name === DEMO_PLAN_NAME).id;
    period = demoPeriodOf(await body(await api.get(`/api/plans/${planId}/periods`)));
    const targets: Target[] = await body(await api.get(`/api/plans/${planId}/indicators?periodId=${period.id}`));
    // A province-wide % target with no confirmed figure, whose subject names one row.
    target = targets.find(
      (t) =>
        t.unit === '%' &&
        t.level === null &&
        t.figure.status !== 'confirmed' &&
        targets.filter((o) => o.subject === t.subject).length === 1,
    )!;
    expect(target).toBeDefined();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('links it on the plan page, and the reports page shows the value computed for the period', async () => {
    await page.goto(`${server.url}/ke-hoach/${planId}`);
    await page.getByRole('table', { name: 'Chỉ tiêu' }).waitFor();
    await chooseOption(page, page, `Đổi số liệu: ${target.subject}`, FIGURE);
    await page.getByText('Đã cập nhật số liệu theo dõi của chỉ tiêu.').first().waitFor();
    const row = page.getByRole('row').filter({ hasText: target.subject });
    await row.getByText('Đã xác nhận').waitFor();

    // The catalogue's own answer for the period (year to date) over the province.
    const span = SPAN[period.code] ?? 'year';
    const figures = await body(
      await api.get(`/api/figures?keys=reports.on_time_rate&level=province&year=${DEMO_YEAR}&span=${span}`),
    );
    const expected = figures.values[0] as { value: number | null; unitsCovered?: number };
    // The demo's reports of the year so far: some due, some sent (on time or not), so there is a value.
    expect(expected.value).not.toBeNull();

    await page.goto(`${server.url}/bao-cao?planId=${planId}&periodId=${period.id}`);
    const targets = page.getByRole('table', { name: 'Tình trạng các chỉ tiêu' });
    await targets.waitFor();
    const line = targets.getByRole('row').filter({ hasText: target.subject });
    await line.getByText(`tự động từ số liệu theo dõi: ${FIGURE}`).waitFor();
    await line.getByText(`${formatNumberVi(expected.value!, 2)}%`, { exact: true }).waitFor();
    const listed: Target[] = await body(await api.get(`/api/plans/${planId}/indicators?periodId=${period.id}`));
    const after = listed.find((t) => t.id === target.id)!;
    expect(after.figure).toMatchObject({ key: 'reports.on_time_rate', status: 'confirmed' });
    expect(after.province).toMatchObject({ source: 'catalogue', value: expected.value });
    await line.getByText(after.province.coverageLabel).first().waitFor();
  });
});
