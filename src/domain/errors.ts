/**
 * The one error type the application throws on purpose. `code` is for machines,
 * `message` is Vietnamese and says what to fix; the HTTP edge maps `status`.
 */
export type AppErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429 | 503;

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: AppErrorStatus = 400,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục.', 401);
export const forbidden = (what = 'thao tác này') =>
  new AppError('FORBIDDEN', `Bạn không có quyền thực hiện ${what}.`, 403);
export const notFound = (what: string) => new AppError('NOT_FOUND', `Không tìm thấy ${what}.`, 404);
export const staleVersion = (what: string) =>
  new AppError(
    'STALE_VERSION',
    `${what} đã được người khác thay đổi sau khi bạn mở. Hãy tải lại để xem bản mới nhất rồi sửa lại.`,
    409,
  );
