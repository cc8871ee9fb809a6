import { UPLOAD_LIMIT_BYTES } from '../../../src/contracts/uploads.js';

/** The first file of a form over the server's one upload limit: refused here, before a byte is sent. */
export function oversizedFile(form: FormData): File | null {
  for (const value of form.values()) if (value instanceof File && value.size > UPLOAD_LIMIT_BYTES) return value;
  return null;
}
