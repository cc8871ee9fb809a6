/**
 * Targets and their figures over HTTP (issue 11, item 2): who may link a target to a catalogue figure, a
 * unit's counts for a rate target (its own unit only; the value computed, never typed), and bad input
 * answered in Vietnamese naming the field, never with a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, type Client, type TestApi } from '../support/api.js';
import { SMALL_PDF, withCommittedPlan } from '../support/plan.js';

let api: TestApi;
let coordinator: Client;
let camlo: Client;
let planId: string;
let camloId: string;
let periodId: string;

interface FormLine {
  id: string;
  subject: string;
  entry: 'figure' | 'counts' | 'value';
  countLabels: { numerator: string; denominator: string } | null;
}
interface Form {
  version: number;
  content: { indicators: { indicatorId: string; value: number | null; numerator?: number | null }[] };
  indicators: FormLine[];
}

beforeAll(async () => {
  ({ api, coordinator, camlo, planId, camloUnitId: camloId } = await withCommittedPlan());
  const periods = await body(await coordinator.get(`/api/plans/${planId}/periods`));
  periodId = periods.find((p: { code: string }) => p.code === 'H1').id;
});
afterAll(() => api.close());

const reportPath = () => `/api/periods/${periodId}/units/${camloId}/report`;
const withCounts = (form: Form, line: FormLine, counts: Record<string, unknown>) => ({
  ...form.content,
  indicators: form.content.indicators.map((v) => (v.indicatorId === line.id ? { ...v, ...counts } : v)),
});

describe('linking a target to a figure', () => {
  it('is refused to a reporter and a leader (403 with the policy’s words), done by the coordinator', async () => {
    const targets = await body(await coordinator.get(`/api/plans/${planId}/indicators?periodId=${periodId}`));
    const suggested = targets.find((t: { figure: { status: string | null } }) => t.figure.status === 'suggested');
    expect(suggested.figure).toMatchObject({ status: 'suggested', name: { vi: expect.any(String) } });
    const path = `/api/indicators/${suggested.id}/figure`;
    for (const username of ['camlo.baocao', 'lanhdao']) {
      const refused = await (await api.signIn(username)).send('PUT', path, { figureKey: suggested.figure.key });
      expect(refused.status).toBe(403);
      expect(await body(refused)).toMatchObject({
        code: 'FORBIDDEN',
        message: expect.stringContaining('gắn chỉ tiêu với số liệu theo dõi'),
      });
    }
    const unknown = await coordinator.send('PUT', path, { figureKey: 'dossiers.khong_co' });
    expect(unknown.status).toBe(400);
    expect((await body(unknown)).message).toContain('không có trong danh mục số liệu');
    const confirmed = await coordinator.send('PUT', path, { figureKey: suggested.figure.key });
    expect(confirmed.status).toBe(200);
    expect(await body(confirmed)).toMatchObject({ key: suggested.figure.key, status: 'confirmed' });
    const after = (await body(await coordinator.get(`/api/plans/${planId}/indicators?periodId=${periodId}`))).find(
      (t: { id: string }) => t.id === suggested.id,
    );
    expect(after.figure).toMatchObject({ status: 'confirmed', linkedBy: expect.any(String) });
    expect(after.province).toMatchObject({ source: 'catalogue' });
  });
});

describe("a unit's counts for a rate target", () => {
  it('give 45/50 = 90%, whatever percentage is typed beside them', async () => {
    const form: Form = await body(await camlo.get(reportPath()));
    const line = form.indicators.find((i) => i.entry === 'counts')!;
    expect(line.countLabels).toMatchObject({ numerator: expect.stringMatching(/^Tử số/) });
    const saved = await camlo.send('PUT', reportPath(), {
      version: form.version,
      content: withCounts(form, line, { value: 12, numerator: 45, denominator: 50 }),
    });
    expect(saved.status).toBe(200);
    const report: Form = await body(saved);
    expect(report.content.indicators.find((v) => v.indicatorId === line.id)).toMatchObject({
      value: 90,
      numerator: 45,
      denominator: 50,
    });
  });

  it('refuse a numerator above the denominator and "60,5" sent as text, in Vietnamese naming the field', async () => {
    const form: Form = await body(await camlo.get(reportPath()));
    const line = form.indicators.find((i) => i.entry === 'counts')!;
    const above = await camlo.send('PUT', reportPath(), {
      version: form.version,
      content: withCounts(form, line, { numerator: 51, denominator: 50 }),
    });
    expect(above.status).toBe(422);
    const refusal = await body(above);
    expect(refusal.code).toBe('INVALID_REPORT');
    expect(refusal.message).toContain(`Chỉ tiêu "${line.subject}"`);
    expect(refusal.message).toContain('không được lớn hơn');
    // The form reads "60,5" as 60.5 before sending (NumberField); the API takes numbers only, and says so.
    const text = await camlo.send('PUT', reportPath(), {
      version: form.version,
      content: withCounts(form, line, { numerator: '60,5', denominator: 121 }),
    });
    expect(text.status).toBe(400);
    const textRefusal = await body(text);
    expect(textRefusal.code).toBe('VALIDATION_FAILED');
    expect(textRefusal.message).toContain('Tử số');
    // Nothing changed.
    const unchanged: Form = await body(await camlo.get(reportPath()));
    expect(unchanged.content.indicators.find((v) => v.indicatorId === line.id)).toMatchObject({ value: 90 });
  });

  it("cannot be given by another unit's reporter", async () => {
    const form: Form = await body(await camlo.get(reportPath()));
    const line = form.indicators.find((i) => i.entry === 'counts')!;
    const dongha = await api.signIn('dongha.baocao');
    const refused = await dongha.send('PUT', reportPath(), {
      version: form.version,
      content: withCounts(form, line, { numerator: 1, denominator: 50 }),
    });
    expect(refused.status).toBe(403);
    expect((await body(refused)).code).toBe('FORBIDDEN');
    const unchanged: Form = await body(await camlo.get(reportPath()));
    expect(unchanged.content.indicators.find((v) => v.indicatorId === line.id)).toMatchObject({ numerator: 45 });
  });

  it('carry their evidence: a file the unit uploads for the target, read by those who read the unit', async () => {
    const form: Form = await body(await camlo.get(reportPath()));
    const line = form.indicators.find((i) => i.entry === 'counts')!;
    const evidencePath = `${reportPath()}/indicators/${line.id}/evidence`;
    const dongha = await api.signIn('dongha.baocao');
    const foreign = await dongha.upload(evidencePath, new Blob([SMALL_PDF]), 'so-theo-doi.pdf');
    expect(foreign.status).toBe(403);
    expect((await body(foreign)).code).toBe('FORBIDDEN');
    const uploaded = await camlo.upload(evidencePath, new Blob([SMALL_PDF]), 'Sổ theo dõi hồ sơ.pdf');
    expect(uploaded.status).toBe(201);
    const file = await body(uploaded);
    expect(file).toMatchObject({ fileName: 'Sổ theo dõi hồ sơ.pdf', sizeBytes: SMALL_PDF.length });
    const saved: Form = await body(
      await camlo.send('PUT', reportPath(), {
        version: form.version,
        content: withCounts(form, line, { evidenceFileId: file.fileId, evidenceFileName: 'tên khác.pdf' }),
      }),
    );
    expect(saved.content.indicators.find((v) => v.indicatorId === line.id)).toMatchObject({
      evidenceFileId: file.fileId,
      evidenceFileName: 'Sổ theo dõi hồ sơ.pdf',
    });
    const download = `${evidencePath}?fileId=${file.fileId}`;
    expect((await dongha.get(download)).status).toBe(403);
    const leader = await api.signIn('lanhdao');
    const got = await leader.get(download);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer())).toEqual(Buffer.from(SMALL_PDF));

    // A file another unit uploaded (for its own report) cannot be named as this unit's evidence.
    const donghaId = (await body(await dongha.get('/api/auth/me'))).user.unitId as string;
    const donghaForm: Form = await body(await dongha.get(`/api/periods/${periodId}/units/${donghaId}/report`));
    const donghaLine = donghaForm.indicators[0];
    if (donghaLine) {
      const theirs = await body(
        await dongha.upload(
          `/api/periods/${periodId}/units/${donghaId}/report/indicators/${donghaLine.id}/evidence`,
          new Blob([SMALL_PDF]),
          'cua-dong-ha.pdf',
        ),
      );
      const refused = await camlo.send('PUT', reportPath(), {
        version: saved.version,
        content: withCounts(saved, line, { evidenceFileId: theirs.fileId }),
      });
      expect(refused.status).toBe(422);
      expect((await body(refused)).message).toContain('Tệp minh chứng của số liệu');
    }
  });
});
