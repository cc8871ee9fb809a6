import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClientOf, browserAvailable, chooseOption, launchBrowser, signInThroughPage } from '../support/browser.js';
import { body } from '../support/api.js';
import { DEMO_PLAN_NAME, DEMO_YEAR } from '../support/demo.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();

describe.skipIf(!run)(
  'in the browser: the coordinator sets a monthly report with its own due day, a commune reporter sees it',
  () => {
    let server: RunningServer;
    let browser: Browser;
    let coordinator: Page;
    let planId: string;

    const open = async (username: string, width = 1366) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' });
      const page = await context.newPage();
      await signInThroughPage(page, server.url, username);
      return page;
    };

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser();
      coordinator = await open('snv.cchc');
      const api = await apiClientOf(coordinator, server.url);
      planId = (await body(await api.get('/api/plans'))).find(
        (plan: { name: string }) => plan.name === DEMO_PLAN_NAME,
      ).id;
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('the coordinator adds monthly reports due on the 25th, communes on the 20th, after seeing what changes', async () => {
      await coordinator.goto(`${server.url}/ke-hoach/${planId}`);
      const section = coordinator.getByRole('table', { name: 'Lịch báo cáo' });
      await section.waitFor();
      await section.getByRole('checkbox', { name: 'Báo cáo kỳ Hằng tháng' }).check();
      await section.getByRole('textbox', { name: 'Hạn chung (sở, ngành) — Hằng tháng' }).fill('25');
      await section.getByRole('textbox', { name: 'Hạn cấp xã — Hằng tháng' }).fill('20');
      // A date that does not exist is refused under its field, in Vietnamese, naming the period.
      await section.getByRole('textbox', { name: 'Hạn chung (sở, ngành) — 6 tháng' }).fill('31/6');
      await coordinator.getByRole('button', { name: 'Lưu lịch báo cáo' }).click();
      await coordinator.getByText('Ngày hạn báo cáo 6 tháng không hợp lệ: 31/06.').first().waitFor();
      await section.getByRole('textbox', { name: 'Hạn chung (sở, ngành) — 6 tháng' }).fill('15');

      await coordinator.getByRole('button', { name: 'Lưu lịch báo cáo' }).click();
      const dialog = coordinator.getByRole('dialog', { name: 'Đổi lịch báo cáo của kế hoạch?' });
      await dialog.getByText(`Thêm 12 kỳ: Tháng 1/${DEMO_YEAR}`).waitFor();
      await dialog.getByRole('button', { name: 'Lưu và cập nhật các kỳ' }).click();
      await dialog.waitFor({ state: 'detached' });
      await coordinator.locator('.mantine-Notification-root').filter({ hasText: 'Đã lưu lịch báo cáo.' }).waitFor();
    });

    it("a commune's reporter (on a tablet) sees Tháng 4 due on the communes' day, dd/mm/yyyy", async () => {
      const reporter = await open('camlo.baocao', 768);
      await reporter.goto(`${server.url}/bao-cao?planId=${planId}`);
      const due = `20/04/${DEMO_YEAR}`;
      await chooseOption(reporter, reporter, 'Kỳ báo cáo', `Tháng 4/${DEMO_YEAR} — hạn ${due}`);
      await reporter.getByText(`Hạn gửi: ${due}`).waitFor();
      await reporter.getByRole('link', { name: 'Mở báo cáo kỳ này' }).click();
      await reporter.getByRole('heading', { name: `Báo cáo Tháng 4/${DEMO_YEAR}` }).waitFor();
      expect(await reporter.getByText(due).count()).toBeGreaterThan(0);
    });

    it("a department's reporter sees the same month due on the 25th", async () => {
      const reporter = await open('stp.baocao');
      await reporter.goto(`${server.url}/bao-cao?planId=${planId}`);
      await chooseOption(reporter, reporter, 'Kỳ báo cáo', `Tháng 4/${DEMO_YEAR} — hạn 25/04/${DEMO_YEAR}`);
      await reporter.getByText(`Hạn gửi: 25/04/${DEMO_YEAR}`).waitFor();
    });
  },
);
