import {
  applyMapping,
  DOSSIER_FIELDS,
  readDossierRecord,
  type DossierRow,
  type RowProblem,
} from '../../domain/dossiers/dossier-record.js';
import { AppError } from '../../domain/errors.js';
import { matchUnitName } from '../../domain/units/matching.js';
import type { UnitDirectory } from '../../domain/units/types.js';
import { detectDossierFormat, dossierRecords, type DossierFormat } from './dossier-records.js';
import { UNREADABLE } from './json-records.js';

/** The refused rows kept for the preview: enough to fix a file, never the whole of a bad one. */
export const MAX_PROBLEMS = 200;
export const BATCH_SIZE = 2_000;
/** Unmatched processing-unit names kept for the preview. */
export const MAX_UNMATCHED_UNITS = 50;
/** Below this a similar unit name is not taken: a dossier must land on the right unit or be refused. */
const MIN_CONFIDENCE = 0.75;

export interface DossierFileReading {
  format: DossierFormat;
  validRows: number;
  invalidRows: number;
  problems: RowProblem[];
  /** The file's columns after the mapping that cchc does not read (to be mapped, or ignored). */
  unknownColumns: string[];
  /** The file's own column names, as written (the first record's, for JSON). */
  columns: string[];
  /** Processing units named in the file that match no unit of the directory (the first of them). */
  unmatchedUnits: string[];
}

/** What an import row keeps of a reading (the same fields, by name): written at upload, re-read and import. */
export const readingSummary = (r: DossierFileReading): DossierFileReading => ({
  format: r.format,
  validRows: r.validRows,
  invalidRows: r.invalidRows,
  problems: r.problems,
  unknownColumns: r.unknownColumns,
  columns: r.columns,
  unmatchedUnits: r.unmatchedUnits,
});

export interface ReadOptions {
  directory: UnitDirectory;
  /** Units that had ended by this day are replaced by their successors. */
  asOf: string;
  mapping: Readonly<Record<string, string>>;
  /** Given each batch of valid rows (the commit writes them); absent for a preview. */
  onBatch?: (rows: DossierRow[]) => Promise<void>;
  /** Told the rows read so far, every batch. */
  onProgress?: (rowsRead: number) => Promise<void>;
}

/**
 * Reads a dossier file once, record by record: every record is mapped, checked and matched to a unit; the
 * valid ones go to `onBatch` in batches, the others are counted and the first of them listed with their
 * reason. Memory holds one batch, the first problems and the names already matched, never the file.
 */
export async function readDossierFile(
  chunks: AsyncIterable<Uint8Array>,
  options: ReadOptions,
): Promise<DossierFileReading> {
  const { head, rest } = await peek(chunks);
  const format = detectDossierFormat(head);
  const known = new Set<string>(DOSSIER_FIELDS);
  const unknownColumns = new Set<string>();
  const unitOf = new Map<string, string | null>();
  const matchUnit = (name: string) => {
    let unitId = unitOf.get(name);
    if (unitId === undefined) {
      const ref = matchUnitName(name, options.directory, options.asOf);
      unitId = !ref.group && ref.confidence >= MIN_CONFIDENCE ? ref.unitId : null;
      unitOf.set(name, unitId);
      if (!unitId && reading.unmatchedUnits.length < MAX_UNMATCHED_UNITS) reading.unmatchedUnits.push(name);
    }
    return unitId;
  };
  const reading: DossierFileReading = {
    format,
    validRows: 0,
    invalidRows: 0,
    problems: [],
    unknownColumns: [],
    columns: [],
    unmatchedUnits: [],
  };
  let batch: DossierRow[] = [];
  let read = 0;
  const flush = async () => {
    if (batch.length && options.onBatch) await options.onBatch(batch);
    batch = [];
    await options.onProgress?.(read);
  };
  for await (const { row, record } of dossierRecords(format, rest)) {
    read += 1;
    const mapped = applyMapping(record, options.mapping);
    if (read === 1) {
      reading.columns = Object.keys(record).filter((c) => c !== UNREADABLE);
      for (const column of Object.keys(mapped)) if (!known.has(column)) unknownColumns.add(column);
    }
    const result = record[UNREADABLE]
      ? { ok: false as const, problems: [{ row, field: '(bản ghi)', reason: 'bản ghi không phải JSON hợp lệ' }] }
      : readDossierRecord(mapped, row, matchUnit);
    if (result.ok) {
      reading.validRows += 1;
      batch.push(result.row);
      if (batch.length >= BATCH_SIZE) await flush();
    } else {
      reading.invalidRows += 1;
      for (const problem of result.problems) if (reading.problems.length < MAX_PROBLEMS) reading.problems.push(problem);
    }
  }
  if (read === 0) throw new AppError('EMPTY_FILE', { empty: 'dossiers' });
  await flush();
  reading.unknownColumns = [...unknownColumns].filter((c) => c !== UNREADABLE);
  return reading;
}

/** The first chunk (to tell the format) and the chunks again from the start. */
async function peek(chunks: AsyncIterable<Uint8Array>) {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? new Uint8Array() : first.value;
  async function* rest() {
    if (!first.done) yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head, rest: rest() };
}
