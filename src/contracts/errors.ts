/** The error codes as the browser sees them: the server's one catalogue (domain/error-codes.ts). */
export { ERROR_CODES, type ErrorCode } from '../domain/error-codes.js';
