import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterTiles } from '../../src/contracts/registers.js';
import { body } from '../support/api.js';
import { apiClientOf, browserAvailable, chooseOption, launchBrowser, signInThroughPage } from '../support/browser.js';
import { SMALL_PDF } from '../support/plan.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
const SHOTS = process.env.CCHC_SCREENSHOTS;

/**
 * The register kit in the browser, on the demo province: the coordinator records a steering meeting and gives
 * Cam Lộ a commitment; Cam Lộ's reporter sees it, uploads evidence and reports it done; the coordinator adds a
 * training course; the dashboard's tiles and a plan target linked to the training figure move.
 */
describe.skipIf(!run)(
  'in the browser: a steering meeting, its commitment closed with evidence, a training course',
  () => {
    let server: RunningServer;
    let browser: Browser;
    const open = async (username: string, width = 1280) => {
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
      if (!SHOTS) return;
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    };
    const tileFigure = (page: Page, register: string, key: string) =>
      page.getByTestId(`tile-${register}`).locator(`[data-figure="${key}"] [data-value]`);

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('records, assigns, closes with evidence, and moves the tiles and a linked target', async () => {
      const coordinator = await open('snv.cchc');
      const api = await apiClientOf(coordinator, server.url);
      const year = new Date().getFullYear();
      const tilesBefore: RegisterTiles = await body(await api.get(`/api/registers?year=${year}`));
      const trainingBefore = tilesBefore.tiles.find((t) => t.register === 'training-courses')!.figures[0]!.value ?? 0;

      // A plan target linked to the training figure (the coordinator confirms the link), read at the year's report.
      const plan = (await body(await api.get('/api/plans'))).find((p: { year: number }) => p.year === year);
      const periods: { id: string; code: string }[] = await body(await api.get(`/api/plans/${plan.id}/periods`));
      const yearly = periods.find((p) => p.code === 'Y')!;
      const targetsOf = async () =>
        (await body(await api.get(`/api/plans/${plan.id}/indicators?periodId=${yearly.id}`))) as {
          id: string;
          level: string | null;
          figure: { kind: string; key: string | null };
          province: { value: number | null; provisionalValue: number | null };
        }[];
      const target = (await targetsOf()).find(
        (t) => t.figure.kind === 'count' && (t.level === null || t.level === 'province'),
      )!;
      expect(target).toBeDefined();
      expect(
        (await api.send('PUT', `/api/indicators/${target.id}/figure`, { figureKey: 'registers.training_courses' }))
          .status,
      ).toBe(200);
      const linkedValue = async () => {
        const t = (await targetsOf()).find((x) => x.id === target.id)!;
        return t.province.value ?? t.province.provisionalValue;
      };
      const targetBefore = (await linkedValue()) ?? 0;

      // The registers from the menu: a tile per register; the steering meetings' list.
      await coordinator.getByRole('link', { name: 'Sổ theo dõi' }).click();
      await coordinator.getByRole('heading', { name: 'Sổ theo dõi CCHC', level: 1 }).waitFor();
      await shot(coordinator, 'registers-tiles-desktop');
      await coordinator.getByRole('link', { name: 'Họp Ban Chỉ đạo CCHC' }).click();
      await coordinator.getByRole('heading', { name: 'Họp Ban Chỉ đạo CCHC', level: 1 }).waitFor();
      await coordinator.getByRole('button', { name: 'Thêm mục' }).click();
      const form = coordinator.getByRole('dialog');
      // A coordinator chooses the owner unit; a refused field is named in Vietnamese and nothing is saved.
      await form.getByRole('combobox', { name: 'Cơ quan chủ trì' }).fill('Sở Nội vụ');
      await coordinator
        .getByRole('option', { name: /^Sở Nội vụ/ })
        .first()
        .click();
      await form.getByRole('textbox', { name: 'Nội dung cuộc họp' }).fill('Phiên họp kiểm tra tiến độ');
      await form.getByRole('textbox', { name: 'Người chủ trì' }).fill('Chủ tịch UBND tỉnh');
      await form.getByRole('button', { name: 'Lưu' }).click();
      await form.getByText(/Ngày họp: Chưa nhập/).waitFor();
      const today = new Date();
      const dd = String(today.getDate()).padStart(2, '0');
      const mm = String(today.getMonth() + 1).padStart(2, '0');
      await form.getByRole('textbox', { name: 'Ngày họp' }).fill(`${dd}/${mm}/${year}`);
      await form.getByRole('button', { name: 'Lưu' }).click();
      await coordinator.getByRole('heading', { name: 'Phiên họp kiểm tra tiến độ' }).waitFor();
      const entryUrl = coordinator.url();

      // A commitment for Cam Lộ, due in a month.
      await coordinator.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
      const assign = coordinator.getByRole('dialog');
      await assign.getByRole('combobox', { name: 'Đơn vị thực hiện' }).fill('Cam Lộ');
      await coordinator
        .getByRole('option', { name: /UBND xã Cam Lộ/ })
        .first()
        .click();
      await assign
        .getByRole('textbox', { name: 'Nội dung nhiệm vụ' })
        .fill('Công khai quy trình nội bộ tại Bộ phận Một cửa');
      const due = new Date(today.getTime() + 30 * 86_400_000);
      await assign
        .getByRole('textbox', { name: 'Hạn hoàn thành' })
        .fill(
          `${String(due.getDate()).padStart(2, '0')}/${String(due.getMonth() + 1).padStart(2, '0')}/${due.getFullYear()}`,
        );
      await assign.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
      await coordinator.getByText('Công khai quy trình nội bộ tại Bộ phận Một cửa').waitFor();
      await shot(coordinator, 'register-entry-desktop');

      // Cam Lộ's reporter on a tablet: told of it, opens the meeting, uploads evidence and reports it done.
      const reporter = await open('camlo.baocao', 768);
      await reporter.goto(entryUrl);
      const card = reporter.locator('[data-follow-up]').filter({ hasText: 'Công khai quy trình nội bộ' });
      await card.waitFor();
      const chooser = reporter.waitForEvent('filechooser');
      await card.getByRole('button', { name: 'Minh chứng' }).click();
      await (
        await chooser
      ).setFiles({ name: 'quy-trinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from(SMALL_PDF) });
      await card.getByRole('link', { name: 'quy-trinh.pdf' }).waitFor();
      await card.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
      await card.getByRole('textbox', { name: 'Kết quả thực hiện' }).fill('Đã niêm yết quy trình tại Bộ phận Một cửa');
      await card.getByRole('button', { name: 'Lưu' }).click();
      await card.getByText('Đã hoàn thành').waitFor();
      await shot(reporter, 'register-entry-768');
      // The reporter may not edit the coordinator's meeting.
      expect(await reporter.getByRole('button', { name: 'Sửa' }).count()).toBe(0);

      // A training course, added through the training register's form.
      await coordinator.goto(`${server.url}/so-theo-doi/training-courses`);
      await coordinator.getByRole('button', { name: 'Thêm mục' }).click();
      const course = coordinator.getByRole('dialog');
      await course.getByRole('combobox', { name: 'Đơn vị tổ chức' }).fill('Sở Nội vụ');
      await coordinator
        .getByRole('option', { name: /^Sở Nội vụ/ })
        .first()
        .click();
      await course.getByRole('textbox', { name: 'Ngày bắt đầu' }).fill(`${dd}/${mm}/${year}`);
      await course.getByRole('textbox', { name: 'Chủ đề' }).fill('Tập huấn sổ theo dõi CCHC');
      await chooseOption(coordinator, course, 'Hình thức', 'Tập huấn');
      await chooseOption(coordinator, course, 'Cấp tổ chức', 'Cấp tỉnh');
      await course.getByRole('textbox', { name: 'Số người tham dự' }).fill('85');
      await course.getByRole('button', { name: 'Lưu' }).click();
      await coordinator.getByRole('heading', { name: 'Tập huấn sổ theo dõi CCHC' }).waitFor();

      // The dashboard's training tile counts it; the linked target moved by one.
      await coordinator.goto(`${server.url}/`);
      const trainingTile = tileFigure(coordinator, 'training-courses', 'registers.training_courses');
      await expect.poll(() => trainingTile.textContent(), { timeout: 30_000 }).toBe(String(trainingBefore + 1));
      await shot(coordinator, 'dashboard-tiles-desktop');
      expect(await linkedValue()).toBe(targetBefore + 1);
      const tilesAfter: RegisterTiles = await body(await api.get(`/api/registers?year=${year}`));
      const steering = tilesAfter.tiles.find((t) => t.register === 'steering-meetings')!;
      expect(steering.figures[0]!.value).toBe(
        (tilesBefore.tiles.find((t) => t.register === 'steering-meetings')!.figures[0]!.value ?? 0) + 1,
      );
      // Beside them, the workflows with pages of their own: the initiatives tile shows the catalogue's count and
      // its title opens the initiatives of the year.
      const recognised = tilesAfter.workflows.find((w) => w.workflow === 'initiatives')!.figures[0]!;
      expect(recognised.key).toBe('initiatives.recognised_count');
      expect(await tileFigure(coordinator, 'initiatives', recognised.key).textContent()).toBe(
        recognised.value === null ? 'Chưa có số liệu' : String(recognised.value),
      );
      await coordinator.getByTestId('tile-initiatives').getByRole('link', { name: 'Sáng kiến' }).click();
      await coordinator.waitForURL(`${server.url}/sang-kien?year=${year}`);

      // The list at 768 px, filtered by a declared field.
      const tablet = await open('lanhdao', 768);
      await tablet.goto(`${server.url}/so-theo-doi/training-courses?year=${year}`);
      await tablet.getByRole('link', { name: 'Tập huấn sổ theo dõi CCHC' }).waitFor();
      await shot(tablet, 'register-list-768');
    }, 240_000);
  },
);
