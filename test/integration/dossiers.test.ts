import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierDaily, dossiers } from '../../src/db/schema/index.js';
import { jobHandlers } from '../../src/services/jobs/job-handlers.js';
import { runPendingJobs } from '../../src/services/jobs/run-pending-jobs.js';
import { unitIdOf } from '../support/actors.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';

/**
 * Dossier import over HTTP: preview then commit (a job), re-import by dossier code, a file with refused rows,
 * a saved column mapping, who sees which unit's dossiers, and figures over units as Σnum / Σden.
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/dossiers');
const SEPTEMBER = 'from=2025-09-01&to=2025-09-30';
const CAMLO_CODE = '000.00.01.H44-250902-0001';
const DONGHA_CODE = '000.00.01.H44-250910-0003';

let api: TestApi;
let coordinator: Client;
let camlo: string;
let dongha: string;

const fixture = async (name: string) => new Blob([await readFile(join(FIXTURES, name))]);
const dossierCount = async () => (await api.database.db.select({ n: count() }).from(dossiers))[0]!.n;

async function preview(name: string, source = 'mot-cua') {
  const response = await coordinator.upload(`/api/dossier-imports?source=${source}`, await fixture(name), name);
  expect(response.status, await response.clone().text()).toBe(201);
  return body(response);
}

async function commit(importId: string, acceptValidRows = false) {
  const response = await coordinator.send('POST', `/api/dossier-imports/${importId}/commit`, { acceptValidRows });
  if (response.status !== 201) return response;
  await runPendingJobs(api.database.db, api.files, jobHandlers, { now: () => api.clock.now });
  return response;
}

async function figures(query: string) {
  const response = await coordinator.get(`/api/dossier-figures?${query}`);
  expect(response.status).toBe(200);
  return body(response);
}

beforeAll(async () => {
  api = await createTestApi();
  // After the 2025 reorganisation: "UBND Phường 1 (Đông Hà)" has merged into UBND phường Đông Hà.
  api.clock.now = new Date('2025-10-01T03:00:00Z');
  coordinator = await api.signIn('snv.cchc');
  camlo = await unitIdOf(api.database.db, 'QT.X.CAMLO');
  dongha = await unitIdOf(api.database.db, 'QT.X.DONGHA');
});
afterAll(() => api.close());

describe('dossier import', () => {
  it('previews without writing, then writes as a job whose progress reaches the end', async () => {
    const draft = await preview('sync.csv');
    expect(draft).toMatchObject({ format: 'csv', validRows: 4, invalidRows: 0, problems: [], status: 'preview' });
    expect(await dossierCount()).toBe(0);
    const job = await body(await commit(draft.id));
    const done = await body(await coordinator.get(`/api/jobs/${job.id}`));
    expect(done).toMatchObject({
      status: 'done',
      progress: 100,
      result: { inserted: 4, updated: 0, unchanged: 0, skippedRows: 0 },
    });
    expect(await dossierCount()).toBe(4);
    const imported = await body(await coordinator.get(`/api/dossier-imports/${draft.id}`));
    expect(imported).toMatchObject({ status: 'committed', inserted: 4, updated: 0, unchanged: 0, rowsDone: 4 });
    // A written import is not written twice.
    expect((await coordinator.send('POST', `/api/dossier-imports/${draft.id}/commit`, {})).status).toBe(409);
  });

  it('re-importing an overlapping export updates the dossiers and their aggregates, never duplicates', async () => {
    const daily = async () => api.database.db.select().from(dossierDaily);
    const before = await daily();
    const job = await body(await commit((await preview('sync.json')).id));
    // The same dossiers with the same facts: held already, left as they were, counted apart.
    expect((await body(await coordinator.get(`/api/jobs/${job.id}`))).result).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 4,
    });
    expect(await dossierCount()).toBe(4);
    expect((await daily()).sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))).toEqual(
      before.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn)),
    );
  });

  it('matches a merged unit to its successor', async () => {
    const page = await body(await coordinator.get(`/api/units/${dongha}/dossiers?${SEPTEMBER}`));
    expect(page.items.map((d: { code: string }) => d.code)).toEqual([DONGHA_CODE]);
  });

  it('computes a rate over several units as Σnumerator / Σdenominator, never a mean of percentages', async () => {
    const result = await figures(`level=communes&${SEPTEMBER}`);
    const value = (key: string, unitId: string | null) =>
      result.values.find((v: { key: string; unitId: string | null }) => v.key === key && v.unitId === unitId);
    // Cam Lộ: one of two on time (the other ended late). Đông Hà: its one dossier is overdue on 30/09.
    expect(value('dossiers.on_time_rate', camlo)).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(value('dossiers.on_time_rate', dongha)).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    const communes = value('dossiers.on_time_rate', null);
    const perUnit = result.values.filter(
      (v: { key: string; unitId: string | null }) => v.key === 'dossiers.on_time_rate' && v.unitId,
    );
    expect(communes.numerator).toBe(perUnit.reduce((s: number, v: { numerator: number }) => s + v.numerator, 0));
    expect(communes.denominator).toBe(perUnit.reduce((s: number, v: { denominator: number }) => s + v.denominator, 0));
    expect(communes).toMatchObject({ numerator: 1, denominator: 3, value: 33.33 });
    expect(value('dossiers.tdgq_score', null)).toMatchObject({ numerator: 1, denominator: 3, value: 6.67 });
    expect(value('dossiers.late_with_apology_rate', camlo)).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
    expect(value('dossiers.overdue', dongha)).toMatchObject({ value: 1 });
    // The department's refused dossier ended before its due date: on time, and not a commune's.
    const departments = await figures(`level=departments&${SEPTEMBER}`);
    expect(
      departments.values.find(
        (v: { key: string; unitId: string | null }) => v.key === 'dossiers.on_time_rate' && !v.unitId,
      ),
    ).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
  });

  it('a file with refused rows changes nothing until the coordinator accepts its valid rows', async () => {
    const draft = await preview('bad.csv');
    expect(draft).toMatchObject({ validRows: 1, invalidRows: 2 });
    expect(draft.problems).toContainEqual({ row: 3, field: 'MaHoSo', reason: 'thiếu mã hồ sơ' });
    expect(draft.problems.map((p: { row: number; field: string }) => `${p.row}:${p.field}`)).toEqual([
      '3:MaHoSo',
      '4:DonViXuLy',
      '4:KenhThucHien',
      '4:NgayTiepNhan',
    ]);
    const refused = await commit(draft.id);
    expect(refused.status).toBe(422);
    expect((await body(refused)).code).toBe('DOSSIER_ROWS_INVALID');
    expect(await dossierCount()).toBe(4);
    await commit(draft.id, true);
    expect(await dossierCount()).toBe(5);
  });

  it('refuses a program sent as a dossier file before reading it, and keeps nothing', async () => {
    const program = new Blob([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])]);
    const response = await coordinator.upload('/api/dossier-imports?source=mot-cua', program, 'ho-so.csv');
    expect((await body(response)).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('reads a Vietnamese-header export once its source mapping is saved', async () => {
    const unmapped = await preview('vietnamese.csv', 'he-thong-tinh');
    expect(unmapped.validRows).toBe(0);
    expect(unmapped.unknownColumns).toContain('Mã hồ sơ');
    const mapping = JSON.parse(await readFile(join(FIXTURES, 'vietnamese-mapping.json'), 'utf8'));
    expect((await coordinator.send('PUT', '/api/dossier-sources/he-thong-tinh/mapping', { mapping })).status).toBe(200);
    const mapped = await preview('vietnamese.csv', 'he-thong-tinh');
    expect(mapped).toMatchObject({ validRows: 4, invalidRows: 0, unknownColumns: [] });
    await commit(mapped.id);
    expect(await dossierCount()).toBe(5);
  });
});

describe('who sees which dossiers', () => {
  it("a unit's reporter sees their own unit's dossiers and figures, never another unit's", async () => {
    const reporter = await api.signIn('camlo.baocao');
    const own = await body(await reporter.get(`/api/units/${camlo}/dossiers?${SEPTEMBER}`));
    expect(own.items.map((d: { code: string }) => d.code)).toContain(CAMLO_CODE);
    expect(JSON.stringify(own)).not.toContain(DONGHA_CODE);

    const other = await reporter.get(`/api/units/${dongha}/dossiers?${SEPTEMBER}`);
    expect(other.status).toBe(403);
    const refusal = await body(other);
    expect(Object.keys(refusal).sort()).toEqual(['code', 'message']);
    expect(JSON.stringify(refusal)).not.toContain(DONGHA_CODE);

    expect((await reporter.get(`/api/dossier-figures?unitId=${dongha}&${SEPTEMBER}`)).status).toBe(403);
    // Asking for the province answers for the reporter's own unit only.
    const ownFigures = await body(await reporter.get(`/api/dossier-figures?level=province&${SEPTEMBER}`));
    expect(ownFigures.unitIds).toEqual([camlo]);
    expect(JSON.stringify(ownFigures)).not.toContain(dongha);
  });

  it('lists the late dossiers without an apology', async () => {
    const late = await body(await coordinator.get(`/api/units/${camlo}/dossiers?${SEPTEMBER}&lateWithoutApology=true`));
    // The late one (-0002) has its apology; -0005 from the accepted file is overdue without one.
    expect(late.items.map((d: { code: string }) => d.code)).toEqual(['000.00.01.H44-250920-0005']);
    expect(late.items[0]).toMatchObject({ late: true, lateApology: null });
  });
});
