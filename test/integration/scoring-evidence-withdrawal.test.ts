import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, scoringEvidence, storedFiles, units } from '../../src/db/schema/index.js';
import { loadDemoScoring } from '../../src/services/demo/load-demo-scoring.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';
import { SMALL_PDF } from '../support/plan.js';
import { bestAnswer, requiredLeaves } from '../support/scoring.js';
import { openDocx, textOf } from '../unit/writers/office-xml.js';

/**
 * A wrongly added evidence item of a criterion is withdrawn with a reason: kept (row, file, audit) and shown as
 * history, no longer listed with the criterion nor counted. Only those who may add evidence to the unit's
 * criterion may, and only while the stage it was added in is open for the unit.
 */
type Item = { id: string; label: string; fileId: string | null };
type Leaf = {
  code: string;
  evidence: Item[];
  withdrawnEvidence: (Item & { withdrawnAt: string; withdrawnByName: string | null; reason: string })[];
};

let api: TestApi;
let stp: Client;
let roundId: string;
let stpId: string;
const REASON = 'Tải nhầm tệp của tiêu chí khác.';
/** Added during the self-assessment, before the unit submitted. */
let selfItem: Item;

const unitPath = () => `/api/scoring/rounds/${roundId}/units/${stpId}`;
const leafOf = (sheet: { leaves: Leaf[] }, code: string) => sheet.leaves.find((l) => l.code === code)!;
const upload = async (code: string, name: string): Promise<Item> => {
  const response = await stp.upload(`${unitPath()}/entries/${code}/evidence`, new Blob([SMALL_PDF, name]), name);
  expect(response.status).toBe(201);
  return leafOf(await body(response), code).evidence.find((e) => e.label === name)!;
};
const withdraw = (client: Client, evidenceId: string, reason = REASON) =>
  client.send('POST', `/api/scoring/evidence/${evidenceId}/withdraw`, { reason });
const rowOf = async (id: string) =>
  (await api.database.db.select().from(scoringEvidence).where(eq(scoringEvidence.id, id)))[0]!;

beforeAll(async () => {
  api = await createTestApi();
  await loadDemoScoring(api.database.db, api.clock.now);
  stp = await api.signIn('stp.baocao');
  roundId = (await body(await stp.get('/api/scoring/rounds'))).find((r: { name: string }) =>
    r.name.includes('sở, ban, ngành'),
  ).id;
  stpId = (await api.database.db.select({ id: units.id }).from(units).where(eq(units.code, 'QT.STP')))[0]!.id;
});
afterAll(() => api.close());

describe('withdrawing a scoring evidence item', () => {
  it('is refused to another unit’s reporter and to a leader, changing nothing', async () => {
    const item = await upload('1.1.1', 'nham-don-vi.pdf');
    const other = await withdraw(await api.signIn('camlo.baocao'), item.id);
    expect(other.status).toBe(403);
    expect(await body(other)).toEqual({
      code: 'FORBIDDEN',
      message: 'Bạn không có quyền thực hiện rút tài liệu kiểm chứng của đơn vị khác.',
    });
    const leader = await withdraw(await api.signIn('lanhdao'), item.id);
    expect(leader.status).toBe(403);
    expect((await body(leader)).code).toBe('FORBIDDEN');
    expect((await rowOf(item.id)).archivedAt).toBeNull();
  });

  it('asks for a reason, then hides the item from the sheet, keeping it as history with its file and audit row', async () => {
    const kept = await upload('1.1.2', 'ke-hoach-dung.pdf');
    const item = await upload('1.1.2', 'tai-nham.pdf');
    const noReason = await stp.send('POST', `/api/scoring/evidence/${item.id}/withdraw`, { reason: ' ' });
    expect(noReason.status).toBe(400);
    const refused = await body(noReason);
    expect(refused.code).toBe('VALIDATION_FAILED');
    expect(refused.message).toContain('Lý do');

    const response = await withdraw(stp, item.id);
    expect(response.status).toBe(200);
    const leaf = leafOf(await body(response), '1.1.2');
    expect(leaf.evidence.map((e) => e.id)).toEqual([kept.id]);
    expect(leaf.withdrawnEvidence).toEqual([
      expect.objectContaining({
        id: item.id,
        label: 'tai-nham.pdf',
        reason: REASON,
        withdrawnByName: 'Phạm Văn An (Sở Tư pháp)',
      }),
    ]);
    // Whoever may read the sheet sees the history too.
    expect(
      leafOf(await body(await (await api.signIn('lanhdao')).get(unitPath())), '1.1.2').withdrawnEvidence.map(
        (e) => e.id,
      ),
    ).toEqual([item.id]);
    // No longer counted: the exported sheet's evidence list names only the kept file.
    const exported = textOf(
      (await openDocx(Buffer.from(await (await stp.get(`${unitPath()}/sheet`)).arrayBuffer()))).body,
    );
    expect(exported).toContain('ke-hoach-dung.pdf');
    expect(exported).not.toContain('tai-nham.pdf');

    expect(await rowOf(item.id)).toMatchObject({
      archiveReason: REASON,
      archivedBy: stp.user.id,
      archivedAt: expect.any(Date),
    });
    const [stored] = await api.database.db.select().from(storedFiles).where(eq(storedFiles.id, item.fileId!));
    expect(await api.files.get(stored!.storageKey)).toBeTruthy();
    expect((await stp.get(`${unitPath()}/evidence/${item.id}`)).status).toBe(200);
    const [audit] = await api.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'scoringEvidence.withdraw'), eq(auditLog.entityId, item.id)));
    expect(audit).toMatchObject({
      actorId: stp.user.id,
      entity: 'scoring_evidence',
      reason: REASON,
      after: expect.objectContaining({ archiveReason: REASON }),
    });

    const again = await withdraw(stp, item.id);
    expect(again.status).toBe(409);
    expect(await body(again)).toEqual({
      code: 'EVIDENCE_WITHDRAWN',
      message: 'Tài liệu kiểm chứng "tai-nham.pdf" đã được rút trước đó.',
    });
  });

  it('is refused once the unit has submitted its self-assessment', async () => {
    const item = await upload('1.1.3', 'bao-cao.pdf');
    const round = await body(await stp.get(`/api/scoring/rounds/${roundId}`));
    const set = await body(await stp.get(`/api/scoring/criteria-sets/${round.criteriaSet.id}`));
    const entries = requiredLeaves(set.content.nodes).map((leaf) => ({
      code: leaf.code,
      version: 0,
      entry: bestAnswer(leaf),
      note: null,
    }));
    expect((await stp.send('PUT', `${unitPath()}/self`, { entries })).status).toBe(200);
    const sheet = await body(await stp.get(unitPath()));
    expect((await stp.send('POST', `${unitPath()}/submit`, { version: sheet.unit.version })).status).toBe(200);

    const late = await withdraw(stp, item.id);
    expect(late.status).toBe(409);
    expect(await body(late)).toEqual({
      code: 'ALREADY_SUBMITTED',
      message:
        'Không rút được tài liệu kiểm chứng "bao-cao.pdf" (nộp khi tự đánh giá): Đơn vị đã gửi kết quả tự đánh giá: không sửa được nữa.',
    });
    expect((await rowOf(item.id)).archivedAt).toBeNull();
    selfItem = item;
  });

  it('in the explanation round withdraws the explanation’s evidence, not the self-assessment’s', async () => {
    const coordinator = await api.signIn('snv.cchc');
    const appraiser = await api.signIn('thamdinh');
    const advance = async (to: string) => {
      const { version } = await body(await coordinator.get(`/api/scoring/rounds/${roundId}`));
      expect((await coordinator.send('POST', `/api/scoring/rounds/${roundId}/advance`, { version, to })).status).toBe(
        200,
      );
    };
    await advance('appraisal');
    const { roundUnits } = await body(await coordinator.get(`/api/scoring/rounds/${roundId}`));
    for (const { unitId } of roundUnits as { unitId: string }[]) {
      const path = `/api/scoring/rounds/${roundId}/units/${unitId}`;
      expect((await appraiser.send('POST', `${path}/accept-remaining`, {})).status).toBe(200);
      expect((await appraiser.send('POST', `${path}/score-unanswered`, {})).status).toBe(200);
    }
    await advance('explanation');

    const linked = await stp.send('POST', `${unitPath()}/entries/1.1.3/evidence-links`, {
      label: 'Biên bản nhầm',
      url: 'https://stp.quangtri.gov.vn/bien-ban.pdf',
    });
    const item = leafOf(await body(linked), '1.1.3').evidence.find((e) => e.label === 'Biên bản nhầm')!;
    const withdrawn = await withdraw(stp, item.id);
    expect(withdrawn.status).toBe(200);
    expect(leafOf(await body(withdrawn), '1.1.3').withdrawnEvidence.map((e) => e.id)).toEqual([item.id]);

    const closed = await withdraw(stp, selfItem.id);
    expect(closed.status).toBe(409);
    expect(await body(closed)).toMatchObject({
      code: 'WRONG_STAGE',
      message: expect.stringContaining('Không rút được tài liệu kiểm chứng "bao-cao.pdf" (nộp khi tự đánh giá): '),
    });
  });
});
