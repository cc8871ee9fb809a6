import type { Context } from 'hono';
import { AppError } from '../domain/errors.js';
import { checkUpload, type UploadPurpose } from '../domain/reporting/upload-check.js';
import { UPLOAD_LIMIT_BYTES, uploadTooLargeMessage } from '../domain/uploads/limits.js';

export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Dữ liệu gửi lên phải ở dạng JSON (Content-Type: application/json).', 415);
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('INVALID_JSON', 'Dữ liệu gửi lên không phải JSON hợp lệ.', 400);
  }
}

/**
 * The single uploaded file in field `file` of a multipart form, held to the one size limit and checked
 * by content for what the route takes it for (domain/reporting/upload-check.ts) before any reader sees it.
 */
export async function readUploadedFile(c: Context, purpose: UploadPurpose): Promise<{ bytes: Uint8Array; name: string; type: string }> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('multipart/form-data')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Hãy gửi tệp bằng biểu mẫu tải lên (multipart/form-data).', 415);
  }
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody();
  } catch {
    throw new AppError('INVALID_UPLOAD', 'Không đọc được tệp tải lên.', 400);
  }
  const file = form.file;
  if (!(file instanceof File)) throw new AppError('FILE_REQUIRED', 'Hãy chọn một tệp để tải lên.', 400);
  if (file.size > UPLOAD_LIMIT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', uploadTooLargeMessage(file.name), 413);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const checked = checkUpload({ bytes, fileName: file.name }, purpose);
  if (!checked.ok) {
    const first = checked.issues[0]!;
    throw new AppError(first.code === 'too_large' ? 'PAYLOAD_TOO_LARGE' : purpose === 'evidence' ? 'INVALID_EVIDENCE' : 'UNSUPPORTED_FORMAT', first.message, first.code === 'too_large' ? 413 : 415, { issues: checked.issues });
  }
  return { bytes, name: file.name, type: checked.value.mime };
}
