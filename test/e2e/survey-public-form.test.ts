import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClientOf, browserAvailable, launchBrowser, signInThroughPage } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
const SHOTS = 'test-results/surveys';

/**
 * The demo's survey campaign: the coordinator (signed in through the page) opens a unit's QR code and poster,
 * then a respondent on a 375 px phone with JavaScript disabled fills the public form and is thanked.
 * (The coordinator's campaign pages are not built yet: the campaign is read through the API with the session.)
 */
describe.skipIf(!run)('in the browser: a survey campaign and its public form', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('QR code and poster for a unit, then the form at 375 px without script', async () => {
    const desk = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    await signInThroughPage(desk, server.url, 'snv.cchc');
    const api = await apiClientOf(desk, server.url);
    const { campaigns } = (await (await api.get('/api/surveys/campaigns')).json()) as { campaigns: { id: string }[] };
    const campaign = (await (await api.get(`/api/surveys/campaigns/${campaigns[0]!.id}`)).json()) as {
      id: string;
      units: { unitId: string; unitName: string; publicPath: string }[];
    };
    const unit = campaign.units.find((u) => u.unitName === 'Sở Tư pháp')!;
    const qr = await desk.request.get(`${server.url}/api/surveys/campaigns/${campaign.id}/units/${unit.unitId}/qr`);
    expect(qr.headers()['content-type']).toBe('image/png');
    // Every file is served as a download, so the SVG is fetched and shown on a blank page to be looked at.
    const svg = await desk.request.get(
      `${server.url}/api/surveys/campaigns/${campaign.id}/units/${unit.unitId}/qr?format=svg`,
    );
    expect(await svg.text()).toContain('<svg');
    await desk.setContent(`<body style="margin:0">${await svg.text()}</body>`);
    await desk.screenshot({ path: `${SHOTS}/qr.png` });
    const poster = await desk.request.get(
      `${server.url}/api/surveys/campaigns/${campaign.id}/units/${unit.unitId}/poster`,
    );
    expect(poster.status()).toBe(200);
    expect((await poster.body()).subarray(0, 4).toString()).toBe('%PDF');

    const phone = await browser.newContext({
      viewport: { width: 375, height: 740 },
      javaScriptEnabled: false,
      locale: 'vi-VN',
    });
    const page = await phone.newPage();
    await page.goto(`${server.url}${unit.publicPath}`);
    await page.getByText('Sở Tư pháp').first().waitFor();
    const box = await page.getByRole('button', { name: 'Gửi ý kiến' }).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `${SHOTS}/form-375.png`, fullPage: true });
    await page
      .getByRole('group', { name: /lĩnh vực nào/ })
      .getByLabel('Đất đai')
      .check();
    await page
      .getByRole('group', { name: /Nơi tiếp nhận có hướng dẫn/ })
      .getByLabel('5 – Rất hài lòng')
      .check();
    await page
      .getByRole('group', { name: /Kết quả được trả đúng hẹn/ })
      .getByLabel('4 – Hài lòng')
      .check();
    await page.getByLabel('Góp ý để chúng tôi phục vụ tốt hơn', { exact: false }).fill('Phục vụ tốt.');
    await page.getByRole('button', { name: 'Gửi ý kiến' }).press('Enter');
    await page.getByRole('heading', { name: 'Cảm ơn ông/bà đã cho ý kiến!' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/thanks-375.png` });
  });
});
