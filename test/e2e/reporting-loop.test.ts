import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClientOf, browserAvailable, chooseOption, launchBrowser, signInThroughPage } from '../support/browser.js';
import { body } from '../support/api.js';
import {
  DEMO_PLAN_NAME,
  DEMO_YEAR,
  completionDateIn,
  demoPeriodOf,
  isPastDue,
  startsWith,
  type DemoPeriod,
} from '../support/demo.js';
import { SMALL_PDF } from '../support/plan.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
const EVIDENCE_NAME = 'Ke hoach CCHC xa Cam Lo.pdf';

describe.skipIf(!run)(
  'in the browser: a unit reports, the coordinator returns, the unit fixes, the coordinator accepts',
  () => {
    let server: RunningServer;
    let browser: Browser;
    let coordinator: Page;
    let reporter: Page;
    let leader: Page;
    let scratch: string;
    let planId: string;
    /** The demo's period (the one the dashboard opens on, computed from today) and its figures before this test's unit reports: it seeds one accepted and one returned report. */
    let period: DemoPeriod;
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
      await chooseOption(page, page, 'Kỳ báo cáo', startsWith(period.label));
      await page.getByRole('heading', { name: `Tình hình nộp báo cáo: ${period.label}` }).waitFor();
    };
    const notice = (page: Page, text: string) =>
      page.locator('.mantine-Notification-root').filter({ hasText: text }).first().waitFor();
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
      await writeFile(join(scratch, 'tai-nham.pdf'), SMALL_PDF);
      server = await startServer();
      browser = await launchBrowser();
      coordinator = await open('snv.cchc');
      // `cchc start` seeds the demo with the real Quảng Trị plan committed, its assignments and periods.
      const api = await apiClientOf(coordinator, server.url);
      planId = (await body(await api.get('/api/plans'))).find(
        (plan: { name: string }) => plan.name === DEMO_PLAN_NAME,
      ).id;
      period = demoPeriodOf(await body(await api.get(`/api/plans/${planId}/periods`)));
      before = await body(await api.get(`/api/periods/${period.id}/completeness`));
      reporter = await open('camlo.baocao');
      leader = await open('lanhdao');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      if (scratch) await rm(scratch, { recursive: true, force: true });
    });

    it("lands a reporter on the unit's tasks, of this year and not all overdue", async () => {
      // A reporter's overview is the unit's own: tasks by status and the period's report, with the way to the list.
      await reporter.getByRole('heading', { name: 'Tổng quan của đơn vị', level: 1 }).waitFor();
      await reporter.getByRole('link', { name: 'Mở danh sách nhiệm vụ' }).click();
      await reporter.getByRole('heading', { name: 'Nhiệm vụ', level: 1 }).waitFor();
      expect(new URL(reporter.url()).pathname).toBe('/nhiem-vu');
      const table = reporter.getByRole('table', { name: 'Danh sách nhiệm vụ' });
      await table.getByText('UBND xã Cam Lộ').first().waitFor();
      // The demo is this year's plan in progress: its work is not all past due (it was, a year after 2025).
      expect(await table.getByText('Quá hạn').count()).toBeLessThan(await table.locator('tbody tr').count());
      await table.getByText(`/${DEMO_YEAR}`).first().waitFor();
      await reporter
        .getByRole('button', { name: /Quá hạn/ })
        .first()
        .click();
      await reporter.waitForURL(/due=overdue/);
    });

    it("opens the unit's report of the demo period, attaches evidence to an assignment and records it as done", async () => {
      await reporter.getByRole('link', { name: 'Báo cáo', exact: true }).click();
      await chooseOption(reporter, reporter, 'Kỳ báo cáo', startsWith(period.label));
      await reporter.getByRole('link', { name: 'Mở báo cáo kỳ này' }).click();
      await reporter.getByRole('heading', { name: `Báo cáo ${period.label}` }).waitFor();
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
      // What is written on the task page is the report's starting point: nobody types it twice.
      await reporter.getByRole('textbox', { name: 'Ngày hoàn thành' }).fill(completionDateIn(period));
      await reporter.getByLabel('Kết quả đã thực hiện').fill(`Đã ban hành Kế hoạch CCHC năm ${DEMO_YEAR} của xã.`);
      await reporter.getByRole('button', { name: 'Lưu', exact: true }).click();
      await notice(reporter, 'Đã cập nhật tình hình thực hiện.');
      const chooser = reporter.waitForEvent('filechooser');
      await reporter.getByRole('button', { name: 'Tải lên tệp minh chứng' }).click();
      await (await chooser).setFiles(join(scratch, EVIDENCE_NAME));
      await reporter.getByRole('link', { name: `Tải về ${EVIDENCE_NAME}` }).waitFor();
      // A wrong file is withdrawn with a reason and stays listed apart, as history.
      const wrongChooser = reporter.waitForEvent('filechooser');
      await reporter.getByRole('button', { name: 'Tải lên tệp minh chứng' }).click();
      await (await wrongChooser).setFiles(join(scratch, 'tai-nham.pdf'));
      await reporter.getByRole('button', { name: 'Rút tệp “tai-nham.pdf”' }).click();
      const dialog = reporter.getByRole('dialog', { name: 'Rút tệp “tai-nham.pdf”' });
      await dialog.getByLabel('Lý do').fill('Tải nhầm tệp.');
      await dialog.getByRole('button', { name: 'Rút tệp' }).click();
      await reporter
        .getByRole('list', { name: 'Tệp đã rút' })
        .getByText(/tai-nham\.pdf: rút lúc .* Lý do: Tải nhầm tệp\./)
        .waitFor();
      expect(await reporter.getByRole('link', { name: 'Tải về tai-nham.pdf' }).count()).toBe(0);

      await reporter.goto(reportUrl);
      const row = reporter.getByRole('article', { name: activity });
      await chooseOption(reporter, row, 'Trạng thái', 'Hoàn thành');
      expect(await row.getByLabel('Kết quả đã thực hiện').inputValue()).toBe(
        `Đã ban hành Kế hoạch CCHC năm ${DEMO_YEAR} của xã.`,
      );
      expect(await row.getByRole('checkbox', { name: EVIDENCE_NAME }).isChecked()).toBe(true);
      await row.getByRole('textbox', { name: 'Ngày hoàn thành' }).fill(completionDateIn(period));
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
      // Confirmed, the reminder says how many late units were reached and names those without a reporter account.
      await coordinator.getByRole('button', { name: 'Nhắc các đơn vị chưa báo cáo' }).click();
      await remind.getByRole('button', { name: 'Gửi lời nhắc' }).click();
      const reminded = coordinator.getByRole('dialog', { name: 'Kết quả nhắc báo cáo' });
      await reminded.getByText(/^Đã nhắc \d+\/\d+ đơn vị chưa báo cáo/).waitFor();
      await reminded.getByText(/đơn vị chưa có tài khoản báo cáo viên nên không nhắc được.*Sở /).waitFor();
      await reminded.getByRole('button', { name: 'Đóng' }).last().click();
      await coordinator
        .getByRole('table', { name: 'Các đơn vị' })
        .getByRole('link', { name: 'UBND xã Cam Lộ' })
        .click();
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
      await leader
        .getByRole('main')
        .getByText(/: chỉ xem\.$/)
        .waitFor();
      for (const action of ['Lưu', 'Gửi báo cáo', 'Trả lại', 'Chấp nhận', 'Mở lại']) {
        expect(await leader.getByRole('button', { name: action, exact: true }).count()).toBe(0);
      }
    });

    it('tells the reporter, who sees the comments beside the item, fixes and resubmits', async () => {
      await reporter.reload();
      const bell = reporter.getByRole('button', { name: /^Thông báo: [1-9]\d* chưa đọc$/ });
      await bell.click();
      await reporter
        .getByRole('button', { name: /Bị trả lại, cần bổ sung/ })
        .first()
        .click();
      await reporter.getByRole('heading', { name: /Ý kiến của Sở Nội vụ khi trả lại/ }).waitFor();
      await reporter.getByText('Bổ sung kết quả tuyên truyền.').first().waitFor();
      const row = reporter.getByRole('article', { name: activity });
      await row.getByText('Ghi rõ số, ngày của kế hoạch.').waitFor();
      await reporter.screenshot({ path: 'test-results/report-form.png', fullPage: true });

      await row
        .getByLabel('Kết quả đã thực hiện')
        .fill(`Đã ban hành Kế hoạch 15/KH-UBND ngày ${completionDateIn(period)}.`);
      await reporter
        .getByLabel('1. Kết quả đạt được')
        .fill(`Ban hành Kế hoạch 15/KH-UBND ngày ${completionDateIn(period)}; tuyên truyền 3 buổi.`);
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
      // Sent after the due date only when the period is already past due (early in the year it is not).
      if (isPastDue(period)) await camLo.getByText('Trễ hạn').waitFor();
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
      await dialog
        .getByLabel('Nguồn số liệu')
        .fill(`Cổng Dịch vụ công quốc gia, trích xuất ngày ${completionDateIn(period)}`);
      const chooser = coordinator.waitForEvent('filechooser');
      await dialog.getByLabel('Tệp minh chứng (không bắt buộc)').click();
      await (await chooser).setFiles(join(scratch, EVIDENCE_NAME));
      await dialog.getByRole('button', { name: 'Lưu số liệu' }).click();
      await notice(coordinator, 'Đã lưu số liệu chỉ tiêu.');
      const row = targets.getByRole('row').filter({ hasText: subject }).first();
      await row.getByText('97,5').first().waitFor();

      await openBoard(leader);
      const download = leader.waitForEvent('download');
      await leader
        .getByRole('table', { name: 'Tình trạng các chỉ tiêu' })
        .getByRole('link', { name: `Tải về ${EVIDENCE_NAME}` })
        .click();
      expect((await download).suggestedFilename()).toBe(EVIDENCE_NAME);
      expect(await leader.getByRole('button', { name: /^Nhập số liệu/ }).count()).toBe(0);
    });
  },
);
