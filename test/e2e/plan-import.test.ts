import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
const FIXTURE = join(import.meta.dirname, '../fixtures/plans/quang-tri-2025.txt');
const PLAN_NAME = 'Kế hoạch CCHC tỉnh Quảng Trị năm 2025';
/** The activity line the revised document leaves out (one with no page-break continuation after it). */
const DROPPED_LINE = '\t\t\tBan hành văn bản QPPL\t';

describe.skipIf(!run)(
  'in the browser: upload a plan, review and correct it, commit it, then a revision as version 2',
  () => {
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    let scratch: string;

    beforeAll(async () => {
      scratch = await mkdtemp(join(tmpdir(), 'cchc-plan-e2e-'));
      server = await startServer();
      browser = await launchBrowser();
      page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      if (scratch) await rm(scratch, { recursive: true, force: true });
    });

    const signIn = async (username: string) => {
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu').fill('Demo@cchc2025');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
      await page.getByRole('heading', { name: 'Kế hoạch CCHC', level: 1 }).waitFor();
    };

    /** Uploads through the dialog the button opens; the dialog, for what it shows next. */
    const upload = async (file: string, button = 'Tải lên kế hoạch') => {
      await page.getByRole('button', { name: button }).click();
      const dialog = page.getByRole('dialog', { name: 'Tải lên văn bản kế hoạch' });
      await dialog.getByLabel('Tệp kế hoạch').setInputFiles(file);
      return dialog;
    };
    const send = (dialog: Locator) => dialog.getByRole('button', { name: 'Tải lên', exact: true }).click();
    /** The commit's notification, read then dismissed (it sits over the header's buttons while shown). */
    const committedNotice = async (text: string) => {
      const notice = page.getByRole('alert').filter({ hasText: text });
      await notice.waitFor();
      await notice.getByRole('button').click();
    };
    let planPath = '';

    const shownCount = () => page.getByRole('status').filter({ hasText: /^Đang hiện/ });
    const editButton = () => page.getByRole('button', { name: /^Sửa hoạt động “Soạn thảo, lấy ý kiến dự thảo/ });

    it('shows the server’s Vietnamese message for a file that holds no plan', async () => {
      await page.goto(server.url);
      await signIn('snv.cchc');
      const notAPlan = join(scratch, 'bien-ban.txt');
      await writeFile(notAPlan, 'Biên bản họp giao ban tuần, không có kế hoạch nào.');
      const dialog = await upload(notAPlan);
      await send(dialog);
      await dialog
        .getByRole('alert')
        .getByText(/Không tìm thấy kế hoạch trong tệp/)
        .waitFor();
      await dialog.getByRole('button', { name: 'Hủy' }).click();
    });

    it('uploads the Quảng Trị plan and reviews it grouped by area, every warning shown', async () => {
      await send(await upload(FIXTURE));
      await page.getByRole('heading', { name: 'Rà soát kế hoạch trước khi ghi' }).waitFor();
      // Seven areas, each a table headed by its title.
      for (const area of [
        'I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH',
        'II. CẢI CÁCH THỂ CHẾ',
        'VII. XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ',
      ]) {
        await page.getByRole('heading', { name: new RegExp(`^${area.replace(/\./g, '\\.')}`) }).waitFor();
      }
      expect(await page.getByRole('table', { name: /^[IVX]+\. / }).count()).toBe(7);
      await expect.poll(() => shownCount().textContent()).toBe('Đang hiện 73/73 hoạt động.');
      // The unresolved lead of this row is visible with its message, beside the printed source row.
      const row = page.getByRole('row').filter({ has: editButton() });
      await row.getByText('Đơn vị chưa xác định').waitFor();
      await row
        .getByText(/^"Cơ quan soạn thảo văn bản QPPL" là cách gọi chung, không phải một đơn vị trong danh mục/)
        .waitFor();
      await page
        .getByRole('row', {
          name: /^Văn bản gốc:.*│ Soạn thảo, lấy ý kiến dự thảo Nghị quyết, Quyết định │ Công văn │ Cơ quan soạn thảo văn bản QPPL/,
        })
        .waitFor();
    });

    it('filters by a warning code and by text', async () => {
      await page
        .getByRole('group', { name: 'Lọc theo cảnh báo' })
        .getByRole('button', { name: /^Đơn vị chưa xác định \(18\)$/ })
        .click();
      await expect.poll(() => shownCount().textContent()).toBe('Đang hiện 18/73 hoạt động.');
      const rows = page.getByRole('region', { name: 'Hoạt động theo lĩnh vực' }).locator('tbody tr[data-activity-id]');
      expect(await rows.count()).toBe(18);
      for (const text of await rows.allTextContents()) expect(text).toContain('Đơn vị chưa xác định');
      // Scroll the filter chips to the top, so the picture shows them above the filtered rows.
      const chips = await page.getByRole('group', { name: 'Lọc theo cảnh báo' }).boundingBox();
      await page.mouse.wheel(0, (chips?.y ?? 0) - 80);
      await page.screenshot({ path: 'test-results/plan-review.png' });

      await page.getByLabel('Tìm trong hoạt động').fill('van ban QPPL');
      await expect.poll(() => shownCount().textContent()).toBe('Đang hiện 2/73 hoạt động.');
      await page.getByLabel('Tìm trong hoạt động').fill('');
      await expect.poll(() => shownCount().textContent()).toBe('Đang hiện 18/73 hoạt động.');
    });

    it('corrects a row’s lead unit; its unresolved-unit warning is gone', async () => {
      await editButton().click();
      const dialog = page.getByRole('dialog', { name: 'Sửa hoạt động' });
      await dialog.getByText('Cơ quan soạn thảo văn bản QPPL', { exact: false }).first().waitFor();
      await dialog.getByLabel('Chủ trì', { exact: true }).fill('Sở Tư pháp');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Đã lưu; hoạt động không còn cảnh báo.').waitFor();
      // Filtered on unresolved units, the corrected row has left the list.
      await expect.poll(() => shownCount().textContent()).toBe('Đang hiện 17/73 hoạt động.');
      expect(await editButton().count()).toBe(0);

      await page
        .getByRole('group', { name: 'Lọc theo cảnh báo' })
        .getByRole('button', { name: /^Tất cả/ })
        .click();
      const row = page.getByRole('row').filter({ has: editButton() });
      await row.getByRole('cell', { name: 'Sở Tư pháp', exact: true }).waitFor();
      expect(await row.textContent()).not.toContain('Đơn vị chưa xác định');
    });

    it('commits the draft as a named plan and lands on its page: version 1, 73 activities', async () => {
      await page.getByRole('button', { name: 'Ghi thành kế hoạch' }).click();
      const dialog = page.getByRole('dialog', { name: 'Ghi kế hoạch' });
      await dialog.getByLabel('Tên kế hoạch').fill(PLAN_NAME);
      await dialog.getByRole('button', { name: 'Ghi thành kế hoạch' }).click();
      await page.getByRole('heading', { name: PLAN_NAME, level: 1 }).waitFor();
      await committedNotice(`Đã ghi “${PLAN_NAME}”, phiên bản 1.`);
      planPath = new URL(page.url()).pathname;
      await page.getByRole('row', { name: 'Hoạt động 73', exact: true }).waitFor();
      const versions = page.getByRole('table', { name: 'Các phiên bản' }).locator('tbody tr');
      expect(await versions.allTextContents()).toEqual([expect.stringContaining('Phiên bản 1')]);
      expect(await page.getByRole('table', { name: /^[IVX]+\. / }).count()).toBe(7);
      expect(await page.getByRole('button', { name: /^Sửa hoạt động/ }).count()).toBe(0);
    });

    it('uploads a revised copy as an update of that plan, shows the diff, and commits version 2', async () => {
      const original = await readFile(FIXTURE, 'utf8');
      const revisedText = original
        .split('\n')
        .filter((line) => !line.startsWith(DROPPED_LINE))
        .join('\n');
      expect(revisedText.split('\n')).toHaveLength(original.split('\n').length - 1);
      const revised = join(scratch, 'ke-hoach-sua-doi.txt');
      await writeFile(revised, revisedText);

      // From the plan's own page, the upload is an update of that plan.
      const dialog = await upload(revised, 'Tải lên văn bản sửa đổi');
      expect(await dialog.getByLabel('Cập nhật kế hoạch đã có').isChecked()).toBe(true);
      // The plans list loads after the dialog opens: wait for the choice to be filled in.
      const updatedPlan = dialog.getByRole('combobox', { name: /^Kế hoạch được cập nhật/ });
      await expect.poll(() => updatedPlan.inputValue()).toMatch(new RegExp(`^${PLAN_NAME} — phiên bản 1`));
      await send(dialog);
      await page.getByRole('heading', { name: 'Rà soát kế hoạch trước khi ghi' }).waitFor();
      const diff = page.getByRole('region', { name: 'Thay đổi so với phiên bản hiện hành' });
      await diff.getByText('Bỏ 1', { exact: true }).waitFor();
      await diff.getByText('Thêm 0', { exact: true }).waitFor();
      await diff.getByRole('region', { name: 'Hoạt động bị bỏ' }).getByText('II.1 Ban hành văn bản QPPL').waitFor();
      // The correction made in version 1 is not in the revised document: it shows field by field.
      const changed = diff
        .getByRole('table', { name: 'Hoạt động được sửa' })
        .getByRole('row')
        .filter({ hasText: 'Chủ trì' });
      expect(await changed.textContent()).toMatch(/Sở Tư pháp.*Cơ quan soạn thảo văn bản QPPL/);
      await diff.screenshot({ path: 'test-results/plan-diff.png' });

      await page.getByRole('button', { name: 'Ghi thành phiên bản mới' }).click();
      const commit = page.getByRole('dialog', { name: 'Ghi kế hoạch' });
      expect(await commit.getByLabel('Tên kế hoạch').inputValue()).toBe(PLAN_NAME);
      await commit.getByLabel('Ghi chú').fill('Bỏ hoạt động ban hành văn bản QPPL');
      await commit.getByRole('button', { name: 'Ghi thành kế hoạch' }).click();

      await page.getByRole('heading', { name: PLAN_NAME, level: 1 }).waitFor();
      await committedNotice(`Đã ghi “${PLAN_NAME}”, phiên bản 2.`);
      expect(new URL(page.url()).pathname).toBe(planPath);
      await page.getByRole('row', { name: 'Hoạt động 72', exact: true }).waitFor();
      const versions = page.getByRole('table', { name: 'Các phiên bản' }).locator('tbody tr');
      expect(await versions.allTextContents()).toEqual([
        expect.stringMatching(/Phiên bản 2.*Bỏ hoạt động ban hành văn bản QPPL/),
        expect.stringContaining('Phiên bản 1'),
      ]);
      await page.getByRole('region', { name: 'So sánh hai phiên bản' }).getByText('Bỏ 1', { exact: true }).waitFor();
      await page.screenshot({ path: 'test-results/plan-page.png' });

      // Version 1 is still there as it was committed.
      await page.getByRole('table', { name: 'Các phiên bản' }).getByRole('link', { name: 'Phiên bản 1' }).click();
      await page.getByRole('row', { name: 'Hoạt động 73', exact: true }).waitFor();
    });

    it('shows a reporter the committed plan, without the upload button', async () => {
      await page.getByRole('button', { name: /Đăng xuất/ }).click();
      await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
      await signIn('camlo.baocao');
      await page.getByRole('table', { name: 'Kế hoạch đã ghi' }).locator(`a[href="${planPath}"]`).click();
      await page.getByRole('heading', { name: PLAN_NAME, level: 1 }).waitFor();
      await page.getByRole('row', { name: 'Hoạt động 72', exact: true }).waitFor();
      await page.getByRole('link', { name: 'Về danh sách kế hoạch' }).click();
      await page.getByRole('table', { name: 'Kế hoạch đã ghi' }).waitFor();
      expect(await page.getByRole('button', { name: 'Tải lên kế hoạch' }).count()).toBe(0);
      await page.goBack();
      await page.getByRole('heading', { name: PLAN_NAME, level: 1 }).waitFor();
      expect(await page.getByRole('button', { name: 'Tải lên văn bản sửa đổi' }).count()).toBe(0);
      expect(await page.getByRole('table', { name: 'Bản nhập đang rà soát' }).count()).toBe(0);
    });
  },
);
