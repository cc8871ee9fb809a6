/**
 * In the browser, on a tablet: a plan whose "Tổ chức thực hiện" gives two dated duties (Sở Tư pháp reports by
 * 07/6 and 07/11; Sở Nội vụ issues a plan by 31/3) is uploaded; the coordinator confirms the first and drops the
 * second in review, corrects an activity by hand and is asked before a re-reading with a column mapping discards
 * that correction (the duties decided are kept), and commits. The confirmed duty is an activity of the plan with Sở Tư pháp's assignment (the
 * dropped one has none), and Sở Tư pháp's reporter finds the task with both due dates, dd/mm/yyyy.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body } from '../support/api.js';
import { apiClientOf, browserAvailable, launchBrowser, signInThroughPage } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
const UPLOAD = join(import.meta.dirname, '../fixtures/plan-duties/ke-hoach-hai-nhiem-vu.txt');
const PLAN_NAME = 'Kế hoạch kiểm tra CCHC năm 2025 (nhiệm vụ tổ chức thực hiện)';
const REPORT_DUTY = 'Báo cáo kết quả kiểm tra văn bản quy phạm pháp luật 6 tháng';
const PLAN_DUTY = 'Xây dựng kế hoạch kiểm tra cải cách hành chính năm 2025';

describe.skipIf(!run)('in the browser: duties read from the plan’s text, confirmed, dropped and committed', () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinator: Page;
  let reporter: Page;
  let planId = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const tablet = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'vi-VN' });
    coordinator = await tablet.newPage();
    const desk = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    reporter = await desk.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const duties = () => coordinator.getByRole('table', { name: 'Nhiệm vụ đọc từ phần tổ chức thực hiện' });
  const dutyRow = (text: string) => duties().getByRole('row').filter({ hasText: text });
  const notice = async (page: Page, text: string) => {
    const shown = page.getByRole('alert').filter({ hasText: text });
    await shown.waitFor();
    await shown.getByRole('button').click();
  };

  it('shows both duties in review with their units and dates, on a 768 px tablet', async () => {
    await signInThroughPage(coordinator, server.url, 'snv.cchc');
    await coordinator.goto(`${server.url}/ke-hoach`);
    await coordinator.getByRole('heading', { name: 'Kế hoạch CCHC', level: 1 }).waitFor();
    await coordinator.getByRole('button', { name: 'Tải lên kế hoạch' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Tải lên văn bản kế hoạch' });
    await dialog.getByLabel('Tệp kế hoạch').setInputFiles(UPLOAD);
    await dialog.getByRole('button', { name: 'Tải lên', exact: true }).click();
    await coordinator.getByRole('heading', { name: 'Rà soát kế hoạch trước khi ghi' }).waitFor();

    await duties().waitFor();
    const report = dutyRow(REPORT_DUTY);
    await report.getByText('Sở Tư pháp', { exact: true }).waitFor();
    const reportText = (await report.textContent()) ?? '';
    expect(reportText).toContain('Báo cáo 6 tháng: 07/06/2025');
    expect(reportText).toContain('Báo cáo năm: 07/11/2025');
    expect(reportText).toContain('Chưa xem');
    const plan = dutyRow(PLAN_DUTY);
    await plan.getByText('Sở Nội vụ', { exact: true }).waitFor();
    expect(await plan.textContent()).toContain('Kế hoạch: 31/03/2025');
    // The review's tables scroll in their boxes: the page itself stays 768 px wide (a visually hidden column
    // title once escaped the activity table's scrolling box and widened it to 1 035 px).
    const widths = await coordinator
      .locator('html')
      .evaluate((html) => ({ page: html.scrollWidth, view: html.clientWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
  });

  it('confirms the report duty and drops the plan duty', async () => {
    await duties().getByRole('button', { name: 'Xác nhận TC-1' }).click();
    await dutyRow(REPORT_DUTY).getByText('Đã xác nhận').waitFor();
    await duties().getByRole('button', { name: 'Bỏ TC-2' }).click();
    await dutyRow(PLAN_DUTY).getByText('Đã bỏ').waitFor();
    expect(await dutyRow(REPORT_DUTY).textContent()).toContain('Đã xác nhận');
    await coordinator.screenshot({ path: 'test-results/plan-duties-768.png', fullPage: true });
  });

  it('asks before a re-reading discards a hand correction, and keeps the duties decided', async () => {
    const edit = coordinator.getByRole('button', { name: /^Sửa hoạt động “Xây dựng, ban hành Kế hoạch/ });
    await edit.click();
    const dialog = coordinator.getByRole('dialog', { name: 'Sửa hoạt động' });
    await dialog.getByLabel('Kết quả/Sản phẩm', { exact: true }).fill('Kế hoạch CCHC năm 2025 của tỉnh');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    const edited = coordinator.locator('tr[data-activity-id]').filter({ hasText: 'Đã sửa tay' });
    await edited.waitFor();
    expect(await edited.textContent()).toContain('Kế hoạch CCHC năm 2025 của tỉnh');

    await coordinator.getByRole('button', { name: 'Sửa cách đọc cột' }).click();
    const step = coordinator.getByRole('region', { name: 'Cách đọc bảng phụ lục' });
    await step.getByRole('button', { name: 'Áp dụng' }).click();
    const ask = coordinator.getByRole('dialog', { name: 'Đọc lại văn bản?' });
    await ask.getByText(/^Đọc lại sẽ bỏ 1 chỉnh sửa tay/).waitFor();
    await ask.getByText('Quyết định về 2 nhiệm vụ đọc từ phần tổ chức thực hiện được giữ nguyên.').waitFor();
    await ask.getByRole('listitem').filter({ hasText: '1. Xây dựng, ban hành Kế hoạch' }).waitFor();
    await coordinator.screenshot({ path: 'test-results/plan-reread-confirm-768.png' });
    // Cancel changes nothing: the correction stays.
    await ask.getByRole('button', { name: 'Hủy', exact: true }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await edited.count()).toBe(1);

    await step.getByRole('button', { name: 'Áp dụng' }).click();
    await ask.getByRole('button', { name: 'Đọc lại và bỏ chỉnh sửa' }).click();
    await notice(coordinator, 'Đã đọc lại văn bản: 3 hoạt động.');
    await step.waitFor({ state: 'detached' });
    expect(await edited.count()).toBe(0);
    expect(await dutyRow(REPORT_DUTY).textContent()).toContain('Đã xác nhận');
    expect(await dutyRow(PLAN_DUTY).textContent()).toContain('Đã bỏ');
  });

  it('commits: the confirmed duty is an activity with Sở Tư pháp’s assignment, the dropped one has none', async () => {
    await coordinator.getByRole('button', { name: 'Ghi thành kế hoạch' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Ghi kế hoạch' });
    await dialog.getByLabel('Tên kế hoạch').fill(PLAN_NAME);
    await dialog.getByRole('button', { name: 'Ghi thành kế hoạch' }).click();
    await coordinator.getByRole('heading', { name: PLAN_NAME, level: 1 }).waitFor();
    await notice(coordinator, `Đã ghi “${PLAN_NAME}”, phiên bản 1.`);
    planId = new URL(coordinator.url()).pathname.split('/').at(-1)!;
    // Three appendix lines and the confirmed duty, which is listed without an area with its two dates.
    await coordinator.getByRole('row', { name: 'Hoạt động 4', exact: true }).waitFor();
    const duty = coordinator.getByRole('row').filter({ hasText: REPORT_DUTY });
    await duty.first().waitFor();
    expect(await duty.first().textContent()).toContain('07/11/2025');
    expect(await coordinator.getByRole('row').filter({ hasText: PLAN_DUTY }).count()).toBe(0);

    await coordinator.goto(`${server.url}/nhiem-vu?planId=${planId}`);
    const tasks = coordinator.getByRole('table', { name: 'Danh sách nhiệm vụ' });
    const task = tasks.getByRole('row').filter({ hasText: REPORT_DUTY });
    await task.waitFor();
    const text = (await task.textContent()) ?? '';
    expect(text).toContain('Sở Tư pháp');
    expect(text).toContain('07/11/2025');
    expect(await tasks.getByRole('row').filter({ hasText: PLAN_DUTY }).count()).toBe(0);

    // The same through the API: one assignment, Sở Tư pháp's, with both milestones.
    const api = await apiClientOf(coordinator, server.url);
    const list = await body(await api.get(`/api/assignments?planId=${planId}&pageSize=100`));
    const fromDuty = list.items.filter((i: { title: string }) => i.title.includes(REPORT_DUTY));
    expect(fromDuty.map((i: { unitName: string; role: string }) => [i.unitName, i.role])).toEqual([
      ['Sở Tư pháp', 'lead'],
    ]);
    expect(fromDuty[0].milestones.map((m: { dueOn: string }) => m.dueOn)).toEqual(['2025-06-07', '2025-11-07']);
    expect(list.items.some((i: { title: string }) => i.title.includes(PLAN_DUTY))).toBe(false);
  });

  it('shows Sở Tư pháp’s reporter the task with both due dates, dd/mm/yyyy', async () => {
    await signInThroughPage(reporter, server.url, 'stp.baocao');
    await reporter.goto(`${server.url}/nhiem-vu?planId=${planId}`);
    const task = reporter
      .getByRole('table', { name: 'Danh sách nhiệm vụ' })
      .getByRole('row')
      .filter({ hasText: REPORT_DUTY });
    await task.waitFor();
    await task.getByRole('link').click();
    const milestones = reporter.getByRole('table', { name: 'Các mốc thời hạn' });
    await milestones.waitFor();
    const text = (await milestones.textContent()) ?? '';
    expect(text).toContain('Báo cáo 6 tháng');
    expect(text).toContain('07/06/2025');
    expect(text).toContain('Báo cáo năm');
    expect(text).toContain('07/11/2025');
    expect(text).not.toMatch(/2025-\d\d-\d\d/);
    await reporter.screenshot({ path: 'test-results/plan-duties-reporter.png', fullPage: true });
  });
});
