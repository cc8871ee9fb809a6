/** A portal answer saved on disk, read with its size checked before a byte is loaded (the CLI's path). */
import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../domain/errors.js';
import type { PortalFigures } from '../domain/service-quality/portal-row.js';
import { MAX_PORTAL_FILE_BYTES, readPortalFigures } from './portal-figures.js';

export async function readPortalFiguresFile(path: string): Promise<PortalFigures> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('NOT_A_FILE', { path });
    size = info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('FILE_NOT_FOUND', { path });
  }
  if (size > MAX_PORTAL_FILE_BYTES)
    throw new AppError('PORTAL_FIGURES_UNREADABLE', {
      file: path,
      problem: `tệp lớn hơn ${MAX_PORTAL_FILE_BYTES / 1024 / 1024} MB, không phải một câu trả lời của Cổng.`,
    });
  return readPortalFigures(new Uint8Array(await readFile(path)), path);
}
