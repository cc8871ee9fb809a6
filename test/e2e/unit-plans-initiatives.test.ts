import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FiguresView } from '../../src/contracts/figures.js';
import { body } from '../support/api.js';
import { apiClientOf, browserAvailable, chooseOption, launchBrowser, signInThroughPage } from '../support/browser.js';
import { docxFromDocument } from '../support/docx-from-document.js';
import { startServer, type RunningServer } from '../support/server.js';
import { readTextDocument } from '../../src/readers/document/text-reader.js';

const run = browserAvailable();

/** Sở Tư pháp's own 2025 plan as a Word file: an appendix table rewording some of the province's activities. */
const unitPlanDocx = () =>
  docxFromDocument(
    readTextDocument(readFileSync(new URL('../fixtures/unit-plans/so-tu-phap-2025.txt', import.meta.url), 'utf8')),
  );

/**
 * On the demo province (loaded by `cchc start`): Sở Tư pháp, listed among the units without a plan, records its
 * CCHC plan and the "issued" figure moves; it proposes an initiative, the coordinator records the council's
 * recognition, and the initiatives figure (the target "ít nhất 03 sáng kiến") counts it. The unit's plan file is
 * read into activities linked to the province's; the unit corrects one; the office reads them. Desktop and 768 px.
 */
describe.skipIf(!run)('in the browser: a unit’s plan and an initiative to recognition', () => {
  let server: RunningServer;
  let browser: Browser;
  const year = new Date().getFullYear();

  const open = async (username: string, width: number) => {
    const context = await browser.newContext({
      viewport: { width, height: 1024 },
      locale: 'vi-VN',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await signInThroughPage(page, server.url, username);
    return page;
  };
  const figure = async (api: Awaited<ReturnType<typeof apiClientOf>>, key: string, level: string) => {
    const view: FiguresView = await body(await api.get(`/api/figures?year=${year}&level=${level}&keys=${key}`));
    return view.values.find((v) => v.key === key)!;
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('records a unit’s plan and the issued figure moves', { timeout: 120_000 }, async () => {
    const coordinator = await open('snv.cchc', 1280);
    const api = await apiClientOf(coordinator, server.url);
    const before = await figure(api, 'unit_plans.issued_rate', 'departments');
    await coordinator.goto(`${server.url}/ke-hoach-don-vi`);
    const missing = coordinator.getByRole('table', { name: /Đơn vị chưa ban hành kế hoạch/ });
    await missing.getByRole('rowheader', { name: 'Sở Tư pháp' }).waitFor();
    await coordinator.screenshot({ path: 'test-results/unit-plans-overview.png', fullPage: true });

    const reporter = await open('stp.baocao', 768);
    await reporter.goto(`${server.url}/ke-hoach-don-vi`);
    await reporter.getByText('Quá hạn, chưa ban hành').waitFor();
    await reporter.getByRole('textbox', { name: 'Số, ký hiệu' }).fill('15/KH-STP');
    await reporter.getByRole('textbox', { name: 'Ngày ban hành' }).fill(`10/02/${year}`);
    await reporter.screenshot({ path: 'test-results/unit-plan-duty-768.png', fullPage: true });
    await reporter.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await reporter.getByText(`Kế hoạch số 15/KH-STP ngày 10/02/${year}`).waitFor();
    await reporter.getByText('Ban hành muộn').waitFor();

    const after = await figure(api, 'unit_plans.issued_rate', 'departments');
    expect(after.numerator).toBe(before.numerator! + 1);
    expect(after.denominator).toBe(before.denominator);
    await coordinator.reload();
    await missing.getByRole('rowheader', { name: 'Sở Tư pháp' }).waitFor({ state: 'detached' });
  });

  it(
    'reads the plan’s activities from its Word file; the unit corrects a link; the coordinator sees them',
    { timeout: 180_000 },
    async () => {
      const reporter = await open('stp.baocao', 768);
      await reporter.goto(`${server.url}/ke-hoach-don-vi`);
      const panel = reporter.getByRole('region', { name: 'Hoạt động trong kế hoạch của đơn vị' });
      await panel.getByText('Chưa đọc hoạt động từ tệp kế hoạch.').waitFor();
      await panel.locator('input[type="file"]').setInputFiles({
        name: 'ke-hoach-cchc-stp.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(await unitPlanDocx()),
      });
      await panel.getByRole('button', { name: 'Tải tệp kế hoạch' }).click();
      await reporter.getByText('— ke-hoach-cchc-stp.docx', { exact: false }).waitFor();
      await panel.getByRole('button', { name: 'Đọc hoạt động từ tệp kế hoạch' }).click();
      const table = panel.getByRole('table', { name: 'Hoạt động trong kế hoạch của đơn vị' });
      await table
        .getByRole('cell', { name: 'Thẩm định dự thảo văn bản quy phạm pháp luật của HĐND, UBND tỉnh' })
        .waitFor();
      expect(await table.getByRole('row').count()).toBe(10);
      await panel.getByText(/Kế hoạch của đơn vị thực hiện \d+\/\d+ hoạt động tỉnh giao đơn vị chủ trì/).waitFor();
      // Line I.3 (quarterly meetings) is the Sở's own: cchc suggests none; the unit links it to the province's
      // publicity activity, and confirms it.
      const meetings = table.getByRole('combobox', { name: 'Hoạt động tỉnh của dòng 3' });
      expect(await meetings.inputValue()).toBe('— Hoạt động riêng của đơn vị —');
      await meetings.click();
      await reporter
        .getByRole('option', { name: /Tuyên truyền công tác CCHC/ })
        .first()
        .click();
      await table.getByRole('row').nth(3).getByText('Đã xác nhận').waitFor();
      expect(await meetings.inputValue()).toMatch(/Tuyên truyền công tác CCHC/);
      await reporter.screenshot({ path: 'test-results/unit-plan-activities-768.png', fullPage: true });

      const coordinator = await open('snv.cchc', 1280);
      await coordinator.goto(`${server.url}/ke-hoach-don-vi`);
      await coordinator.getByRole('table', { name: 'Tất cả đơn vị' }).getByRole('link', { name: 'Sở Tư pháp' }).click();
      const seen = coordinator.getByRole('region', { name: 'Hoạt động trong kế hoạch của đơn vị' });
      await seen.getByText('Họp giao ban, đánh giá tiến độ thực hiện nhiệm vụ CCHC của các phòng, đơn vị').waitFor();
      // The office reads the unit's plan; it does not choose the unit's links.
      expect(await seen.getByRole('combobox').count()).toBe(0);
      expect(await seen.getByRole('button', { name: 'Đọc lại từ tệp' }).count()).toBe(0);
      await coordinator.screenshot({ path: 'test-results/unit-plan-activities-office.png', fullPage: true });
    },
  );

  it(
    'takes an initiative from proposal to recognition and the initiatives figure counts it',
    { timeout: 120_000 },
    async () => {
      const reporter = await open('stp.baocao', 768);
      const coordinator = await open('snv.cchc', 1280);
      const api = await apiClientOf(coordinator, server.url);
      const before = await figure(api, 'initiatives.recognised_count', 'province');

      await reporter.goto(`${server.url}/sang-kien`);
      await reporter.getByRole('button', { name: 'Đề xuất sáng kiến' }).click();
      const dialog = reporter.getByRole('dialog', { name: 'Đề xuất sáng kiến' });
      await dialog.getByRole('textbox', { name: 'Tên sáng kiến' }).fill('Trả kết quả lý lịch tư pháp qua VNeID');
      await chooseOption(reporter, dialog, 'Lĩnh vực', 'Cải cách thủ tục hành chính');
      await dialog.getByRole('textbox', { name: 'Vấn đề cần giải quyết' }).fill('Người dân phải đến nhận kết quả.');
      await dialog.getByRole('textbox', { name: 'Giải pháp' }).fill('Trả kết quả điện tử qua VNeID.');
      await dialog.getByRole('button', { name: 'Đề xuất sáng kiến' }).click();
      await reporter.getByRole('heading', { name: 'Trả kết quả lý lịch tư pháp qua VNeID', level: 1 }).waitFor();
      await reporter.getByText('Chờ Hội đồng đánh giá').waitFor();
      // The unit sees no decision form on its own initiative.
      expect(await reporter.getByRole('form', { name: 'Ghi quyết định của Hội đồng' }).count()).toBe(0);
      const url = reporter.url();

      await coordinator.goto(url);
      const form = coordinator.getByRole('form', { name: 'Ghi quyết định của Hội đồng' });
      await form.waitFor();
      await chooseOption(coordinator, form, 'Phạm vi ảnh hưởng', 'Phạm vi toàn tỉnh');
      await form.getByRole('textbox', { name: 'Số quyết định' }).fill('30/QĐ-HĐSK');
      await form.getByRole('textbox', { name: 'Ngày quyết định' }).fill(`15/05/${year}`);
      await form.getByRole('button', { name: 'Ghi quyết định của Hội đồng' }).click();
      await coordinator.getByText(`30/QĐ-HĐSK · 15/05/${year} · Phạm vi toàn tỉnh`).waitFor();
      await coordinator.screenshot({ path: 'test-results/initiative-recognised.png', fullPage: true });

      const after = await figure(api, 'initiatives.recognised_count', 'province');
      expect(after.value).toBe(before.value! + 1);
      await coordinator.goto(`${server.url}/sang-kien`);
      await coordinator.getByText(`Sáng kiến được công nhận năm ${year}: ${after.value}`).waitFor();
      await coordinator.screenshot({ path: 'test-results/initiatives-list.png', fullPage: true });
      await reporter.goto(`${server.url}/sang-kien`);
      await reporter.screenshot({ path: 'test-results/initiatives-list-768.png', fullPage: true });
    },
  );
});
