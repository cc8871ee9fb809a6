import type { Context } from 'hono';
import { AppError } from '../domain/errors.js';
import { requireStorableText } from './input-text.js';
import { UPLOAD_LIMIT_BYTES } from '../domain/uploads/limits.js';

/** Deeper than any request of cchc (a criteria tree is a few levels); recursive validation would overflow the stack. */
const MAX_JSON_DEPTH = 64;

/** How deep arrays and objects nest in a JSON text, brackets inside strings ignored; one pass, no parsing. */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \\ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) deepest = Math.max(deepest, ++depth);
    else if (ch === 125 || ch === 93) depth--;
  }
  return deepest;
}

export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { expected: 'json' });
  }
  const text = await c.req.text();
  let value: unknown;
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new AppError('INVALID_JSON', { maxDepth: MAX_JSON_DEPTH });
  }
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('INVALID_JSON');
  }
  requireStorableText(value);
  return value;
}

/**
 * The single uploaded file in field `file` of a multipart form, held to the one size limit. What it is gets
 * checked by the use case, after it has checked who may upload there (readers/read-upload.ts).
 */
export async function readUploadedFile(c: Context): Promise<{ bytes: Uint8Array; name: string; type: string }> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('multipart/form-data')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { expected: 'multipart' });
  }
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody();
  } catch {
    throw new AppError('INVALID_UPLOAD');
  }
  // Every field of the form, and the file's name, is stored or shown as text.
  for (const [field, value] of Object.entries(form)) {
    if (value instanceof File) requireStorableText({ fileName: value.name });
    else requireStorableText({ [field]: value });
  }
  const file = form.file;
  if (!(file instanceof File)) throw new AppError('FILE_REQUIRED');
  if (file.size > UPLOAD_LIMIT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', { body: 'upload', fileName: file.name });
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name, type: file.type };
}
