import { readFile } from 'node:fs/promises';
import { unitDirectorySchema } from '../contracts/unit-directory.js';
import { AppError } from '../domain/errors.js';
import { directoryFromRows } from '../domain/units/directory-from-rows.js';
import { parseUnitRows } from '../domain/units/unit-rows.js';
import type { UnitDirectory } from '../domain/units/types.js';
import { readTable } from './tabular.js';

/**
 * A unit directory from a file: CSV/XLSX in the import layout (checked row by row like an import), or the
 * JSON form of a whole directory with its groups (`src/contracts/unit-directory.ts`).
 */
export async function readDirectoryFile(path: string): Promise<UnitDirectory> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new AppError('FILE_NOT_FOUND', { path, file: 'directory' });
  }
  const text = bytes.subarray(0, 1).toString() === '{' ? bytes.toString('utf8') : null;
  if (text !== null) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AppError('CORRUPT_FILE', { file: 'directory', path });
    }
    const parsed = unitDirectorySchema.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      throw new AppError('INVALID_DIRECTORY', { path: first.path.join('.'), problem: first.message });
    }
    return parsed.data;
  }
  const table = await readTable(bytes);
  const { units, errors } = parseUnitRows(table.header, table.rows);
  if (errors.length) throw new AppError('IMPORT_ROWS_INVALID', { count: errors.length, file: 'directory' }, { errors });
  return directoryFromRows(units);
}
