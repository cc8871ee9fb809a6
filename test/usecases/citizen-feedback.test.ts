/**
 * Citizen feedback (PAKN) through its use cases: received by the office with its due date 15 working days away
 * (Tết skipped), assigned to a unit, answered by that unit's reporter only, published by the office, cancelled with
 * a reason; the on-time and published figures (Σ/Σ, none for a period not begun); an XLSX import refused whole
 * with each row's problem in Vietnamese, then taken whole; the working calendar the office corrects.
 */
import { uploadOfBytes } from '../../src/files/upload-content.js';
import ExcelJS from 'exceljs';
import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenFeedback, notifications, users } from '../../src/db/schema/index.js';
import { runReminders } from '../../src/services/notifications/run-reminders.js';
import { yearOf } from '../../src/domain/figures/period.js';
import type { FigureValue } from '../../src/domain/figures/values.js';
import { answerFeedback } from '../../src/services/citizen-feedback/answer-feedback.js';
import { assignFeedback } from '../../src/services/citizen-feedback/assign-feedback.js';
import { cancelFeedback } from '../../src/services/citizen-feedback/cancel-feedback.js';
import { getFeedback } from '../../src/services/citizen-feedback/get-feedback.js';
import { importFeedback } from '../../src/services/citizen-feedback/import-feedback.js';
import { listFeedback } from '../../src/services/citizen-feedback/list-feedback.js';
import { publishFeedbackAnswer } from '../../src/services/citizen-feedback/publish-feedback-answer.js';
import { receiveFeedback } from '../../src/services/citizen-feedback/receive-feedback.js';
import type { ServiceContext } from '../../src/services/context.js';
import { computeFigures } from '../../src/services/figures/compute-figures.js';
import { getCalendarYear } from '../../src/services/working-calendar/get-calendar-year.js';
import { saveCalendarYear } from '../../src/services/working-calendar/save-calendar-year.js';
import { unitIdOf } from '../support/actors.js';
import { auditTrailOf } from '../support/audit.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

let world: UseCaseWorld;
let coordinator: ServiceContext;
let leader: ServiceContext;
let stpReporter: ServiceContext;
let dongHaReporter: ServiceContext;
let stp: string;

const item = {
  channel: 'portal' as const,
  senderName: 'Nguyễn Văn An',
  senderContact: '0912 345 678',
  subject: 'Chậm cấp phiếu lý lịch tư pháp',
  content: 'Hồ sơ nộp ngày 05/02 đến nay chưa có kết quả.',
};
const value = (values: FigureValue[], key: string, unitId: string | null = null) =>
  values.find((v) => v.key === key && v.unitId === unitId);

async function xlsx(rows: string[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('PAKN');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
const HEADER = [
  'Ngày nhận',
  'Kênh tiếp nhận',
  'Người gửi',
  'Liên hệ',
  'Tiêu đề',
  'Nội dung',
  'Mã đơn vị xử lý',
  'Số phiếu',
];

beforeAll(async () => {
  world = await openUseCaseWorld({ at: '2026-03-20T03:00:00Z' });
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
  leader = await world.actingAs('leader', 'QT');
  stpReporter = await world.actingAs('reporter', 'QT.STP');
  dongHaReporter = await world.actingAs('reporter', 'QT.X.DONGHA');
  stp = await unitIdOf(world.database.db, 'QT.STP');
  // A fresh database with the demo units: slow on a busy machine.
}, 180_000);
afterAll(() => world.close());

describe('citizen feedback (PAKN)', () => {
  let onTimeId: string;
  let lateId: string;

  it('receives an item due 15 working days later, Tết skipped; only the office receives', async () => {
    await expect(receiveFeedback(dongHaReporter, { ...item, receivedOn: '2026-02-13' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(receiveFeedback(coordinator, { ...item, receivedOn: '2026-04-01' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('Ngày nhận'),
    });
    const received = await receiveFeedback(coordinator, { ...item, receivedOn: '2026-02-13' });
    // Friday 13/02, then Tết 16–20/02: the 15th working day is Friday 13/03.
    expect(received).toMatchObject({ status: 'received', dueOn: '2026-03-13', unitId: null });
    expect(received.can).toMatchObject({ assign: true, answer: false, publish: false, cancel: true });
    onTimeId = received.id;
    expect((await auditTrailOf(world.database.db, 'citizen_feedback', onTimeId)).map((a) => a.action)).toEqual([
      'citizenFeedback.receive',
    ]);
  });

  it('is answered only once assigned, and only by the unit it is assigned to', async () => {
    const seen = await getFeedback(coordinator, onTimeId);
    await expect(
      answerFeedback(coordinator, onTimeId, { answer: 'Đã trả lời', answeredOn: '2026-03-12', version: seen.version }),
    ).rejects.toMatchObject({ code: 'FEEDBACK_STEP_REFUSED', message: expect.stringContaining('chưa được giao') });
    const assigned = await assignFeedback(coordinator, onTimeId, { unitId: stp, version: seen.version });
    expect(assigned).toMatchObject({ status: 'assigned', unitName: expect.stringContaining('Tư pháp') });

    await expect(getFeedback(dongHaReporter, onTimeId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      answerFeedback(dongHaReporter, onTimeId, { answer: 'X', answeredOn: '2026-03-12', version: assigned.version }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listFeedback(dongHaReporter, { page: 1, pageSize: 50 })).total).toBe(0);
    expect((await getFeedback(stpReporter, onTimeId)).can.answer).toBe(true);
    await expect(
      answerFeedback(stpReporter, onTimeId, { answer: 'X', answeredOn: '2026-02-01', version: assigned.version }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('Ngày trả lời') });

    const answered = await answerFeedback(stpReporter, onTimeId, {
      answer: 'Sở Tư pháp đã cấp phiếu ngày 12/3; xin lỗi ông về sự chậm trễ.',
      answeredOn: '2026-03-12',
      version: assigned.version,
    });
    expect(answered).toMatchObject({ status: 'answered', late: false, workingDaysLeft: null });
    await expect(
      answerFeedback(stpReporter, onTimeId, { answer: 'Lần nữa', answeredOn: '2026-03-13', version: answered.version }),
    ).rejects.toMatchObject({ code: 'FEEDBACK_STEP_REFUSED' });
    const trail = await auditTrailOf(world.database.db, 'citizen_feedback', onTimeId);
    expect(trail.at(-1)).toMatchObject({
      action: 'citizenFeedback.answer',
      after: { onTime: true, status: 'answered' },
    });
  });

  it('counts handled on time Σ/Σ and answers published; a leader reads but does not publish', async () => {
    const late = await receiveFeedback(coordinator, {
      ...item,
      subject: 'Thái độ tiếp công dân',
      receivedOn: '2026-02-20',
      unitId: stp,
    });
    expect(late).toMatchObject({ status: 'assigned', dueOn: '2026-03-13' });
    lateId = late.id;
    await answerFeedback(stpReporter, lateId, {
      answer: 'Đã chấn chỉnh',
      answeredOn: '2026-03-18',
      version: late.version,
    });
    // Received on Monday 16/03: due 06/04, not yet judged.
    const open = await receiveFeedback(coordinator, {
      ...item,
      subject: 'Niêm yết thủ tục',
      receivedOn: '2026-03-16',
      unitId: stp,
    });
    expect(open).toMatchObject({ dueOn: '2026-04-06', late: false, workingDaysLeft: 11 });

    // Its unit's reporters are reminded three days before, linked to the item.
    await runReminders(world.database.db, new Date('2026-04-03T02:00:00Z'));
    const stpReporters = (
      await world.database.db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.unitId, stp), eq(users.role, 'reporter')))
    ).map((u) => u.id);
    const reminders = await world.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'reminder_feedback'), inArray(notifications.userId, stpReporters)));
    expect(reminders.map((n) => [n.link, n.title])).toEqual(
      stpReporters.map(() => [`/phan-anh-kien-nghi/${open.id}`, expect.stringContaining('Còn 3 ngày')]),
    );

    const year = yearOf(2026);
    const figures = await computeFigures(coordinator, {
      scope: { unitId: stp },
      period: year,
      keys: ['feedback.on_time_rate', 'feedback.published_rate'],
    });
    expect(value(figures.values, 'feedback.on_time_rate', stp)).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
    });
    expect(value(figures.values, 'feedback.published_rate', stp)).toMatchObject({
      numerator: 0,
      denominator: 2,
      value: 0,
    });

    const seen = await getFeedback(leader, onTimeId);
    expect(seen.can).toMatchObject({ assign: false, answer: false, publish: false, cancel: false });
    await expect(
      publishFeedbackAnswer(leader, onTimeId, { publishedOn: '2026-03-19', version: seen.version }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await publishFeedbackAnswer(coordinator, onTimeId, { publishedOn: '2026-03-19', version: seen.version });
    const list = await listFeedback(leader, { page: 1, pageSize: 50, year: 2026 });
    expect(list.counts).toMatchObject({ assigned: 1, answered: 2 });
    expect(list.figures.onTime).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(list.figures.published).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect((await listFeedback(coordinator, { page: 1, pageSize: 50, late: 'true' })).items.map((i) => i.id)).toEqual([
      lateId,
    ]);

    // A period not begun has no value, never 0 %.
    const next = await computeFigures(coordinator, {
      scope: { unitId: stp },
      period: yearOf(2027),
      keys: ['feedback.on_time_rate'],
    });
    expect(value(next.values, 'feedback.on_time_rate', stp)?.value ?? null).toBeNull();
    const empty = await listFeedback(coordinator, { page: 1, pageSize: 50, year: 2027 });
    expect(empty.figures).toEqual({ onTime: null, published: null });
  });

  it('cancels with a reason, kept and audited; an answered item is not cancelled', async () => {
    const wrong = await receiveFeedback(coordinator, { ...item, subject: 'Trùng phiếu', receivedOn: '2026-03-17' });
    const cancelled = await cancelFeedback(coordinator, wrong.id, {
      reason: 'Trùng với phiếu đã nhận',
      version: wrong.version,
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Trùng với phiếu đã nhận' });
    const trail = await auditTrailOf(world.database.db, 'citizen_feedback', wrong.id);
    expect(trail.at(-1)).toMatchObject({ action: 'citizenFeedback.cancel', reason: 'Trùng với phiếu đã nhận' });
    const answered = await getFeedback(coordinator, lateId);
    await expect(
      cancelFeedback(coordinator, lateId, { reason: 'Nhầm', version: answered.version }),
    ).rejects.toMatchObject({
      code: 'FEEDBACK_STEP_REFUSED',
    });
  });

  it('imports a spreadsheet all or nothing, naming each row’s problem', async () => {
    const db = world.database.db;
    const before = (await db.select({ n: count() }).from(citizenFeedback))[0]!.n;
    const bad = await xlsx([
      HEADER,
      ['02/03/2026', 'Đường dây nóng', 'Trần Thị Bình', '', 'Thu phí sai quy định', 'Nội dung', 'QT.STP', 'PA-01'],
      ['31/02/2026', 'Fax', '', '', 'Tiêu đề', 'Nội dung', 'QT.KHONGCO', ''],
    ]);
    const refused = await importFeedback(coordinator, { ...uploadOfBytes(bad, 'pakn.xlsx'), contentType: '' }).catch(
      (e) => e,
    );
    expect(refused).toMatchObject({ code: 'IMPORT_ROWS_INVALID' });
    const problems = (refused.details as { problems: string[] }).problems;
    expect(problems).toEqual([
      expect.stringMatching(/^Dòng 3, cột “Ngày nhận”: .*31\/02\/2026/),
      expect.stringMatching(/^Dòng 3, cột “Kênh tiếp nhận”: “Fax” không phải/),
      'Dòng 3, cột “Người gửi”: chưa nhập (bắt buộc).',
      'Dòng 3, cột “Mã đơn vị xử lý”: không có đơn vị đang hoạt động mã “QT.KHONGCO”.',
    ]);
    expect((await db.select({ n: count() }).from(citizenFeedback))[0]!.n).toBe(before);

    await expect(
      importFeedback(stpReporter, { ...uploadOfBytes(bad, 'pakn.xlsx'), contentType: '' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const good = await xlsx([
      HEADER,
      ['02/03/2026', 'Đường dây nóng', 'Trần Thị Bình', '', 'Thu phí sai quy định', 'Nội dung', 'QT.STP', 'PA-01'],
      ['03/03/2026', 'Trực tiếp', 'Lê Văn Cường', '', 'Hướng dẫn chưa rõ', 'Nội dung', '', ''],
    ]);
    expect(await importFeedback(coordinator, { ...uploadOfBytes(good, 'pakn.xlsx'), contentType: '' })).toEqual({
      imported: 2,
      assigned: 1,
    });
    const imported = await listFeedback(coordinator, { page: 1, pageSize: 50, q: 'thu phi sai' });
    expect(imported.items).toEqual([
      expect.objectContaining({ reference: 'PA-01', status: 'assigned', dueOn: '2026-03-23' }),
    ]);
  });
});

describe('the working calendar the legal time is counted in', () => {
  const extraDayOff = { date: '2026-03-30', name: 'Nghỉ bù theo thông báo của Chính phủ' };

  it('is read by everyone and changed by the office only', async () => {
    const shipped = await getCalendarYear(stpReporter, 2026);
    expect(shipped).toMatchObject({ year: 2026, origin: 'shipped', version: 0 });
    expect(shipped.holidays).toContainEqual({ date: '2026-02-17', name: 'Tết Nguyên đán (mùng 1)' });
    expect(await getCalendarYear(leader, 2028)).toMatchObject({ origin: 'none', holidays: [], version: 0 });
    for (const actor of [stpReporter, leader])
      await expect(saveCalendarYear(actor, 2026, { ...shipped, version: 0 })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
  });

  it('counts a day the office adds in items received from then on; an item already received keeps its due date', async () => {
    // Friday 20/03: fifteen working days is Friday 10/04 …
    const before = await receiveFeedback(coordinator, { ...item, receivedOn: '2026-03-20' });
    expect(before.dueOn).toBe('2026-04-10');
    const shipped = await getCalendarYear(coordinator, 2026);
    const saved = await saveCalendarYear(coordinator, 2026, {
      source: shipped.source,
      holidays: [...shipped.holidays, extraDayOff],
      workdays: shipped.workdays,
      version: 0,
    });
    expect(saved).toMatchObject({ origin: 'office', version: 1, updatedByName: expect.any(String) });
    expect(saved.holidays).toContainEqual(extraDayOff);
    // … and Monday 13/04 once Monday 30/03 is a day off.
    expect((await receiveFeedback(coordinator, { ...item, receivedOn: '2026-03-20' })).dueOn).toBe('2026-04-13');
    expect((await getFeedback(coordinator, before.id)).dueOn).toBe('2026-04-10');
    const [audit] = await auditTrailOf(world.database.db, 'working_calendar', '2026');
    expect(audit).toMatchObject({ action: 'workingCalendar.save', before: { version: 0 }, after: { version: 1 } });
  });

  it('refuses a day off on a Sunday and a stale save, naming them, and changes nothing', async () => {
    const current = await getCalendarYear(coordinator, 2026);
    await expect(
      saveCalendarYear(coordinator, 2026, {
        holidays: [...current.holidays, { date: '2026-03-29', name: 'Chủ nhật' }],
        workdays: [],
        version: current.version,
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(/^Ngày nghỉ lễ, Tết: ngày 29\/03\/2026 là Chủ nhật/),
    });
    await expect(saveCalendarYear(coordinator, 2026, { holidays: [], workdays: [], version: 0 })).rejects.toMatchObject(
      { code: 'STALE_VERSION' },
    );
    expect(await getCalendarYear(coordinator, 2026)).toEqual(current);
    expect(await auditTrailOf(world.database.db, 'working_calendar', '2026')).toHaveLength(1);
  });

  it('takes one of two first saves of a year made at the same moment', async () => {
    const save = (name: string) =>
      saveCalendarYear(coordinator, 2028, { holidays: [{ date: '2028-01-03', name }], workdays: [], version: 0 });
    const results = await Promise.allSettled([save('Tết Dương lịch (nghỉ bù)'), save('Ngày nghỉ')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'STALE_VERSION' } });
    expect(await getCalendarYear(coordinator, 2028)).toMatchObject({ origin: 'office', version: 1 });
  });
});
