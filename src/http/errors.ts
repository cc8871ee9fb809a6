import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { isUniqueViolation } from '../services/unique-violation.js';
import { AppError } from '../domain/errors.js';
import { answerError, ERROR_STATUS } from './error-status.js';
import { loggableError } from './log-error.js';
import { labelIssues, validationFailed } from './validation.js';

/**
 * Maps every thrown error to the one error shape `{ code, message, details? }`, with the status the
 * catalogue's code has at the edge (error-status.ts).
 */
export function errorResponder(logger: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof AppError) {
      return c.json(
        { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
        ERROR_STATUS[error.code as AppError['code']],
      );
    }
    if (error instanceof ZodError) {
      // A schema parsed inside a handler (route inputs are refused earlier, in route.ts): labels by key.
      const refused = validationFailed(labelIssues(error));
      return c.json(
        { code: refused.code, message: refused.message, details: refused.details },
        ERROR_STATUS[refused.code],
      );
    }
    if (error instanceof HTTPException && error.status === 413)
      return answerError(c, 'PAYLOAD_TOO_LARGE', { body: 'unknown' });
    if (error instanceof HTTPException && error.status < 500) return answerError(c, 'BAD_REQUEST');
    // A race a use case did not foresee lost to a unique constraint: nothing was written, so say so (not 500).
    if (isUniqueViolation(error)) return answerError(c, 'CONCURRENT_CHANGE');
    // The route's pattern, not its path, and no error object as it is: both could hold what the user sent.
    const { code, message, stack } = loggableError(error);
    logger.error({ code, route: `${c.req.method} ${c.req.routePath}`, stack }, `unhandled error: ${message}`);
    return answerError(c, 'INTERNAL');
  };
}
