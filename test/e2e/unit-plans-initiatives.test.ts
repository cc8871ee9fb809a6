import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FiguresView } from '../../src/contracts/figures.js';
import { body } from '../support/api.js';
import { apiClientOf, browserAvailable, chooseOption, launchBrowser, signInThroughPage } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();

/**
 * On the demo province (loaded by `cchc start`): Sở Tư pháp, listed among the units without a plan, records its
 * CCHC plan and the "issued" figure moves; it proposes an initiative, the coordinator records the council's
 * recognition, and the initiatives figure (the target "ít nhất 03 sáng kiến") counts it. Desktop and 768 px.
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
