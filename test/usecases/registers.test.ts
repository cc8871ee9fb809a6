/**
 * The register kit through its use cases (domain/registers/): fields checked against the declaration with the
 * field named in Vietnamese and nothing written, ownership (a unit records its own, another unit's reporter is
 * refused, a leader reads), cancelling with a reason, follow-up items with their reminders and closing, files,
 * comments, the list's filters and export, and each register's figures (rates Σ/Σ).
 */
import { contentOfBytes } from '../../src/files/upload-content.js';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, registerEntries } from '../../src/db/schema/index.js';
import { yearOf } from '../../src/domain/figures/period.js';
import type { ServiceContext } from '../../src/services/context.js';
import { computeFigures } from '../../src/services/figures/compute-figures.js';
import { runReminders } from '../../src/services/notifications/run-reminders.js';
import { addFollowUp } from '../../src/services/registers/add-follow-up.js';
import { addFollowUpEvidence } from '../../src/services/registers/add-follow-up-evidence.js';
import { addRegisterComment } from '../../src/services/registers/add-register-comment.js';
import { addRegisterFile } from '../../src/services/registers/add-register-file.js';
import { cancelFollowUp } from '../../src/services/registers/cancel-follow-up.js';
import { cancelRegisterEntry } from '../../src/services/registers/cancel-register-entry.js';
import { closeFollowUp } from '../../src/services/registers/close-follow-up.js';
import { createRegisterEntry } from '../../src/services/registers/create-register-entry.js';
import { exportRegisterEntries } from '../../src/services/registers/export-register-entries.js';
import { getRegisterEntry } from '../../src/services/registers/get-register-entry.js';
import { getRegisterTiles } from '../../src/services/registers/get-register-tiles.js';
import { listFollowUps } from '../../src/services/registers/list-follow-ups.js';
import { listRegisterEntries } from '../../src/services/registers/list-register-entries.js';
import { updateRegisterEntry } from '../../src/services/registers/update-register-entry.js';
import { unitIdOf } from '../support/actors.js';
import { auditTrailOf } from '../support/audit.js';
import { SMALL_PDF } from '../support/plan.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

let world: UseCaseWorld;
let coordinator: ServiceContext;
let camlo: ServiceContext;
let dongha: ServiceContext;
let leader: ServiceContext;
let u: { snv: string; camlo: string; dongha: string; stp: string };
const YEAR = 2026;
const LIST = { page: 1, pageSize: 50, status: 'active' as const };

beforeAll(async () => {
  world = await openUseCaseWorld({ at: '2026-03-10T03:00:00Z' });
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
  camlo = await world.actingAs('reporter', 'QT.X.CAMLO');
  dongha = await world.actingAs('reporter', 'QT.X.DONGHA');
  leader = await world.actingAs('leader', 'QT');
  const db = world.database.db;
  u = {
    snv: await unitIdOf(db, 'QT.SNV'),
    camlo: await unitIdOf(db, 'QT.X.CAMLO'),
    dongha: await unitIdOf(db, 'QT.X.DONGHA'),
    stp: await unitIdOf(db, 'QT.STP'),
  };
});
afterAll(() => world.close());

const entryCount = async () => (await world.database.db.select().from(registerEntries)).length;
const pdf = (name: string) => ({
  content: contentOfBytes(new Uint8Array([...SMALL_PDF, ...new TextEncoder().encode(`% ${name}\n`)])),
  fileName: name,
});

describe('an entry checked against its declaration', () => {
  it('refuses bad fields in Vietnamese, naming the field by its label, and writes nothing', async () => {
    const before = await entryCount();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ topic: 'ISO', form: 'training', level: 'commune', participants: 30 }, /^Ngày bắt đầu: /],
      [
        { startOn: '2026-02-30', topic: 'ISO', form: 'training', level: 'commune', participants: 30 },
        /^Ngày bắt đầu: /,
      ],
      [
        { startOn: '2026-02-03', topic: 'ISO', form: 'hội thảo', level: 'commune', participants: 30 },
        /^Hình thức: Chọn một trong/,
      ],
      [
        { startOn: '2026-02-03', topic: 'ISO', form: 'training', level: 'commune', participants: -3 },
        /^Số người tham dự: /,
      ],
      [
        { startOn: '2026-02-03', topic: 'ISO', form: 'training', level: 'commune', participants: '30 người' },
        /^Số người tham dự: Phải là một số/,
      ],
      [
        { startOn: '2026-02-03', topic: ' ', form: 'training', level: 'commune', participants: 30 },
        /^Chủ đề: Chưa nhập/,
      ],
      [
        { startOn: '2026-02-03', topic: 'ISO', form: 'training', level: 'commune', participants: 30, extra: 1 },
        /thông tin không được phép/,
      ],
    ];
    for (const [fields, message] of cases)
      await expect(createRegisterEntry(camlo, 'training-courses', { unitId: u.camlo, fields })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(message),
      });
    await expect(
      createRegisterEntry(camlo, 'publicity', {
        unitId: u.camlo,
        fields: { publishedOn: '2026-02-03', channel: 'portal', title: 'Tin', link: 'javascript:alert(1)' },
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/^Đường dẫn: /) });
    expect(await entryCount()).toBe(before);
  });
});

describe('ownership, editing and cancelling', () => {
  let id: string;
  it("lets a unit's reporter record their own unit's entry, audited, and refuses another unit's", async () => {
    const created = await createRegisterEntry(camlo, 'training-courses', {
      unitId: u.camlo,
      fields: { startOn: '2026-02-03', topic: 'Kỹ năng một cửa', form: 'training', level: 'commune', participants: 40 },
    });
    id = created.id;
    expect(created).toMatchObject({
      unitName: 'UBND xã Cam Lộ',
      title: 'Kỹ năng một cửa',
      version: 1,
      canRecord: true,
    });
    expect((await auditTrailOf(world.database.db, 'register_entry', id)).map((a) => a.action)).toEqual([
      'registerEntry.create',
    ]);
    await expect(
      createRegisterEntry(dongha, 'training-courses', {
        unitId: u.camlo,
        fields: { startOn: '2026-02-03', topic: 'X', form: 'training', level: 'commune', participants: 1 },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getRegisterEntry(dongha, 'training-courses', id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      createRegisterEntry(leader, 'training-courses', { unitId: u.camlo, fields: {} }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await getRegisterEntry(leader, 'training-courses', id)).canRecord).toBe(false);
    // A reporter's list holds their own unit only; another unit asked for is refused.
    expect((await listRegisterEntries(dongha, 'training-courses', LIST)).items).toEqual([]);
    await expect(listRegisterEntries(dongha, 'training-courses', { ...LIST, unitId: u.camlo })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('edits under the version, keeps uploaded files, refuses a stale version', async () => {
    const withFile = await addRegisterFile(camlo, 'training-courses', id, 'attendanceList', pdf('danh-sach.pdf'));
    expect(withFile.fields.attendanceList).toBe(withFile.files[0]!.id);
    const edited = await updateRegisterEntry(camlo, 'training-courses', id, {
      version: withFile.version,
      fields: { ...withFile.fields, participants: 45 },
    });
    expect(edited.fields).toMatchObject({ participants: 45, attendanceList: withFile.files[0]!.id });
    await expect(
      updateRegisterEntry(camlo, 'training-courses', id, { version: 1, fields: edited.fields }),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
    await expect(addRegisterFile(camlo, 'training-courses', id, 'chair', pdf('x.pdf'))).rejects.toMatchObject({
      code: 'REGISTER_NO_FILE_FIELD',
    });
  });

  it('cancels with a reason instead of deleting; a cancelled entry counts nowhere and is not edited', async () => {
    const extra = await createRegisterEntry(camlo, 'training-courses', {
      unitId: u.camlo,
      fields: { startOn: '2026-02-10', topic: 'Ghi trùng', form: 'training', level: 'commune', participants: 40 },
    });
    const cancelled = await cancelRegisterEntry(camlo, 'training-courses', extra.id, {
      version: extra.version,
      reason: 'Ghi trùng lớp ngày 03/02',
    });
    expect(cancelled).toMatchObject({ cancelled: true, cancelReason: 'Ghi trùng lớp ngày 03/02', canRecord: false });
    await expect(
      updateRegisterEntry(camlo, 'training-courses', extra.id, { version: cancelled.version, fields: {} }),
    ).rejects.toMatchObject({ code: 'REGISTER_ENTRY_CANCELLED' });
    const [row] = await world.database.db.select().from(registerEntries).where(eq(registerEntries.id, extra.id));
    expect(row).toBeDefined();
    expect((await listRegisterEntries(camlo, 'training-courses', LIST)).total).toBe(1);
    expect((await listRegisterEntries(camlo, 'training-courses', { ...LIST, status: 'cancelled' })).total).toBe(1);
  });

  it('keeps one ISO 9001 status per unit', async () => {
    const fields = { status: 'maintaining', lastCheckOn: '2026-02-20' };
    await createRegisterEntry(camlo, 'iso-9001', { unitId: u.camlo, fields });
    await expect(createRegisterEntry(camlo, 'iso-9001', { unitId: u.camlo, fields })).rejects.toMatchObject({
      code: 'REGISTER_ONE_PER_UNIT',
    });
  });
});

describe("a steering meeting's commitments, followed like assignments", () => {
  let meetingId: string;
  let commitment: { id: string; version: number };
  it('gives a unit a follow-up: its reporters are told, read the meeting, and are reminded before and after the due date', async () => {
    const meeting = await createRegisterEntry(coordinator, 'steering-meetings', {
      unitId: u.snv,
      fields: { heldOn: '2026-03-05', title: 'Phiên họp quý I', chair: 'Chủ tịch UBND tỉnh' },
    });
    meetingId = meeting.id;
    await expect(
      addFollowUp(camlo, 'steering-meetings', meetingId, { unitId: u.camlo, title: 'X', dueOn: '2026-03-31' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      addFollowUp(coordinator, 'steering-meetings', meetingId, { unitId: u.camlo, title: 'X', dueOn: '2026-31-03' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const item = await addFollowUp(coordinator, 'steering-meetings', meetingId, {
      unitId: u.camlo,
      title: 'Rà soát quy trình nội bộ một cửa',
      dueOn: '2026-03-20',
    });
    commitment = item;
    expect(item).toMatchObject({
      status: 'open',
      overdue: false,
      unitName: 'UBND xã Cam Lộ',
      entryTitle: 'Phiên họp quý I',
    });
    await expect(
      addFollowUp(coordinator, 'publicity', meetingId, { unitId: u.camlo, title: 'X', dueOn: '2026-03-31' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The owing unit reads the meeting and its commitment; another unit does not.
    const seen = await getRegisterEntry(camlo, 'steering-meetings', meetingId);
    expect(seen.followUps.map((f) => f.title)).toEqual(['Rà soát quy trình nội bộ một cửa']);
    // It reads and comments on the meeting, but the meeting stays the coordinators' to edit.
    expect(seen).toMatchObject({ canRecord: false, canComment: true, canAssign: false });
    await expect(
      updateRegisterEntry(camlo, 'steering-meetings', meetingId, { version: seen.version, fields: seen.fields }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listFollowUps(camlo, 'steering-meetings', { status: 'open', page: 1, pageSize: 20 })).total).toBe(1);
    expect((await listFollowUps(dongha, 'steering-meetings', { status: 'open', page: 1, pageSize: 20 })).total).toBe(0);
    await expect(getRegisterEntry(dongha, 'steering-meetings', meetingId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Reminders: 3 days before, then weekly while overdue, to the unit's reporters.
    const camloUser = camlo.actor!.userId;
    const reminded = async () =>
      (await world.database.db.select().from(notifications).where(eq(notifications.userId, camloUser))).filter(
        (n) => n.kind === 'reminder_followUp',
      );
    await runReminders(world.database.db, new Date('2026-03-17T01:00:00Z'));
    expect((await reminded()).map((n) => n.link)).toEqual([`/so-theo-doi/steering-meetings/${meetingId}`]);
    await runReminders(world.database.db, new Date('2026-03-17T05:00:00Z'));
    expect(await reminded()).toHaveLength(1);
    await runReminders(world.database.db, new Date('2026-03-27T01:00:00Z'));
    expect((await reminded()).length).toBeGreaterThan(1);
  });

  it('is closed by the owing unit with evidence and its result; closed on time counts in the figure', async () => {
    await expect(
      closeFollowUp(dongha, 'steering-meetings', commitment.id, { version: commitment.version, result: 'Xong' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const withEvidence = await addFollowUpEvidence(camlo, 'steering-meetings', commitment.id, pdf('quy-trinh.pdf'));
    expect(withEvidence.evidence.map((e) => e.fileName)).toEqual(['quy-trinh.pdf']);
    const closed = await closeFollowUp(camlo, 'steering-meetings', commitment.id, {
      version: withEvidence.version,
      result: 'Đã ban hành quy trình mới',
    });
    expect(closed).toMatchObject({ status: 'done', closedOn: '2026-03-10', result: 'Đã ban hành quy trình mới' });
    await expect(
      closeFollowUp(camlo, 'steering-meetings', commitment.id, { version: closed.version, result: 'Lần nữa' }),
    ).rejects.toMatchObject({ code: 'FOLLOW_UP_NOT_OPEN' });
    // A second commitment to Đông Hà is left late, a third cancelled (then counted nowhere).
    await addFollowUp(coordinator, 'steering-meetings', meetingId, {
      unitId: u.dongha,
      title: 'Số hóa hồ sơ',
      dueOn: '2026-03-06',
    });
    const dropped = await addFollowUp(coordinator, 'steering-meetings', meetingId, {
      unitId: u.dongha,
      title: 'Việc giao nhầm',
      dueOn: '2026-03-06',
    });
    await cancelFollowUp(coordinator, 'steering-meetings', dropped.id, {
      version: dropped.version,
      reason: 'Giao nhầm',
    });
    const figures = await computeFigures(coordinator, {
      keys: ['registers.steering_meetings', 'registers.steering_commitments_on_time_rate'],
      scope: { level: 'province' },
      period: yearOf(YEAR),
    });
    expect(figures.values.find((v) => v.key === 'registers.steering_meetings')?.value).toBe(1);
    // Σ on time / Σ due over the units: Cam Lộ 1/1, Đông Hà 0/1 → 50%.
    expect(figures.values.find((v) => v.key === 'registers.steering_commitments_on_time_rate')).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
    });
  });

  it('keeps comments on the entry, audited', async () => {
    const comment = await addRegisterComment(camlo, 'steering-meetings', meetingId, 'Đề nghị gia hạn đến 30/4');
    expect(comment.body).toBe('Đề nghị gia hạn đến 30/4');
    expect((await getRegisterEntry(coordinator, 'steering-meetings', meetingId)).comments).toHaveLength(1);
    await expect(addRegisterComment(leader, 'steering-meetings', meetingId, 'X')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('each register and its figures', () => {
  it('counts training courses and participants, publicity per channel, and the ISO shares (Σ/Σ)', async () => {
    await createRegisterEntry(coordinator, 'training-courses', {
      unitId: u.snv,
      fields: { startOn: '2026-03-01', topic: 'Chỉ số CCHC', form: 'course', level: 'province', participants: 120 },
    });
    for (const channel of ['press', 'press', 'broadcast', 'contest'])
      await createRegisterEntry(coordinator, 'publicity', {
        unitId: u.snv,
        fields: { publishedOn: '2026-02-15', channel, title: `Tin ${channel}`, link: 'https://quangtri.gov.vn/tin' },
      });
    await createRegisterEntry(coordinator, 'iso-9001', {
      unitId: u.stp,
      fields: { status: 'maintaining', lastCheckOn: '2025-10-01' },
    });
    await createRegisterEntry(coordinator, 'iso-9001', { unitId: u.dongha, fields: { status: 'building' } });
    const { values } = await computeFigures(leader, { scope: { level: 'province' }, period: yearOf(YEAR) });
    const value = (key: string) => values.find((v) => v.key === key);
    expect(value('registers.training_courses')?.value).toBe(2);
    expect(value('registers.training_participants')?.value).toBe(165);
    expect(value('registers.publicity_items')?.value).toBe(4);
    expect(value('registers.publicity_press')?.value).toBe(2);
    expect(value('registers.publicity_broadcast')?.value).toBe(1);
    expect(value('registers.publicity_contests')?.value).toBe(1);
    // ISO: Cam Lộ and Sở Tư pháp maintain it, Đông Hà builds it → 2/3; checked this year: Cam Lộ only → 1/2.
    expect(value('registers.iso_maintaining_rate')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(value('registers.iso_checked_rate')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
  });

  it('filters the list by a declared field, exports it as Excel, and fills the dashboard tiles', async () => {
    const press = await listRegisterEntries(leader, 'publicity', { ...LIST, filters: 'channel:press', year: YEAR });
    expect(press.items.map((i) => i.fields.channel)).toEqual(['press', 'press']);
    await expect(listRegisterEntries(leader, 'publicity', { ...LIST, filters: 'title:Tin' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(/^Bộ lọc: /),
    });
    const file = await exportRegisterEntries(leader, 'publicity', { ...LIST, year: YEAR });
    expect(file.fileName).toMatch(/\.xlsx$/);
    expect(file.bytes.length).toBeGreaterThan(1000);
    const tiles = await getRegisterTiles(leader, { year: YEAR });
    expect(tiles.tiles.map((t) => t.register)).toEqual([
      'steering-meetings',
      'training-courses',
      'publicity',
      'iso-9001',
      'dialogues',
      'inspections',
    ]);
    expect(tiles.tiles.find((t) => t.register === 'publicity')).toMatchObject({ entries: 4 });
    // The workflows with their own pages sit beside them, each with its catalogue figures.
    expect(tiles.workflows.map((w) => [w.workflow, w.figures.map((f) => f.key)])).toEqual([
      ['unit-plans', ['unit_plans.issued_rate', 'unit_plans.on_time_rate']],
      ['initiatives', ['initiatives.recognised_count', 'initiatives.applied_count']],
      ['citizen-feedback', ['feedback.on_time_rate', 'feedback.published_rate']],
    ]);
    expect(tiles.tiles.find((t) => t.register === 'steering-meetings')).toMatchObject({
      openFollowUps: 1,
      overdueFollowUps: 1,
    });
    // A unit's reporter sees their own unit's tile.
    const own = await getRegisterTiles(camlo, { year: YEAR });
    expect(own.tiles.find((t) => t.register === 'training-courses')?.entries).toBe(1);
  });
});
