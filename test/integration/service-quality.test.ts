import ExcelJS from 'exceljs';
import { and, count, eq, gte, inArray, lte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceQualityView } from '../../src/contracts/service-quality.js';
import { dossierDaily, dossiers, units } from '../../src/db/schema/index.js';
import { loadDemoDossiers } from '../../src/services/demo/load-demo-dossiers.js';
import { unitIdOf } from '../support/actors.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';

/**
 * The service-quality page over HTTP, on the demo's dossiers and published figures (loaded as `cchc start`
 * loads them): units of a level ranked on the published total, the level's dossier figures Σnum/Σden, the
 * drill-down to a unit's late dossiers without apology and one dossier, who sees what, and the Excel file.
 */
const TODAY = new Date('2026-05-20T03:00:00Z');
const YEAR = 'year=2026';

let api: TestApi;
let leader: Client;
let stp: string;
let camlo: string;

const view = async (client: Client, query: string): Promise<ServiceQualityView> => {
  const response = await client.get(`/api/service-quality?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return body(response);
};

beforeAll(async () => {
  api = await createTestApi();
  api.clock.now = TODAY;
  expect(await loadDemoDossiers(api.database.db, TODAY)).toBe(true);
  leader = await api.signIn('lanhdao');
  stp = await unitIdOf(api.database.db, 'QT.STP');
  camlo = await unitIdOf(api.database.db, 'QT.X.CAMLO');
});
afterAll(() => api.close());

describe('the service-quality page', () => {
  it("ranks the departments on the portal's published total by competition ranking, with cchc's check beside each group", async () => {
    const page = await view(leader, `${YEAR}&span=year&level=departments`);
    expect(page.scope).toBe('departments');
    expect(page.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(page.trendSpans.map((t) => t.span)).toEqual(['q1', 'q2']);
    // The departments open in 2026 (those merged in February 2025 are gone).
    const codes = (await api.database.db.select({ code: units.code }).from(units).where(eq(units.kind, 'department')))
      .map((u) => u.code)
      .filter((c) => page.rows.some((r) => r.unitCode === c));
    expect(page.rows).toHaveLength(codes.length);
    expect(page.rows.length).toBeGreaterThan(10);
    for (const row of page.rows) {
      expect(row.groups.map((g) => g.group)).toEqual(['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH']);
      const sum = row.groups.reduce((s, g) => s + (g.published ?? 0), 0);
      expect(row.total).toBeCloseTo(sum, 2);
      // Competition ranking: one more than the number of units with a higher total.
      expect(row.rank).toBe(1 + page.rows.filter((o) => o.total! > row.total!).length);
      expect(row.rankedOf).toBe(page.rows.length);
      expect(row.trend.map((p) => p.span)).toEqual(['q1', 'q2']);
    }
    // The demo publishes one department's TDGQ 0,37 points off the formula: flagged, the published score kept.
    const flagged = page.rows.flatMap((r) =>
      r.groups.filter((g) => g.differs).map((g) => ({ ...g, unit: r.unitCode })),
    );
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.group).toBe('TDGQ');
    expect(flagged[0]!.published! - flagged[0]!.recomputed!).toBeCloseTo(0.37, 2);
  });

  it("gives the level's dossier figures as the sums over its units (Σnum/Σden), checked against the dossiers themselves", async () => {
    const page = await view(leader, `${YEAR}&span=q1&level=departments`);
    const level = page.levelRow!;
    expect(level.unitId).toBeNull();
    // The portal publishes no score for "the departments" as a whole: none is made up.
    expect(level.groups.every((g) => g.published === null)).toBe(true);
    expect(level.total).toBeNull();
    const unitIds = page.rows.map((r) => r.unitId!);
    const [received] = await api.database.db
      .select({ n: count() })
      .from(dossiers)
      .where(
        and(
          inArray(dossiers.unitId, unitIds),
          gte(dossiers.receivedOn, '2026-01-01'),
          lte(dossiers.receivedOn, '2026-03-31'),
        ),
      );
    expect(level.dossiers.received).toBe(received!.n);
    expect(level.dossiers.received).toBe(page.rows.reduce((s, r) => s + (r.dossiers.received ?? 0), 0));
    expect(level.dossiers.late).toBe(page.rows.reduce((s, r) => s + (r.dossiers.late ?? 0), 0));
    const onTime = page.rows.reduce((s, r) => s + (r.dossiers.received! - r.dossiers.late!), 0);
    expect(level.dossiers.onTimeRate).toBeCloseTo((100 * onTime) / level.dossiers.received!, 2);
  });

  it("shows the province's own published row for the whole province, and units of every kind", async () => {
    const page = await view(leader, `${YEAR}&span=q1&level=province`);
    expect(page.levelRow!.unitCode).toBe('QT');
    expect(page.levelRow!.total).not.toBeNull();
    expect(page.rows.some((r) => r.unitCode === 'QT.X.CAMLO')).toBe(true);
    expect(page.rows.some((r) => r.unitCode === 'QT.STP')).toBe(true);
  });

  it('answers again from the data once anything is written (the answer kept between reads is never stale)', async () => {
    const query = `${YEAR}&span=year&level=departments`;
    const before = (await view(leader, query)).levelRow!.dossiers.received!;
    expect((await view(leader, query)).levelRow!.dossiers.received).toBe(before);
    // Five more dossiers of Sở Tư pháp received on a day already counted, as an import would add them.
    const [day] = await api.database.db
      .select()
      .from(dossierDaily)
      .where(and(eq(dossierDaily.unitId, stp), lte(dossierDaily.receivedOn, '2026-05-20')))
      .limit(1);
    await api.database.db
      .update(dossierDaily)
      .set({ received: day!.received + 5 })
      .where(
        and(
          eq(dossierDaily.unitId, stp),
          eq(dossierDaily.receivedOn, day!.receivedOn),
          eq(dossierDaily.dueOn, day!.dueOn),
          eq(dossierDaily.endedOn, day!.endedOn),
        ),
      );
    expect((await view(leader, query)).levelRow!.dossiers.received).toBe(before + 5);
    await api.database.db
      .update(dossierDaily)
      .set({ received: day!.received })
      .where(
        and(
          eq(dossierDaily.unitId, stp),
          eq(dossierDaily.receivedOn, day!.receivedOn),
          eq(dossierDaily.dueOn, day!.dueOn),
          eq(dossierDaily.endedOn, day!.endedOn),
        ),
      );
  });

  it('shows no data as null, never 0: a month not yet begun', async () => {
    const page = await view(leader, `${YEAR}&span=m12&level=communes`);
    expect(page.rows.length).toBeGreaterThan(5);
    for (const row of [...page.rows, page.levelRow!]) {
      expect(row.total).toBeNull();
      expect(row.rank).toBeNull();
      expect(Object.values(row.dossiers).every((v) => v === null)).toBe(true);
    }
  });

  it("drills from a unit's late dossiers without apology to one dossier, whose figures agree with the row", async () => {
    const page = await view(leader, `${YEAR}&span=year&level=departments`);
    const row = page.rows.find((r) => (r.dossiers.lateWithoutApology ?? 0) > 0)!;
    const list = await body(
      await leader.get(
        `/api/units/${row.unitId}/dossiers?from=2026-01-01&to=2026-05-20&lateWithoutApology=true&pageSize=100`,
      ),
    );
    expect(list.total).toBe(row.dossiers.lateWithoutApology);
    const first = list.items[0];
    expect(first.late).toBe(true);
    expect(first.lateApology).not.toBe(true);
    expect(first.daysLate).toBeGreaterThan(0);
    const response = await leader.get(`/api/units/${row.unitId}/dossiers/${encodeURIComponent(first.code)}`);
    expect(response.status).toBe(200);
    const dossier = await body(response);
    expect(dossier).toMatchObject({
      code: first.code,
      unitId: row.unitId,
      late: true,
      daysLate: first.daysLate,
      dueAt: first.dueAt,
      source: { sourceName: 'Dữ liệu mẫu', fileName: 'ho-so-tthc-mau-2026.ndjson' },
    });
    // The unit is part of the address: the same code under another unit is not found.
    expect((await leader.get(`/api/units/${camlo}/dossiers/${encodeURIComponent(first.code)}`)).status).toBe(404);
  });
});

describe('who sees what', () => {
  it("shows a unit's reporter their own unit only, without the level or a rank, whatever level is asked", async () => {
    const reporter = await api.signIn('stp.baocao');
    const page = await view(reporter, `${YEAR}&span=year&level=communes`);
    expect(page.scope).toBe('unit');
    expect(page.levelRow).toBeNull();
    expect(page.rows.map((r) => r.unitId)).toEqual([stp]);
    expect(page.rows[0]!.rank).toBeNull();
    expect(page.rows[0]!.total).not.toBeNull();
    const refused = await reporter.get(`/api/service-quality?${YEAR}&unitId=${camlo}`);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(await body(refused))).not.toContain('QT.X.CAMLO');
    expect((await reporter.get(`/api/service-quality/export?${YEAR}&unitId=${camlo}`)).status).toBe(403);
  });

  it("refuses a second unit's reporter another unit's dossiers and their one dossier", async () => {
    const reporter = await api.signIn('camlo.baocao');
    const list = await body(await leader.get(`/api/units/${stp}/dossiers?pageSize=1`));
    const code = encodeURIComponent(list.items[0].code);
    const refused = await reporter.get(`/api/units/${stp}/dossiers/${code}`);
    expect(refused.status).toBe(403);
    const answer = await body(refused);
    expect(answer.code).toBe('FORBIDDEN');
    expect(JSON.stringify(answer)).not.toContain(list.items[0].code);
    // Their own unit's address with another unit's code: nothing there.
    expect((await reporter.get(`/api/units/${camlo}/dossiers/${code}`)).status).toBe(404);
  });

  it('answers a logged-out client 401 with nothing of the figures', async () => {
    for (const path of [
      `/api/service-quality?${YEAR}`,
      `/api/service-quality/export?${YEAR}`,
      `/api/units/${stp}/dossiers/x`,
    ]) {
      const response = await api.anonymous.get(path);
      expect(response.status).toBe(401);
      const text = await response.text();
      expect(text).not.toContain('QT.STP');
      expect(text).not.toContain('total');
    }
  });
});

describe('the Excel export', () => {
  it('is the page as shown: the level first, then the units with groups, total, rank and dossier figures; the trend', async () => {
    const query = `${YEAR}&span=year&level=departments`;
    const page = await view(leader, query);
    const response = await leader.get(`/api/service-quality/export?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Chất lượng phục vụ')!;
    // Find the header row, then read the rows under it.
    let header = 0;
    sheet.eachRow((row, n) => {
      if (!header && row.getCell(1).value === 'Hạng') header = n;
    });
    expect(header).toBeGreaterThan(0);
    const headers = (sheet.getRow(header).values as unknown[]).slice(1).map(String);
    expect(headers[1]).toBe('Cơ quan, đơn vị');
    expect(headers[2]).toContain('Công khai, minh bạch');
    const col = (name: string) => 1 + headers.findIndex((h) => h.startsWith(name));
    expect(sheet.getRow(header + 1).getCell(2).value).toBe('Các sở, ban, ngành');
    expect(sheet.getRow(header + 1).getCell(col('Hồ sơ tiếp nhận')).value).toBe(page.levelRow!.dossiers.received);
    page.rows.forEach((row, i) => {
      const cells = sheet.getRow(header + 2 + i);
      expect(cells.getCell(2).value).toBe(row.unitName);
      expect(cells.getCell(1).value).toBe(row.rank);
      expect(cells.getCell(col('Tổng điểm')).value).toBe(row.total);
      expect(cells.getCell(col('Trễ hạn chưa xin lỗi')).value).toBe(row.dossiers.lateWithoutApology);
      const rate = cells.getCell(col('Tỷ lệ đúng hạn')).value as number;
      expect(rate).toBeCloseTo(row.dossiers.onTimeRate! / 100, 6);
    });
    const flaggedRow = page.rows.findIndex((r) => r.groups.some((g) => g.differs));
    expect(String(sheet.getRow(header + 2 + flaggedRow).getCell(col('Điểm công bố lệch')).value)).toMatch(
      /^TDGQ: công bố \d+,\d\d, tính lại \d+,\d\d$/,
    );
    const trend = workbook.getWorksheet('Xu hướng')!;
    let trendHeader = 0;
    trend.eachRow((row, n) => {
      if (!trendHeader && row.getCell(1).value === 'Cơ quan, đơn vị') trendHeader = n;
    });
    expect(String(trend.getRow(trendHeader).getCell(2).value)).toContain('Quý I');
    expect(trend.getRow(trendHeader + 2).getCell(2).value).toBe(page.rows[0]!.trend[0]!.total);
  });
});
