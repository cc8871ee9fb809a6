import { AppError } from '../domain/errors.js';
import type { IssuesErrorCode } from '../domain/error-codes.js';
import type { Result } from '../domain/reporting/result.js';

/** A domain rule's refusal as the one application error: its issues said in turn, every issue in details. */
export function unwrap<T>(result: Result<T>, code: IssuesErrorCode): T {
  if (result.ok) return result.value;
  throw new AppError(code, { issues: result.issues }, { issues: result.issues });
}
