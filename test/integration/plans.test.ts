import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planImports, plans, storedFiles, units } from '../../src/db/schema/index.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/plans/quang-tri-2025.txt');

let api: TestApi;
let coordinator: Client;
let original: string;
beforeAll(async () => {
  api = await createTestApi();
  coordinator = await api.signIn('snv.cchc');
  original = await readFile(FIXTURE, 'utf8');
});
afterAll(() => api.close());

const upload = (text: string | Uint8Array, name = 'ke-hoach-cchc-2025.txt', query = '') =>
  coordinator.upload(`/api/plan-imports${query}`, new Blob([text]), name);
type Activity = {
  id: string;
  area: string;
  number: string | null;
  activity: string | null;
  lead: { text: string; units: { unitId: string | null; name: string; group: boolean }[] };
  deadline: { kind: string; due: string | null; text: string };
  warnings: { code: string; field?: string }[];
};

describe('importing a plan document for review, then committing it', () => {
  let draft: {
    id: string;
    version: number;
    content: { activities: Activity[] };
    sourceRows: Record<string, string>;
    summary: { activities: number; byArea: unknown[] };
  };
  let planId: string;

  it('reads the real Quảng Trị plan into a draft, with its source rows and the demo directory resolving units', async () => {
    const response = await upload(original, 'ke-hoach-cchc-2025.txt', '?asOf=2025-01-15');
    expect(response.status).toBe(201);
    draft = await body(response);
    expect(draft.summary.activities).toBe(73);
    expect(draft.summary.byArea).toHaveLength(7);
    const first = draft.content.activities[0]!;
    expect(first.lead.units.map((u) => u.name)).toContain('Sở Nội vụ');
    expect(first.lead.units.find((u) => u.name === 'Sở Nội vụ')!.unitId).toBeTruthy();
    expect(draft.sourceRows[first.id]).toContain('Xây dựng, ban hành Kế hoạch CCHC của tỉnh');
    // Stored: the original file and the draft, nothing committed yet.
    expect((await api.database.db.select().from(storedFiles)).length).toBe(1);
    expect((await api.database.db.select().from(plans)).length).toBe(0);
  });

  it('re-reads a corrected cell: units, deadline and their warnings follow the text a person typed', async () => {
    const target =
      draft.content.activities.find((a) => a.warnings.some((w) => w.field === 'lead')) ?? draft.content.activities[1]!;
    const response = await coordinator.send('PATCH', `/api/plan-imports/${draft.id}/activities/${target.id}`, {
      version: draft.version,
      lead: 'Sở Tư pháp; UBND cấp xã',
      deadline: 'Quý II, III/2025',
    });
    expect(response.status).toBe(200);
    const revised = await body(response);
    const activity = revised.content.activities.find((a: Activity) => a.id === target.id) as Activity;
    const stp = (await api.database.db.select().from(units).where(eq(units.code, 'QT.STP')))[0]!;
    expect(activity.lead.units).toEqual([
      expect.objectContaining({ unitId: stp.id, group: false }),
      expect.objectContaining({ name: 'UBND cấp xã', group: true }),
    ]);
    expect(activity.deadline).toMatchObject({ kind: 'multi', due: '2025-09-30' });
    expect(activity.warnings.filter((w) => w.field === 'lead' || w.field === 'deadline')).toEqual([]);
    expect(revised.version).toBe(draft.version + 1);

    const stale = await coordinator.send('PATCH', `/api/plan-imports/${draft.id}/activities/${target.id}`, {
      version: draft.version,
      activity: 'Ghi đè bản cũ',
    });
    expect(stale.status).toBe(409);
    expect((await body(stale)).code).toBe('STALE_VERSION');

    const unknown = await coordinator.send('PATCH', `/api/plan-imports/${draft.id}/activities/${target.id}`, {
      version: revised.version,
      deadline: 'chưa xác định',
    });
    const withUnknown = (await body(unknown)).content.activities.find((a: Activity) => a.id === target.id) as Activity;
    expect(withUnknown.deadline.kind).toBe('unknown');
    expect(withUnknown.deadline.text).toBe('chưa xác định');
    expect(withUnknown.warnings.some((w) => w.code === 'unknown_deadline')).toBe(true);
    draft = await body(await coordinator.get(`/api/plan-imports/${draft.id}`));
  });

  it('commits the draft as version 1 of a named plan that every signed-in user can read', async () => {
    const response = await coordinator.send('POST', `/api/plan-imports/${draft.id}/commit`, {
      version: draft.version,
      name: 'Kế hoạch CCHC tỉnh Quảng Trị năm 2025',
    });
    expect(response.status).toBe(201);
    const committed = await body(response);
    planId = committed.plan.id;
    expect(committed.plan).toMatchObject({
      name: 'Kế hoạch CCHC tỉnh Quảng Trị năm 2025',
      year: 2025,
      currentVersion: 1,
    });
    expect(committed.version.content.activities).toHaveLength(draft.content.activities.length);

    const again = await coordinator.send(
      'PATCH',
      `/api/plan-imports/${draft.id}/activities/${draft.content.activities[0]!.id}`,
      { version: draft.version, activity: 'Sửa sau khi ghi' },
    );
    expect(again.status).toBe(409);
    expect((await body(again)).code).toBe('IMPORT_CLOSED');

    const reporter = await api.signIn('camlo.baocao');
    const read = await reporter.get(`/api/plans/${planId}`);
    expect(read.status).toBe(200);
    expect((await body(await reporter.get('/api/plans'))).map((p: { id: string }) => p.id)).toEqual([planId]);
  });

  it('counts each plan\'s activities in the plans list and on the plan (the demo plan has 73, not "Hoạt động 0")', async () => {
    // The fixture is the demo plan's document (seed/demo/ke-hoach-cchc-quang-tri-2025.txt).
    expect(draft.content.activities).toHaveLength(73);
    expect((await body(await coordinator.get('/api/plans'))).map((p: { activities: number }) => p.activities)).toEqual([
      73,
    ]);
    expect((await body(await coordinator.get(`/api/plans/${planId}`))).plan.activities).toBe(73);
  });

  it('shows what a revised document changes, and commits it as version 2 without touching version 1', async () => {
    const revisedText = original
      .replace(
        'Xây dựng, ban hành Kế hoạch tuyên truyền CCHC của tỉnh\tKế hoạch\tSở Nội vụ\tSở, ban, ngành cấp tỉnh; UBND cấp huyện\tQuý I/2025',
        'Xây dựng, ban hành Kế hoạch tuyên truyền CCHC của tỉnh\tKế hoạch\tSở Nội vụ\tSở, ban, ngành cấp tỉnh; UBND cấp huyện\tQuý II/2025',
      )
      .split('\n')
      .filter((line) => !line.startsWith('\t\t\tThẩm định dự thảo văn bản\t'))
      .join('\n');
    expect(revisedText).not.toBe(original);
    const response = await upload(revisedText, 'ke-hoach-sua-doi.txt', `?basePlanId=${planId}&asOf=2025-01-15`);
    expect(response.status).toBe(201);
    const revision = await body(response);
    expect(revision.basePlanName).toBe('Kế hoạch CCHC tỉnh Quảng Trị năm 2025');
    expect(revision.diff.removed.map((a: Activity) => a.activity)).toEqual(['Thẩm định dự thảo văn bản']);
    const deadlineChange = revision.diff.changed
      .flatMap((c: { changes: { field: string; before: string; after: string }[] }) => c.changes)
      .find((c: { after: string }) => c.after === 'Quý II/2025');
    expect(deadlineChange).toMatchObject({ field: 'deadline', before: 'Quý I/2025' });

    const committed = await body(
      await coordinator.send('POST', `/api/plan-imports/${revision.id}/commit`, {
        version: revision.version,
        name: 'Kế hoạch CCHC tỉnh Quảng Trị năm 2025',
        note: 'Sửa đổi theo Quyết định bổ sung',
      }),
    );
    expect(committed.plan.currentVersion).toBe(2);
    expect(committed.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const v1 = await body(await coordinator.get(`/api/plans/${planId}?version=1`));
    expect(v1.version.content.activities.some((a: Activity) => a.activity === 'Thẩm định dự thảo văn bản')).toBe(true);
    const diff = await body(await coordinator.get(`/api/plans/${planId}/diff?from=1&to=2`));
    expect(diff.removed).toHaveLength(1);
    // The list counts the current version's activities.
    const v2 = await body(await coordinator.get(`/api/plans/${planId}?version=2`));
    expect((await body(await coordinator.get('/api/plans')))[0].activities).toBe(v2.version.content.activities.length);
  });
});

describe('bad plan documents', () => {
  it('refuses each with a Vietnamese message and writes nothing', async () => {
    const before = {
      drafts: (await api.database.db.select().from(planImports)).length,
      files: (await api.database.db.select().from(storedFiles)).length,
    };
    const cases: [Uint8Array | string, string, number, string][] = [
      ['', 'trong.txt', 400, 'EMPTY_FILE'],
      [new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]), 'ke-hoach.pdf', 422, 'CORRUPT_FILE'],
      [encryptedWordFile(), 'co-mat-khau.docx', 422, 'ENCRYPTED_FILE'],
      ['Biên bản họp giao ban tuần, không có kế hoạch nào.', 'bien-ban.txt', 422, 'NO_PLAN_FOUND'],
    ];
    for (const [bytes, name, status, code] of cases) {
      const response = await upload(bytes, name);
      const payload = await body(response);
      expect([response.status, payload.code], name).toEqual([status, code]);
      expect(payload.message).toMatch(/[àáảãạăâđêôơư]/i);
    }
    const huge = await upload(new Uint8Array(26 * 1024 * 1024), 'qua-lon.docx');
    expect(huge.status).toBe(413);
    expect((await api.database.db.select().from(planImports)).length).toBe(before.drafts);
    expect((await api.database.db.select().from(storedFiles)).length).toBe(before.files);
  });
});

/** What Word writes for a password-protected .docx: an OLE compound file holding an EncryptedPackage stream. */
describe('a plan published as PDF', () => {
  it('is read off-thread into a draft with the activities of its text export', async () => {
    const pdf = await readFile(join(import.meta.dirname, '../fixtures/variants/quang-tri-2025/libreoffice.pdf'));
    const response = await upload(new Uint8Array(pdf), 'ke-hoach-cchc-2025.pdf', '?asOf=2025-01-15');
    const draft = (await body(response)) as {
      content: { activities: Activity[] };
      sourceRows: Record<string, string>;
      summary: { activities: number };
    };
    expect(response.status).toBe(201);
    expect(draft.summary.activities).toBe(73);
    const first = draft.content.activities[0]!;
    expect(first.lead.units.find((u) => u.name === 'Sở Nội vụ')?.unitId).toBeTruthy();
    expect(draft.sourceRows[first.id]).toContain('Xây dựng, ban hành Kế hoạch CCHC của tỉnh');
  });
});

function encryptedWordFile(): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const stream = [...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]);
  return new Uint8Array([...header, ...new Array(504).fill(0), ...stream]);
}
