import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignmentEvidence, auditLog, storedFiles } from '../../src/db/schema/index.js';
import { body, type Client, type TestApi } from '../support/api.js';
import { SMALL_PDF, withCommittedPlan } from '../support/plan.js';

// A wrongly uploaded evidence file is withdrawn with a reason: kept (row, file, audit), no longer listed or
// counted; only the unit's reporters and the coordinators may, and not once an accepted report cites it.
let api: TestApi;
let coordinator: Client;
let camlo: Client;
let planId: string;
let unitId: string;
let assignmentId: string;

const upload = async (name: string) => {
  const detail = await body(
    await camlo.upload(`/api/assignments/${assignmentId}/evidence`, new Blob([SMALL_PDF, name]), name),
  );
  return detail.evidence.find((e: { fileName: string }) => e.fileName === name) as { id: string; fileId: string };
};
const withdraw = (client: Client, evidenceId: string, reason = 'Tải nhầm tệp của nhiệm vụ khác.') =>
  client.send('POST', `/api/evidence/${evidenceId}/withdraw`, { reason });

beforeAll(async () => {
  ({ api, coordinator, camlo, planId, camloUnitId: unitId } = await withCommittedPlan());
  assignmentId = (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead`))).items[0].id;
});
afterAll(() => api.close());

describe('withdrawing an evidence file', () => {
  it('is refused to another unit’s reporter and to a leader, changing nothing', async () => {
    const file = await upload('nham-don-vi.pdf');
    const other = await withdraw(await api.signIn('dongha.baocao'), file.id);
    expect(other.status).toBe(403);
    // Refused by the withdrawal rule itself, checked before the file or its assignment is read.
    expect(await body(other)).toEqual({
      code: 'FORBIDDEN',
      message: 'Bạn không có quyền thực hiện rút tệp minh chứng của đơn vị khác.',
    });
    const leader = await withdraw(await api.signIn('lanhdao'), file.id);
    expect(leader.status).toBe(403);
    expect((await body(leader)).message).toBe('Bạn không có quyền thực hiện rút tệp minh chứng của đơn vị khác.');
    const [row] = await api.database.db.select().from(assignmentEvidence).where(eq(assignmentEvidence.id, file.id));
    expect(row!.archivedAt).toBeNull();
  });

  it('asks for a reason, then archives the row: no longer listed or counted, kept in history, file and audit kept', async () => {
    const file = await upload('nham-tep.pdf');
    const countOf = async () =>
      (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead`))).items.find(
        (a: { id: string }) => a.id === assignmentId,
      ).evidenceCount as number;
    const before = await countOf();
    const noReason = await camlo.send('POST', `/api/evidence/${file.id}/withdraw`, { reason: ' ' });
    expect(noReason.status).toBe(400);

    const response = await withdraw(camlo, file.id);
    expect(response.status).toBe(200);
    const detail = await body(response);
    expect(detail.evidence.map((e: { id: string }) => e.id)).not.toContain(file.id);
    expect(detail.withdrawnEvidence).toEqual([
      expect.objectContaining({
        id: file.id,
        fileName: 'nham-tep.pdf',
        reason: 'Tải nhầm tệp của nhiệm vụ khác.',
        withdrawnByName: 'Võ Văn Bình (UBND xã Cam Lộ)',
      }),
    ]);
    expect(await countOf()).toBe(before - 1);

    const [row] = await api.database.db.select().from(assignmentEvidence).where(eq(assignmentEvidence.id, file.id));
    expect(row).toMatchObject({ archiveReason: 'Tải nhầm tệp của nhiệm vụ khác.', archivedBy: camlo.user.id });
    const [stored] = await api.database.db.select().from(storedFiles).where(eq(storedFiles.id, file.fileId));
    expect(await api.files.get(stored!.storageKey)).toBeTruthy();
    const [audit] = await api.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'assignment.withdrawEvidence'), eq(auditLog.entityId, assignmentId)));
    expect(audit).toMatchObject({
      actorId: camlo.user.id,
      reason: 'Tải nhầm tệp của nhiệm vụ khác.',
      before: { evidenceId: file.id, fileName: 'nham-tep.pdf' },
    });

    const again = await withdraw(camlo, file.id);
    expect(again.status).toBe(409);
    expect((await body(again)).code).toBe('EVIDENCE_WITHDRAWN');
  });

  it('drops a withdrawn file from a draft report that cited it, and refuses once an accepted report cites a file', async () => {
    const periods = await body(await coordinator.get(`/api/plans/${planId}/periods`));
    const periodId = periods.find((p: { code: string }) => p.code === 'M9').id;
    const reportPath = `/api/periods/${periodId}/units/${unitId}/report`;
    const cited = await upload('bien-ban.pdf');
    const wrong = await upload('tai-nham.pdf');
    const form = await body(await camlo.get(reportPath));
    const content = {
      ...form.content,
      items: form.content.items.map((i: { assignmentId: string }) =>
        i.assignmentId === assignmentId ? { ...i, evidenceFileIds: [cited.fileId, wrong.fileId] } : i,
      ),
    };
    let report = await body(await camlo.send('PUT', reportPath, { version: 0, content }));

    // Withdrawn while the draft cites it: saving the same form again still works, without the file.
    expect((await withdraw(coordinator, wrong.id, 'Đơn vị báo tải nhầm.')).status).toBe(200);
    const resaved = await camlo.send('PUT', reportPath, { version: report.version, content });
    expect(resaved.status).toBe(200);
    report = await body(resaved);
    expect(
      report.content.items.find((i: { assignmentId: string }) => i.assignmentId === assignmentId).evidenceFileIds,
    ).toEqual([cited.fileId]);

    report = await body(await camlo.send('POST', `${reportPath}/submit`, { version: report.version }));
    report = await body(await coordinator.send('POST', `${reportPath}/accept`, { version: report.version }));
    expect(report.status).toBe('accepted');
    for (const client of [camlo, coordinator]) {
      const locked = await withdraw(client, cited.id);
      expect(locked.status).toBe(409);
      expect(await body(locked)).toEqual({
        code: 'EVIDENCE_IN_ACCEPTED_REPORT',
        message:
          'Không rút được tệp "bien-ban.pdf": báo cáo 9 tháng đầu năm 2025 dẫn tệp này đã được chấp nhận. Báo cáo cần được mở lại trước.',
      });
    }
  });
});
