import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignments,
  auditLog,
  indicatorValues,
  notifications,
  outboxEmails,
  unitReports,
  units,
  unitReportVersions,
  users,
} from '../../src/db/schema/index.js';
import { deliverOutbox } from '../../src/services/notifications/deliver-outbox.js';
import { runReminders } from '../../src/services/notifications/run-reminders.js';
import { byCodes } from '../../src/domain/text/code-order.js';
import { body, type Client, type TestApi } from '../support/api.js';
import { findAll, openDocx, textOf } from '../unit/writers/office-xml.js';
import { SMALL_PDF, withCommittedPlan } from '../support/plan.js';

let api: TestApi;
let coordinator: Client;
let camlo: Client;
let planId: string;
let unitId: string;
let periodId: string;

beforeAll(async () => {
  // After the 2025 reorganisation: the new communes exist and carry the plan's commune work.
  ({ api, coordinator, camlo, planId, camloUnitId: unitId } = await withCommittedPlan());
  const periods = await body(await coordinator.get(`/api/plans/${planId}/periods`));
  periodId = periods.find((p: { code: string }) => p.code === 'M9').id;
});
afterAll(() => api.close());

type Item = {
  assignmentId: string;
  status: string;
  progress: number;
  completedOn: string | null;
  reason: string | null;
  result: string;
  evidenceFileIds: string[];
};

describe("a commune's workspace", () => {
  it('lists what the unit leads, with due dates, by area and status; overdue once the date has passed', async () => {
    const page = await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead&pageSize=200`));
    expect(page.total).toBe(7);
    expect(
      page.items.every((a: { unitName: string; role: string }) => a.unitName === 'UBND xã Cam Lộ' && a.role === 'lead'),
    ).toBe(true);
    expect(page.counts).toMatchObject({ total: 7, overdue: 0, byStatus: { not_started: 7 } });
    // Same due date: in numbering order of area (I < II < … < VIII) and item number (3 < 10), as the database pages them.
    const codes = page.items.map((a: { area: string | null; number: string | null }) => [a.area, a.number]);
    expect(codes).toEqual([...codes].sort(byCodes((c) => c)));
    // "Cả năm 2025" and "Thường xuyên" both end with the plan year.
    expect(new Set(page.items.map((a: { dueOn: string }) => a.dueOn))).toEqual(new Set(['2025-12-31']));
    const areaIII = await body(await camlo.get(`/api/assignments?planId=${planId}&area=III&role=lead`));
    // In numbering order, not as text ('10' < '3').
    expect(areaIII.items.map((a: { number: string }) => a.number)).toEqual(['3', '7', '8', '10']);

    const now = api.clock.now;
    try {
      api.clock.now = new Date('2026-01-05T03:00:00Z');
      const nextYear = await api.signIn('camlo.baocao');
      const overdue = await body(await nextYear.get(`/api/assignments?planId=${planId}&due=overdue`));
      expect(overdue.total).toBe(7);
      expect(overdue.items.every((a: { overdue: boolean }) => a.overdue)).toBe(true);
    } finally {
      api.clock.now = now;
      // Signing in a year later ended the old (expired) session; sign in again in the present.
      camlo = await api.signIn('camlo.baocao');
    }
  });

  it('records progress with validation, evidence checked by content, and an issued document', async () => {
    const [first] = (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead&area=I`))).items;
    const wrong = await camlo.send('PATCH', `/api/assignments/${first.id}`, {
      version: first.version,
      status: 'done',
      progress: 60,
    });
    expect(wrong.status).toBe(422);
    expect((await body(wrong)).message).toContain('100%');
    const unknownStatus = await camlo.send('PATCH', `/api/assignments/${first.id}`, {
      version: first.version,
      status: 'xong',
      progress: 100,
    });
    expect(unknownStatus.status).toBe(400);
    expect((await body(unknownStatus)).message).toContain('Trạng thái không hợp lệ');
    const badDate = await camlo.send('PATCH', `/api/assignments/${first.id}`, {
      version: first.version,
      status: 'done',
      progress: 100,
      completedOn: '05/03/2025',
    });
    expect(badDate.status).toBe(400);

    const done = await body(
      await camlo.send('PATCH', `/api/assignments/${first.id}`, {
        version: first.version,
        status: 'done',
        progress: 100,
        completedOn: '2025-08-01',
        resultText: 'Đã ban hành Kế hoạch CCHC năm 2025 của xã.',
      }),
    );
    expect(done).toMatchObject({ status: 'done', progress: 100, completedOn: '2025-08-01' });

    const renamedExe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]);
    const refused = await camlo.upload(`/api/assignments/${first.id}/evidence`, new Blob([renamedExe]), 'ke-hoach.pdf');
    expect(refused.status).toBe(415);
    const withEvidence = await body(
      await camlo.upload(`/api/assignments/${first.id}/evidence`, new Blob([SMALL_PDF]), 'Kế hoạch CCHC xã Cam Lộ.pdf'),
    );
    expect(withEvidence.evidence).toHaveLength(1);
    const download = await camlo.get(`/api/evidence/${withEvidence.evidence[0].id}`);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(SMALL_PDF);

    const documented = await body(
      await camlo.send('POST', `/api/assignments/${first.id}/documents`, {
        numberSymbol: '15/KH-UBND',
        issuedOn: '2025-08-01',
        summary: 'Kế hoạch cải cách hành chính năm 2025',
      }),
    );
    expect(documented.documents[0]).toMatchObject({ numberSymbol: '15/KH-UBND', issuedOn: '2025-08-01' });

    const stale = await camlo.send('PATCH', `/api/assignments/${first.id}`, {
      version: first.version,
      status: 'in_progress',
      progress: 50,
    });
    expect(stale.status).toBe(409);
  });

  it("keeps another commune's reporter out of this unit's work, even by guessing ids", async () => {
    const dongha = await api.signIn('dongha.baocao');
    const [first] = (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead&area=I`))).items;
    expect((await dongha.get(`/api/assignments/${first.id}`)).status).toBe(403);
    expect(
      (
        await dongha.send('PATCH', `/api/assignments/${first.id}`, {
          version: first.version,
          status: 'in_progress',
          progress: 10,
        })
      ).status,
    ).toBe(403);
    const evidenceId = (await body(await camlo.get(`/api/assignments/${first.id}`))).evidence[0].id;
    expect((await dongha.get(`/api/evidence/${evidenceId}`)).status).toBe(403);
    expect((await dongha.get(`/api/periods/${periodId}/units/${unitId}/report`)).status).toBe(403);
    const own = await body(await dongha.get(`/api/assignments?unitId=${unitId}&pageSize=5`));
    expect(own.items.every((a: { unitName: string }) => a.unitName === 'UBND phường Đông Hà')).toBe(true);
  });
});

describe('the quarterly report: submit, return, fix, resubmit, accept', () => {
  let report: {
    version: number;
    content: {
      items: Item[];
      indicators: {
        indicatorId: string;
        value: number | null;
        numerator?: number | null;
        denominator?: number | null;
        note: string;
      }[];
      sections: Record<string, string>;
    };
    indicators: { id: string; entry: 'figure' | 'counts' | 'value' }[];
    status: string;
    assignments: { id: string; area: string | null; number: string | null; resultText: string }[];
  };
  const TASK_RESULT = 'Đã ban hành Kế hoạch CCHC năm 2025 của xã.';
  const firstOfAreaI = async () =>
    (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead&area=I`))).items[0] as {
      id: string;
      version: number;
    };

  it('opens a blank form that carries the recorded statuses, and saves it', async () => {
    report = await body(await camlo.get(`/api/periods/${periodId}/units/${unitId}/report`));
    expect(report).toMatchObject({ status: 'draft', version: 0 });
    expect(report.content.items.length).toBeGreaterThan(5);
    expect(report.content.items.some((i) => i.status === 'done')).toBe(true);
    expect(report.content.indicators.length).toBeGreaterThan(0);
    // Codes in numbering order (III.3 before III.10), not as text.
    expect(report.assignments.filter((a) => a.area === 'III').map((a) => a.number)).toEqual(['3', '7', '8', '10']);
    const saved = await camlo.send('PUT', `/api/periods/${periodId}/units/${unitId}/report`, {
      version: 0,
      content: {
        ...report.content,
        sections: { ...report.content.sections, achievements: 'Ban hành kế hoạch CCHC của xã.' },
      },
    });
    expect(saved.status).toBe(200);
    report = await body(saved);
    expect(report.version).toBe(1);
    const stale = await camlo.send('PUT', `/api/periods/${periodId}/units/${unitId}/report`, {
      version: 0,
      content: report.content,
    });
    expect(stale.status).toBe(409);
  });

  it('starts from what was written on the task page: result text and evidence, so nobody types them twice', async () => {
    const first = await firstOfAreaI();
    const item = report.content.items.find((i) => i.assignmentId === first.id)!;
    expect(item).toMatchObject({ status: 'done', progress: 100, result: TASK_RESULT });
    expect(item.evidenceFileIds).toHaveLength(1);
  });

  it("puts the task's result and the document it issued in the unit's Word report", async () => {
    const response = await camlo.get(`/api/periods/${periodId}/units/${unitId}/report/docx`);
    expect(response.status).toBe(200);
    const doc = await openDocx(Buffer.from(await response.arrayBuffer()));
    const resultsTable = findAll(doc.body, 'w:tbl')
      .map(textOf)
      .find((t) => t.includes('Kết quả, sản phẩm'))!;
    expect(resultsTable).toContain(TASK_RESULT);
    expect(resultsTable).toContain('Văn bản số 15/KH-UBND ngày 01/08/2025');
  });

  it('fills in a result written on the task after the report was saved, and keeps what the unit wrote in the report', async () => {
    const later = report.assignments.find((a) => a.area === 'III' && a.number === '3')!;
    const [task] = (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead&area=III`))).items;
    expect(task.id).toBe(later.id);
    const patched = await camlo.send('PATCH', `/api/assignments/${later.id}`, {
      version: task.version,
      status: 'in_progress',
      progress: 40,
      resultText: 'Đã tổ chức 2 hội nghị tuyên truyền.',
    });
    expect(patched.status).toBe(200);
    report = await body(await camlo.get(`/api/periods/${periodId}/units/${unitId}/report`));
    expect(report.content.items.find((i) => i.assignmentId === later.id)!.result).toBe(
      'Đã tổ chức 2 hội nghị tuyên truyền.',
    );
    // An edit made in the report stays the report's; the form also shows the task's own text beside it.
    const first = await firstOfAreaI();
    const edited = {
      ...report.content,
      items: report.content.items.map((i) =>
        i.assignmentId === first.id ? { ...i, result: `${TASK_RESULT} Đã tuyên truyền trên cổng thông tin.` } : i,
      ),
    };
    report = await body(
      await camlo.send('PUT', `/api/periods/${periodId}/units/${unitId}/report`, {
        version: report.version,
        content: edited,
      }),
    );
    expect(report.content.items.find((i) => i.assignmentId === first.id)!.result).toBe(
      `${TASK_RESULT} Đã tuyên truyền trên cổng thông tin.`,
    );
    expect(report.assignments.find((a) => a.id === first.id)!.resultText).toBe(TASK_RESULT);
    // Written on the task after this save, never saved in the report: the submission still carries it (next test).
    const seventh = report.assignments.find((a) => a.area === 'III' && a.number === '7')!;
    const [task7] = (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead&area=III`))).items.filter(
      (a: { id: string }) => a.id === seventh.id,
    );
    expect(
      (
        await camlo.send('PATCH', `/api/assignments/${seventh.id}`, {
          version: task7.version,
          status: 'in_progress',
          progress: 20,
          resultText: 'Đã rà soát 12 TTHC.',
        })
      ).status,
    ).toBe(200);
  });

  it('refuses content the unit does not owe and statuses that do not fit', async () => {
    const foreign = {
      ...report.content,
      items: [
        ...report.content.items,
        { ...report.content.items[0]!, assignmentId: '00000000-0000-4000-8000-000000000001' },
      ],
    };
    const notOwed = await camlo.send('PUT', `/api/periods/${periodId}/units/${unitId}/report`, {
      version: report.version,
      content: foreign,
    });
    expect(notOwed.status).toBe(422);
    const badItem = {
      ...report.content,
      items: report.content.items.map((i, n) =>
        n === 1 ? { ...i, status: 'not_feasible', progress: 0, reason: null } : i,
      ),
    };
    const noReason = await camlo.send('PUT', `/api/periods/${periodId}/units/${unitId}/report`, {
      version: report.version,
      content: badItem,
    });
    expect(noReason.status).toBe(422);
    expect((await body(noReason)).message).toMatch(/lý do/i);
  });

  it('goes through the review loop, keeping every version', async () => {
    const value = report.content.indicators[0]!;
    const withValue = {
      ...report.content,
      // A rate target takes the unit's two counts (17/20 = 85%), never a typed percentage; a count its value.
      indicators: report.content.indicators.map((i) =>
        i === value
          ? report.indicators.find((t) => t.id === i.indicatorId)?.entry === 'counts'
            ? { ...i, value: null, numerator: 17, denominator: 20 }
            : { ...i, value: 85 }
          : i,
      ),
    };
    report = await body(
      await camlo.send('PUT', `/api/periods/${periodId}/units/${unitId}/report`, {
        version: report.version,
        content: withValue,
      }),
    );
    report = await body(
      await camlo.send('POST', `/api/periods/${periodId}/units/${unitId}/report/submit`, { version: report.version }),
    );
    expect(report.status).toBe('submitted');
    expect(
      (
        await camlo.send('PUT', `/api/periods/${periodId}/units/${unitId}/report`, {
          version: report.version,
          content: report.content,
        })
      ).status,
    ).toBe(409);
    const [figure] = await api.database.db.select().from(indicatorValues).where(eq(indicatorValues.unitId, unitId));
    expect(figure).toMatchObject({ value: 85, source: 'report' });

    const noComment = await coordinator.send('POST', `/api/periods/${periodId}/units/${unitId}/report/return`, {
      version: report.version,
    });
    expect(noComment.status).toBe(422);
    const firstItem = report.content.items[0]!.assignmentId;
    report = await body(
      await coordinator.send('POST', `/api/periods/${periodId}/units/${unitId}/report/return`, {
        version: report.version,
        overallComment: 'Bổ sung kết quả tuyên truyền.',
        itemComments: [{ itemKey: firstItem, comment: 'Ghi rõ số, ngày kế hoạch.' }],
      }),
    );
    expect(report.status).toBe('returned');
    const asSeenByUnit = await body(await camlo.get(`/api/periods/${periodId}/units/${unitId}/report`));
    expect(asSeenByUnit.lastReturn).toMatchObject({
      overallComment: 'Bổ sung kết quả tuyên truyền.',
      itemComments: [{ itemKey: firstItem }],
    });
    const [notice] = await api.database.db.select().from(notifications).where(eq(notifications.kind, 'report_return'));
    expect(notice!.title).toBe('Báo cáo 9 tháng đầu năm 2025 của UBND xã Cam Lộ: Bị trả lại, cần bổ sung');

    const fixed = {
      ...report.content,
      sections: {
        ...report.content.sections,
        achievements: 'Ban hành Kế hoạch 15/KH-UBND ngày 01/8/2025; tuyên truyền 3 buổi.',
      },
    };
    report = await body(
      await camlo.send('PUT', `/api/periods/${periodId}/units/${unitId}/report`, {
        version: report.version,
        content: fixed,
      }),
    );
    report = await body(
      await camlo.send('POST', `/api/periods/${periodId}/units/${unitId}/report/submit`, { version: report.version }),
    );
    expect(report).toMatchObject({ status: 'submitted', submissionCount: 2 });
    expect(
      (
        await coordinator.send('POST', `/api/periods/${periodId}/units/${unitId}/report/accept`, {
          version: report.version - 1,
        })
      ).status,
    ).toBe(409);
    report = await body(
      await coordinator.send('POST', `/api/periods/${periodId}/units/${unitId}/report/accept`, {
        version: report.version,
      }),
    );
    expect(report.status).toBe('accepted');
    expect(
      (
        await camlo.send('PUT', `/api/periods/${periodId}/units/${unitId}/report`, {
          version: report.version,
          content: report.content,
        })
      ).status,
    ).toBe(409);

    const versions = await body(await coordinator.get(`/api/periods/${periodId}/units/${unitId}/report/versions`));
    expect(versions.map((v: { action: string }) => v.action)).toEqual(['submit', 'return', 'submit', 'accept']);
    const diff = await body(
      await coordinator.get(`/api/periods/${periodId}/units/${unitId}/report/compare?from=1&to=3`),
    );
    expect(JSON.stringify(diff)).toContain('tuyên truyền 3 buổi');

    const noReason = await coordinator.send('POST', `/api/periods/${periodId}/units/${unitId}/report/reopen`, {
      version: report.version,
      reason: '',
    });
    expect(noReason.status).toBe(400);
    report = await body(
      await coordinator.send('POST', `/api/periods/${periodId}/units/${unitId}/report/reopen`, {
        version: report.version,
        reason: 'Số liệu chỉ tiêu cần điều chỉnh theo cổng DVC.',
      }),
    );
    expect(report.status).toBe('returned');
    const audit = await api.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entity, 'unit_report'));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'unitReport.create',
        'unitReport.save',
        'unitReport.submit',
        'unitReport.return',
        'unitReport.accept',
        'unitReport.reopen',
      ]),
    );
  });

  it('counts expected, received and accepted reports, on time, and who has not reported', async () => {
    const leader = await api.signIn('lanhdao');
    const completeness = await body(await leader.get(`/api/periods/${periodId}/completeness`));
    expect(completeness.expected).toBeGreaterThan(10);
    expect(completeness.received).toBe(1);
    expect(completeness.onTime).toBe(1);
    expect(completeness.missing.map((u: { name: string }) => u.name)).toContain('UBND phường Đông Hà');
    const communes = await body(await leader.get(`/api/periods/${periodId}/completeness?kind=commune`));
    expect(communes.entries.every((e: { unitName: string }) => /xã|phường|đặc khu/.test(e.unitName))).toBe(true);
    expect((await camlo.get(`/api/periods/${periodId}/completeness`)).status).toBe(403);
  });
});

describe('bad input', () => {
  it('refuses an oversized evidence file and any change to a locked period, changing nothing', async () => {
    const [work] = (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead`))).items;
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(SMALL_PDF);
    const tooBig = await camlo.upload(`/api/assignments/${work.id}/evidence`, new Blob([big]), 'bien-ban.pdf');
    // One limit, named the same everywhere (item 17): refused at the edge with 413, naming 20 MB.
    expect(tooBig.status).toBe(413);
    expect((await body(tooBig)).message).toContain('vượt quá giới hạn 20 MB');
    const huge = await camlo.upload(
      `/api/assignments/${work.id}/evidence`,
      new Blob([new Uint8Array(26 * 1024 * 1024)]),
      'rat-lon.pdf',
    );
    expect(huge.status).toBe(413);
    const evidenceBefore = (await body(await camlo.get(`/api/assignments/${work.id}`))).evidence.length;

    const periods = await body(await coordinator.get(`/api/plans/${planId}/periods`));
    const q1 = periods.find((p: { code: string }) => p.code === 'Q1');
    expect(
      (await coordinator.send('POST', `/api/periods/${q1.id}/close`, { reason: 'Hết hạn tổng hợp quý I' })).status,
    ).toBe(200);
    const form = await body(await camlo.get(`/api/periods/${q1.id}/units/${unitId}/report`));
    expect(form.allowedActions).toEqual([]);
    const locked = await camlo.send('PUT', `/api/periods/${q1.id}/units/${unitId}/report`, {
      version: 0,
      content: form.content,
    });
    expect(locked.status).toBe(409);
    expect((await body(locked)).message).toContain('Quý I/2025');
    expect((await body(await camlo.get(`/api/periods/${q1.id}/units/${unitId}/report`))).version).toBe(0);
    expect((await body(await camlo.get(`/api/assignments/${work.id}`))).evidence.length).toBe(evidenceBefore);
  });
});

describe('targets', () => {
  it('shows each target with the figure units reported, its status and trend; the coordinator enters a province-wide figure', async () => {
    const leader = await api.signIn('lanhdao');
    const before = await body(await leader.get(`/api/plans/${planId}/indicators?periodId=${periodId}`));
    const reported = before.find((i: { units: { reported: number } }) => i.units.reported > 0);
    // One unit's 85% is that unit's figure, not the province's: no province figure, so no verdict.
    expect(reported.series).toEqual([]);
    expect(reported.status).toBeNull();
    expect(reported.units.values).toEqual([expect.objectContaining({ value: 85 })]);
    const target = before.find(
      (i: { unit: string; level: string | null }) => i.unit === '%' && (i.level === 'province' || i.level === null),
    );
    const noSource = await coordinator.send('PUT', `/api/indicators/${target.id}/value`, {
      periodId,
      value: 97.5,
      note: '',
    });
    expect(noSource.status).toBe(400);
    const outOfRange = await coordinator.send('PUT', `/api/indicators/${target.id}/value`, {
      periodId,
      value: 120,
      note: 'Cổng DVC quốc gia',
    });
    expect(outOfRange.status).toBe(422);
    const evidencePath = `/api/indicators/${target.id}/value/evidence?periodId=${periodId}`;
    expect((await body(await coordinator.upload(evidencePath, new Blob([SMALL_PDF]), 'trich-xuat.pdf'))).code).toBe(
      'NO_INDICATOR_VALUE',
    );
    expect(
      (
        await coordinator.send('PUT', `/api/indicators/${target.id}/value`, {
          periodId,
          value: 97.5,
          note: 'Cổng Dịch vụ công quốc gia, trích xuất ngày 15/9/2025',
        })
      ).status,
    ).toBe(200);
    const disguised = await coordinator.upload(evidencePath, new Blob(['MZ not a pdf']), 'trich-xuat.pdf');
    expect(disguised.status).toBe(415);
    expect((await leader.get(evidencePath)).status).toBe(404);
    const attached = await coordinator.upload(evidencePath, new Blob([SMALL_PDF]), 'Trích xuất Cổng DVC.pdf');
    expect(attached.status).toBe(201);
    expect((await body(attached)).evidence).toEqual({
      fileName: 'Trích xuất Cổng DVC.pdf',
      sizeBytes: SMALL_PDF.length,
    });
    const download = await leader.get(evidencePath);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(Buffer.from(SMALL_PDF));
    // Correcting the figure keeps its evidence.
    expect(
      (
        await body(
          await coordinator.send('PUT', `/api/indicators/${target.id}/value`, {
            periodId,
            value: 98,
            note: 'Cổng Dịch vụ công quốc gia, trích xuất ngày 16/9/2025',
          }),
        )
      ).evidence?.fileName,
    ).toBe('Trích xuất Cổng DVC.pdf');
    const after = (await body(await leader.get(`/api/plans/${planId}/indicators?periodId=${periodId}`))).find(
      (i: { id: string }) => i.id === target.id,
    );
    expect(after.series.at(-1)).toMatchObject({ value: 98, source: 'coordinator' });
    expect(after.coordinatorValue).toMatchObject({ value: 98, evidence: { fileName: 'Trích xuất Cổng DVC.pdf' } });
    expect(after.statusLabel).toMatch(/Đạt|Chưa đạt|Có nguy cơ/);
    expect(
      (await leader.send('PUT', `/api/indicators/${target.id}/value`, { periodId, value: 1, note: 'Lãnh đạo sửa' }))
        .status,
    ).toBe(403);
  });
});

describe('reminders', () => {
  it('reminds late units in-app and by e-mail once, keeps e-mail until the server takes it, and retries with back-off', async () => {
    await api.database.db
      .update(users)
      .set({ email: 'dongha@quangtri.gov.vn' })
      .where(eq(users.username, 'dongha.baocao'));
    api.clock.now = new Date('2025-09-15T01:00:00Z');
    coordinator = await api.signIn('snv.cchc');
    const first = await runReminders(api.database.db, api.clock.now);
    expect(first.inApp).toBeGreaterThan(0);
    expect(first.email).toBeGreaterThan(0);
    expect(await runReminders(api.database.db, api.clock.now)).toEqual({ inApp: 0, email: 0 });

    const manual = await body(await coordinator.send('POST', `/api/periods/${periodId}/remind`));
    expect(manual.units).toBeGreaterThan(10);

    const down = {
      send: async () => {
        throw new Error('ECONNREFUSED 127.0.0.1:25');
      },
    };
    const failed = await deliverOutbox(api.database.db, down, api.clock.now);
    expect(failed.sent).toBe(0);
    const kept = await api.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, 'dongha@quangtri.gov.vn'));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((mail) => mail.sentAt === null)).toBe(true);
    const tried = kept.filter((mail) => mail.attempts === 1);
    expect(tried.length).toBe(Math.min(20, kept.length));
    expect(
      tried.every((mail) => mail.lastError === 'ECONNREFUSED 127.0.0.1:25' && mail.nextAttemptAt > api.clock.now),
    ).toBe(true);

    const delivered: string[] = [];
    const up = {
      send: async (mail: { to: string; subject: string }) => void delivered.push(`${mail.to}: ${mail.subject}`),
    };
    await deliverOutbox(api.database.db, up, api.clock.now);
    expect(delivered).toEqual([]); // not before its back-off has passed
    const later = new Date(api.clock.now.getTime() + 3 * 60_000);
    while ((await deliverOutbox(api.database.db, up, later)).sent > 0);
    expect(delivered.filter((d) => d.startsWith('dongha@quangtri.gov.vn: '))).toHaveLength(kept.length);
    expect(
      (
        await api.database.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, 'dongha@quangtri.gov.vn'))
      ).every((mail) => mail.sentAt !== null),
    ).toBe(true);
    const donghaNotices = await api.database.db
      .select()
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(and(eq(users.username, 'dongha.baocao')));
    expect(donghaNotices.length).toBeGreaterThan(0);
  });

  it('says how many late units were reminded and names those with no reporter account or no e-mail', async () => {
    const result = await body(await coordinator.send('POST', `/api/periods/${periodId}/remind`));
    const named = (list: { name: string }[]) => list.map((u) => u.name);
    expect(result.reminded + result.withoutAccount.length).toBe(result.units);
    expect(result.withoutAccount.length).toBeGreaterThan(0);
    expect(
      result.withoutAccount.every((u: { name: string }) => u.name.length > 0 && !/^[0-9a-f-]{36}$/.test(u.name)),
    ).toBe(true);
    expect(result.emails).toBeGreaterThan(0); // Đông Hà's reporter has an address
    const [dongha] = await api.database.db
      .select({ name: units.name })
      .from(units)
      .innerJoin(users, eq(users.unitId, units.id))
      .where(eq(users.username, 'dongha.baocao'));
    expect(named(result.withoutAccount)).not.toContain(dongha!.name);
    expect(named(result.withoutEmail)).not.toContain(dongha!.name);
    const withReporters = await api.database.db
      .selectDistinct({ name: units.name })
      .from(units)
      .innerJoin(users, eq(users.unitId, units.id))
      .where(eq(users.role, 'reporter'));
    expect(named(result.withoutAccount).filter((name) => withReporters.some((u) => u.name === name))).toEqual([]);
  });
});

describe('what a submission wrote through', () => {
  it('updated the assignments and kept the report history rows', async () => {
    const rows = await api.database.db.select().from(unitReports).where(eq(unitReports.unitId, unitId));
    expect(rows).toHaveLength(1);
    expect((await api.database.db.select().from(unitReportVersions)).length).toBe(5);
    const finished = await api.database.db
      .select()
      .from(assignments)
      .where(and(eq(assignments.unitId, unitId), eq(assignments.status, 'done')));
    expect(finished.length).toBeGreaterThan(0);
    const [firstSubmission] = await api.database.db
      .select()
      .from(unitReportVersions)
      .where(eq(unitReportVersions.action, 'submit'))
      .orderBy(unitReportVersions.number)
      .limit(1);
    expect(firstSubmission!.content.items.some((i) => i.result === 'Đã rà soát 12 TTHC.')).toBe(true);
    // The report's edited result became the task's; the task's earlier text is kept in the audit log.
    const edited = finished.find((a) => a.resultText?.endsWith('Đã tuyên truyền trên cổng thông tin.'));
    expect(edited).toBeDefined();
    const trail = await api.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'assignment'), eq(auditLog.entityId, edited!.id)));
    expect(
      trail.some(
        (row) =>
          (row.before as { resultText?: string } | null)?.resultText === 'Đã ban hành Kế hoạch CCHC năm 2025 của xã.',
      ),
    ).toBe(true);
  });
});
