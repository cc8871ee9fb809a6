import { errorMessage, type ErrorArgs, type ErrorCode } from './error-codes.js';

export type { ErrorCode } from './error-codes.js';

/**
 * The one error type the application throws on purpose. `code` is a member of the catalogue
 * (error-codes.ts), which gives the Vietnamese message saying what to fix; `details` carry what the
 * browser shows beside it (issues per field, rows). The HTTP status is the edge's business
 * (src/http/error-status.ts), never the thrower's.
 */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  /** What the message names (typed where it is thrown; the catalogue's message function reads it). */
  readonly params: unknown;
  readonly details?: unknown;

  constructor(code: C, ...args: NoInfer<ErrorArgs<C>>) {
    super(errorMessage(code, ...args));
    this.name = 'AppError';
    this.code = code;
    this.params = args[0];
    this.details = args[1];
  }
}

/**
 * The same refusal given as the reason a larger action failed ("<action>: <its message>"), code, params and
 * details kept, so the browser can still tell what kind of refusal it was.
 */
export function refusedWhile<C extends ErrorCode>(error: AppError<C>, action: string): AppError<C> {
  const said = new AppError<C>(error.code, ...([error.params, error.details] as ErrorArgs<C>));
  said.message = `${action}: ${error.message}`;
  return said;
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED');
export const forbidden = (what = 'thao tác này') => new AppError('FORBIDDEN', { what });
export const notFound = (what: string) => new AppError('NOT_FOUND', { what });
export const staleVersion = (what: string) => new AppError('STALE_VERSION', { what });
