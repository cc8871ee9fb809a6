/**
 * Issue 14's proof in the browser: the coordinator creates a survey campaign (questionnaire, period, unit and
 * quota), opens the unit's QR code and A4 poster, a respondent fills the public form on a 375 px phone, an
 * officer types a paper form from the keyboard alone, and the unit's share satisfied on the results page and
 * the demo plan's linked target "Mức độ hài lòng … đạt tối thiểu 90%" change by exactly those answers.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar.js';
import { formatDateVi, formatNumberVi, localDateOf } from '../../src/domain/text/format.js';
import { body, type Client } from '../support/api.js';
import { apiClientOf, browserAvailable, chooseOption, launchBrowser, signInThroughPage } from '../support/browser.js';
import { DEMO_PLAN_NAME, DEMO_YEAR } from '../support/demo.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
const SHOTS = 'test-results/surveys';
const UNIT = 'Sở Tư pháp';
const TITLE = 'Khảo sát kiểm thử tại Sở Tư pháp';

interface Target {
  id: string;
  subject: string;
  figure: { key: string | null; status: string | null };
  province: { value: number | null; source: string | null };
}

describe.skipIf(!run)('in the browser: a survey campaign from creation to a linked target', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let api: Client;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    await signInThroughPage(page, server.url, 'snv.cchc');
    api = await apiClientOf(page, server.url);
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The province's satisfied answers over answers this year, from the figure catalogue. */
  const provinceCounts = async () => {
    const figures = await body(
      await api.get(`/api/figures?keys=surveys.satisfied_rate&level=province&year=${DEMO_YEAR}&span=year`),
    );
    return figures.values[0] as { numerator: number; denominator: number; value: number };
  };

  it('campaign, QR and poster, a phone answer, a typed paper form, then the results and the target', async () => {
    const planId = (await body(await api.get('/api/plans'))).find((p: { name: string }) => p.name === DEMO_PLAN_NAME)
      .id as string;
    const periods = (await body(await api.get(`/api/plans/${planId}/periods`))) as { id: string; code: string }[];
    const year = periods.find((p) => p.code === 'Y')!;
    const targetsNow = async () =>
      ((await body(await api.get(`/api/plans/${planId}/indicators?periodId=${year.id}`))) as Target[]).find(
        (t) => t.figure.key === 'surveys.satisfied_rate',
      )!;
    // The demo links its "≥ 90 % hài lòng" target to the surveys' figure: it is filled before anything is typed.
    const before = await targetsNow();
    expect(before.subject).toMatch(/hài lòng/);
    expect(before.figure.status).toBe('confirmed');
    const counts = await provinceCounts();
    expect(before.province).toMatchObject({ source: 'catalogue', value: counts.value });

    // 1. The coordinator creates a campaign: questionnaire, period (today to a month on), one unit with a quota.
    await page.goto(`${server.url}/khao-sat-y-kien`);
    await page.getByRole('button', { name: 'Tạo đợt khảo sát' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo đợt khảo sát' });
    await dialog.getByLabel('Tên đợt khảo sát').fill(TITLE);
    await chooseOption(page, dialog, 'Phiếu khảo sát', /Phiếu lấy ý kiến tại Bộ phận Một cửa/);
    // The province's today (the server's clock, Vietnam's time zone), as the campaign may not start in the past.
    const today = localDateOf(new Date());
    await dialog.getByRole('textbox', { name: 'Từ ngày' }).fill(formatDateVi(today));
    await dialog.getByRole('textbox', { name: 'Đến ngày' }).fill(formatDateVi(addDays(today, 30)));
    await dialog.getByRole('combobox', { name: 'Đơn vị được khảo sát' }).fill('Tư pháp');
    await page.getByRole('option', { name: UNIT, exact: true }).click();
    await dialog.getByLabel(`Chỉ tiêu: ${UNIT}`).fill('20');
    await page.screenshot({ path: `${SHOTS}/create-1366.png` });
    await dialog.getByRole('button', { name: 'Tạo đợt khảo sát' }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();

    // 2. Its unit: no answers yet against the quota, the public link, the QR code shown, the poster a PDF.
    const card = page.locator('[data-testid^="survey-unit-"]').filter({ hasText: UNIT });
    await card.getByText('0 / 20').waitFor();
    const qr = card.getByRole('img', { name: `Mã QR của ${UNIT}` });
    await expect
      .poll(() => qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
      .toBeGreaterThan(100);
    const link = (await card.locator('code').textContent())!;
    expect(link).toMatch(new RegExp(`^${server.url}/khao-sat/[\\w-]+$`));
    const poster = await page.request.get(
      new URL((await card.getByRole('link', { name: 'Áp phích A4' }).getAttribute('href'))!, server.url).href,
    );
    expect(poster.status()).toBe(200);
    expect((await poster.body()).subarray(0, 4).toString()).toBe('%PDF');
    await page.screenshot({ path: `${SHOTS}/campaign-1366.png` });
    await page.setViewportSize({ width: 768, height: 900 });
    await page.screenshot({ path: `${SHOTS}/campaign-768.png` });
    await page.setViewportSize({ width: 1366, height: 900 });

    // 3. A respondent on a 375 px phone, no script: field, two ratings (5 and 4), a comment.
    const phone = await browser.newContext({
      viewport: { width: 375, height: 740 },
      javaScriptEnabled: false,
      locale: 'vi-VN',
    });
    const form = await phone.newPage();
    await form.goto(link);
    await form.getByText(UNIT).first().waitFor();
    await form
      .getByRole('group', { name: /lĩnh vực nào/ })
      .getByLabel('Tư pháp, hộ tịch')
      .check();
    await form
      .getByRole('group', { name: /Nơi tiếp nhận có hướng dẫn/ })
      .getByLabel('5 – Rất hài lòng')
      .check();
    await form
      .getByRole('group', { name: /Kết quả được trả đúng hẹn/ })
      .getByLabel('4 – Hài lòng')
      .check();
    await form.getByLabel('Góp ý để chúng tôi phục vụ tốt hơn', { exact: false }).fill('Cán bộ tận tình.');
    await form.screenshot({ path: `${SHOTS}/phone-375.png`, fullPage: true });
    await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await form.getByRole('heading', { name: 'Cảm ơn ông/bà đã cho ý kiến!' }).waitFor();
    await phone.close();

    // 4. An officer types a paper form from the keyboard alone: a digit then Enter per item, Enter on the last saves.
    await page.goto(`${server.url}/khao-sat-y-kien/nhap-phieu`);
    await chooseOption(page, page, 'Đợt khảo sát', TITLE);
    await chooseOption(page, page, 'Đơn vị', UNIT);
    const first = page.getByLabel(/^linh-vuc\./);
    await first.focus();
    // Field 6 (Tư pháp, hộ tịch); MC.1–MC.6 rated 5 4 3 2 5 1; MC.7 "Không"; MC.8 (only if sent back) left blank.
    for (const key of ['6', '5', '4', '3', '2', '5', '1', '1', '']) {
      if (key) await page.keyboard.type(key);
      await page.keyboard.press('Enter');
    }
    const comment = await page.getByLabel(/^MC\.9\./).getAttribute('id');
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe(comment);
    await page.keyboard.type('Phiếu giấy');
    await page.screenshot({ path: `${SHOTS}/paper-1366.png`, fullPage: true });
    await page.keyboard.press('Enter');
    await page.getByText('Đã nhập 1 phiếu trong lượt này').waitFor();
    // The form is cleared and the first item has the focus again, for the next paper.
    await expect.poll(() => first.inputValue()).toBe('');
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe(await first.getAttribute('id'));
    await page.setViewportSize({ width: 768, height: 900 });
    await page.screenshot({ path: `${SHOTS}/paper-768.png`, fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });

    // 5. The results page, for the new campaign: the unit's share is 5 satisfied of 8 answers (2/2 + 3/6).
    await page.goto(`${server.url}/khao-sat-y-kien/ket-qua`);
    // Every campaign side by side (the periods compared): the demo's two quarters and the new one.
    const compared = page.getByRole('table', { name: 'Đợt khảo sát' });
    await compared.getByRole('row').filter({ hasText: TITLE }).waitFor();
    expect(
      await compared
        .getByRole('row')
        .filter({ hasText: /Lấy ý kiến tại Bộ phận Một cửa quý/ })
        .count(),
    ).toBe(2);
    await page.screenshot({ path: `${SHOTS}/results-all-1366.png`, fullPage: true });
    await chooseOption(page, page, 'Đợt khảo sát', TITLE);
    const units = page.getByRole('table', { name: 'Đơn vị' });
    const row = units.getByRole('row').filter({ hasText: UNIT });
    await row.getByText(`${formatNumberVi(62.5, 1)}%`, { exact: true }).waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['62,5%', '8', '2']);
    await row.getByText('mẫu quá nhỏ', { exact: true }).waitFor();
    // The Word report of the same selection, read back by pandoc: the unit's row with its counts and warning.
    const word = await page.request.get(
      new URL((await page.getByRole('link', { name: 'Tải báo cáo Word' }).getAttribute('href'))!, server.url).href,
    );
    expect(word.status()).toBe(200);
    writeFileSync(`${SHOTS}/summary.docx`, await word.body());
    const text = execFileSync('pandoc', [`${SHOTS}/summary.docx`, '-t', 'plain', '--wrap=none'], { encoding: 'utf8' });
    expect(text).toContain(`đợt “${TITLE}”: 2 phiếu, 8 câu trả lời`);
    expect(text).toMatch(/Sở Tư pháp\s+62,5\s+5\s+8\s+2/);
    expect(text).toContain('mẫu quá nhỏ');
    await page.screenshot({ path: `${SHOTS}/results-1366.png` });
    await page.setViewportSize({ width: 768, height: 900 });
    await page.screenshot({ path: `${SHOTS}/results-768.png` });
    await page.setViewportSize({ width: 1366, height: 900 });

    // 5b. The unit's figure in the catalogue links to this page on its unit and period: the page opens filtered.
    const units8 = await body(await api.get(`/api/units?q=${encodeURIComponent(UNIT)}&pageSize=5`));
    const unitId = (units8.items as { id: string; name: string }[]).find((u) => u.name === UNIT)!.id;
    const unitFigure = await body(
      await api.get(`/api/figures?keys=surveys.satisfied_rate&unitId=${unitId}&year=${DEMO_YEAR}&span=year`),
    );
    const figureLink = (unitFigure.values[0] as { source: { link: string } }).source.link;
    expect(figureLink).toMatch(new RegExp(`^/khao-sat-y-kien/ket-qua\\?unitId=${unitId}&from=`));
    await page.goto(`${server.url}${figureLink}`);
    await expect.poll(() => page.getByRole('combobox', { name: 'Đơn vị' }).inputValue()).toBe(UNIT);
    expect(await page.getByRole('textbox', { name: 'Phiếu từ ngày' }).inputValue()).toBe(`01/01/${DEMO_YEAR}`);
    const onlyUnit = page.getByRole('table', { name: 'Đơn vị' }).locator('tbody tr');
    await expect.poll(() => onlyUnit.count()).toBe(1);
    // The unit is a department: its level's row has exactly the unit's counts; the paper form's field is listed.
    const unitCells = await onlyUnit.locator('td').allTextContents();
    const levelRow = page.getByRole('table', { name: 'Cấp' }).getByRole('row').filter({ hasText: 'Sở, ban, ngành' });
    expect((await levelRow.locator('td').allTextContents()).slice(0, 2)).toEqual(unitCells.slice(0, 2));
    await page
      .getByRole('table', { name: 'Lĩnh vực' })
      .getByRole('row')
      .filter({ hasText: 'Tư pháp, hộ tịch' })
      .waitFor();
    // The paper forms alone: the typed one is there, with its 6 answers (MC.1–MC.6), 3 of them satisfied.
    await chooseOption(page, page, 'Hình thức', 'Phiếu giấy');
    await chooseOption(page, page, 'Đợt khảo sát', TITLE);
    await expect
      .poll(() => page.getByTestId('survey-total').textContent())
      .toMatch(/^Toàn bộ: 50(,0)?% hài lòng \(6 câu trả lời, 1 người trả lời\)$/);
    expect(new URL(page.url()).searchParams.get('channel')).toBe('paper');
    await page.screenshot({ path: `${SHOTS}/results-filtered-1366.png`, fullPage: true });

    // 6. The linked target: the catalogue counts 5 more satisfied of 8 more answers, and the target follows.
    const after = await provinceCounts();
    expect(after.numerator).toBe(counts.numerator + 5);
    expect(after.denominator).toBe(counts.denominator + 8);
    const target = await targetsNow();
    expect(target.province.value).toBe(after.value);
    expect(target.province.value).not.toBe(before.province.value);
    await page.goto(`${server.url}/bao-cao?planId=${planId}&periodId=${year.id}`);
    const table = page.getByRole('table', { name: 'Tình trạng các chỉ tiêu' });
    const line = table.getByRole('row').filter({ hasText: target.subject });
    await line.getByText(`${formatNumberVi(after.value, 2)}%`, { exact: true }).waitFor();
  });
  it("proposes the department round's survey points from the surveys, and saves them once confirmed", async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${server.url}/cham-diem`);
    const roundName = `Chỉ số CCHC các sở, ban, ngành năm ${DEMO_YEAR}`;
    await page.getByRole('link', { name: roundName }).click();
    await page.getByRole('heading', { name: roundName, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Đề xuất từ kết quả khảo sát' }).click();
    const table = page.getByRole('table', { name: 'Điểm đề xuất từ khảo sát' });
    // Sở Tư pháp: the people's criteria 3.6, 5.5 and 8.1, each its maximum × the unit's share satisfied.
    const justice = table.getByRole('row').filter({ hasText: 'Sở Tư pháp' });
    await justice.first().waitFor();
    expect(await justice.count()).toBe(3);
    const rows = await table.getByRole('row').count();
    await page.screenshot({ path: `${SHOTS}/survey-points-proposal-1366.png`, fullPage: true });
    await page.getByRole('button', { name: 'Ghi điểm đề xuất' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi điểm điều tra xã hội học từ khảo sát?' });
    await dialog.getByText(`Ghi ${rows - 1} điểm tiêu chí cho`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Ghi điểm đề xuất' }).click();
    await page.getByText(`Đã lưu ${rows - 1} điểm`, { exact: false }).waitFor();
  });
});
