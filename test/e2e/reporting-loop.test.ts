import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClientOf, browserAvailable, chooseOption, launchBrowser, signInThroughPage } from '../support/browser.js';
import { DEMO_PLAN_NAME } from '../../src/services/demo/load-demo-reporting.js';
import { body } from '../support/api.js';
import { SMALL_PDF } from '../support/plan.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
const NINE_MONTHS = /^9 tháng đầu năm 2025/;
const EVIDENCE_NAME = 'Ke hoach CCHC xa Cam Lo.pdf';

describe.skipIf(!run)('in the browser: a unit reports, the coordinator returns, the unit fixes, the coordinator accepts', () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinator: Page;
  let reporter: Page;
  let leader: Page;
  let scratch: string;
  let planId: string;
  /** The demo's 9-month figures before this test's unit reports: it seeds one accepted and one returned report. */
  let before: { received: number; accepted: number };
  let reportUrl: string;
  let activity: string;

  const open = async (username: string) => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await signInThroughPage(page, server.url, username);
    return page;
  };
  const boardFigure = (page: Page, name: string) => page.locator('dl > div').filter({ hasText: name }).locator('dd');
  const openBoard = async (page: Page) => {
    await page.goto(`${server.url}/bao-cao?planId=${planId}`);
    await chooseOption(page, page, 'Kỳ báo cáo', NINE_MONTHS);
    await page.getByRole('heading', { name: /Tình hình nộp báo cáo: 9 tháng đầu năm 2025/ }).waitFor();
  };
  const notice = (page: Page, text: string) => page.locator('.mantine-Notification-root').filter({ hasText: text }).first().waitFor();
  /** Clicks an action that asks first, and confirms in the dialog that says what will happen. */
  const confirmed = async (page: Page, button: string, title: string) => {
    await page.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: title });
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'cchc-e2e-evidence-'));
    await writeFile(join(scratch, EVIDENCE_NAME), SMALL_PDF);
    server = await startServer();
    browser = await launchBrowser();
    coordinator = await open('snv.cchc');
    // `cchc start` seeds the demo with the real Quảng Trị plan committed, its assignments and periods.
    const api = await apiClientOf(coordinator, server.url);
    planId = (await body(await api.get('/api/plans'))).find((plan: { name: string }) => plan.name === DEMO_PLAN_NAME).id;
    const nineMonths = (await body(await api.get(`/api/plans/${planId}/periods`))).find((period: { code: string }) => period.code === 'M9');
    before = await body(await api.get(`/api/periods/${nineMonths.id}/completeness`));
    reporter = await open('camlo.baocao');
    leader = await open('lanhdao');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it("lands a reporter on the unit's tasks, every 2025 deadline now overdue", async () => {
    await reporter.getByRole('heading', { name: 'Nhiệm vụ', level: 1 }).waitFor();
    expect(new URL(reporter.url()).pathname).toBe('/nhiem-vu');
    const table = reporter.getByRole('table', { name: 'Danh sách nhiệm vụ' });
    await table.getByText('UBND xã Cam Lộ').first().waitFor();
    expect(await table.getByText('Quá hạn').count()).toBeGreaterThan(0);
    await reporter.getByRole('button', { name: /Quá hạn/ }).first().click();
    await reporter.waitForURL(/due=overdue/);
  });

  it("opens the unit's 9-month report, attaches evidence to an assignment and records it as done", async () => {
    await reporter.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await chooseOption(reporter, reporter, 'Kỳ báo cáo', NINE_MONTHS);
    await reporter.getByRole('link', { name: 'Mở báo cáo kỳ này' }).click();
    await reporter.getByRole('heading', { name: 'Báo cáo 9 tháng đầu năm 2025' }).waitFor();
    reportUrl = reporter.url();
    const item = reporter.getByRole('article').first();
    activity = (await item.getAttribute('aria-label'))!;

    // Evidence is uploaded on the assignment's page, then chosen in the report.
    await item.getByRole('link', { name: 'Mở nhiệm vụ (tải minh chứng)' }).click();
    await reporter.getByRole('heading', { name: 'Tài liệu kiểm chứng' }).waitFor();
    // The form checks with the server's rules before sending: done needs a completion date.
    await chooseOption(reporter, reporter, 'Trạng thái', 'Hoàn thành');
    await reporter.getByRole('button', { name: 'Lưu', exact: true }).click();
    await reporter.getByText('Trạng thái "Hoàn thành" cần ngày hoàn thành.').waitFor();
    const chooser = reporter.waitForEvent('filechooser');
    await reporter.getByRole('button', { name: 'Tải lên tệp minh chứng' }).click();
    await (await chooser).setFiles(join(scratch, EVIDENCE_NAME));
    await reporter.getByRole('link', { name: `Tải về ${EVIDENCE_NAME}` }).waitFor();

    await reporter.goto(reportUrl);
    const row = reporter.getByRole('article', { name: activity });
    await chooseOption(reporter, row, 'Trạng thái', 'Hoàn thành');
    await row.getByRole('textbox', { name: 'Ngày hoàn thành' }).fill('01/08/2025');
    await row.getByLabel('Kết quả đã thực hiện').fill('Đã ban hành Kế hoạch CCHC năm 2025 của xã.');
    await row.getByRole('checkbox', { name: EVIDENCE_NAME }).check();
    expect(await row.getByRole('textbox', { name: 'Tiến độ (%)' }).inputValue()).toBe('100');
    await reporter.getByLabel('1. Kết quả đạt được').fill('Ban hành kế hoạch CCHC của xã.');
    await reporter.getByRole('button', { name: 'Lưu', exact: true }).click();
    await notice(reporter, 'Đã lưu báo cáo.');
    // Submitting asks first, saying what is handed over; Cancel leaves the report a draft.
    await reporter.getByRole('button', { name: 'Gửi báo cáo', exact: true }).click();
    const asked = reporter.getByRole('dialog', { name: 'Gửi báo cáo?' });
    await asked.getByText(/^Báo cáo có \d+ nhiệm vụ \(\d+ đã hoàn thành, \d+ chưa thực hiện\)/).waitFor();
    await asked.getByRole('button', { name: 'Hủy' }).click();
    await asked.waitFor({ state: 'detached' });
    expect(await reporter.getByRole('button', { name: 'Lưu', exact: true }).count()).toBe(1);
    await confirmed(reporter, 'Gửi báo cáo', 'Gửi báo cáo?');
    await notice(reporter, 'Đã gửi báo cáo.');
    await reporter.getByText('Đã gửi, chờ xem xét').first().waitFor();
    expect(await reporter.getByRole('button', { name: 'Lưu', exact: true }).count()).toBe(0);
  });

  it('shows the coordinator one more report received, who returns it with comments', async () => {
    await openBoard(coordinator);
    expect(Number(await boardFigure(coordinator, 'Đã nhận').textContent())).toBe(before.received + 1);
    expect(Number(await boardFigure(coordinator, 'Đơn vị phải báo cáo').textContent())).toBeGreaterThan(10);
    // Reminding asks first and lists the units it reaches; Cancel sends nothing.
    await coordinator.getByRole('button', { name: 'Nhắc các đơn vị chưa báo cáo' }).click();
    const remind = coordinator.getByRole('dialog', { name: 'Nhắc các đơn vị chưa gửi báo cáo?' });
    const reached = remind.getByRole('list', { name: /^Các đơn vị sẽ được nhắc/ });
    await reached.getByRole('listitem').first().waitFor();
    await remind.getByRole('button', { name: 'Hủy' }).click();
    await remind.waitFor({ state: 'detached' });
    await coordinator.getByRole('table', { name: 'Các đơn vị' }).getByRole('link', { name: 'UBND xã Cam Lộ' }).click();
    await coordinator.getByRole('heading', { name: 'Xem xét báo cáo' }).waitFor();
    const row = coordinator.getByRole('article', { name: activity });
    await row.getByLabel('Ý kiến cho nội dung này').fill('Ghi rõ số, ngày của kế hoạch.');
    await coordinator.getByLabel('Nhận xét chung').fill('Bổ sung kết quả tuyên truyền.');
    await coordinator.getByRole('button', { name: 'Trả lại' }).click();
    await notice(coordinator, 'Đã trả lại báo cáo cho đơn vị.');
    await coordinator.getByText('Bị trả lại, cần bổ sung').first().waitFor();
  });

  it('lets a leader read the board and the report without any action', async () => {
    await openBoard(leader);
    expect(Number(await boardFigure(leader, 'Đã nhận').textContent())).toBe(before.received + 1);
    expect(await leader.getByRole('button', { name: 'Nhắc các đơn vị chưa báo cáo' }).count()).toBe(0);
    await leader.getByRole('table', { name: 'Các đơn vị' }).getByRole('link', { name: 'UBND xã Cam Lộ' }).click();
    await leader.getByRole('main').getByText(/: chỉ xem\.$/).waitFor();
    for (const action of ['Lưu', 'Gửi báo cáo', 'Trả lại', 'Chấp nhận', 'Mở lại']) {
      expect(await leader.getByRole('button', { name: action, exact: true }).count()).toBe(0);
    }
  });

  it('tells the reporter, who sees the comments beside the item, fixes and resubmits', async () => {
    await reporter.reload();
    const bell = reporter.getByRole('button', { name: /^Thông báo: [1-9]\d* chưa đọc$/ });
    await bell.click();
    await reporter.getByRole('button', { name: /Bị trả lại, cần bổ sung/ }).first().click();
    await reporter.getByRole('heading', { name: /Ý kiến của Sở Nội vụ khi trả lại/ }).waitFor();
    await reporter.getByText('Bổ sung kết quả tuyên truyền.').first().waitFor();
    const row = reporter.getByRole('article', { name: activity });
    await row.getByText('Ghi rõ số, ngày của kế hoạch.').waitFor();
    await reporter.screenshot({ path: 'test-results/report-form.png', fullPage: true });

    await row.getByLabel('Kết quả đã thực hiện').fill('Đã ban hành Kế hoạch 15/KH-UBND ngày 01/8/2025.');
    await reporter.getByLabel('1. Kết quả đạt được').fill('Ban hành Kế hoạch 15/KH-UBND ngày 01/8/2025; tuyên truyền 3 buổi.');
    await confirmed(reporter, 'Gửi báo cáo', 'Gửi báo cáo?');
    await notice(reporter, 'Đã gửi báo cáo.');
    await reporter.getByText('Đã gửi, chờ xem xét').first().waitFor();
  });

  it('lets the coordinator compare the versions and accept; the board counts it accepted', async () => {
    await coordinator.reload();
    const history = coordinator.getByRole('region', { name: 'So sánh phiên bản' });
    await history.locator('ins', { hasText: 'tuyên truyền 3 buổi' }).waitFor();
    await confirmed(coordinator, 'Chấp nhận', 'Chấp nhận báo cáo?');
    await notice(coordinator, 'Đã chấp nhận báo cáo.');
    await coordinator.getByText('Đã chấp nhận').first().waitFor();
    await coordinator.getByRole('button', { name: 'Mở lại' }).waitFor();
    const versions = coordinator.getByRole('table', { name: 'Lịch sử báo cáo' }).locator('tbody tr');
    await versions.nth(3).waitFor();
    expect(await versions.allTextContents()).toEqual([
      expect.stringContaining('Gửi báo cáo'),
      expect.stringContaining('Trả lại'),
      expect.stringContaining('Gửi báo cáo'),
      expect.stringContaining('Chấp nhận'),
    ]);

    await openBoard(coordinator);
    expect(Number(await boardFigure(coordinator, 'Đã chấp nhận').textContent())).toBe(before.accepted + 1);
    const camLo = coordinator.getByRole('table', { name: 'Các đơn vị' }).getByRole('row', { name: /UBND xã Cam Lộ/ });
    await camLo.getByText('Đã chấp nhận').waitFor();
    await camLo.getByText('Trễ hạn').waitFor();
    await coordinator.screenshot({ path: 'test-results/completeness-board.png', fullPage: true });
  });

  it('lets the coordinator enter a province-wide figure with its evidence file, which a leader downloads', async () => {
    const targets = coordinator.getByRole('table', { name: 'Tình trạng các chỉ tiêu' });
    const enter = targets.getByRole('button', { name: /^Nhập số liệu: / }).first();
    const subject = (await enter.getAttribute('aria-label'))!.replace('Nhập số liệu: ', '');
    await enter.click();
    const dialog = coordinator.getByRole('dialog', { name: `Nhập số liệu toàn tỉnh: ${subject}` });
    // Typed with a dot, the figure is read as 97,5 and the field says so (a number field once read it as 975).
    await dialog.getByRole('textbox', { name: 'Số liệu', exact: true }).fill('97.5');
    await dialog.getByText('Đã hiểu là 97,5').waitFor();
    await dialog.getByLabel('Nguồn số liệu').fill('Cổng Dịch vụ công quốc gia, trích xuất ngày 15/9/2025');
    const chooser = coordinator.waitForEvent('filechooser');
    await dialog.getByLabel('Tệp minh chứng (không bắt buộc)').click();
    await (await chooser).setFiles(join(scratch, EVIDENCE_NAME));
    await dialog.getByRole('button', { name: 'Lưu số liệu' }).click();
    await notice(coordinator, 'Đã lưu số liệu chỉ tiêu.');
    const row = targets.getByRole('row').filter({ hasText: subject }).first();
    await row.getByText('97,5').first().waitFor();

    await openBoard(leader);
    const download = leader.waitForEvent('download');
    await leader.getByRole('table', { name: 'Tình trạng các chỉ tiêu' }).getByRole('link', { name: `Tải về ${EVIDENCE_NAME}` }).click();
    expect((await download).suggestedFilename()).toBe(EVIDENCE_NAME);
    expect(await leader.getByRole('button', { name: /^Nhập số liệu/ }).count()).toBe(0);
  });
});
