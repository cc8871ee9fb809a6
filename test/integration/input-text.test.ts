import { Writable } from 'node:stream';
import { Hono } from 'hono';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units } from '../../src/db/schema/index.js';
import { errorResponder } from '../../src/http/errors.js';
import { body, type Client, type TestApi } from '../support/api.js';
import { withCommittedPlan } from '../support/plan.js';

/**
 * Text PostgreSQL cannot store (NUL, a lone surrogate) is refused at the edge with 400 and a Vietnamese
 * message naming the field, wherever it comes in; and an unexpected error's log line never holds what
 * the user sent (issue #16, item 8).
 */
let api: TestApi;
let coordinator: Client;
let reporter: Client;
let planId: string;
beforeAll(async () => {
  ({ api, coordinator, camlo: reporter, planId } = await withCommittedPlan());
});
afterAll(() => api.close());

async function refused(response: Response, label: string) {
  expect(response.status).toBe(400);
  const payload = await body(response);
  expect(payload.code).toBe('INVALID_CHARACTERS');
  expect(payload.message).toContain(`"${label}"`);
  expect(payload.message).toContain('ký tự không hợp lệ');
}

describe('text the database cannot store', () => {
  it('refuses a NUL in JSON text fields, wherever it sits, with the field named', async () => {
    await refused(
      await coordinator.send('POST', '/api/units', {
        code: 'QT.NUL',
        parentId: null,
        kind: 'other',
        level: 'province',
        name: 'Sở\u0000Nội vụ',
      }),
      'Tên',
    );
    await refused(
      await coordinator.send('POST', '/api/units', {
        code: 'QT.NUL',
        parentId: null,
        kind: 'other',
        level: 'province',
        name: 'Sở Nội vụ',
        aliases: ['ok', 'x\u0000'],
      }),
      'Tên gọi khác (mục 2)',
    );
    const admin = await api.signIn('quantri');
    await refused(
      await admin.send('POST', '/api/users', {
        username: 'nul.user',
        displayName: 'Nguyễn\u0000Văn A',
        role: 'leader',
        password: 'Hoa-Sen-Ha-Long-2025',
      }),
      'Họ và tên',
    );
    // A NUL in a key is no better than in a value.
    expect((await body(await coordinator.send('POST', '/api/units', { ['na\u0000me']: 'x' }))).code).toBe(
      'INVALID_CHARACTERS',
    );
    expect(
      await api.database.db
        .select()
        .from(units)
        .then((rows) => rows.filter((u) => u.code === 'QT.NUL')),
    ).toEqual([]);
  });

  it('refuses a NUL in a query string and in a path parameter', async () => {
    await refused(await coordinator.get('/api/units?q=%00'), 'Từ khóa tìm kiếm');
    await refused(await coordinator.get('/api/assignments?q=b%C3%A1o%00c%C3%A1o'), 'Từ khóa tìm kiếm');
    const none = '00000000-0000-4000-8000-000000000000';
    await refused(await coordinator.get(`/api/scoring/rounds/${none}/units/${none}/entries/1.%001/history`), 'Mã');
  });

  it("refuses a NUL in an upload's file name", async () => {
    // The plan import keeps the file, under its name.
    await refused(
      await coordinator.upload(
        '/api/plan-imports?asOf=2025-01-15',
        new Blob(['KẾ HOẠCH CCHC NĂM 2025\n']),
        'ke-hoach\u0000.txt',
      ),
      'Tên tệp',
    );
    await refused(
      await coordinator.upload('/api/units/import', new Blob(['code,name,kind,level\n']), 'don-vi\u0000.csv'),
      'Tên tệp',
    );
  });

  it("refuses a lone surrogate in a report's content, and the report is unchanged", async () => {
    const [period] = await body(await reporter.get(`/api/plans/${planId}/periods`));
    const unitId = reporter.user.unitId!;
    const form = await body(await reporter.get(`/api/periods/${period.id}/units/${unitId}/report`));
    const content = {
      ...form.content,
      sections: { ...form.content.sections, achievements: `Đã hoàn thành \ud83d kế hoạch` },
    };
    await refused(
      await reporter.send('PUT', `/api/periods/${period.id}/units/${unitId}/report`, {
        version: form.version,
        content,
      }),
      'Kết quả đạt được',
    );
    const nul = { ...form.content, sections: { ...form.content.sections, proposals: 'Đề xuất\u0000' } };
    await refused(
      await reporter.send('PUT', `/api/periods/${period.id}/units/${unitId}/report`, {
        version: form.version,
        content: nul,
      }),
      'Đề xuất, kiến nghị',
    );
    expect((await body(await reporter.get(`/api/periods/${period.id}/units/${unitId}/report`))).version).toBe(
      form.version,
    );
  });
});

describe('the error log', () => {
  it("keeps an unexpected database error's code and route, not the content that was sent", async () => {
    const secret = 'Nội dung báo cáo mật của đơn vị 4f1c';
    // A real database error carrying the submitted text: drizzle puts the query's parameters in its message.
    const failure = await api.database.db
      .insert(units)
      .values({ code: 'QT.LOG', kind: 'other', level: 'province', name: `${secret}\u0000` })
      .then(() => null)
      .catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(`${failure!.message} ${String((failure as { cause?: unknown }).cause)}`).toContain(secret);

    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => void (lines.push(String(chunk)), done()) });
    const app = new Hono();
    app.post('/api/reports/:id', () => Promise.reject(failure!));
    app.onError(errorResponder(pino({ level: 'error' }, sink)));
    const response = await app.request(`/api/reports/${encodeURIComponent(secret)}?q=${encodeURIComponent(secret)}`, {
      method: 'POST',
      body: JSON.stringify({ content: secret }),
    });
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain(secret);
    expect(lines).toHaveLength(1);
    const logged = JSON.parse(lines[0]!);
    expect(logged).toMatchObject({
      level: 50,
      route: 'POST /api/reports/:id',
      code: expect.stringMatching(/^SQLSTATE /),
    });
    expect(lines[0]).not.toContain(secret);
    expect(lines[0]).not.toContain('4f1c');
  });
});
