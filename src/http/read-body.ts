import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy, { type Busboy, type FileInfo } from 'busboy';
import type { Context } from 'hono';
import type { UploadedFile } from '../files/upload-content.js';
import type { AppEnv } from './env.js';
import { AppError } from '../domain/errors.js';
import { invalidText, requireStorableText } from './input-text.js';
import { UPLOAD_FOLDER_PREFIX } from './abandoned-uploads.js';
import { MULTIPART_OVERHEAD_BYTES, UPLOAD_LIMIT_BYTES } from '../domain/uploads/limits.js';

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

/** An uploaded file as received: its content on disk, the name and the type its sender gave. */
export interface ReceivedUpload extends UploadedFile {
  contentType: string;
}

/** Form fields besides the file: a handful of short texts at most. */
const FIELD_LIMITS = { fields: 20, fieldSize: 64 * 1024, parts: 24, headerPairs: 50 };

/**
 * The single uploaded file in field `file` of a multipart form, held to the one size limit. The body is read as
 * it arrives: the file goes to a temporary file (removed with `discardReceivedUpload` once the request is
 * answered), hashed and counted on the way, so no upload is ever whole in the server's memory and one past the
 * limit is refused at the limit. What it is gets checked by the use case, after it has checked who may upload
 * there (readers/read-upload.ts).
 */
export async function readUploadedFile(c: Context<AppEnv>): Promise<ReceivedUpload> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('multipart/form-data')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { expected: 'multipart' });
  }
  const body = c.req.raw.body;
  if (!body) throw new AppError('FILE_REQUIRED');
  const folder = await mkdtemp(join(tmpdir(), UPLOAD_FOLDER_PREFIX));
  c.set('uploadFolder', folder);
  let parser: Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': type },
      // Vietnamese file names arrive as UTF-8 (busboy would read them as Latin-1).
      defParamCharset: 'utf8',
      limits: { ...FIELD_LIMITS, files: 1, fileSize: UPLOAD_LIMIT_BYTES },
    });
  } catch {
    throw new AppError('INVALID_UPLOAD');
  }
  const path = join(folder, 'upload');
  let received: Promise<ReceivedUpload> | null = null;
  let refusal: unknown = null;
  const refuse = (error: unknown) => (refusal ??= error);
  parser.on('field', (field, value) => {
    try {
      requireStorableText({ [field]: value });
    } catch (error) {
      refuse(error);
    }
  });
  parser.on('file', (field, stream, info) => {
    if (field !== 'file' || received) return void stream.resume();
    // At the limit: refused at once, and the rest of the body is not read (the connection is closed after).
    stream.on('limit', () => {
      refuse(new AppError('PAYLOAD_TOO_LARGE', { body: 'upload', fileName: info.filename ?? 'tệp tải lên' }));
      // Not from inside busboy's own 'limit' call: it still marks the file stream truncated after it.
      setImmediate(() => parser.destroy());
    });
    received = saveUpload(stream, path, info).catch((error: unknown) => {
      refuse(error);
      return null as never;
    });
  });
  // The whole body is counted too: padding around the parts is no cheaper to read than a file.
  let bodySize = 0;
  const counted = async function* (chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      bodySize += chunk.length;
      if (bodySize > UPLOAD_LIMIT_BYTES + MULTIPART_OVERHEAD_BYTES) {
        throw refuse(new AppError('PAYLOAD_TOO_LARGE', { body: 'upload' }));
      }
      yield chunk;
    }
  };
  try {
    await pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), counted, parser);
  } catch (error) {
    // busboy refuses a part header holding a control character (NUL among them); the only text a sender writes
    // there is the file's name, so that is the field named.
    const header = error instanceof Error && error.message === 'Malformed part header';
    refuse(header ? invalidText(['fileName']) : new AppError('INVALID_UPLOAD'));
  }
  const upload = await (received as Promise<ReceivedUpload> | null);
  if (refusal) {
    if (refusal instanceof AppError && refusal.code === 'PAYLOAD_TOO_LARGE') c.header('Connection', 'close');
    throw refusal;
  }
  if (!upload) throw new AppError('FILE_REQUIRED');
  return upload;
}

/** Writes the file part to `path`, hashing and counting it. */
async function saveUpload(stream: Readable, path: string, info: FileInfo) {
  // The file's name is stored and shown as text; a refused file is still read through, so the form can end.
  try {
    requireStorableText({ fileName: info.filename ?? '' });
  } catch (error) {
    stream.resume();
    throw error;
  }
  const hash = createHash('sha256');
  let size = 0;
  await pipeline(
    stream,
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.length;
        yield chunk;
      }
    },
    createWriteStream(path),
  );
  return {
    content: { size, sha256: hash.digest('hex'), source: { path } },
    fileName: info.filename ?? 'tệp tải lên',
    contentType: info.mimeType,
  } satisfies ReceivedUpload;
}

/** Removes what `readUploadedFile` received for this request (mountRoutes calls it once the handler is done). */
export async function discardReceivedUpload(c: Context<AppEnv>): Promise<void> {
  const folder = c.get('uploadFolder');
  if (folder) await rm(folder, { recursive: true, force: true });
}
