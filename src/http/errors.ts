import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { isUniqueViolation } from '../services/unique-violation.js';
import { AppError } from '../domain/errors.js';
import { loggableError } from './log-error.js';
import { labelIssues, validationFailed } from './validation.js';

/** Maps every thrown error to the one error shape `{ code, message, details? }`. */
export function errorResponder(logger: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof AppError) {
      return c.json({ code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) }, error.status);
    }
    if (error instanceof ZodError) {
      // A schema parsed inside a handler (route inputs are refused earlier, in route.ts): labels by key.
      const refused = validationFailed(labelIssues(error));
      return c.json({ code: refused.code, message: refused.message, details: refused.details }, 400);
    }
    if (error instanceof HTTPException && error.status === 413) {
      return c.json({ code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu hoặc tệp gửi lên quá lớn.' }, 413);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json({ code: 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ.' }, error.status);
    }
    // A race a use case did not foresee lost to a unique constraint: nothing was written, so say so (not 500).
    if (isUniqueViolation(error)) {
      return c.json({ code: 'CONCURRENT_CHANGE', message: 'Dữ liệu này vừa được người khác thay đổi cùng lúc. Hãy tải lại trang rồi thực hiện lại.' }, 409);
    }
    // The route's pattern, not its path, and no error object as it is: both could hold what the user sent.
    const { code, message, stack } = loggableError(error);
    logger.error({ code, route: `${c.req.method} ${c.req.routePath}`, stack }, `unhandled error: ${message}`);
    return c.json({ code: 'INTERNAL', message: 'Lỗi hệ thống. Dữ liệu của bạn chưa bị thay đổi; hãy thử lại hoặc báo quản trị viên.' }, 500);
  };
}
