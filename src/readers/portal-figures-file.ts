/** A portal answer saved on disk, read with its size checked before a byte is loaded (the CLI's path). */
import { readFile } from 'node:fs/promises';
import { AppError } from '../domain/errors.js';
import type { PortalFigures } from '../domain/service-quality/portal-row.js';
import { localFileSize } from './local-file.js';
import { MAX_PORTAL_FILE_BYTES, readPortalFigures } from './portal-figures.js';

export async function readPortalFiguresFile(path: string): Promise<PortalFigures> {
  if ((await localFileSize(path)) > MAX_PORTAL_FILE_BYTES)
    throw new AppError('PORTAL_FIGURES_UNREADABLE', {
      file: path,
      problem: `tệp lớn hơn ${MAX_PORTAL_FILE_BYTES / 1024 / 1024} MB, không phải một câu trả lời của Cổng.`,
    });
  return readPortalFigures(new Uint8Array(await readFile(path)), path);
}
