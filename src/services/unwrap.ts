import { AppError, type AppErrorStatus } from '../domain/errors.js';
import type { Result } from '../domain/reporting/result.js';

/** A domain rule's refusal as the one application error: its first message, every issue in details. */
export function unwrap<T>(result: Result<T>, code: string, status: AppErrorStatus = 422): T {
  if (result.ok) return result.value;
  const message = result.issues.map((i) => i.message).join(' ');
  throw new AppError(code, message, status, { issues: result.issues });
}
