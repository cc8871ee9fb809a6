/**
 * In the browser: a plan line whose deadline cell names several due dates (Quảng Trị II.5, "Báo cáo: … báo cáo 6
 * tháng (trước ngày 07/6), báo cáo năm (trước ngày 07/11)") shows them, each with its label, on the task of the
 * unit that leads it (Sở Tư pháp's reporter), who marks one done or open again; the plan's page shows them too.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body } from '../support/api.js';
import { apiClientOf, browserAvailable, launchBrowser, signInThroughPage } from '../support/browser.js';
import { DEMO_PLAN_NAME, DEMO_YEAR } from '../support/demo.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
const ACTIVITY = 'Xây dựng Kế hoạch, báo cáo kết quả thực hiện công tác PBGDPL';

describe.skipIf(!run)('in the browser: a task with several due dates', () => {
  let server: RunningServer;
  let browser: Browser;
  let reporter: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 768, height: 1000 }, locale: 'vi-VN' });
    reporter = await context.newPage();
    await signInThroughPage(reporter, server.url, 'stp.baocao');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows each milestone with its label and date on the unit’s task, and marks one', async () => {
    const api = await apiClientOf(reporter, server.url);
    const page = await body(await api.get(`/api/assignments?q=${encodeURIComponent('PBGDPL')}&pageSize=100`));
    const task = page.items.find(
      (i: { title: string; planName: string }) => i.title === ACTIVITY && i.planName === DEMO_PLAN_NAME,
    );
    expect(task).toBeTruthy();
    expect(task.milestones.map((m: { label: string }) => m.label)).toEqual([
      'Kế hoạch',
      'Báo cáo 6 tháng',
      'Báo cáo năm',
    ]);

    await reporter.goto(`${server.url}/nhiem-vu/${task.id}`);
    const table = reporter.getByRole('table', { name: 'Các mốc thời hạn' });
    await table.waitFor();
    const half = table.getByRole('row').filter({ hasText: 'Báo cáo 6 tháng' });
    const year = table.getByRole('row').filter({ hasText: 'Báo cáo năm' });
    await expect(half.textContent()).resolves.toContain(`07/06/${DEMO_YEAR}`);
    await expect(year.textContent()).resolves.toContain(`07/11/${DEMO_YEAR}`);

    // The year report's milestone: marked done if open, open again if the demo's history had it done.
    const wasDone = (await year.textContent())!.includes('Đã xong');
    await year.getByRole('button', { name: wasDone ? /^Bỏ đánh dấu/ : /^Đánh dấu đã xong/ }).click();
    await year.getByRole('button', { name: wasDone ? /^Đánh dấu đã xong/ : /^Bỏ đánh dấu/ }).waitFor();
    expect((await year.textContent())!.includes('Đã xong')).toBe(!wasDone);
    const after = await body(await api.get(`/api/assignments/${task.id}`));
    expect(after.milestones[2].doneOn === null).toBe(wasDone);

    // The task list shows the dates under the due date.
    await reporter.goto(`${server.url}/nhiem-vu`);
    const row = reporter.getByRole('row').filter({ hasText: ACTIVITY }).first();
    if (await row.count()) await expect(row.textContent()).resolves.toContain(`Báo cáo năm · 07/11/${DEMO_YEAR}`);
  });
});
