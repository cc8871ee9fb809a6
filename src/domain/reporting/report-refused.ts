import { AppError } from '../errors.js';
import type { ErrorCode } from '../error-codes.js';
import type { ReportRefusal, ReportRefusalCode } from './report-workflow.js';

const CODES = {
  locked: 'REPORT_LOCKED',
  awaiting_review: 'REPORT_AWAITING_REVIEW',
  invalid_state: 'REPORT_INVALID_STATE',
  period_closed: 'REPORT_PERIOD_CLOSED',
  comment_required: 'REPORT_COMMENT_REQUIRED',
  reason_required: 'REPORT_REASON_REQUIRED',
} as const satisfies Record<Exclude<ReportRefusalCode, 'forbidden'>, ErrorCode>;

/** A unit report's workflow refusal as the catalogue's error, saving and acting alike, in the rule's own words. */
export function reportRefused(refusal: ReportRefusal): AppError {
  if (refusal.code === 'forbidden') return new AppError('FORBIDDEN', { rule: refusal.message });
  return new AppError(CODES[refusal.code], { refusal: refusal.message });
}
