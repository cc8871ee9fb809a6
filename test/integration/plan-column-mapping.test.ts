import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, planImports } from '../../src/db/schema/index.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/column-mapping');
const ROLES = ['number', 'activity', 'deliverable', 'lead', 'cooperating', 'deadline'];
const MAPPING = { table: 1, headerRow: 1, firstDataRow: 2, roles: ROLES };

let api: TestApi;
let coordinator: Client;
beforeAll(async () => {
  api = await createTestApi();
  coordinator = await api.signIn('snv.cchc');
});
afterAll(() => api.close());

const fixture = (name: string) => readFile(join(FIXTURES, name));
const upload = async (name: string, query = '') =>
  coordinator.upload(`/api/plan-imports?asOf=2025-01-15${query}`, new Blob([await fixture(name)]), name);
const mapColumns = (client: Client, id: string, payload: unknown) =>
  client.send('PUT', `/api/plan-imports/${id}/column-mapping`, payload);

type Draft = {
  id: string;
  version: number;
  summary: { activities: number };
  content: { title: string | null; activities: { activity: string; lead: { text: string } }[] };
  reading: {
    state: string;
    reason: string | null;
    mapping: typeof MAPPING | null;
    candidates: { table: number; columns: number; rows: number; cells: string[][] }[];
  };
  diff: { added: { activity: string }[] } | null;
};

describe('a table the reader is not sure of', () => {
  let draft: Draft;
  let planId: string;

  it('gives a draft that needs a mapping, with the rows found, instead of a plan with 0 activities', async () => {
    const response = await upload('ke-hoach-cot-so.txt');
    expect(response.status).toBe(201);
    draft = await body(response);
    expect(draft.summary.activities).toBe(0);
    expect(draft.content.title).toContain('Cải cách hành chính nhà nước tỉnh Quảng Trị năm 2025');
    expect(draft.reading.state).toBe('needsMapping');
    expect(draft.reading.reason).toMatch(/Không nhận ra hàng tiêu đề/);
    const [table] = draft.reading.candidates;
    expect(table).toMatchObject({ table: 1, columns: 6, rows: 7 });
    expect(table!.cells[0]).toEqual(['Cột 1', 'Cột 2', 'Cột 3', 'Cột 4', 'Cột 5', 'Cột 6']);
    expect(table!.cells[2]![3]).toBe('Sở Nội vụ');
  });

  it('refuses to commit it while no activity is read', async () => {
    const response = await coordinator.send('POST', `/api/plan-imports/${draft.id}/commit`, {
      version: draft.version,
      name: 'Kế hoạch CCHC năm 2025',
    });
    expect(response.status).toBe(422);
    const refusal = await body(response);
    expect(refusal.code).toBe('EMPTY_PLAN');
    expect(refusal.message).toMatch(/Sửa cách đọc cột/);
  });

  it('lets only a plan editor map the columns: a reporter and a leader are refused, a logged-out client too', async () => {
    for (const username of ['camlo.baocao', 'lanhdao']) {
      const client = await api.signIn(username);
      const response = await mapColumns(client, draft.id, { version: draft.version, mapping: MAPPING });
      expect(response.status, username).toBe(403);
      const refusal = await body(response);
      expect(Object.keys(refusal).sort()).toEqual(['code', 'message']);
      expect(refusal.code).toBe('FORBIDDEN');
      expect(refusal.message).toMatch(/sửa cách đọc cột của bản nhập kế hoạch|nhập kế hoạch/);
      expect(JSON.stringify(refusal)).not.toMatch(/Cột 1|Sở Nội vụ|ke-hoach/);
    }
    const anonymous = await mapColumns(api.anonymous, draft.id, { version: draft.version, mapping: MAPPING });
    expect(anonymous.status).toBe(401);
    expect(JSON.stringify(await body(anonymous))).not.toMatch(/Cột 1|Sở Nội vụ/);
    const [row] = await api.database.db.select().from(planImports).where(eq(planImports.id, draft.id));
    expect([row!.version, row!.columnMapping, row!.content.activities.length]).toEqual([draft.version, null, 0]);
  });

  it('refuses a mapping naming no activity column, with the field named', async () => {
    const response = await mapColumns(coordinator, draft.id, {
      version: draft.version,
      mapping: { ...MAPPING, roles: ROLES.map(() => 'other') },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await body(response))).toMatch(/Hoạt động/);
  });

  it('reads the stored document again with the mapping: the activities appear, audited', async () => {
    const response = await mapColumns(coordinator, draft.id, { version: draft.version, mapping: MAPPING });
    expect(response.status).toBe(200);
    const mapped: Draft = await body(response);
    expect(mapped.version).toBe(draft.version + 1);
    expect(mapped.reading).toMatchObject({ state: 'mapped', reason: null, mapping: MAPPING });
    expect(mapped.content.activities.map((a) => [a.activity, a.lead.text])).toEqual([
      ['Xây dựng, ban hành Kế hoạch cải cách hành chính của tỉnh', 'Sở Nội vụ'],
      ['Tổ chức kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị', 'Sở Nội vụ'],
      ['Kiểm tra, rà soát văn bản quy phạm pháp luật của tỉnh', 'Sở Tư pháp'],
      ['Theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh', 'Sở Tư pháp'],
    ]);
    const audits = await api.database.db.select().from(auditLog).where(eq(auditLog.action, 'planImport.mapColumns'));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      entityId: draft.id,
      before: { mapping: null, activities: 0 },
      after: { mapping: MAPPING, activities: 4 },
    });

    // A second coordinator working from the version before is refused, not overwriting.
    const stale = await mapColumns(coordinator, draft.id, {
      version: draft.version,
      mapping: { ...MAPPING, roles: ['number', 'activity', 'other', 'lead', 'other', 'deadline'] },
    });
    expect(stale.status).toBe(409);
    expect((await body(stale)).code).toBe('STALE_VERSION');
    draft = mapped;
  });

  it('refuses a mapping that does not fit the table, saying why, and keeps the draft', async () => {
    const response = await mapColumns(coordinator, draft.id, {
      version: draft.version,
      mapping: { ...MAPPING, roles: [...ROLES, 'budget'] },
    });
    expect(response.status).toBe(422);
    const refusal = await body(response);
    expect(refusal.code).toBe('COLUMN_MAPPING_UNUSABLE');
    expect(refusal.message).toMatch(/Bảng 1 có 6 cột, cách đọc cột đã lưu có 7 cột/);
    const kept: Draft = await body(await coordinator.get(`/api/plan-imports/${draft.id}`));
    expect([kept.version, kept.content.activities.length]).toEqual([draft.version, 4]);
  });

  it('commits the mapped draft', async () => {
    const response = await coordinator.send('POST', `/api/plan-imports/${draft.id}/commit`, {
      version: draft.version,
      name: 'Kế hoạch CCHC năm 2025 (phụ lục đánh số cột)',
    });
    expect(response.status).toBe(201);
    const committed = await body(response);
    planId = committed.plan.id;
    expect(committed.version.content.activities).toHaveLength(4);
  });

  it('reads a revised version of the same document with the saved mapping', async () => {
    const response = await upload('ke-hoach-cot-so-sua-doi.txt', `&basePlanId=${planId}`);
    expect(response.status).toBe(201);
    const revised: Draft = await body(response);
    expect(revised.reading).toMatchObject({ state: 'mapped', mapping: MAPPING });
    expect(revised.content.activities).toHaveLength(5);
    expect(revised.diff!.added.map((a) => a.activity)).toEqual([
      'Rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2025',
    ]);
    await coordinator.send('POST', `/api/plan-imports/${revised.id}/discard`, { reason: 'thử lại' });
  });

  it('asks again when the revised document’s table has another column count', async () => {
    const response = await upload('ke-hoach-cot-so-7-cot.txt', `&basePlanId=${planId}`);
    expect(response.status).toBe(201);
    const revised: Draft = await body(response);
    expect(revised.reading.state).toBe('needsMapping');
    expect(revised.reading.reason).toMatch(/Bảng 1 có 7 cột, cách đọc cột đã lưu có 6 cột/);
    expect(revised.reading.mapping!.roles).toHaveLength(7);
  });
});

describe('a document with nothing to read', () => {
  it('is refused with what was seen in it, and no draft is made', async () => {
    const before = (await api.database.db.select().from(planImports)).length;
    const text = 'Danh sách đơn vị\n\nSở Nội vụ\tsố 1\nSở Tư pháp\tsố 2\nSở Y tế\tsố 3\n';
    const response = await coordinator.upload('/api/plan-imports', new Blob([text]), 'danh-sach.txt');
    expect(response.status).toBe(422);
    const refusal = await body(response);
    expect(refusal.code).toBe('NO_PLAN_FOUND');
    expect(refusal.message).toBe(
      'Không tìm thấy kế hoạch trong tệp: không có bảng phụ lục nhiệm vụ (cột “Chủ trì”, “Hoạt động”…) và không có chỉ tiêu nào. ' +
        'Đã đọc 1 đoạn văn và 1 bảng; bảng lớn nhất có 3 hàng × 2 cột, không nhận ra hàng tiêu đề nào. Hãy kiểm tra lại tệp đã chọn.',
    );
    expect((await api.database.db.select().from(planImports)).length).toBe(before);
  });
});

describe('a re-reading after corrections made in review', () => {
  type Reviewed = Draft & {
    content: { activities: { id: string; activity: string }[]; duties: { id: string; decision: string }[] };
    handEdits: { activityIds: string[]; duties: number };
  };
  const DUTIES = join(import.meta.dirname, '../fixtures/plan-duties/ke-hoach-hai-nhiem-vu.txt');
  let draft: Reviewed;

  it('says which activities were corrected by hand and how many duties were decided', async () => {
    const uploaded = await coordinator.upload(
      '/api/plan-imports?asOf=2025-01-15',
      new Blob([await readFile(DUTIES)]),
      'ke-hoach-hai-nhiem-vu.txt',
    );
    expect(uploaded.status).toBe(201);
    draft = await body(uploaded);
    expect(draft.handEdits).toEqual({ activityIds: [], duties: 0 });
    const first = draft.content.activities[0]!;
    const revised = await coordinator.send('PATCH', `/api/plan-imports/${draft.id}/activities/${first.id}`, {
      version: draft.version,
      activity: 'Ban hành Kế hoạch cải cách hành chính của tỉnh (đã sửa tay)',
    });
    expect(revised.status).toBe(200);
    draft = await body(revised);
    // The same activity corrected twice counts once.
    const again = await coordinator.send('PATCH', `/api/plan-imports/${draft.id}/activities/${first.id}`, {
      version: draft.version,
      deliverable: 'Kế hoạch (đã sửa tay)',
    });
    draft = await body(again);
    const decided = await coordinator.send('PUT', `/api/plan-imports/${draft.id}/duties/TC-1`, {
      version: draft.version,
      decision: 'confirmed',
    });
    expect(decided.status).toBe(200);
    draft = await body(decided);
    expect(draft.handEdits).toEqual({ activityIds: [first.id], duties: 1 });
    const read = await body(await coordinator.get(`/api/plan-imports/${draft.id}`));
    expect(read.handEdits).toEqual({ activityIds: [first.id], duties: 1 });
  });

  it('reads the activities afresh but keeps the duties decided, and audits what was replaced', async () => {
    const mapping = draft.reading.mapping;
    expect(mapping).not.toBeNull();
    const response = await mapColumns(coordinator, draft.id, { version: draft.version, mapping });
    expect(response.status).toBe(200);
    const mapped: Reviewed = await body(response);
    expect(mapped.content.activities[0]!.activity).toBe('Xây dựng, ban hành Kế hoạch cải cách hành chính của tỉnh');
    expect(mapped.content.duties.map((d) => [d.id, d.decision])).toEqual([
      ['TC-1', 'confirmed'],
      ['TC-2', 'suggested'],
    ]);
    expect(mapped.handEdits).toEqual({ activityIds: [], duties: 1 });
    const [audit] = await api.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, draft.id))
      .then((rows) => rows.filter((r) => r.action === 'planImport.mapColumns'));
    expect(audit).toMatchObject({ before: { revisedActivities: 1, activities: 3 }, after: { activities: 3 } });
  });
});
