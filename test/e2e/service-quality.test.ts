import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceQualityView } from '../../src/contracts/service-quality.js';
import { formatNumberVi } from '../../src/domain/text/format.js';
import { body } from '../support/api.js';
import { apiClientOf, browserAvailable, launchBrowser, signInThroughPage } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();

/**
 * The leader on a 768 px tablet: opens "Chất lượng phục vụ" from the menu on the demo's dossiers and published
 * figures (loaded by `cchc start`), sees the departments ranked, follows a unit's "late without apology" figure
 * to its dossiers and opens one; a unit's reporter lands on their own unit.
 */
describe.skipIf(!run)('in the browser: the service-quality page and its drill-down to a late dossier', () => {
  let server: RunningServer;
  let browser: Browser;

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
  const table = (page: Page) => page.getByRole('table', { name: 'Điểm các nhóm và số liệu hồ sơ' });

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('ranks the departments, and drills from a late-without-apology figure to one dossier', async () => {
    const page = await open('lanhdao', 768);
    const api = await apiClientOf(page, server.url);
    const year = new Date().getFullYear();
    const expected: ServiceQualityView = await body(
      await api.get(`/api/service-quality?year=${year}&span=year&level=departments`),
    );

    // On a tablet the menu is behind its button.
    await page.getByRole('button', { name: 'Mở hoặc đóng danh sách chức năng' }).click();
    await page.getByRole('link', { name: 'Chất lượng phục vụ' }).click();
    await page.getByRole('heading', { name: 'Chất lượng phục vụ người dân, doanh nghiệp', level: 1 }).waitFor();
    await table(page).waitFor();

    // The rows come ranked (competition ranking), the level's own row first; each rank as "n/of".
    const rows = table(page).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(expected.rows.length + 1);
    await expect.poll(() => rows.nth(0).locator('th').textContent()).toBe('Các sở, ban, ngành (chung)');
    const ranked = [...expected.rows].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));
    for (const [i, row] of ranked.entries()) {
      const line = rows.nth(i + 1);
      expect(await line.locator('th').textContent()).toBe(row.unitName);
      expect(await line.locator('td').first().textContent()).toBe(`${row.rank}/${row.rankedOf}`);
      // The total, with two decimals written the Vietnamese way.
      expect(await line.locator('td').nth(7).textContent()).toBe(formatNumberVi(row.total!, 2, 2));
    }
    // The published score off cchc's recomputation is marked.
    const flagged = expected.rows.filter((r) => r.groups.some((g) => g.differs)).length;
    expect(flagged).toBeGreaterThan(0);
    await expect.poll(() => table(page).getByText('≠').count()).toBe(flagged);

    // Sorting by a column, then back to the rank.
    await table(page).getByRole('button', { name: 'Sắp xếp theo Tổng điểm' }).click();
    await table(page).getByRole('button', { name: 'Sắp xếp theo Hạng' }).click();

    // The chart of totals has its table; the trend chart has its own.
    await page.getByRole('img', { name: /Tổng điểm theo đơn vị/ }).waitFor();
    await page.getByRole('table', { name: /Xu hướng qua các kỳ/ }).waitFor();

    // The plan targets these figures feed, at the year's report, as the reports page computes them.
    const plan = (await body(await api.get('/api/plans'))).find((p: { year: number }) => p.year === year);
    const periods: { id: string; code: string }[] = await body(await api.get(`/api/plans/${plan.id}/periods`));
    const yearly = periods.find((p) => p.code === 'Y')!;
    const targets: {
      subject: string;
      figure: { key: string | null; status: string | null };
      province: { resultLabel: string };
    }[] = await body(await api.get(`/api/plans/${plan.id}/indicators?periodId=${yearly.id}`));
    const fed = targets.filter(
      (t) => t.figure.status === 'confirmed' && /^(dossiers|qd766)\./.test(t.figure.key ?? ''),
    );
    expect(fed.length).toBeGreaterThan(0);
    const fedTable = page.getByRole('table', { name: 'Chỉ tiêu kế hoạch tính từ các số liệu này' });
    // A target the plan printed twice (III-CT3 and III-CT6, say) is one row.
    const distinct = new Set(fed.map((t) => t.subject.toLowerCase().replace(/\s+/g, ' ').trim()));
    expect(distinct.size).toBeLessThan(fed.length);
    await expect.poll(() => fedTable.locator('tbody tr').count()).toBe(distinct.size);
    const firstFed = fedTable.locator('tbody tr').filter({ hasText: fed[0]!.subject }).first();
    await firstFed.getByText(fed[0]!.province.resultLabel, { exact: true }).waitFor();

    // From a unit's figure to its late dossiers without apology.
    const unit = ranked.find((r) => (r.dossiers.lateWithoutApology ?? 0) > 0)!;
    const count = formatNumberVi(unit.dossiers.lateWithoutApology!);
    await page.getByRole('link', { name: `Xem ${count} hồ sơ trễ hạn chưa xin lỗi của ${unit.unitName}` }).click();
    await page.getByRole('heading', { name: 'Hồ sơ trễ hạn chưa xin lỗi', level: 1 }).waitFor();
    await page.getByText(`${unit.unitName} — hồ sơ tiếp nhận từ 01/01/${year} đến 31/12/${year}`).waitFor();
    await page.getByText(`Tổng số: ${count}`).waitFor();
    const list = page.getByRole('table', { name: 'Hồ sơ trễ hạn chưa xin lỗi' });
    const first = list.locator('tbody tr').first();
    const code = (await first.locator('th').textContent())!;
    const cells = await first.locator('td').allTextContents();
    // Procedure, received, due, ended (or in process), days late, channel: dates dd/mm/yyyy.
    expect(cells[1]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(cells[2]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(Number(cells[4])).toBeGreaterThan(0);
    expect(['Trực tiếp', 'Trực tuyến', 'Bưu chính']).toContain(cells[5]);

    // And one dossier.
    await first.getByRole('link', { name: code }).click();
    await page.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor();
    const facts = page.getByRole('table', { name: 'Thông tin hồ sơ' });
    await facts
      .getByRole('row', { name: /Đơn vị xử lý/ })
      .getByText(unit.unitName)
      .waitFor();
    await facts.getByText(`Trễ ${cells[4]} ngày`).waitFor();
    await facts
      .getByRole('row', { name: /Văn bản xin lỗi/ })
      .getByText('Chưa xin lỗi')
      .waitFor();
    await facts.getByText(/Dữ liệu mẫu, tệp ho-so-tthc-mau-\d{4}\.ndjson/).waitFor();

    // Back to the list, then to the page with the same filters.
    await page.getByRole('link', { name: 'Hồ sơ trễ hạn chưa xin lỗi' }).click();
    await list.waitFor();
    await page.getByRole('link', { name: '← Chất lượng phục vụ' }).click();
    await table(page).waitFor();
  });

  it("lands a unit's reporter on their own unit, with no level to choose", async () => {
    const page = await open('stp.baocao', 1280);
    await page.goto(`${server.url}/chat-luong-phuc-vu`);
    await table(page).waitFor();
    const rows = table(page).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().locator('th').textContent()).toBe('Sở Tư pháp');
    expect(await page.getByRole('combobox', { name: 'Cấp', exact: true }).count()).toBe(0);
  });
});
