import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyAnswers, surveyCodes, surveyResponses, units } from '../../src/db/schema/index.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';

/**
 * The public survey form over HTTP: it takes nothing but a submission, refuses what is malformed, oversized or
 * too frequent with a Vietnamese message, honours single-use codes under two simultaneous requests, and no
 * route shows answers without a session.
 */
let api: TestApi;
let office: Client;
let campaign: { id: string; units: { unitId: string; publicPath: string; unitName: string }[] };
let stp: string;
let path: string;
type PublicUrls = { units: { unitId: string; publicUrl: string }[] };

const form = (fields: [string, string][], address = '10.0.0.1', extra: Record<string, string> = {}) =>
  api.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address, ...extra },
    body: new URLSearchParams(fields).toString(),
  });

beforeAll(async () => {
  process.env.CCHC_TRUST_PROXY = '1';
  process.env.CCHC_SURVEY_LIMIT_PER_ADDRESS = '5';
  api = await createTestApi();
  api.clock.now = new Date('2026-03-02T03:00:00Z');
  office = await api.signIn('snv.cchc');
  const imported = await office.send('POST', '/api/surveys/questionnaires', {
    content: JSON.parse(readFileSync('seed/surveys/mot-cua.json', 'utf8')),
  });
  expect(imported.status).toBe(201);
  const version = await body(imported);
  stp = (await api.database.db.select().from(units).where(eq(units.code, 'QT.STP')))[0]!.id;
  const created = await office.send('POST', '/api/surveys/campaigns', {
    title: 'Khảo sát quý I/2026',
    questionnaireVersionId: version.id,
    startsOn: '2026-03-02',
    endsOn: '2026-03-31',
    units: [{ unitId: stp, quota: 30 }],
  });
  expect(created.status).toBe(201);
  campaign = await body(created);
  path = campaign.units[0]!.publicPath;
});
afterAll(async () => {
  delete process.env.CCHC_TRUST_PROXY;
  delete process.env.CCHC_SURVEY_LIMIT_PER_ADDRESS;
  await api.close();
});

describe('the coordinator', () => {
  it('gets the unit QR code as PNG and SVG, and a printable poster naming the unit', async () => {
    const png = await office.get(`/api/surveys/campaigns/${campaign.id}/units/${stp}/qr?format=png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const svg = await office.get(`/api/surveys/campaigns/${campaign.id}/units/${stp}/qr?format=svg`);
    expect(await svg.text()).toContain('<svg');
    const poster = await office.get(`/api/surveys/campaigns/${campaign.id}/units/${stp}/poster`);
    expect(poster.status).toBe(200);
    const bytes = Buffer.from(await poster.arrayBuffer());
    if (poster.headers.get('content-type') === 'application/pdf') {
      const dir = mkdtempSync(join(tmpdir(), 'cchc-poster-test-'));
      writeFileSync(join(dir, 'p.pdf'), bytes);
      const text = execFileSync('pdftotext', [join(dir, 'p.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('SỞ TƯ PHÁP');
      expect(text).toContain(path);
    }
  }, 120_000);

  it('prints the configured public address (CCHC_PUBLIC_URL) in the poster and the campaign, not the one reached', async () => {
    process.env.CCHC_PUBLIC_URL = 'https://khaosat.quangtri.gov.vn/';
    try {
      const view = (await (await office.get(`/api/surveys/campaigns/${campaign.id}`)).json()) as PublicUrls;
      const unit = view.units.find((u) => u.unitId === stp)!;
      expect(unit.publicUrl).toBe(`https://khaosat.quangtri.gov.vn${path}`);
      const poster = await office.get(`/api/surveys/campaigns/${campaign.id}/units/${stp}/poster`);
      if (poster.headers.get('content-type') === 'application/pdf') {
        const dir = mkdtempSync(join(tmpdir(), 'cchc-poster-test-'));
        writeFileSync(join(dir, 'p.pdf'), Buffer.from(await poster.arrayBuffer()));
        const text = execFileSync('pdftotext', [join(dir, 'p.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
        expect(text).toContain(`https://khaosat.quangtri.gov.vn${path}`);
      }
      // A wrong setting is named, in Vietnamese, and nothing is printed with it.
      process.env.CCHC_PUBLIC_URL = 'khaosat.quangtri';
      const refused = await office.get(`/api/surveys/campaigns/${campaign.id}/units/${stp}/qr?format=svg`);
      expect(refused.status).toBe(422);
      expect(((await refused.json()) as { message: string }).message).toMatch(/^CCHC_PUBLIC_URL phải là địa chỉ http/);
    } finally {
      delete process.env.CCHC_PUBLIC_URL;
    }
    const reached = (await (await office.get(`/api/surveys/campaigns/${campaign.id}`)).json()) as PublicUrls;
    expect(reached.units.find((u) => u.unitId === stp)!.publicUrl).toMatch(new RegExp(`^http://[^/]+${path}$`));
  }, 120_000);
});

describe('the public form', () => {
  it('is Vietnamese HTML without script, small, with a label for every control', async () => {
    const response = await api.request(path);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toMatch(/<script/i);
    expect(Buffer.byteLength(html)).toBeLessThan(100_000);
    const ids = [...html.matchAll(/<(?:input|textarea|select)[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids) expect(html, id).toContain(`for="${id}"`);
    expect(html).toContain('Chỉ trả lời nếu ở câu');
  });

  it('stores a submission and thanks the respondent; a conditional answer whose condition is not met is dropped', async () => {
    const response = await form([
      ['q.linh-vuc', 'land'],
      ['q.MC.1', '5'],
      ['q.MC.7', 'khong'],
      ['q.MC.8', 'không lưu'],
      ['d.sex', 'female'],
    ]);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Cảm ơn ông/bà đã cho ý kiến!');
    const [r] = await api.database.db.select().from(surveyResponses).where(eq(surveyResponses.campaignId, campaign.id));
    expect(r).toMatchObject({ channel: 'online', field: 'land', demographics: { sex: 'female' } });
    const answers = await api.database.db.select().from(surveyAnswers).where(eq(surveyAnswers.responseId, r!.id));
    expect(answers.map((a) => a.itemId).sort()).toEqual(['MC.1', 'MC.7', 'linh-vuc']);
  });

  it('refuses malformed answers naming the item, unknown fields, JSON, oversized bodies and other methods', async () => {
    const bad = await form([['q.MC.1', '9']], '10.0.0.2');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Câu MC.1');
    const unknown = await form(
      [
        ['q.MC.1', '4'],
        ['phone', '0912345678'],
      ],
      '10.0.0.2',
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('Phiếu có trường không hợp lệ: phone');
    const json = await api.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
    const huge = await form([['q.MC.9', 'x'.repeat(70_000)]], '10.0.0.3');
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain('Phiếu gửi lên quá lớn (tối đa 64 KB).');
    for (const method of ['PUT', 'DELETE', 'PATCH']) expect((await api.request(path, { method })).status).toBe(405);
    expect((await api.request(`${path}/ket-qua`)).status).toBe(405);
    expect((await api.request('/khao-sat/khong-co-dau-nhe')).status).toBe(404);
  });

  it('holds the per-address limit, counted in the database', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await form([['q.MC.2', String((i % 5) + 1)]], '10.7.7.7')).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]).toBe(429);
  });

  it('takes one answer per single-use code, even from two simultaneous requests', async () => {
    expect((await office.send('POST', `/api/surveys/campaigns/${campaign.id}/codes`, { count: 3 })).status).toBe(201);
    const [code] = await api.database.db.select().from(surveyCodes).where(eq(surveyCodes.campaignId, campaign.id));
    const [a, b] = await Promise.all([
      form(
        [
          ['code', code!.code],
          ['q.MC.1', '4'],
        ],
        '10.5.0.1',
      ),
      form(
        [
          ['code', code!.code],
          ['q.MC.1', '3'],
        ],
        '10.5.0.2',
      ),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const refused = a.status === 409 ? a : b;
    expect(await refused.text()).toContain('Mã phiếu này đã được dùng để gửi ý kiến.');
    const list = await office.get(`/api/surveys/campaigns/${campaign.id}/codes`);
    expect(list.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('shows no answers without a session: the campaign and its progress need one, the form shows none', async () => {
    expect((await api.anonymous.get(`/api/surveys/campaigns/${campaign.id}`)).status).toBe(401);
    expect((await api.anonymous.get('/api/surveys/campaigns')).status).toBe(401);
    const reporter = await api.signIn('dongha.baocao');
    expect((await reporter.get(`/api/surveys/campaigns/${campaign.id}`)).status).toBe(403);
    const view = await body(await office.get(`/api/surveys/campaigns/${campaign.id}`));
    expect(view.units[0].answers).toBeGreaterThan(0);
    expect(await (await api.request(path)).text()).not.toContain('không lưu');
  });
});
