import { parseCriteriaSet } from '../contracts/criteria.js';
import { AppError } from '../domain/errors.js';
import type { CriteriaSet } from '../domain/scoring/types.js';
import { readCriteriaXlsx } from './criteria-xlsx.js';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** A JSON or XLSX file's criteria set, told apart by content rather than by name. */
export async function readCriteriaFile(bytes: Uint8Array): Promise<CriteriaSet> {
  if (isZip(bytes)) return readCriteriaXlsx(bytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('INVALID_CRITERIA_FILE');
  }
  return parseCriteriaSet(parsed);
}
