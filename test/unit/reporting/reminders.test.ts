import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/calendar.js';
import {
  remindersDue,
  reminderText,
  type ReminderItem,
  type ReminderSettings,
} from '../../../src/domain/reporting/reminders.js';

const report: ReminderItem = {
  id: 'r-q1',
  kind: 'report',
  title: 'Báo cáo CCHC Quý I/2025',
  unitName: 'UBND xã Cam Lộ',
  dueOn: '2025-03-15',
  recipientIds: ['lan'],
};
const emailOnly: ReminderSettings = {
  daysBefore: [5, 1],
  onDueDate: true,
  weeklyWhileOverdue: true,
  email: true,
  inApp: false,
};
const settings = { lan: emailOnly };

/** The trigger tags that fire on each day of a range, for one item and user, sending everything. */
function calendar(from: string, to: string, s: ReminderSettings): string[] {
  const fired: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const r of remindersDue([report], { lan: s }, day, [])) fired.push(`${day} ${r.key.split(':')[3]}`);
  }
  return fired;
}

describe('remindersDue', () => {
  it('fires N days before, on the due date, and every 7 days while overdue', () => {
    expect(calendar('2025-03-01', '2025-04-06', emailOnly)).toEqual([
      '2025-03-10 before-5',
      '2025-03-14 before-1',
      '2025-03-15 due',
      '2025-03-22 overdue-1',
      '2025-03-29 overdue-2',
      '2025-04-05 overdue-3',
    ]);
  });

  it('follows the user settings: no due-date reminder, no weekly chasing', () => {
    expect(
      calendar('2025-03-01', '2025-04-06', {
        ...emailOnly,
        daysBefore: [3, 3, 0, -2],
        onDueDate: false,
        weeklyWhileOverdue: false,
      }),
    ).toEqual(['2025-03-12 before-3']);
  });

  it('sends one reminder per channel with stable keys, and not again once recorded', () => {
    const both = { lan: { ...emailOnly, inApp: true } };
    const first = remindersDue([report], both, '2025-03-15', []);
    expect(first.map((r) => r.key)).toEqual(['report:r-q1:lan:due:email', 'report:r-q1:lan:due:in_app']);
    expect(remindersDue([report], both, '2025-03-15', ['report:r-q1:lan:due:email']).map((r) => r.channel)).toEqual([
      'in_app',
    ]);
    expect(
      remindersDue(
        [report],
        both,
        '2025-03-15',
        first.map((r) => r.key),
      ),
    ).toEqual([]);
  });

  it('uses the default settings for a user without any, and nothing for a user who turned both channels off', () => {
    const item = { ...report, recipientIds: ['new-user', 'quiet', 'new-user'] };
    const sent = remindersDue([item], { quiet: { ...emailOnly, email: false } }, '2025-03-08', []);
    expect(sent.map((r) => [r.userId, r.channel, r.trigger])).toEqual([
      ['new-user', 'email', { type: 'before', days: 7 }],
      ['new-user', 'in_app', { type: 'before', days: 7 }],
    ]);
  });

  it('writes the subject and body in Vietnamese', () => {
    const [reminder] = remindersDue([report], settings, '2025-03-10', []);
    expect(reminder).toMatchObject({
      subject: '[CCHC] Còn 5 ngày đến hạn: Báo cáo CCHC Quý I/2025',
      body: 'Báo cáo "Báo cáo CCHC Quý I/2025" của UBND xã Cam Lộ có hạn ngày 15/03/2025, còn 5 ngày. Đề nghị hoàn thành và gửi báo cáo đúng hạn.',
    });
  });

  it.each([
    [
      '2025-03-15',
      '[CCHC] Hôm nay là hạn: Rà soát TTHC',
      'Nhiệm vụ "Rà soát TTHC" có hạn hôm nay (15/03/2025). Đề nghị hoàn thành nhiệm vụ và cập nhật kết quả trong ngày.',
    ],
    [
      '2025-03-29',
      '[CCHC] Quá hạn 14 ngày: Rà soát TTHC',
      'Nhiệm vụ "Rà soát TTHC" đã quá hạn 14 ngày (hạn 15/03/2025). Đề nghị khẩn trương hoàn thành nhiệm vụ và cập nhật kết quả.',
    ],
  ])('words an assignment reminder on %s', (today, subject, body) => {
    expect(reminderText({ kind: 'assignment', title: 'Rà soát TTHC', dueOn: '2025-03-15' }, today)).toEqual({
      subject,
      body,
    });
  });

  it('catches up only the latest missed trigger, worded from today', () => {
    // The job did not run from 14 to 16 March.
    const sent = remindersDue([report], settings, '2025-03-17', [], { catchUpDays: 3 });
    expect(sent.map((r) => [r.key, r.scheduledOn, r.subject])).toEqual([
      ['report:r-q1:lan:due:email', '2025-03-15', '[CCHC] Quá hạn 2 ngày: Báo cáo CCHC Quý I/2025'],
    ]);
    expect(remindersDue([report], settings, '2025-03-17', [])).toEqual([]);
  });
});
