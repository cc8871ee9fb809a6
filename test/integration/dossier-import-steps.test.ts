import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossiers, storedFiles } from '../../src/db/schema/index.js';
import { jobHandlers } from '../../src/services/jobs/job-handlers.js';
import { runPendingJobs } from '../../src/services/jobs/run-pending-jobs.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';

/**
 * The steps of the import page over HTTP: the known sources, the same uploaded file read again once its
 * columns are mapped (nothing uploaded twice), the history, the counts of the result, bad files, and who
 * may do any of it.
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/dossiers');

let api: TestApi;
let coordinator: Client;

const fixture = async (name: string) => new Blob([await readFile(join(FIXTURES, name))]);
const filesStored = async () => (await api.database.db.select({ n: count() }).from(storedFiles))[0]!.n;

async function upload(blob: Blob, name: string, source: string) {
  // A minute between uploads, so the history's order is the order they came in.
  api.clock.now = new Date(api.clock.now.getTime() + 60_000);
  return coordinator.upload(`/api/dossier-imports?source=${encodeURIComponent(source)}`, blob, name);
}

async function commit(importId: string, acceptValidRows = false) {
  const response = await coordinator.send('POST', `/api/dossier-imports/${importId}/commit`, { acceptValidRows });
  expect(response.status).toBe(201);
  await runPendingJobs(api.database.db, api.files, jobHandlers, { now: () => api.clock.now });
  return body(await coordinator.get(`/api/dossier-imports/${importId}`));
}

beforeAll(async () => {
  api = await createTestApi();
  api.clock.now = new Date('2025-10-01T03:00:00Z');
  coordinator = await api.signIn('snv.cchc');
});
afterAll(() => api.close());

describe('the import page’s steps', () => {
  let mappedImportId = '';

  it('lists no source before any, then the sources files came from and those with a mapping', async () => {
    expect(await body(await coordinator.get('/api/dossier-sources'))).toEqual([]);
    const draft = await body(await upload(await fixture('sync.csv'), 'sync.csv', 'Một cửa điện tử'));
    expect(draft).toMatchObject({ columns: expect.arrayContaining(['MaHoSo', 'DonViXuLy']), missingFields: [] });
    const mapping = { 'Mã hồ sơ': 'MaHoSo' };
    expect((await coordinator.send('PUT', '/api/dossier-sources/iGate/mapping', { mapping })).status).toBe(200);
    const sources = await body(await coordinator.get('/api/dossier-sources'));
    expect(sources).toEqual([
      { name: 'iGate', mapping, mappingUpdatedAt: expect.any(String), imports: 0, lastImportAt: null },
      {
        name: 'Một cửa điện tử',
        mapping: {},
        mappingUpdatedAt: null,
        imports: 1,
        lastImportAt: expect.any(String),
      },
    ]);
  });

  it('reads the same uploaded file again once its columns are mapped, uploading nothing twice', async () => {
    const draft = await body(await upload(await fixture('vietnamese.csv'), 'ho-so.csv', 'he-thong-tinh'));
    expect(draft).toMatchObject({ validRows: 0, invalidRows: 4, mapping: {} });
    expect(draft.columns).toEqual([
      'Mã hồ sơ',
      'Mã thủ tục',
      'Lĩnh vực',
      'Kênh nộp',
      'Ngày nộp',
      'Ngày tiếp nhận',
      'Ngày hẹn trả',
      'Ngày kết thúc xử lý',
      'Ngày trả kết quả',
      'Ngày từ chối',
      'Trạng thái',
      'Đơn vị xử lý',
      'Số hóa',
      'Thanh toán trực tuyến',
      'Có lệ phí',
      'Đã xin lỗi',
    ]);
    expect(draft.missingFields).toEqual(['MaHoSo', 'KenhThucHien', 'NgayTiepNhan', 'DonViXuLy']);
    const stored = await filesStored();

    const mapping = JSON.parse(await readFile(join(FIXTURES, 'vietnamese-mapping.json'), 'utf8'));
    await coordinator.send('PUT', '/api/dossier-sources/he-thong-tinh/mapping', { mapping });
    const reread = await coordinator.send('POST', `/api/dossier-imports/${draft.id}/reread`);
    expect(reread.status).toBe(200);
    const again = await body(reread);
    expect(again).toMatchObject({
      id: draft.id,
      fileName: 'ho-so.csv',
      validRows: 4,
      invalidRows: 0,
      problems: [],
      unknownColumns: [],
      missingFields: [],
      mapping,
      status: 'preview',
      createdByName: 'Nguyễn Thị Hoa (Sở Nội vụ)',
    });
    expect(await filesStored()).toBe(stored);
    mappedImportId = draft.id;
  });

  it('writes it, saying rows added, updated and unchanged, and how far the job went', async () => {
    const written = await commit(mappedImportId);
    expect(written).toMatchObject({
      status: 'committed',
      inserted: 4,
      updated: 0,
      unchanged: 0,
      rowsDone: 4,
      jobId: expect.any(String),
    });
    // One dossier's result returned later, the other three as they were.
    const csv = (await readFile(join(FIXTURES, 'sync.csv'), 'utf8')).replace('20250904150000', '20250904160000');
    const changed = await body(await upload(new Blob([csv]), 'sync-2.csv', 'Một cửa điện tử'));
    expect(await commit(changed.id)).toMatchObject({ inserted: 0, updated: 1, unchanged: 3 });
    expect((await api.database.db.select({ n: count() }).from(dossiers))[0]!.n).toBe(4);
    // A written import is not read again.
    const closed = await coordinator.send('POST', `/api/dossier-imports/${mappedImportId}/reread`);
    expect(closed.status).toBe(409);
    expect((await body(closed)).code).toBe('IMPORT_CLOSED');
  });

  it('names the processing units that match no unit of the directory', async () => {
    const draft = await body(await upload(await fixture('bad.csv'), 'bad.csv', 'Một cửa điện tử'));
    expect(draft.unmatchedUnits).toEqual(['Sở Không Có']);
  });

  it('keeps a history of imports, newest first, a page at a time', async () => {
    const page = await body(await coordinator.get('/api/dossier-imports?page=1&pageSize=2'));
    expect(page).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect(page.items.map((i: { fileName: string }) => i.fileName)).toEqual(['bad.csv', 'sync-2.csv']);
    expect(page.items[1]).toMatchObject({
      sourceName: 'Một cửa điện tử',
      status: 'committed',
      validRows: 4,
      updated: 1,
      createdByName: 'Nguyễn Thị Hoa (Sở Nội vụ)',
    });
    const second = await body(await coordinator.get('/api/dossier-imports?page=2&pageSize=2'));
    expect(second.items.map((i: { fileName: string }) => i.fileName)).toEqual(['ho-so.csv', 'sync.csv']);
  });

  it('refuses a damaged or empty file with a Vietnamese message, never a 500, keeping nothing', async () => {
    const before = await filesStored();
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('không phải Excel')]);
    const broken = await upload(new Blob([damaged]), 'ho-so.xlsx', 'Một cửa điện tử');
    expect(broken.status).toBe(422);
    const refusal = await body(broken);
    expect(refusal.message).toMatch(/Không đọc được|hỏng/);
    // A header and no dossier under it.
    const empty = await upload(new Blob(['MaHoSo,DonViXuLy\n']), 'trong.csv', 'Một cửa điện tử');
    expect(empty.status).toBe(400);
    expect((await body(empty)).message).toMatch(/^Tệp không có hồ sơ nào/);
    expect(await filesStored()).toBe(before);
  });
});

describe('who may import', () => {
  it('refuses a reporter and a leader, saying nothing of the imports; a logged-out client gets 401', async () => {
    const [{ id }] = (await body(await coordinator.get('/api/dossier-imports'))).items;
    for (const username of ['camlo.baocao', 'lanhdao']) {
      const client = await api.signIn(username);
      for (const response of [
        await client.get('/api/dossier-sources'),
        await client.get('/api/dossier-imports'),
        await client.send('POST', `/api/dossier-imports/${id}/reread`),
        await client.get(`/api/dossier-imports/${id}`),
      ]) {
        expect(response.status).toBe(403);
        const refusal = await body(response);
        expect(Object.keys(refusal).sort()).toEqual(['code', 'message']);
        expect(refusal.code).toBe('FORBIDDEN');
        expect(JSON.stringify(refusal)).not.toMatch(/Một cửa|he-thong-tinh|sync|ho-so/);
      }
    }
    for (const response of [
      await api.anonymous.get('/api/dossier-sources'),
      await api.anonymous.get('/api/dossier-imports'),
      await api.anonymous.send('POST', `/api/dossier-imports/${id}/reread`),
    ]) {
      expect(response.status).toBe(401);
      expect(JSON.stringify(await body(response))).not.toMatch(/Một cửa|he-thong-tinh|sync/);
    }
  });
});
