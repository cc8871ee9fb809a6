/** The upload limit as the browser sees it: the same constant and message as the server's. */
export { UPLOAD_LIMIT_BYTES, UPLOAD_LIMIT_MB, uploadTooLargeMessage } from '../domain/uploads/limits.js';
