/**
 * The status a unit reports for one assignment, and the rules that keep it coherent:
 * a finished activity is 100 % with a completion date, "done" or "done late" is derived from that
 * date against the due date, "not feasible" says why.
 */
import { formatDateVi } from '../text/format.js';
import { foldVietnamese } from '../text/fold.js';
import { daysBetween, invalidDateMessage, isIsoDate } from '../calendar.js';
import { fail, ok, type Issue, type Result } from './result.js';

export const ASSIGNMENT_STATUSES = ['not_started', 'in_progress', 'done', 'done_late', 'not_feasible'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  not_started: 'Chưa triển khai',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  done_late: 'Hoàn thành trễ hạn',
  not_feasible: 'Không thực hiện được',
};

const FINISHED: readonly AssignmentStatus[] = ['done', 'done_late'];
const STATUS_BY_FOLDED_LABEL = new Map(
  ASSIGNMENT_STATUSES.map((status) => [foldVietnamese(ASSIGNMENT_STATUS_LABELS[status]), status]),
);

export function isFinished(status: AssignmentStatus): boolean {
  return FINISHED.includes(status);
}

/** Accepts the code ("done_late") or the label in any case or accenting ("hoàn thành trễ hạn"). */
export function parseAssignmentStatus(value: unknown): Result<AssignmentStatus, 'unknown_status'> {
  if (typeof value === 'string') {
    if ((ASSIGNMENT_STATUSES as readonly string[]).includes(value)) return ok(value as AssignmentStatus);
    const byLabel = STATUS_BY_FOLDED_LABEL.get(foldVietnamese(value));
    if (byLabel) return ok(byLabel);
  }
  const allowed = ASSIGNMENT_STATUSES.map((s) => ASSIGNMENT_STATUS_LABELS[s]).join('; ');
  return fail([
    {
      code: 'unknown_status',
      field: 'status',
      message: `Trạng thái "${String(value)}" không tồn tại. Chọn một trong: ${allowed}.`,
    },
  ]);
}

/** Done on or before the due date is "done"; after it, "done late". No due date (continuous work) is never late. */
export function deriveCompletionStatus(completedOn: string, dueOn: string | null): 'done' | 'done_late' {
  return dueOn !== null && completedOn > dueOn ? 'done_late' : 'done';
}

export interface AssignmentProgressInput {
  status: unknown;
  progress: unknown;
  completedOn?: unknown;
  reason?: unknown;
}

export interface AssignmentProgress {
  status: AssignmentStatus;
  /** Integer percent, 0..100. */
  progress: number;
  /** Set exactly when the status is done or done_late. */
  completedOn: string | null;
  /** Set exactly when the status is not_feasible. */
  reason: string | null;
}

export type ProgressIssueCode =
  | 'unknown_status'
  | 'invalid_progress'
  | 'progress_status_mismatch'
  | 'completion_date_required'
  | 'invalid_completion_date'
  | 'completion_in_future'
  | 'reason_required';

/**
 * Checks what a reporter entered for one assignment and returns it normalised: a finished status is
 * re-derived from the completion date (so "done" after the due date becomes "done_late" and back),
 * fields that do not belong to the status are cleared. All problems are listed at once.
 */
export function validateAssignmentProgress(
  input: AssignmentProgressInput,
  context: { dueOn: string | null; today: string },
): Result<AssignmentProgress, ProgressIssueCode> {
  const parsed = parseAssignmentStatus(input.status);
  if (!parsed.ok) return parsed;
  const issues: Issue<ProgressIssueCode>[] = [];
  let status = parsed.value;
  const label = ASSIGNMENT_STATUS_LABELS[status];
  const progress = input.progress;

  if (typeof progress !== 'number' || !Number.isInteger(progress) || progress < 0 || progress > 100) {
    issues.push({
      code: 'invalid_progress',
      field: 'progress',
      message: `Tiến độ "${String(progress)}" không hợp lệ: nhập số nguyên phần trăm từ 0 đến 100.`,
    });
  } else if (isFinished(status) && progress !== 100) {
    issues.push({
      code: 'progress_status_mismatch',
      field: 'progress',
      message: `Trạng thái "${label}" phải có tiến độ 100%.`,
    });
  } else if (status === 'not_started' && progress !== 0) {
    issues.push({
      code: 'progress_status_mismatch',
      field: 'progress',
      message: `Trạng thái "${label}" phải có tiến độ 0%; nếu đã làm được một phần, chọn "${ASSIGNMENT_STATUS_LABELS.in_progress}".`,
    });
  } else if (status === 'in_progress' && progress === 100) {
    issues.push({
      code: 'progress_status_mismatch',
      field: 'progress',
      message: `Tiến độ 100% nghĩa là đã xong: chọn trạng thái "${ASSIGNMENT_STATUS_LABELS.done}" và nhập ngày hoàn thành.`,
    });
  }

  let completedOn: string | null = null;
  if (isFinished(status)) {
    if (input.completedOn == null || input.completedOn === '') {
      issues.push({
        code: 'completion_date_required',
        field: 'completedOn',
        message: `Trạng thái "${label}" cần ngày hoàn thành.`,
      });
    } else if (!isIsoDate(input.completedOn)) {
      issues.push({
        code: 'invalid_completion_date',
        field: 'completedOn',
        message: invalidDateMessage('Ngày hoàn thành', input.completedOn),
      });
    } else if (input.completedOn > context.today) {
      issues.push({
        code: 'completion_in_future',
        field: 'completedOn',
        message: `Ngày hoàn thành ${formatDateVi(input.completedOn)} chưa đến (hôm nay là ${formatDateVi(context.today)}).`,
      });
    } else {
      completedOn = input.completedOn;
      status = deriveCompletionStatus(completedOn, context.dueOn);
    }
  }

  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (status === 'not_feasible' && !reason) {
    issues.push({
      code: 'reason_required',
      field: 'reason',
      message: `Trạng thái "${label}" cần ghi rõ lý do không thực hiện được.`,
    });
  }

  if (issues.length) return fail(issues);
  return ok({ status, progress: progress as number, completedOn, reason: status === 'not_feasible' ? reason : null });
}

export interface OverdueCandidate {
  status: AssignmentStatus;
  dueOn: string | null;
  /** A cancelled assignment is owed by nobody. */
  cancelled?: boolean;
}

/** Overdue: still open (not started or in progress), not cancelled, and the due date has passed. */
export function isOverdue(assignment: OverdueCandidate, today: string): boolean {
  return (
    !assignment.cancelled &&
    assignment.dueOn !== null &&
    today > assignment.dueOn &&
    (assignment.status === 'not_started' || assignment.status === 'in_progress')
  );
}

/** Days past the due date for an overdue assignment, else 0. */
export function daysOverdue(assignment: OverdueCandidate, today: string): number {
  return isOverdue(assignment, today) ? daysBetween(assignment.dueOn as string, today) : 0;
}
