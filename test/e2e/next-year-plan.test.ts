import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumberVi } from '../../src/domain/text/format.js';
import { body, type Client } from '../support/api.js';
import { apiClientOf, browserAvailable, chooseOption, launchBrowser, signInThroughPage } from '../support/browser.js';
import { DEMO_PLAN_NAME, DEMO_YEAR } from '../support/demo.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
const NEXT_YEAR = DEMO_YEAR + 1;
const NEXT_PLAN_NAME = `Kế hoạch CCHC tỉnh Quảng Trị năm ${NEXT_YEAR}`;
const PROGRAMME = `Chương trình CCHC giai đoạn ${DEMO_YEAR}–${NEXT_YEAR}`;

describe.skipIf(!run)(
  "in the browser: next year's plan made from the demo plan, then the two years compared on the dashboard",
  () => {
    let server: RunningServer;
    let browser: Browser;
    let coordinator: Page;
    let coordinatorApi: Client;
    let demoPlanId: string;
    let nextPlanId: string;

    const open = async (username: string) => {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 900 },
        locale: 'vi-VN',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await signInThroughPage(page, server.url, username);
      return page;
    };

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser();
      coordinator = await open('snv.cchc');
      coordinatorApi = await apiClientOf(coordinator, server.url);
      demoPlanId = (await body(await coordinatorApi.get('/api/plans'))).find(
        (plan: { name: string }) => plan.name === DEMO_PLAN_NAME,
      ).id;
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it("makes next year's plan from the demo plan after a confirmation that says how much carries over", async () => {
      const preview = await body(await coordinatorApi.get(`/api/plans/${demoPlanId}/next-year`));
      expect(preview.activities).toBeGreaterThan(0);

      await coordinator.goto(`${server.url}/ke-hoach`);
      await coordinator
        .getByRole('table', { name: 'Kế hoạch đã ghi' })
        .getByRole('link', { name: DEMO_PLAN_NAME })
        .click();
      await coordinator.getByRole('heading', { name: DEMO_PLAN_NAME, level: 1 }).waitFor();
      await coordinator.getByRole('button', { name: 'Lập kế hoạch năm sau' }).click();
      const dialog = coordinator.getByRole('dialog', { name: `Lập kế hoạch năm ${NEXT_YEAR} từ kế hoạch này` });
      // The confirmation says what carries over, with the server's figures.
      await dialog
        .getByText(`chuyển sang ${formatNumberVi(preview.activities)} hoạt động chưa hoàn thành`, { exact: false })
        .waitFor();
      await expect.poll(() => dialog.getByLabel('Tên kế hoạch mới').inputValue()).toBe(NEXT_PLAN_NAME);
      await dialog.getByRole('button', { name: `Lập kế hoạch năm ${NEXT_YEAR}` }).click();

      // The new plan opens: where it came from, and the way to merge next year's document.
      await coordinator.getByRole('heading', { name: NEXT_PLAN_NAME, level: 1 }).waitFor();
      await coordinator.getByText('Kế hoạch này được lập từ').waitFor();
      await coordinator.getByRole('button', { name: `Tải văn bản kế hoạch năm ${NEXT_YEAR}` }).waitFor();
      nextPlanId = new URL(coordinator.url()).pathname.split('/').pop()!;
      const activitiesRow = coordinator.getByRole('row', { name: /^Hoạt động \d/ }).first();
      await expect.poll(() => activitiesRow.textContent()).toContain(formatNumberVi(preview.activities));

      // Making it again is refused: the dialog says it exists and links to it.
      await coordinator.goto(`${server.url}/ke-hoach/${demoPlanId}`);
      await coordinator.getByRole('button', { name: 'Lập kế hoạch năm sau' }).click();
      await coordinator.getByText(`Kế hoạch năm ${NEXT_YEAR} đã được lập từ kế hoạch này`).waitFor();
      await coordinator.keyboard.press('Escape');
    });

    it('shows a reporter the carried task as coming from this year’s plan, linked to the old one', async () => {
      const camlo = await open('camlo.baocao');
      const camloApi = await apiClientOf(camlo, server.url);
      const [task] = (await body(await camloApi.get(`/api/assignments?planId=${nextPlanId}&role=lead`))).items;
      await camlo.goto(`${server.url}/nhiem-vu/${task.id}`);
      const link = camlo.getByRole('link', { name: new RegExp(`^Chuyển từ kế hoạch ${DEMO_YEAR}`) });
      await link.click();
      // The old assignment, in the demo plan, with its history.
      await expect.poll(() => camlo.url()).not.toContain(task.id);
      await camlo.getByRole('cell', { name: DEMO_PLAN_NAME }).waitFor();
      await camlo.context().close();
    });

    it('groups both plans in a programme and shows a leader the two years side by side', async () => {
      await coordinator.goto(`${server.url}/ke-hoach`);
      await coordinator.getByRole('button', { name: 'Thêm chương trình' }).click();
      const dialog = coordinator.getByRole('dialog', { name: 'Thêm chương trình' });
      await dialog.getByLabel('Tên chương trình').fill(PROGRAMME);
      await dialog.getByLabel('Năm bắt đầu').fill(String(DEMO_YEAR));
      await dialog.getByLabel('Năm kết thúc').fill(String(NEXT_YEAR));
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await coordinator.getByRole('cell', { name: PROGRAMME, exact: true }).waitFor();

      for (const planId of [demoPlanId, nextPlanId]) {
        await coordinator.goto(`${server.url}/ke-hoach/${planId}`);
        await chooseOption(coordinator, coordinator, 'Chương trình', `${PROGRAMME} (${DEMO_YEAR}–${NEXT_YEAR})`);
        await coordinator.getByText('Đã cập nhật chương trình của kế hoạch.').waitFor();
      }

      const leader = await open('lanhdao');
      await leader.goto(`${server.url}/`);
      const table = leader.getByRole('table', { name: 'So sánh qua các năm của chương trình (bảng số liệu)' });
      await table.waitFor();
      for (const year of [DEMO_YEAR, NEXT_YEAR])
        await table.getByRole('columnheader', { name: `Năm ${year}` }).waitFor();
      const total = await table
        .getByRole('row', { name: /^Toàn chương trình/ })
        .getByRole('cell')
        .allTextContents();
      // This year's work has figures; next year's is not due yet: no figure, never 0 %.
      expect(total).toHaveLength(4);
      expect(total[0]).toMatch(/%/);
      expect(total.slice(2)).toEqual(['không có số liệu', 'không có số liệu']);
      // The figures are the API's (Σ numerator / Σ denominator).
      const programmes = await body(await coordinatorApi.get('/api/programmes'));
      const id = programmes.find((p: { name: string }) => p.name === PROGRAMME).id;
      const view = await body(await coordinatorApi.get(`/api/programmes/${id}/comparison?by=area`));
      const cell = view.rows[0].cells[0].completion;
      expect(total[0]).toBe(
        `${formatNumberVi(cell.value, 1)}% (${formatNumberVi(cell.numerator)}/${formatNumberVi(cell.denominator)})`,
      );
      await leader.context().close();
    });
  },
);
