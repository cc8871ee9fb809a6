/**
 * The life of one unit's report for one period: draft → submitted → returned (with comments) →
 * submitted again … → accepted (locked); the coordinator may reopen an accepted report with a reason.
 * Who may act is decided here from the actor's role towards this report; the service decides the role.
 */
import { localDateOf } from '../text/format.js';

export const REPORT_STATES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_STATE_LABELS: Record<ReportState, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi, chờ xem xét',
  returned: 'Bị trả lại, cần bổ sung',
  accepted: 'Đã chấp nhận',
};

export type ReportActionType = 'edit' | 'submit' | 'return' | 'accept' | 'reopen';

export const REPORT_ACTION_LABELS: Record<ReportActionType, string> = {
  edit: 'sửa báo cáo',
  submit: 'gửi báo cáo',
  return: 'trả lại báo cáo',
  accept: 'chấp nhận báo cáo',
  reopen: 'mở lại báo cáo',
};

/** reporter: a user of the reporting unit; coordinator: who reviews (Sở Nội vụ); viewer: anyone else. */
export type ReportActorRole = 'reporter' | 'coordinator' | 'viewer';

export interface ItemComment {
  /** The assignment, indicator or narrative section the comment is about. */
  itemKey: string;
  comment: string;
}

export type ReportAction =
  | { type: 'edit' }
  | { type: 'submit' }
  | { type: 'return'; overallComment?: string | null; itemComments?: ItemComment[] }
  | { type: 'accept' }
  | { type: 'reopen'; reason: string };

export interface ReportWorkflowState {
  status: ReportState;
  /** How many times the unit has submitted; above 1 means resubmitted. */
  submissionCount: number;
  reopenCount: number;
}

export interface ReportActionContext {
  /** Set when the coordinator has closed the period: the unit can no longer change its report. */
  periodClosed?: boolean;
  periodLabel?: string;
}

export type ReportRefusalCode =
  | 'forbidden'
  | 'locked'
  | 'awaiting_review'
  | 'invalid_state'
  | 'comment_required'
  | 'reason_required'
  | 'period_closed';

export interface ReportRefusal {
  code: ReportRefusalCode;
  message: string;
}

/** What happened, for the version history and the audit record. */
export interface ReportTransition {
  action: ReportActionType;
  from: ReportState;
  to: ReportState;
  /** The submission number this action created (submit only). */
  submissionNumber: number | null;
  overallComment: string | null;
  itemComments: ItemComment[];
  reason: string | null;
}

export type ReportActionOutcome =
  { ok: true; state: ReportWorkflowState; transition: ReportTransition } | { ok: false; refusal: ReportRefusal };

export const INITIAL_REPORT_STATE: ReportWorkflowState = { status: 'draft', submissionCount: 0, reopenCount: 0 };

const ROLE_OF: Record<ReportActionType, ReportActorRole> = {
  edit: 'reporter',
  submit: 'reporter',
  return: 'coordinator',
  accept: 'coordinator',
  reopen: 'coordinator',
};

const FROM: Record<ReportActionType, readonly ReportState[]> = {
  edit: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  return: ['submitted'],
  accept: ['submitted'],
  reopen: ['accepted'],
};

const TO: Record<ReportActionType, ReportState | null> = {
  edit: null,
  submit: 'submitted',
  return: 'returned',
  accept: 'accepted',
  // Reopened reports go back to the unit with the reason as the comment.
  reopen: 'returned',
};

function refuse(code: ReportRefusalCode, message: string): { ok: false; refusal: ReportRefusal } {
  return { ok: false, refusal: { code, message } };
}

function checkRoleAndState(
  state: ReportWorkflowState,
  type: ReportActionType,
  role: ReportActorRole,
  context: ReportActionContext,
): ReportRefusal | null {
  const what = REPORT_ACTION_LABELS[type];
  if (ROLE_OF[type] !== role) {
    const who =
      ROLE_OF[type] === 'reporter' ? 'cán bộ của đơn vị báo cáo' : 'cán bộ theo dõi, tổng hợp báo cáo (Sở Nội vụ)';
    return { code: 'forbidden', message: `Chỉ ${who} mới được ${what}.` };
  }
  if (role === 'reporter' && context.periodClosed) {
    const period = context.periodLabel ? `Kỳ báo cáo ${context.periodLabel}` : 'Kỳ báo cáo này';
    return { code: 'period_closed', message: `${period} đã khóa sổ; không thể ${what}.` };
  }
  if (FROM[type].includes(state.status)) return null;
  if (role === 'reporter' && state.status === 'accepted') {
    return {
      code: 'locked',
      message: `Báo cáo đã được chấp nhận và đã khóa; không thể ${what}. Nếu cần sửa, đề nghị Sở Nội vụ mở lại.`,
    };
  }
  if (role === 'reporter' && state.status === 'submitted') {
    return {
      code: 'awaiting_review',
      message: `Báo cáo đã gửi và đang chờ xem xét; không thể ${what} cho đến khi được trả lại.`,
    };
  }
  const allowed = FROM[type].map((s) => `"${REPORT_STATE_LABELS[s]}"`).join(' hoặc ');
  return {
    code: 'invalid_state',
    message: `Chỉ có thể ${what} khi báo cáo ở trạng thái ${allowed}; báo cáo hiện "${REPORT_STATE_LABELS[state.status]}".`,
  };
}

/** Applies one action, or says in Vietnamese why it is refused. Never changes the state it is given. */
export function applyReportAction(
  state: ReportWorkflowState,
  action: ReportAction,
  role: ReportActorRole,
  context: ReportActionContext = {},
): ReportActionOutcome {
  const refusal = checkRoleAndState(state, action.type, role, context);
  if (refusal) return { ok: false, refusal };
  const to = TO[action.type] ?? state.status;
  const transition: ReportTransition = {
    action: action.type,
    from: state.status,
    to,
    submissionNumber: null,
    overallComment: null,
    itemComments: [],
    reason: null,
  };
  const next: ReportWorkflowState = { ...state, status: to };
  switch (action.type) {
    case 'submit':
      next.submissionCount = state.submissionCount + 1;
      transition.submissionNumber = next.submissionCount;
      break;
    case 'return': {
      transition.overallComment = action.overallComment?.trim() || null;
      transition.itemComments = (action.itemComments ?? [])
        .map((c) => ({ itemKey: c.itemKey, comment: c.comment.trim() }))
        .filter((c) => c.comment);
      if (!transition.overallComment && !transition.itemComments.length) {
        return refuse(
          'comment_required',
          'Trả lại báo cáo cần ít nhất một ý kiến: nhận xét chung hoặc nhận xét cho từng nội dung cần bổ sung.',
        );
      }
      break;
    }
    case 'reopen':
      transition.reason = action.reason?.trim() || null;
      if (!transition.reason) return refuse('reason_required', 'Mở lại báo cáo đã chấp nhận cần ghi rõ lý do.');
      next.reopenCount = state.reopenCount + 1;
      break;
  }
  return { ok: true, state: next, transition };
}

/** The actions the role could take now (for the buttons on screen); payload checks come on apply. */
export function allowedReportActions(
  state: ReportWorkflowState,
  role: ReportActorRole,
  context: ReportActionContext = {},
): ReportActionType[] {
  return (Object.keys(ROLE_OF) as ReportActionType[]).filter((type) => !checkRoleAndState(state, type, role, context));
}

export function isReportLocked(state: Pick<ReportWorkflowState, 'status'>): boolean {
  return state.status === 'accepted';
}

/** On time: the local (Vietnam) date of the submission is on or before the due date. */
export function isSubmittedOnTime(submittedAt: string | Date, dueOn: string): boolean {
  const day =
    typeof submittedAt === 'string' && submittedAt.length === 10 ? submittedAt : localDateOf(new Date(submittedAt));
  return day <= dueOn;
}
