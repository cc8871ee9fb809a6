import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MULTIPART_OVERHEAD_BYTES, UPLOAD_LIMIT_BYTES, UPLOAD_LIMIT_MB } from '../domain/uploads/limits.js';
import { answerError } from './error-status.js';

const JSON_LIMIT = 1024 * 1024;

/**
 * Body limits: 1 MB of JSON, one file of UPLOAD_LIMIT_MB in a multipart form. A declared Content-Length
 * beyond the limit is refused before a byte of the body is read, and the connection is closed so the
 * client stops sending (the server would otherwise read the rest to keep the connection). A chunked JSON body
 * is counted as it arrives and refused at the limit; a chunked upload is counted by its receiver
 * (read-body.ts), which writes it to disk as it comes (hono's limit would hold it whole in memory).
 */
export const uploadLimit: MiddlewareHandler = (c, next) => {
  const isUpload = (c.req.header('content-type') ?? '').includes('multipart/form-data');
  if (isUpload) {
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared <= UPLOAD_LIMIT_BYTES + MULTIPART_OVERHEAD_BYTES) return next();
  }
  return bodyLimit({
    maxSize: isUpload ? UPLOAD_LIMIT_BYTES + MULTIPART_OVERHEAD_BYTES : JSON_LIMIT,
    onError: (c) => {
      c.header('Connection', 'close');
      return answerError(
        c,
        'PAYLOAD_TOO_LARGE',
        { body: isUpload ? 'upload' : 'json' },
        { limitMb: isUpload ? UPLOAD_LIMIT_MB : 1 },
      );
    },
  })(c, next);
};
