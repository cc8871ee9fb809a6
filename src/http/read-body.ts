import type { Context } from 'hono';
import { AppError } from '../domain/errors.js';
import { requireStorableText } from './input-text.js';

export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Dữ liệu gửi lên phải ở dạng JSON (Content-Type: application/json).', 415);
  }
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('INVALID_JSON', 'Dữ liệu gửi lên không phải JSON hợp lệ.', 400);
  }
  requireStorableText(value);
  return value;
}

/** The single uploaded file in field `file` of a multipart form. */
export async function readUploadedFile(c: Context): Promise<{ bytes: Uint8Array; name: string; type: string }> {
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
  // Every field of the form, and the file's name, is stored or shown as text.
  for (const [field, value] of Object.entries(form)) {
    if (value instanceof File) requireStorableText({ fileName: value.name });
    else requireStorableText({ [field]: value });
  }
  const file = form.file;
  if (!(file instanceof File)) throw new AppError('FILE_REQUIRED', 'Hãy chọn một tệp để tải lên.', 400);
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name, type: file.type };
}
