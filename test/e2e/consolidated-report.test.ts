import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, type Client } from '../support/api.js';
import { apiClientOf, browserAvailable, launchBrowser, signInThroughPage } from '../support/browser.js';
import { DEMO_PLAN_NAME, DEMO_YEAR, demoPeriodOf, type DemoPeriod } from '../support/demo.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
const INTRODUCTION = `Thực hiện Kế hoạch CCHC năm ${DEMO_YEAR} của UBND tỉnh Quảng Trị, Sở Nội vụ báo cáo kết quả kiểm thử như sau:`;
const CONCLUSIONS = 'Nhìn chung, các cơ quan, đơn vị đã triển khai nghiêm túc kế hoạch.';
const AD_HOC_LABEL = `Báo cáo đột xuất về chuyển đổi số tháng 10/${DEMO_YEAR}`;

/** The text of a Word file, read straight from its XML: one line per paragraph. */
async function docxText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Clicks a download link of the page and returns the file's name and bytes as the browser saved them. */
async function downloadThrough(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

describe.skipIf(!run)(
  'in the browser: the consolidated report, a unit report as Word, ad-hoc and locked periods',
  () => {
    let server: RunningServer;
    let browser: Browser;
    let coordinator: Page;
    let reporter: Page;
    let leader: Page;
    let coordinatorApi: Client;
    let reporterApi: Client;
    let planId: string;
    /** The demo's period (its reports are in it; the dashboard opens on it), computed from today. */
    let period: DemoPeriod;
    /** The plan's lead assignments as the assignment list counts them: one row each in the Excel appendix. */
    let leadAssignments: number;
    let coordinatorName: string;
    let adHocId: string;

    const open = async (username: string) => {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 900 },
        locale: 'vi-VN',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      await signInThroughPage(page, server.url, username);
      return page;
    };
    const notice = (page: Page, text: string | RegExp) =>
      page.locator('.mantine-Notification-root').filter({ hasText: text }).first().waitFor();
    const reportsPage = (periodId: string) => `${server.url}/bao-cao?planId=${planId}&periodId=${periodId}`;
    const buildRows = (page: Page) => page.getByRole('table', { name: 'Các bản đã lập' }).locator('tbody tr');

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser();
      coordinator = await open('snv.cchc');
      coordinatorApi = await apiClientOf(coordinator, server.url);
      planId = (await body(await coordinatorApi.get('/api/plans'))).find(
        (plan: { name: string }) => plan.name === DEMO_PLAN_NAME,
      ).id;
      period = demoPeriodOf(await body(await coordinatorApi.get(`/api/plans/${planId}/periods`)));
      leadAssignments = (await body(await coordinatorApi.get(`/api/assignments?planId=${planId}&role=lead&pageSize=1`)))
        .total;
      coordinatorName = (await body(await coordinatorApi.get('/api/auth/me'))).user.displayName;
      reporter = await open('camlo.baocao');
      reporterApi = await apiClientOf(reporter, server.url);
      leader = await open('lanhdao');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it("opens the demo period's consolidated report from the reports page and saves the coordinator's texts, checked as typed", async () => {
      await coordinator.goto(reportsPage(period.id));
      await coordinator.getByRole('link', { name: 'Báo cáo tổng hợp' }).click();
      await coordinator.getByRole('heading', { name: `Báo cáo tổng hợp: ${period.label}` }).waitFor();
      // The defaults come from the plan: the introduction already names the period.
      expect(await coordinator.getByLabel('Phần mở đầu').inputValue()).toContain(period.label.toLowerCase());

      await coordinator.getByLabel('Nơi nhận').fill('');
      await coordinator.getByRole('button', { name: 'Lưu nội dung' }).click();
      await coordinator.getByText('Hãy nhập ít nhất một nơi nhận.').waitFor();

      await coordinator.getByLabel('Nơi nhận').fill('Bộ Nội vụ (b/c)\nUBND tỉnh (b/c)\n\nLưu: VT, CCHC');
      await coordinator.getByLabel('Phần mở đầu').fill(INTRODUCTION);
      await coordinator.getByRole('textbox', { name: 'Số', exact: true }).fill('215');
      // A build uses the saved texts only: with changes on screen it waits.
      expect(await coordinator.getByRole('button', { name: 'Lập báo cáo' }).isDisabled()).toBe(true);
      await coordinator.getByRole('button', { name: 'Lưu nội dung' }).click();
      await notice(coordinator, 'Đã lưu nội dung báo cáo tổng hợp.');
      expect(await coordinator.getByRole('button', { name: 'Lập báo cáo' }).isEnabled()).toBe(true);

      const saved = await body(await coordinatorApi.get(`/api/periods/${period.id}/consolidated-report/draft`));
      expect(saved).toMatchObject({
        version: 1,
        introduction: INTRODUCTION,
        referenceNumber: '215',
        recipients: ['Bộ Nội vụ (b/c)', 'UBND tỉnh (b/c)', 'Lưu: VT, CCHC'],
      });
    });

    it('refuses a save over a newer version, says so and shows the newer texts', async () => {
      const current = await body(await coordinatorApi.get(`/api/periods/${period.id}/consolidated-report/draft`));
      const { periodId: _p, periodLabel: _l, updatedAt: _u, ...input } = current;
      expect(
        (
          await coordinatorApi.send('PUT', `/api/periods/${period.id}/consolidated-report/draft`, {
            ...input,
            conclusions: CONCLUSIONS,
          })
        ).status,
      ).toBe(200);

      await coordinator.getByLabel('Họ và tên người ký').fill('Nguyễn Văn Hòa');
      await coordinator.getByRole('button', { name: 'Lưu nội dung' }).click();
      await coordinator.getByText('Dữ liệu vừa được thay đổi ở nơi khác').waitFor();
      await expect.poll(() => coordinator.getByLabel('Đánh giá chung, kết luận').inputValue()).toBe(CONCLUSIONS);
      await coordinator.getByLabel('Họ và tên người ký').fill('Nguyễn Văn Hòa');
      await coordinator.getByRole('button', { name: 'Lưu nội dung' }).click();
      await notice(coordinator, 'Đã lưu nội dung báo cáo tổng hợp.');
      expect(
        (await body(await coordinatorApi.get(`/api/periods/${period.id}/consolidated-report/draft`))).version,
      ).toBe(3);
    });

    it('builds the report with a progress bar, lists the build, and downloads a Word report and an Excel appendix that say what was saved', async () => {
      await coordinator.getByText('Chưa lập bản báo cáo tổng hợp nào cho kỳ này.').waitFor();
      await coordinator.getByRole('button', { name: 'Lập báo cáo' }).click();
      const progress = coordinator.getByRole('progressbar', { name: 'Tiến độ lập báo cáo' });
      await progress.waitFor();
      await notice(coordinator, 'Đã lập xong báo cáo tổng hợp.');
      expect(await progress.getAttribute('aria-valuenow')).toBe('100');
      await coordinator.getByRole('status', { name: 'Tiến độ lập báo cáo' }).getByText('Hoàn thành').waitFor();

      await buildRows(coordinator).first().waitFor();
      expect(await buildRows(coordinator).count()).toBe(1);
      const row = buildRows(coordinator).first();
      const rowText = (await row.textContent())!;
      expect(rowText).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      expect(rowText).toContain(coordinatorName);
      expect(rowText).toContain('Bản lưu lần 3');
      expect(rowText).toContain(`/${leadAssignments.toLocaleString('de-DE')} nhiệm vụ`);
      await coordinator.screenshot({ path: 'test-results/consolidated-report.png', fullPage: true });

      const word = await downloadThrough(coordinator, row.getByRole('link', { name: 'Tải Word' }));
      expect(word.name).toBe(`Báo cáo CCHC ${period.label}.docx`);
      const text = await docxText(word.bytes);
      expect(text).toContain(INTRODUCTION);
      expect(text).toContain(CONCLUSIONS);
      expect(text).toContain(period.label);
      expect(text).toContain('Số: 215/BC-SNV');
      expect(text).toContain('Nguyễn Văn Hòa');

      const excel = await downloadThrough(coordinator, row.getByRole('link', { name: 'Tải Excel' }));
      expect(excel.name).toMatch(/\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(excel.bytes as never);
      const rows: unknown[] = [];
      workbook.getWorksheet('Nhiệm vụ')!.eachRow((sheetRow) => {
        if (typeof sheetRow.getCell(1).value === 'number') rows.push(sheetRow);
      });
      expect(rows).toHaveLength(leadAssignments);
    });

    it("lets a reporter download the unit's own report as Word, without any consolidated report or period tools", async () => {
      await reporter.goto(reportsPage(period.id));
      await reporter.getByText('Báo cáo của UBND xã Cam Lộ').waitFor();
      for (const hidden of ['Yêu cầu báo cáo đột xuất', 'Khóa kỳ báo cáo'])
        expect(await reporter.getByRole('button', { name: hidden }).count()).toBe(0);
      expect(await reporter.getByRole('link', { name: 'Báo cáo tổng hợp' }).count()).toBe(0);

      const word = await downloadThrough(reporter, reporter.getByRole('link', { name: 'Tải bản Word' }));
      expect(word.name).toMatch(/UBND xã Cam Lộ\.docx$/);
      expect((await docxText(word.bytes)).toLocaleUpperCase('vi')).toContain('UBND XÃ CAM LỘ');
    });

    it('lets the coordinator request an ad-hoc report, checked by the rules of periods, and shows it chosen', async () => {
      await coordinator.goto(`${server.url}/bao-cao?planId=${planId}`);
      await coordinator.getByRole('button', { name: 'Yêu cầu báo cáo đột xuất' }).click();
      const dialog = coordinator.getByRole('dialog', { name: 'Yêu cầu báo cáo đột xuất' });
      await dialog.getByRole('button', { name: 'Gửi yêu cầu' }).click();
      await dialog.getByText('Hãy nhập tên kỳ báo cáo đột xuất (ít nhất 3 ký tự).').waitFor();
      expect(await dialog.getByText('Hãy chọn ngày (dd/mm/yyyy).').count()).toBe(3);

      await dialog.getByLabel('Tên kỳ báo cáo').fill(AD_HOC_LABEL);
      await dialog.getByRole('textbox', { name: 'Số liệu từ ngày' }).fill(`01/10/${DEMO_YEAR}`);
      await dialog.getByRole('textbox', { name: 'Đến ngày' }).fill(`31/10/${DEMO_YEAR}`);
      await dialog.getByRole('textbox', { name: 'Hạn báo cáo' }).fill(`20/10/${DEMO_YEAR}`);
      await dialog.getByLabel('Tên kỳ báo cáo').click();
      await dialog.getByRole('button', { name: 'Gửi yêu cầu' }).click();
      // The server's rule: a report cannot be due before its data window ends.
      await dialog.getByText('Hạn báo cáo phải sau hoặc bằng ngày kết thúc kỳ báo cáo.').first().waitFor();
      await dialog.getByRole('textbox', { name: 'Hạn báo cáo' }).fill(`05/11/${DEMO_YEAR}`);
      await dialog.getByLabel('Tên kỳ báo cáo').click();
      await dialog.getByRole('button', { name: 'Gửi yêu cầu' }).click();
      await notice(coordinator, `Đã thêm kỳ báo cáo "${AD_HOC_LABEL}".`);
      await expect
        .poll(() => coordinator.getByRole('combobox', { name: 'Kỳ báo cáo', exact: true }).inputValue())
        .toBe(`${AD_HOC_LABEL} — hạn 05/11/${DEMO_YEAR}`);

      adHocId = new URL(coordinator.url()).searchParams.get('periodId')!;
      const adHoc = (await body(await coordinatorApi.get(`/api/plans/${planId}/periods`))).find(
        (p: { id: string }) => p.id === adHocId,
      );
      expect(adHoc).toMatchObject({
        kind: 'ad_hoc',
        label: AD_HOC_LABEL,
        start: `${DEMO_YEAR}-10-01`,
        end: `${DEMO_YEAR}-10-31`,
        dueOn: `${DEMO_YEAR}-11-05`,
        closed: false,
      });
    });

    it('locks the period with a reason; the unit can then neither edit its report on the page nor save through the API', async () => {
      const path = `/api/periods/${adHocId}/units/${reporterApi.user.unitId}/report`;
      expect((await body(await reporterApi.get(path))).allowedActions).toContain('edit');

      await coordinator.getByRole('button', { name: 'Khóa kỳ báo cáo' }).click();
      const dialog = coordinator.getByRole('dialog', { name: `Khóa kỳ báo cáo ${AD_HOC_LABEL}` });
      // Locking says how many units it stops from reporting.
      await dialog
        .getByText(/Hiện còn [\d.]+ đơn vị chưa gửi báo cáo kỳ này; các đơn vị đó sẽ không gửi được nữa\./)
        .waitFor();
      await dialog.getByLabel('Lý do').fill('Đã hết thời gian tổng hợp số liệu.');
      await dialog.getByRole('button', { name: 'Khóa kỳ báo cáo' }).click();
      await notice(coordinator, `Đã khóa kỳ báo cáo ${AD_HOC_LABEL}.`);
      await dialog.waitFor({ state: 'hidden' });
      await coordinator.getByText('Đã khóa sổ', { exact: true }).waitFor();
      expect(await coordinator.getByRole('button', { name: 'Khóa kỳ báo cáo' }).count()).toBe(0);
      expect(await coordinator.getByRole('combobox', { name: 'Kỳ báo cáo', exact: true }).inputValue()).toBe(
        `${AD_HOC_LABEL} — hạn 05/11/${DEMO_YEAR} — đã khóa sổ`,
      );

      await reporter.goto(reportsPage(adHocId));
      await reporter.getByRole('link', { name: 'Mở báo cáo kỳ này' }).click();
      await reporter.getByRole('heading', { name: `Báo cáo ${AD_HOC_LABEL}` }).waitFor();
      await reporter
        .getByText(`Kỳ báo cáo ${AD_HOC_LABEL} đã khóa sổ: không thể sửa hay gửi báo cáo của kỳ này.`)
        .waitFor();
      for (const action of ['Lưu', 'Gửi báo cáo'])
        expect(await reporter.getByRole('button', { name: action, exact: true }).count()).toBe(0);

      const form = await body(await reporterApi.get(path));
      expect(form.allowedActions).not.toContain('edit');
      const refused = await reporterApi.send('PUT', path, { version: form.version, content: form.content });
      expect(refused.status).toBe(409);
      expect((await body(refused)).message).toContain('đã khóa sổ');
    });

    it('shows a leader the builds to download, with no texts to edit, no build, and no period tools', async () => {
      await leader.goto(reportsPage(period.id));
      await leader.getByRole('heading', { name: `Tình hình nộp báo cáo: ${period.label}` }).waitFor();
      for (const hidden of ['Yêu cầu báo cáo đột xuất', 'Khóa kỳ báo cáo'])
        expect(await leader.getByRole('button', { name: hidden }).count()).toBe(0);
      await leader.getByRole('link', { name: 'Báo cáo tổng hợp' }).click();
      await leader.getByRole('heading', { name: `Báo cáo tổng hợp: ${period.label}` }).waitFor();
      await buildRows(leader).first().waitFor();
      const word = await downloadThrough(leader, buildRows(leader).first().getByRole('link', { name: 'Tải Word' }));
      expect(await docxText(word.bytes)).toContain(INTRODUCTION);
      for (const action of ['Lưu nội dung', 'Lập báo cáo'])
        expect(await leader.getByRole('button', { name: action }).count()).toBe(0);
      expect(await leader.getByLabel('Phần mở đầu').count()).toBe(0);
    });
  },
);
