/** A file named on the command line, whose size is known before a byte of it is loaded. */
import { stat } from 'node:fs/promises';
import { AppError } from '../domain/errors.js';

/** The size of a file on disk; refused (in Vietnamese, naming the path) when it is missing or not a file. */
export async function localFileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('NOT_A_FILE', { path });
    return info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('FILE_NOT_FOUND', { path });
  }
}
