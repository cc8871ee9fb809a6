/**
 * Inspections in the browser (issue #13, Proof): the coordinator builds the communes' plan for 35% from cchc's
 * proposal on /kiem-tra; an inspection of a commune with two remediation items is recorded (through the API:
 * the register's own form is walked in registers.test.ts); the commune's reporter, at 768 px, uploads evidence and
 * reports one fixed; the coordinator accepts it; the figure "inspected units with a remediation report" moves, and
 * with it a plan target linked to it, on the reports page. The plan is adjusted (a unit's date, the team), and at
 * the end cancelled with a reason (kept, marked).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FiguresView } from '../../src/contracts/figures.js';
import { formatNumberVi } from '../../src/domain/text/format.js';
import { body } from '../support/api.js';
import { apiClientOf, browserAvailable, chooseOption, launchBrowser, signInThroughPage } from '../support/browser.js';
import { SMALL_PDF } from '../support/plan.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();

describe.skipIf(!run)('in the browser: an inspection plan, an inspection and its remediation', () => {
  let server: RunningServer;
  let browser: Browser;
  const year = new Date().getFullYear();
  const today = new Date().toISOString().slice(0, 10);
  const [yyyy, mm, dd] = today.split('-');

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
  const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/${name}.png`, fullPage: true });

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(
    'builds the plan from the proposal, records an inspection, reports and accepts a fix',
    { timeout: 300_000 },
    async () => {
      const coordinator = await open('snv.cchc', 1366);
      const api = await apiClientOf(coordinator, server.url);
      const figure = async (key: string, level = 'communes') => {
        const view: FiguresView = await body(await api.get(`/api/figures?year=${year}&level=${level}&keys=${key}`));
        return view.values.find((v) => v.key === key)!;
      };

      // The plan, from cchc's proposal: 35% of the communes, each given a date.
      await coordinator.goto(`${server.url}/kiem-tra`);
      await coordinator.getByRole('button', { name: 'Lập kế hoạch kiểm tra' }).click();
      const dialog = coordinator.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Tỷ lệ kiểm tra (%)' }).fill('35');
      await dialog.getByRole('button', { name: 'Đề xuất' }).click();
      await dialog.getByTestId('proposal-summary').waitFor();
      const dates = dialog.getByRole('textbox', { name: 'Ngày kiểm tra dự kiến' });
      const n = await dates.count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) await dates.nth(i).fill(`${dd}/${mm}/${yyyy}`);
      await dialog
        .getByRole('textbox', { name: 'Đoàn kiểm tra' })
        .fill('Nguyễn Văn A – Sở Nội vụ – Trưởng đoàn\nTrần Thị B – Sở Tư pháp');
      await shot(coordinator, 'inspections-proposal-desktop');
      await dialog.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      await dialog.waitFor({ state: 'detached' });
      await coordinator.getByText(/UBND cấp xã: kiểm tra \d+\/\d+ đơn vị \(chỉ tiêu 35%/).waitFor();
      const plans = await body(await api.get(`/api/inspection-plans?year=${year}`));
      const plan = plans.items.find((p: { level: string }) => p.level === 'commune');
      expect(plan.units).toHaveLength(n);
      await shot(coordinator, 'inspections-plan-desktop');

      // Adjusted: the first unit's date moves a day on and a third member joins the team; a stale copy is refused.
      const section = coordinator.locator(`[data-plan="${plan.id}"]`);
      await section.getByRole('button', { name: 'Điều chỉnh' }).click();
      const adjust = coordinator.getByRole('dialog');
      await adjust.getByTestId('proposal-summary').waitFor();
      const firstDate = adjust.getByRole('textbox', { name: 'Ngày kiểm tra dự kiến' }).first();
      expect(await firstDate.inputValue()).toBe(`${dd}/${mm}/${yyyy}`);
      expect(await adjust.getByRole('textbox', { name: 'Đoàn kiểm tra' }).inputValue()).toBe(
        'Nguyễn Văn A – Sở Nội vụ – Trưởng đoàn\nTrần Thị B – Sở Tư pháp',
      );
      const nextDay = new Date(`${today}T00:00:00Z`);
      nextDay.setUTCDate(nextDay.getUTCDate() + (mm === '12' && dd === '31' ? -1 : 1));
      const moved = nextDay.toISOString().slice(0, 10);
      await firstDate.fill(moved.split('-').reverse().join('/'));
      await adjust.getByRole('textbox', { name: 'Đoàn kiểm tra' }).press('End');
      await adjust
        .getByRole('textbox', { name: 'Đoàn kiểm tra' })
        .pressSequentially('\nLê Văn C – Văn phòng UBND tỉnh');
      await adjust.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      await adjust.waitFor({ state: 'detached' });
      await section.getByText('Lê Văn C (Văn phòng UBND tỉnh)', { exact: false }).waitFor();
      const adjusted = (await body(await api.get(`/api/inspection-plans/${plan.id}`))) as typeof plan;
      expect(adjusted.version).toBe(plan.version + 1);
      expect(adjusted.units).toHaveLength(n);
      expect(adjusted.units.map((u: { scheduledOn: string }) => u.scheduledOn)).toContain(moved);
      expect(adjusted.team).toHaveLength(3);

      // Cam Lộ (a commune with a reporter in the demo) is inspected: two remediation items.
      const reporter = await open('camlo.baocao', 768);
      const communeId = (await apiClientOf(reporter, server.url)).user.unitId as string;
      const entry = await body(
        await api.send('POST', '/api/registers/inspections/entries', {
          unitId: communeId,
          fields: {
            inspectedOn: today,
            kind: 'planned',
            conclusion: 'Khắc phục 2 tồn tại.',
            findings3: 'Hồ sơ trễ hạn.',
          },
        }),
      );
      for (const title of ['Gửi văn bản xin lỗi hồ sơ trễ hạn', 'Niêm yết đủ TTHC tại Bộ phận một cửa'])
        await body(
          await api.send('POST', `/api/registers/inspections/entries/${entry.id}/follow-ups`, {
            unitId: communeId,
            title,
            dueOn: `${year}-12-31`,
          }),
        );
      const before = await figure('registers.remediation_reported_rate');

      // A plan target linked to that figure (as the coordinator confirms a link), read at the year's report.
      const yearPlan = (await body(await api.get('/api/plans'))).find((p: { year: number }) => p.year === year);
      const periods: { id: string; code: string }[] = await body(await api.get(`/api/plans/${yearPlan.id}/periods`));
      const yearly = periods.find((p) => p.code === 'Y')!;
      type Target = { id: string; subject: string; level: string | null; figure: { kind: string; key: string | null } };
      const targetsOf = async () =>
        (await body(await api.get(`/api/plans/${yearPlan.id}/indicators?periodId=${yearly.id}`))) as (Target & {
          province: { value: number | null };
        })[];
      const target = (await targetsOf()).find((t) => t.figure.kind === 'rate' && !t.figure.key && t.level === null)!;
      expect(
        (
          await api.send('PUT', `/api/indicators/${target.id}/figure`, {
            figureKey: 'registers.remediation_reported_rate',
          })
        ).status,
      ).toBe(200);
      const targetValue = async () => (await targetsOf()).find((t) => t.id === target.id)!.province.value;
      const targetBefore = await targetValue();
      expect(targetBefore).toBe((await figure('registers.remediation_reported_rate', 'province')).value);

      // The commune's reporter at 768 px: evidence and the report of one item.
      const entryUrl = `${server.url}/so-theo-doi/inspections/${entry.id}`;
      await reporter.goto(entryUrl);
      const card = reporter.locator('[data-follow-up]').filter({ hasText: 'Gửi văn bản xin lỗi' });
      await card.waitFor();
      const chooser = reporter.waitForEvent('filechooser');
      await card.getByRole('button', { name: 'Minh chứng' }).click();
      await (
        await chooser
      ).setFiles({ name: 'xin-loi.pdf', mimeType: 'application/pdf', buffer: Buffer.from(SMALL_PDF) });
      await card.getByRole('link', { name: 'xin-loi.pdf' }).waitFor();
      await card.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
      await card.getByRole('textbox', { name: 'Kết quả thực hiện' }).fill('Đã gửi văn bản xin lỗi');
      await card.getByRole('button', { name: 'Lưu' }).click();
      await card.getByText('Đã báo cáo, chờ xem xét').waitFor();
      expect(await reporter.getByRole('button', { name: 'Sửa' }).count()).toBe(0);
      await shot(reporter, 'inspection-entry-768');

      // The coordinator accepts it.
      await coordinator.goto(entryUrl);
      const review = coordinator.locator('[data-follow-up]').filter({ hasText: 'Gửi văn bản xin lỗi' });
      await review.getByRole('button', { name: 'Chấp nhận' }).click();
      await review.getByText('Đã hoàn thành').waitFor();
      await shot(coordinator, 'inspection-entry-desktop');

      const after = await figure('registers.remediation_reported_rate');
      expect(after.numerator).toBe((before.numerator ?? 0) + 1);
      // The linked target moved with it, on the reports page too.
      const provinceAfter = await figure('registers.remediation_reported_rate', 'province');
      const targetAfter = await targetValue();
      expect(targetAfter).toBe(provinceAfter.value);
      expect(targetAfter).not.toBe(targetBefore);
      await coordinator.goto(`${server.url}/bao-cao?planId=${yearPlan.id}&periodId=${yearly.id}`);
      await coordinator
        .getByRole('table', { name: 'Tình trạng các chỉ tiêu' })
        .getByRole('row')
        .filter({ hasText: target.subject })
        .first()
        .getByText(`${formatNumberVi(targetAfter!, 2)}%`, { exact: true })
        .waitFor();
      const tablet = await open('lanhdao', 768);
      await tablet.goto(`${server.url}/kiem-tra`);
      await tablet.getByText(/UBND cấp xã: kiểm tra/).waitFor();
      await shot(tablet, 'inspections-plan-768');
      expect(await tablet.getByRole('button', { name: 'Điều chỉnh' }).count()).toBe(0);

      // Cancelled with a reason: kept on the page, marked, with nothing left to adjust.
      await coordinator.goto(`${server.url}/kiem-tra`);
      await section.getByRole('button', { name: 'Hủy kế hoạch' }).click();
      const cancel = coordinator.getByRole('dialog');
      await cancel.getByRole('textbox').fill('Lập lại theo chỉ đạo mới');
      await cancel.getByRole('button', { name: 'Hủy kế hoạch' }).click();
      await section.getByText('Đã hủy: Lập lại theo chỉ đạo mới').waitFor();
      expect(await section.getByRole('button', { name: 'Điều chỉnh' }).count()).toBe(0);
    },
  );

  it(
    "a district (before 01/07/2025) plans its own communes' inspections and records one, at 768 px",
    { timeout: 240_000 },
    async () => {
      // The administrator gives Vĩnh Linh (a district until 30/06/2025) an officer.
      const admin = await apiClientOf(await open('quantri', 1366), server.url);
      const districts = await body(await admin.get('/api/units?q=V%C4%A9nh%20Linh&kind=district'));
      const district = districts.items.find((x: { code: string }) => x.code === 'QT.VINHLINH');
      const created = await admin.send('POST', '/api/users', {
        username: 'vinhlinh.baocao',
        displayName: 'Nguyễn Văn Hải (UBND huyện Vĩnh Linh)',
        role: 'reporter',
        unitId: district.id,
        password: 'Hoa#Sen7Nuoc',
      });
      expect(created.status).toBe(201);

      const officer = await browser.newPage({ viewport: { width: 768, height: 1024 }, locale: 'vi-VN' });
      await officer.goto(`${server.url}/dang-nhap`);
      await officer.getByLabel('Tên đăng nhập').fill('vinhlinh.baocao');
      await officer.getByLabel('Mật khẩu').fill('Hoa#Sen7Nuoc');
      await officer.getByRole('button', { name: 'Đăng nhập' }).click();
      await officer.getByRole('button', { name: /Đăng xuất/ }).waitFor();
      // The menu holds the inspections for a district (at 768 px it is behind the burger).
      await officer.goto(`${server.url}/kiem-tra`);
      await officer.getByRole('textbox', { name: 'Năm' }).fill('2025');
      await officer.getByText('Chưa có kế hoạch kiểm tra của năm này.').waitFor();
      await officer.getByRole('button', { name: 'Lập kế hoạch kiểm tra' }).click();
      const dialog = officer.getByRole('dialog');
      expect(await dialog.getByRole('combobox', { name: 'Cấp' }).isDisabled()).toBe(true);
      await dialog.getByRole('textbox', { name: 'Tỷ lệ kiểm tra (%)' }).fill('35');
      await dialog.getByRole('button', { name: 'Đề xuất' }).click();
      await dialog
        .getByTestId('proposal-summary')
        .getByText(/^4 đơn vị của cấp; cần kiểm tra 2/)
        .waitFor();
      const dates = dialog.getByRole('textbox', { name: 'Ngày kiểm tra dự kiến' });
      expect(await dates.count()).toBe(2);
      // 31/02 is no date: refused under the field, nothing saved.
      await dates.nth(0).fill('31/02/2025');
      await dates.nth(1).fill('12/05/2025');
      await dialog.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      await dialog
        .getByText(/^Ngày kiểm tra dự kiến: /)
        .first()
        .waitFor();
      expect(await body(await admin.get('/api/inspection-plans?year=2025'))).toEqual({ items: [] });
      await dates.nth(0).fill('10/04/2025');
      await shot(officer, 'inspections-district-proposal-768');
      await dialog.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      await dialog.waitFor({ state: 'detached' });
      await officer.getByText('Đơn vị kiểm tra: UBND huyện Vĩnh Linh (kiểm tra UBND cấp xã trực thuộc)').waitFor();
      await officer.getByText(/UBND cấp xã: kiểm tra 2\/4 đơn vị \(chỉ tiêu 35% = 2 đơn vị\)/).waitFor();
      await shot(officer, 'inspections-district-plan-768');
      const [plan] = (await body(await admin.get('/api/inspection-plans?year=2025'))).items;
      expect(plan).toMatchObject({ inspectorName: 'UBND huyện Vĩnh Linh', level: 'commune', levelUnits: 4 });

      // It records the inspection of the first commune in the register: the unit is chosen among its communes only.
      const first = plan.units[0] as { unitId: string; name: string };
      await officer.goto(`${server.url}/so-theo-doi/inspections?year=2025`);
      await officer.getByRole('button', { name: 'Thêm mục' }).click();
      const form = officer.getByRole('dialog');
      await form.getByRole('combobox', { name: 'Đơn vị được kiểm tra' }).fill('Gio Linh');
      await officer.getByText('Không có kết quả phù hợp.').waitFor();
      await form
        .getByRole('combobox', { name: 'Đơn vị được kiểm tra' })
        .fill(first.name.split(' ').slice(-2).join(' '));
      await officer.getByRole('option', { name: first.name }).click();
      await form.getByRole('textbox', { name: 'Ngày kiểm tra' }).fill('10/04/2025');
      await chooseOption(officer, form, 'Hình thức', 'Theo kế hoạch');
      await form.getByRole('textbox', { name: 'Kết luận kiểm tra' }).fill('Khắc phục 1 tồn tại.');
      await form.getByRole('button', { name: 'Lưu' }).click();
      await form.waitFor({ state: 'detached' });
      await officer.getByRole('button', { name: 'Giao nhiệm vụ' }).waitFor();
      await shot(officer, 'inspections-district-entry-768');
      const after = (await body(await admin.get(`/api/inspection-plans/${plan.id}`))) as typeof plan;
      expect(after.inspected).toBe(1);
      expect(after.units.find((x: { unitId: string }) => x.unitId === first.unitId).inspection.inspectedOn).toBe(
        '2025-04-10',
      );
    },
  );
});
