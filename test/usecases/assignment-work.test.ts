/**
 * What a unit records on the work it leads, through the use cases: progress under an optimistic version,
 * evidence files checked by content, and their withdrawal with a reason. Only the unit's own reporters write
 * (a coordinator may withdraw a wrong file); a second unit's reporter is refused and nothing changes.
 */
import { contentOfBytes, uploadOfBytes } from '../../src/files/upload-content.js';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reasonBody } from '../../src/contracts/common.js';
import { assignmentEvidence, assignments, storedFiles } from '../../src/db/schema/index.js';
import type { ServiceContext } from '../../src/services/context.js';
import { addEvidence } from '../../src/services/reporting/add-evidence.js';
import { updateAssignment } from '../../src/services/reporting/update-assignment.js';
import { withdrawEvidence } from '../../src/services/reporting/withdraw-evidence.js';
import { auditTrailOf } from '../support/audit.js';
import { commitQuangTriPlanAs, leadAssignmentsOf, SMALL_PDF } from '../support/plan.js';
import { aCommune } from '../support/units.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

let world: UseCaseWorld;
let coordinator: ServiceContext;
let camlo: ServiceContext;
let dongha: ServiceContext;
let work: { id: string; version: number }[];

beforeAll(async () => {
  world = await openUseCaseWorld();
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
  const { planId } = await commitQuangTriPlanAs(coordinator);
  work = await leadAssignmentsOf(world.database.db, planId, 'QT.X.CAMLO');
  camlo = await world.actingAs('reporter', 'QT.X.CAMLO');
  dongha = await world.actingAs('reporter', 'QT.X.DONGHA');
});
afterAll(() => world.close());

const rowOf = async (id: string) =>
  (await world.database.db.select().from(assignments).where(eq(assignments.id, id)))[0]!;
const pdf = (name: string) => ({
  content: contentOfBytes(new Uint8Array([...SMALL_PDF, ...new TextEncoder().encode(`% ${name}\n`)])),
  fileName: name,
});

describe('updating an assignment', () => {
  it('records the unit’s progress under a new version, audited; a stale version is refused', async () => {
    const { id, version } = work[0]!;
    const updated = await updateAssignment(camlo, id, {
      version,
      status: 'in_progress',
      progress: 30,
      completedOn: null,
      reason: null,
      resultText: 'Đã giao phòng Văn hóa - Xã hội.',
    });
    expect(updated).toMatchObject({ status: 'in_progress', progress: 30, version: version + 1 });
    expect(await rowOf(id)).toMatchObject({
      status: 'in_progress',
      progress: 30,
      resultText: 'Đã giao phòng Văn hóa - Xã hội.',
      version: version + 1,
      updatedAt: world.clock.now,
    });
    const [audit] = await auditTrailOf(world.database.db, 'assignment', id);
    expect(audit).toMatchObject({ action: 'assignment.updateProgress', actorId: camlo.actor!.userId });

    await expect(
      updateAssignment(camlo, id, {
        version,
        status: 'in_progress',
        progress: 90,
        completedOn: null,
        reason: null,
        resultText: '',
      }),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect((await rowOf(id)).progress).toBe(30);
  });

  it('is refused to a second unit’s reporter, to the reporter of a unit with no work, to the coordinator and to a leader', async () => {
    const { id } = work[1]!;
    const before = await rowOf(id);
    const newcomer = await aCommune(coordinator, 'QT.X.THU');
    const strangers = [
      dongha,
      await world.actingAs('reporter', newcomer.code),
      coordinator,
      await world.actingAs('leader', 'QT'),
    ];
    for (const stranger of strangers) {
      await expect(
        updateAssignment(stranger, id, {
          version: before.version,
          status: 'done',
          progress: 100,
          completedOn: '2025-08-01',
          reason: null,
          resultText: 'Ghi thay',
        }),
      ).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(await rowOf(id)).toEqual(before);
    expect(await auditTrailOf(world.database.db, 'assignment', id)).toEqual([]);
  });

  it('refuses a status the facts do not support: done without a completion date', async () => {
    const { id } = work[2]!;
    const before = await rowOf(id);
    await expect(
      updateAssignment(camlo, id, {
        version: before.version,
        status: 'done',
        progress: 100,
        completedOn: null,
        reason: null,
        resultText: '',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_PROGRESS' });
    expect(await rowOf(id)).toEqual(before);
  });
});

describe('evidence files', () => {
  it('attaches a PDF: the bytes stored, then the row and its audit entry', async () => {
    const { id } = work[0]!;
    const detail = await addEvidence(camlo, id, pdf('ke-hoach-tuyen-truyen.pdf'));
    const listed = detail.evidence.find((e) => e.fileName === 'ke-hoach-tuyen-truyen.pdf')!;
    expect(listed).toBeDefined();
    const [row] = await world.database.db
      .select()
      .from(assignmentEvidence)
      .innerJoin(storedFiles, eq(storedFiles.id, assignmentEvidence.fileId))
      .where(eq(assignmentEvidence.id, listed.id));
    expect(row!.assignment_evidence).toMatchObject({
      assignmentId: id,
      createdBy: camlo.actor!.userId,
      archivedAt: null,
    });
    expect(row!.stored_files).toMatchObject({ contentType: 'application/pdf', uploadedBy: camlo.actor!.userId });
    expect(await world.files.exists(row!.stored_files.storageKey)).toBe(true);
    expect((await auditTrailOf(world.database.db, 'assignment', id)).map((a) => a.action)).toContain(
      'assignment.addEvidence',
    );
  });

  it('refuses a file that is not what its name says, and a second unit’s reporter; nothing is stored', async () => {
    const { id } = work[1]!;
    const filesBefore = await world.database.db.select({ id: storedFiles.id }).from(storedFiles);
    await expect(
      addEvidence(camlo, id, uploadOfBytes(new TextEncoder().encode('MZ không phải PDF'), 'bien-ban.pdf')),
    ).rejects.toMatchObject({ code: 'INVALID_EVIDENCE' });
    await expect(addEvidence(dongha, id, pdf('nham-don-vi.pdf'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await world.database.db.select({ id: storedFiles.id }).from(storedFiles)).toEqual(filesBefore);
    expect(
      await world.database.db.select().from(assignmentEvidence).where(eq(assignmentEvidence.assignmentId, id)),
    ).toEqual([]);
  });

  it('is withdrawn with a reason: archived with who and why, no longer listed, the stored file kept; once only', async () => {
    const { id } = work[2]!;
    const added = (await addEvidence(camlo, id, pdf('tai-nham.pdf'))).evidence.find(
      (e) => e.fileName === 'tai-nham.pdf',
    )!;
    await expect(withdrawEvidence(dongha, added.id, 'Không phải của tôi')).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // A blank reason is refused by the use case itself, not only by the request's schema.
    await expect(withdrawEvidence(camlo, added.id, '   ')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('Lý do'),
    });
    const detail = await withdrawEvidence(camlo, added.id, 'Tải nhầm tệp của nhiệm vụ khác.');
    expect(detail.evidence.map((e) => e.id)).not.toContain(added.id);
    expect(detail.withdrawnEvidence).toEqual([
      expect.objectContaining({ id: added.id, reason: 'Tải nhầm tệp của nhiệm vụ khác.' }),
    ]);
    const [row] = await world.database.db.select().from(assignmentEvidence).where(eq(assignmentEvidence.id, added.id));
    expect(row).toMatchObject({
      archivedAt: world.clock.now,
      archivedBy: camlo.actor!.userId,
      archiveReason: 'Tải nhầm tệp của nhiệm vụ khác.',
    });
    const [file] = await world.database.db.select().from(storedFiles).where(eq(storedFiles.id, row!.fileId));
    expect(await world.files.exists(file!.storageKey)).toBe(true);
    expect((await auditTrailOf(world.database.db, 'assignment', id)).at(-1)).toMatchObject({
      action: 'assignment.withdrawEvidence',
      reason: 'Tải nhầm tệp của nhiệm vụ khác.',
    });

    await expect(withdrawEvidence(coordinator, added.id, 'Rút lần nữa')).rejects.toMatchObject({
      code: 'EVIDENCE_WITHDRAWN',
    });
  });

  it('a coordinator may withdraw a unit’s wrong file too', async () => {
    const { id } = work[3]!;
    const added = (await addEvidence(camlo, id, pdf('trung-lap.pdf'))).evidence.find(
      (e) => e.fileName === 'trung-lap.pdf',
    )!;
    await withdrawEvidence(coordinator, added.id, 'Tệp trùng với tệp đã nộp.');
    expect(
      (await world.database.db.select().from(assignmentEvidence).where(eq(assignmentEvidence.id, added.id)))[0],
    ).toMatchObject({ archivedBy: coordinator.actor!.userId });
  });

  it('asks for a reason: the request is refused without one before the use case runs (the rule lives in the request contract)', () => {
    for (const reason of ['', '  ', 'ab']) expect(reasonBody.safeParse({ reason }).success).toBe(false);
    expect(reasonBody.parse({ reason: '  Tải nhầm tệp.  ' })).toEqual({ reason: 'Tải nhầm tệp.' });
  });
});
