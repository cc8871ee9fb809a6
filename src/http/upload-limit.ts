import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MULTIPART_OVERHEAD_BYTES, UPLOAD_LIMIT_BYTES, UPLOAD_LIMIT_MB, uploadTooLargeMessage } from '../domain/uploads/limits.js';

const JSON_LIMIT = 1024 * 1024;

/**
 * Body limits: 1 MB of JSON, one file of UPLOAD_LIMIT_MB in a multipart form. A declared Content-Length
 * beyond the limit is refused before a byte of the body is read, and the connection is closed so the
 * client stops sending (the server would otherwise read the rest to keep the connection); a chunked body
 * is counted as it arrives and refused at the limit.
 */
export const uploadLimit: MiddlewareHandler = (c, next) => {
  const isUpload = (c.req.header('content-type') ?? '').includes('multipart/form-data');
  return bodyLimit({
    maxSize: isUpload ? UPLOAD_LIMIT_BYTES + MULTIPART_OVERHEAD_BYTES : JSON_LIMIT,
    onError: (c) => {
      c.header('Connection', 'close');
      return c.json({ code: 'PAYLOAD_TOO_LARGE', message: isUpload ? uploadTooLargeMessage() : 'Dữ liệu gửi lên vượt quá 1 MB.', details: { limitMb: isUpload ? UPLOAD_LIMIT_MB : 1 } }, 413);
    },
  })(c, next);
};
