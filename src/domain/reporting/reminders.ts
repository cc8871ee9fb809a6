/**
 * Which reminders go out today: N days before a due date, on the due date, and every 7 days while
 * overdue (due+7, due+14, …), per each user's settings and channels. Each reminder has a stable key so
 * a job that runs twice a day, or on several servers, sends it once.
 */
import { formatDateVi } from '../text/format.js';
import { addDays, daysBetween } from '../calendar.js';

/**
 * `followUp`: a register's follow-up item (a steering meeting's commitment), reminded like an assignment;
 * `unit_plan`: a unit's own CCHC plan, owed by its level's date under the province's plan;
 * `explanation`: a deduction in the Ministry's appraisal that a responsible agency has not explained yet;
 * `feedback`: a citizen's feedback (PAKN) assigned to the unit and not yet answered (15 working days).
 */
export type ReminderItemKind = 'report' | 'assignment' | 'followUp' | 'unit_plan' | 'explanation' | 'feedback';
export type ReminderChannel = 'email' | 'in_app';

/** Something still owed; the caller leaves out what is already submitted or done. */
export interface ReminderItem {
  id: string;
  kind: ReminderItemKind;
  /** "Báo cáo CCHC Quý I/2025", or the activity's name. */
  title: string;
  unitName?: string | null;
  dueOn: string;
  /** The milestone due on `dueOn`, for an assignment with several due dates: named, and reminded on its own. */
  milestone?: { id: string; label: string };
  recipientIds: readonly string[];
}

export interface ReminderSettings {
  daysBefore: readonly number[];
  onDueDate: boolean;
  weeklyWhileOverdue: boolean;
  email: boolean;
  inApp: boolean;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  daysBefore: [7, 3, 1],
  onDueDate: true,
  weeklyWhileOverdue: true,
  email: true,
  inApp: true,
};

export type ReminderTrigger = { type: 'before'; days: number } | { type: 'due' } | { type: 'overdue'; weeks: number };

export interface Reminder {
  /** kind:itemId[:milestoneId]:userId:trigger:channel — record it once sent. */
  key: string;
  itemId: string;
  milestoneId?: string;
  kind: ReminderItemKind;
  userId: string;
  channel: ReminderChannel;
  trigger: ReminderTrigger;
  /** The day the trigger fell on (earlier than today only when catching up). */
  scheduledOn: string;
  subject: string;
  body: string;
}

export interface ReminderOptions {
  /** Also send a trigger missed in the last N days (the job did not run); only the latest one. Default 0. */
  catchUpDays?: number;
}

const triggerTag = (t: ReminderTrigger) =>
  t.type === 'before' ? `before-${t.days}` : t.type === 'due' ? 'due' : `overdue-${t.weeks}`;

/** The trigger of one item for one user that falls latest in [today - catchUp, today], if any. */
function latestTrigger(
  dueOn: string,
  settings: ReminderSettings,
  today: string,
  catchUpDays: number,
): { trigger: ReminderTrigger; on: string } | null {
  const from = addDays(today, -catchUpDays);
  const candidates: { trigger: ReminderTrigger; on: string }[] = [];
  for (const days of new Set(settings.daysBefore)) {
    if (Number.isInteger(days) && days > 0)
      candidates.push({ trigger: { type: 'before', days }, on: addDays(dueOn, -days) });
  }
  if (settings.onDueDate) candidates.push({ trigger: { type: 'due' }, on: dueOn });
  if (settings.weeklyWhileOverdue) {
    const weeks = Math.floor(daysBetween(dueOn, today) / 7);
    if (weeks >= 1) candidates.push({ trigger: { type: 'overdue', weeks }, on: addDays(dueOn, weeks * 7) });
  }
  return candidates.filter((c) => c.on >= from && c.on <= today).sort((a, b) => b.on.localeCompare(a.on))[0] ?? null;
}

/** Vietnamese subject and body, worded from where today stands against the due date. */
export function reminderText(
  item: Pick<ReminderItem, 'kind' | 'title' | 'unitName' | 'dueOn' | 'milestone'>,
  today: string,
): { subject: string; body: string } {
  const left = daysBetween(today, item.dueOn);
  const due = formatDateVi(item.dueOn);
  const what = {
    report: 'Báo cáo',
    assignment: 'Nhiệm vụ',
    followUp: 'Nhiệm vụ',
    unit_plan: 'Việc',
    explanation: 'Giải trình',
    feedback: 'Phản ánh, kiến nghị',
  }[item.kind];
  const act = {
    report: 'hoàn thành và gửi báo cáo',
    assignment: 'hoàn thành nhiệm vụ và cập nhật kết quả',
    followUp: 'hoàn thành nhiệm vụ và cập nhật kết quả',
    unit_plan: 'ban hành kế hoạch và ghi nhận số, ngày ban hành trên cchc',
    explanation: 'gửi nội dung giải trình điểm bị trừ',
    feedback: 'trả lời phản ánh, kiến nghị và ghi câu trả lời trên cchc',
  }[item.kind];
  const whose = item.unitName ? `${what} "${item.title}" của ${item.unitName}` : `${what} "${item.title}"`;
  const subjectOf = item.milestone
    ? `Mốc "${item.milestone.label}" của ${whose.charAt(0).toLowerCase()}${whose.slice(1)}`
    : whose;
  const title = item.milestone ? `${item.title} (${item.milestone.label})` : item.title;
  if (left > 0) {
    return {
      subject: `[CCHC] Còn ${left} ngày đến hạn: ${title}`,
      body: `${subjectOf} có hạn ngày ${due}, còn ${left} ngày. Đề nghị ${act} đúng hạn.`,
    };
  }
  if (left === 0) {
    return {
      subject: `[CCHC] Hôm nay là hạn: ${title}`,
      body: `${subjectOf} có hạn hôm nay (${due}). Đề nghị ${act} trong ngày.`,
    };
  }
  return {
    subject: `[CCHC] Quá hạn ${-left} ngày: ${title}`,
    body: `${subjectOf} đã quá hạn ${-left} ngày (hạn ${due}). Đề nghị khẩn trương ${act}.`,
  };
}

export function remindersDue(
  items: readonly ReminderItem[],
  settingsByUser: Readonly<Record<string, ReminderSettings>>,
  today: string,
  alreadySent: Iterable<string>,
  options: ReminderOptions = {},
): Reminder[] {
  const sent = new Set(alreadySent);
  const reminders: Reminder[] = [];
  for (const item of items) {
    const text = reminderText(item, today);
    for (const userId of new Set(item.recipientIds)) {
      const settings = settingsByUser[userId] ?? DEFAULT_REMINDER_SETTINGS;
      const found = latestTrigger(item.dueOn, settings, today, Math.max(0, options.catchUpDays ?? 0));
      if (!found) continue;
      const channels: ReminderChannel[] = [
        ...(settings.email ? ['email' as const] : []),
        ...(settings.inApp ? ['in_app' as const] : []),
      ];
      for (const channel of channels) {
        const itemKey = item.milestone ? `${item.id}:${item.milestone.id}` : item.id;
        const key = `${item.kind}:${itemKey}:${userId}:${triggerTag(found.trigger)}:${channel}`;
        if (sent.has(key)) continue;
        sent.add(key);
        reminders.push({
          key,
          itemId: item.id,
          ...(item.milestone ? { milestoneId: item.milestone.id } : {}),
          kind: item.kind,
          userId,
          channel,
          trigger: found.trigger,
          scheduledOn: found.on,
          ...text,
        });
      }
    }
  }
  return reminders;
}
