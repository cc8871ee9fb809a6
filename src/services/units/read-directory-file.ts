import { readFile } from 'node:fs/promises';
import { AppError } from '../../domain/errors.js';
import { directoryFromRows } from '../../domain/units/directory-from-rows.js';
import { parseUnitRows } from '../../domain/units/unit-rows.js';
import type { UnitDirectory } from '../../domain/units/types.js';
import { readTable } from '../../import/tabular.js';

/** A unit directory from a CSV/XLSX file in the import layout, checked row by row like an import. */
export async function readDirectoryFile(path: string): Promise<UnitDirectory> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new AppError('FILE_NOT_FOUND', `Không mở được tệp danh mục đơn vị “${path}”.`, 404);
  }
  const table = await readTable(bytes);
  const { units, errors } = parseUnitRows(table.header, table.rows);
  if (errors.length) throw new AppError('IMPORT_ROWS_INVALID', `Tệp danh mục đơn vị có ${errors.length} lỗi.`, 422, { errors });
  return directoryFromRows(units);
}
