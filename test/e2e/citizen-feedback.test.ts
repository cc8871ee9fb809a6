import { mkdir } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body } from '../support/api.js';
import { apiClientOf, browserAvailable, chooseOption, launchBrowser, signInThroughPage } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
const SHOTS = process.env.CCHC_SCREENSHOTS ?? 'test-results';

type Rate = { numerator: number; denominator: number; value: number | null } | null;

/**
 * Citizen feedback and dialogues in the browser, on the demo province: the coordinator receives an item (a missing
 * field refused in Vietnamese), assigns it to Cam Lộ; Cam Lộ's reporter (768 px) answers it; the coordinator
 * publishes the answer and the page's figures move. A dialogue is recorded in its register with a proposal for
 * Cam Lộ, which Cam Lộ's reporter answers. Screenshots at 1366 and 768 px.
 */
describe.skipIf(!run)(
  'in the browser: citizen feedback to its published answer, a dialogue’s proposal answered',
  () => {
    let server: RunningServer;
    let browser: Browser;
    const year = new Date().getFullYear();
    const today = new Date();
    const ddmmyyyy = (d: Date) =>
      `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
    const open = async (username: string, width: number) => {
      const context = await browser.newContext({
        viewport: { width, height: 1000 },
        locale: 'vi-VN',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await signInThroughPage(page, server.url, username);
      return page;
    };
    const shot = async (page: Page, name: string) => {
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
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
      'receives, assigns, answers and publishes an item, and the figures on the page move',
      { timeout: 240_000 },
      async () => {
        const coordinator = await open('snv.cchc', 1366);
        const api = await apiClientOf(coordinator, server.url);
        const figures = async () =>
          (await body(await api.get(`/api/citizen-feedback?year=${year}&pageSize=1`))).figures as {
            onTime: Rate;
            published: Rate;
          };
        const before = await figures();

        // The menu's link: the dashboard's tile carries the same name.
        await coordinator
          .getByRole('navigation', { name: 'Chức năng' })
          .getByRole('link', { name: 'Phản ánh, kiến nghị' })
          .click();
        await coordinator
          .getByRole('heading', { name: 'Phản ánh, kiến nghị của người dân, doanh nghiệp', level: 1 })
          .waitFor();
        const figureList = coordinator.getByRole('definition');
        await figureList.first().waitFor();
        await shot(coordinator, 'citizen-feedback-list-1366');

        await coordinator.getByRole('button', { name: 'Tiếp nhận phản ánh' }).click();
        const form = coordinator.getByRole('dialog', { name: 'Tiếp nhận phản ánh' });
        await form.getByRole('textbox', { name: 'Người gửi' }).fill('Nguyễn Thị Hoa');
        await form.getByRole('textbox', { name: 'Nội dung' }).fill('Bộ phận Một cửa xã chưa niêm yết thủ tục mới.');
        await form.getByRole('button', { name: 'Tiếp nhận phản ánh' }).click();
        // Refused before sending: the missing field is named in Vietnamese and nothing is saved.
        await form.getByText(/Hãy nhập tiêu đề/).waitFor();
        await form.getByRole('textbox', { name: 'Tiêu đề' }).fill('Chưa niêm yết thủ tục hành chính mới');
        await chooseOption(coordinator, form, 'Kênh tiếp nhận', 'Đường dây nóng');
        await shot(coordinator, 'citizen-feedback-receive-1366');
        await form.getByRole('button', { name: 'Tiếp nhận phản ánh' }).click();
        await coordinator.getByRole('heading', { name: 'Chưa niêm yết thủ tục hành chính mới', level: 1 }).waitFor();
        await coordinator.getByTestId('feedback-status').filter({ hasText: 'Chưa giao' }).waitFor();
        const itemUrl = coordinator.url();

        const assign = coordinator.getByRole('form', { name: 'Giao đơn vị xử lý' });
        await assign.getByRole('combobox', { name: 'Đơn vị xử lý' }).fill('Cam Lộ');
        await coordinator
          .getByRole('option', { name: /UBND xã Cam Lộ/ })
          .first()
          .click();
        await assign.getByRole('button', { name: 'Giao đơn vị xử lý', exact: true }).click();
        await coordinator.getByTestId('feedback-status').filter({ hasText: 'Đang xử lý' }).waitFor();
        await coordinator.getByText(/còn 15 ngày làm việc/).waitFor();
        await shot(coordinator, 'citizen-feedback-item-1366');

        // Cam Lộ's reporter on a tablet answers it; another unit's reporter could not open it.
        const reporter = await open('camlo.baocao', 768);
        await reporter.goto(itemUrl);
        const answer = reporter.getByRole('form', { name: 'Trả lời' });
        await answer
          .getByRole('textbox', { name: 'Nội dung trả lời' })
          .fill('UBND xã đã niêm yết đầy đủ thủ tục mới ngày hôm nay.');
        await shot(reporter, 'citizen-feedback-answer-768');
        await answer.getByRole('button', { name: 'Trả lời', exact: true }).click();
        await reporter.getByTestId('feedback-status').filter({ hasText: 'Đã trả lời' }).waitFor();
        await reporter.getByTestId('feedback-answer').filter({ hasText: 'niêm yết đầy đủ' }).waitFor();
        expect(await reporter.getByRole('form', { name: 'Công khai câu trả lời' }).count()).toBe(0);
        const other = await open('dongha.baocao', 768);
        await other.goto(itemUrl);
        await other
          .getByText(/không có quyền/i)
          .first()
          .waitFor();

        // The coordinator publishes the answer; the figures count it.
        await coordinator.reload();
        const publish = coordinator.getByRole('form', { name: 'Công khai câu trả lời' });
        // The date is today's in Vietnam, as the form fills it (the answer's date is today's there too).
        await publish.getByRole('textbox', { name: 'Ngày công khai' }).waitFor();
        await publish.getByRole('button', { name: 'Công khai câu trả lời', exact: true }).click();
        await coordinator
          .getByText(/Đã công khai/)
          .first()
          .waitFor();

        const after = await figures();
        expect(after.published!.numerator).toBe((before.published?.numerator ?? 0) + 1);
        expect(after.published!.denominator).toBe((before.published?.denominator ?? 0) + 1);
        expect(after.onTime!.numerator).toBe((before.onTime?.numerator ?? 0) + 1);
        await coordinator.goto(`${server.url}/phan-anh-kien-nghi`);
        // Each count under its own figure (the two may be equal on some days of the demo).
        const figureOf = (label: string) =>
          coordinator
            .locator('dl[aria-label="Phản ánh, kiến nghị của người dân, doanh nghiệp"] > *')
            .filter({ hasText: label });
        await figureOf('Câu trả lời đã công khai')
          .getByText(`${after.published!.numerator}/${after.published!.denominator} phản ánh`)
          .waitFor();
        await figureOf('Xử lý đúng hạn')
          .getByText(`${after.onTime!.numerator}/${after.onTime!.denominator} phản ánh`)
          .waitFor();
        await shot(coordinator, 'citizen-feedback-list-after-1366');
        const tablet = await open('lanhdao', 768);
        await tablet.goto(`${server.url}/phan-anh-kien-nghi`);
        await tablet.getByRole('link', { name: 'Chưa niêm yết thủ tục hành chính mới' }).waitFor();
        await shot(tablet, 'citizen-feedback-list-768');
        // A leader reads and changes nothing.
        expect(await tablet.getByRole('button', { name: 'Tiếp nhận phản ánh' }).count()).toBe(0);
      },
    );

    it('imports a spreadsheet: refused whole with each row named, then taken', { timeout: 180_000 }, async () => {
      const xlsx = async (rows: string[][]) => {
        const book = new ExcelJS.Workbook();
        const sheet = book.addWorksheet('PAKN');
        for (const row of rows) sheet.addRow(row);
        return Buffer.from(await book.xlsx.writeBuffer());
      };
      const header = [
        'Ngày nhận',
        'Kênh tiếp nhận',
        'Người gửi',
        'Liên hệ',
        'Tiêu đề',
        'Nội dung',
        'Mã đơn vị xử lý',
        'Số phiếu',
      ];
      const good = [
        '01/12/2026',
        'Đường dây nóng',
        'Trần Văn Nam',
        '',
        'Phí chứng thực thu sai',
        'Nội dung',
        'QT.STP',
        'PA-77',
      ];
      const coordinator = await open('snv.cchc', 1366);
      await coordinator.goto(`${server.url}/phan-anh-kien-nghi`);
      const upload = async (buffer: Buffer) => {
        const dialog = coordinator.getByRole('dialog', { name: 'Nhập từ Excel' });
        // Mantine's FileInput keeps a hidden file input: the file is set on it, as a person's choice would.
        await dialog.locator('input[type="file"]').setInputFiles({
          name: 'pakn.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer,
        });
        await dialog.getByRole('button', { name: 'Nhập từ Excel', exact: true }).click();
        return dialog;
      };
      await coordinator.getByRole('button', { name: 'Nhập từ Excel' }).click();
      const refused = await upload(await xlsx([header, good, ['31/02/2026', 'Fax', '', '', 'X', 'Y', '', '']]));
      await refused
        .getByTestId('import-problems')
        .getByText(/Dòng 3, cột “Kênh tiếp nhận”/)
        .waitFor();
      await shot(coordinator, 'citizen-feedback-import-refused-1366');
      // The dialog stays open with the problems: the corrected file is chosen in it.
      const taken = await upload(await xlsx([header, good]));
      await taken.getByText('Đã nhập 1 phản ánh, kiến nghị (1 đã giao đơn vị).').waitFor();
      await coordinator.keyboard.press('Escape');
      await coordinator.getByRole('link', { name: 'Phí chứng thực thu sai' }).waitFor();
    });

    it('records a dialogue whose proposal is followed to its answer', { timeout: 240_000 }, async () => {
      const coordinator = await open('snv.cchc', 1366);
      await coordinator.goto(`${server.url}/so-theo-doi/dialogues`);
      await coordinator.getByRole('heading', { name: 'Đối thoại với người dân, doanh nghiệp', level: 1 }).waitFor();
      await coordinator.getByRole('button', { name: 'Thêm mục' }).click();
      const form = coordinator.getByRole('dialog');
      await form.getByRole('combobox', { name: 'Đơn vị tổ chức' }).fill('Sở Nội vụ');
      await coordinator
        .getByRole('option', { name: /^Sở Nội vụ/ })
        .first()
        .click();
      await form.getByRole('textbox', { name: 'Ngày đối thoại' }).fill(ddmmyyyy(today));
      await form.getByRole('textbox', { name: 'Lãnh đạo chủ trì' }).fill('Chủ tịch UBND tỉnh');
      await chooseOption(coordinator, form, 'Đối tượng', 'Doanh nghiệp');
      await form.getByRole('textbox', { name: 'Chủ đề đối thoại' }).fill('Thủ tục đầu tư tại khu kinh tế');
      await form.getByRole('button', { name: 'Lưu' }).click();
      await coordinator.getByRole('heading', { name: 'Thủ tục đầu tư tại khu kinh tế' }).waitFor();
      const entryUrl = coordinator.url();

      await coordinator.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
      const assign = coordinator.getByRole('dialog');
      await assign.getByRole('combobox', { name: 'Đơn vị thực hiện' }).fill('Cam Lộ');
      await coordinator
        .getByRole('option', { name: /UBND xã Cam Lộ/ })
        .first()
        .click();
      await assign.getByRole('textbox', { name: 'Nội dung nhiệm vụ' }).fill('Rút ngắn thời gian cấp phép xây dựng');
      const due = new Date(today.getTime() + 30 * 86_400_000);
      await assign.getByRole('textbox', { name: 'Hạn hoàn thành' }).fill(ddmmyyyy(due));
      await assign.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
      await coordinator.getByText('Rút ngắn thời gian cấp phép xây dựng').waitFor();
      await shot(coordinator, 'dialogue-entry-1366');

      const reporter = await open('camlo.baocao', 768);
      await reporter.goto(entryUrl);
      const card = reporter.locator('[data-follow-up]').filter({ hasText: 'Rút ngắn thời gian cấp phép' });
      await card.waitFor();
      await card.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
      await card.getByRole('textbox', { name: 'Kết quả thực hiện' }).fill('Đã trả lời doanh nghiệp: còn 10 ngày.');
      await card.getByRole('button', { name: 'Lưu' }).click();
      await card.getByText('Đã hoàn thành').waitFor();
      await shot(reporter, 'dialogue-entry-768');
    });

    it('the office corrects next year’s working calendar; a unit reads it', { timeout: 180_000 }, async () => {
      const next = year + 1;
      // The first Sunday of March next year (no holiday near it), and the Monday after it.
      const sunday = new Date(next, 2, 1);
      sunday.setDate(1 + ((7 - sunday.getDay()) % 7));
      const monday = new Date(next, 2, sunday.getDate() + 1);
      const iso = (d: Date) =>
        `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${ddmmyyyy(d).slice(0, 2)}`;

      const coordinator = await open('snv.cchc', 1366);
      await coordinator.goto(`${server.url}/phan-anh-kien-nghi`);
      await coordinator.getByRole('link', { name: 'Lịch làm việc (ngày nghỉ lễ, Tết)' }).click();
      await coordinator.getByRole('heading', { name: 'Lịch làm việc', level: 1 }).waitFor();
      await chooseOption(coordinator, coordinator, 'Năm', String(next));
      const holidays = coordinator.getByRole('region', { name: 'Ngày nghỉ lễ, Tết' });
      await holidays.getByRole('button', { name: 'Thêm ngày nghỉ' }).click();
      const added = holidays.getByRole('row').last();
      await added.getByRole('textbox').nth(0).fill(ddmmyyyy(sunday));
      await added.getByRole('textbox').nth(1).fill('Nghỉ bù theo thông báo');
      await coordinator.getByRole('button', { name: 'Lưu lịch làm việc' }).click();
      // A Sunday is refused under its row, before anything is sent.
      await added.getByText(`ngày ${ddmmyyyy(sunday)} là Chủ nhật`, { exact: false }).waitFor();
      expect(await coordinator.getByRole('dialog').count()).toBe(0);

      await added.getByRole('textbox').nth(0).fill(ddmmyyyy(monday));
      await coordinator.getByRole('button', { name: 'Lưu lịch làm việc' }).click();
      const confirm = coordinator.getByRole('dialog', { name: `Lưu lịch làm việc năm ${next}?` });
      await confirm.getByText('hạn của phản ánh đã nhận giữ nguyên', { exact: false }).waitFor();
      await confirm.getByRole('button', { name: 'Lưu lịch làm việc' }).click();
      await coordinator.getByText('Sở Nội vụ cập nhật ngày', { exact: false }).waitFor();
      await shot(coordinator, 'working-calendar-1366');
      const api = await apiClientOf(coordinator, server.url);
      const saved = (await body(await api.get(`/api/working-calendar/${next}`))) as {
        origin: string;
        holidays: { date: string; name: string }[];
      };
      expect(saved.origin).toBe('office');
      expect(saved.holidays).toContainEqual({ date: iso(monday), name: 'Nghỉ bù theo thông báo' });

      const reporter = await open('camlo.baocao', 768);
      await reporter.goto(`${server.url}/lich-lam-viec`);
      await chooseOption(reporter, reporter, 'Năm', String(next));
      await reporter.getByRole('cell', { name: 'Nghỉ bù theo thông báo' }).waitFor();
      expect(await reporter.getByRole('button', { name: 'Lưu lịch làm việc' }).count()).toBe(0);
      expect(await reporter.getByRole('button', { name: 'Thêm ngày nghỉ' }).count()).toBe(0);
      await shot(reporter, 'working-calendar-768');
    });
  },
);
