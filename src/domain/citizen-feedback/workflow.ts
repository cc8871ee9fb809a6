/**
 * The PAKN workflow, pure: received → assigned (to a unit) → answered (within 15 working days of receipt) →
 * answer published; cancelled (with a reason) from any step before the answer. Each refusal is a sentence.
 */
export type FeedbackStatus = 'received' | 'assigned' | 'answered' | 'cancelled';
export type FeedbackStep = 'assign' | 'answer' | 'publish' | 'cancel';

/** The legal time to answer: 15 working days from the day received. */
export const ANSWER_WORKING_DAYS = 15;

export interface FeedbackState {
  status: FeedbackStatus;
  published: boolean;
}

/** Null when the step is allowed, otherwise why not. */
export function stepRefusal(state: FeedbackState, step: FeedbackStep): string | null {
  if (state.status === 'cancelled') return 'Phản ánh, kiến nghị này đã bị hủy; không thao tác được nữa.';
  switch (step) {
    case 'assign':
      return state.status === 'answered' ? 'Phản ánh, kiến nghị đã được trả lời; không giao lại được.' : null;
    case 'answer':
      if (state.status === 'received') return 'Phản ánh, kiến nghị chưa được giao cho đơn vị nào xử lý.';
      return state.status === 'answered' ? 'Phản ánh, kiến nghị này đã được trả lời.' : null;
    case 'publish':
      if (state.status !== 'answered') return 'Chỉ công khai được câu trả lời đã có.';
      return state.published ? 'Câu trả lời đã được công khai.' : null;
    case 'cancel':
      return state.status === 'answered' ? 'Phản ánh, kiến nghị đã được trả lời; không hủy được.' : null;
  }
}

/** Answered on time: on or before the due date. */
export const answeredOnTime = (answeredOn: string | null, dueOn: string): boolean =>
  answeredOn !== null && answeredOn <= dueOn;

/** Whether an item is late as of `today` (open past its due date, or answered after it). */
export function isLate(
  item: { status: FeedbackStatus; dueOn: string; answeredOn: string | null },
  today: string,
): boolean {
  if (item.status === 'cancelled') return false;
  if (item.status === 'answered') return !answeredOnTime(item.answeredOn, item.dueOn);
  return item.dueOn < today;
}

export interface FeedbackFigureItem {
  status: FeedbackStatus;
  dueOn: string;
  answeredOn: string | null;
  published: boolean;
}

/**
 * Feedback handled on time for one unit in a period: of the items due in the period and judged by `today`
 * (already due, or answered early), those answered by their due date. Null when none is due (no data, not 0%).
 */
export function onTimeCounts(
  items: readonly FeedbackFigureItem[],
  period: { from: string; to: string },
  today: string,
): { numerator: number; denominator: number } | null {
  const judged = items.filter(
    (i) =>
      i.status !== 'cancelled' &&
      i.dueOn >= period.from &&
      i.dueOn <= period.to &&
      (i.status === 'answered' || i.dueOn < today),
  );
  if (judged.length === 0) return null;
  return {
    numerator: judged.filter((i) => i.status === 'answered' && answeredOnTime(i.answeredOn, i.dueOn)).length,
    denominator: judged.length,
  };
}

/** Answers published: of the items answered in the period, those whose answer is published. Null when none. */
export function publishedCounts(
  items: readonly FeedbackFigureItem[],
  period: { from: string; to: string },
): { numerator: number; denominator: number } | null {
  const answered = items.filter(
    (i) => i.status === 'answered' && i.answeredOn !== null && i.answeredOn >= period.from && i.answeredOn <= period.to,
  );
  if (answered.length === 0) return null;
  return { numerator: answered.filter((i) => i.published).length, denominator: answered.length };
}
