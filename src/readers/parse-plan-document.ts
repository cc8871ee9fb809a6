/**
 * Use case: read an uploaded plan document into a `cchc.plan/v1` plan for a person to confirm.
 * Nothing is written anywhere; a document that cannot be read gives an AppError with a
 * Vietnamese message, never a partial plan.
 */
import { planV1Schema } from '../contracts/plan-file.js';
import { AppError } from '../domain/errors.js';
import type { ColumnMapping, PlanReading } from '../domain/plan/column-mapping.js';
import { createFieldReaders } from '../domain/plan/field-readers.js';
import type { ProgressCallback } from '../domain/plan/readers.js';
import { readPlan } from '../domain/plan/read-plan.js';
import { sourceRowTexts } from '../domain/plan/source-rows.js';
import type { PlanV1 } from '../domain/plan/types.js';
import { localDateOf } from '../domain/text/format.js';
import type { UnitDirectory } from '../domain/units/types.js';
import { corrupt, readDocument } from './document/read-document.js';

export interface ParsePlanDocumentInput {
  bytes: Uint8Array;
  fileName: string;
  directory: UnitDirectory;
  /** Local date the unit directory is read at (a merged unit resolves to its successor); today by default. */
  asOf?: string;
  onProgress?: ProgressCallback;
  /** A coordinator's column mapping, applied instead of recognising the appendix header. */
  mapping?: ColumnMapping | null;
}

function invalidPlanFile(issues: { path: PropertyKey[]; message: string }[]): AppError {
  const listed = issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(gốc)'}: ${i.message}`)
    .join('; ');
  return new AppError('INVALID_PLAN_FILE', { listed }, issues.slice(0, 20));
}

export interface ParsedPlan {
  plan: PlanV1;
  /** The printed appendix row of each activity, by activity id (empty for a cchc.plan/v1 file). */
  sourceRows: Record<string, string>;
  /** How sure the reader was of the appendix, and the tables offered for a mapping. */
  reading: PlanReading;
}

const EXCHANGE_FILE: PlanReading = { state: 'recognised', reason: null, mapping: null, candidates: [] };

export async function parsePlanDocument(input: ParsePlanDocumentInput): Promise<ParsedPlan> {
  const asOf = input.asOf ?? localDateOf(new Date());
  try {
    input.onProgress?.({ stage: 'read', done: 0, total: 1 });
    const read = await readDocument(input.bytes);
    if (read.kind === 'plan') {
      const parsed = planV1Schema.safeParse(read.json);
      if (!parsed.success) throw invalidPlanFile(parsed.error.issues);
      return { plan: parsed.data, sourceRows: {}, reading: EXCHANGE_FILE };
    }
    input.onProgress?.({ stage: 'read', done: 1, total: 1 });
    const { plan, reading } = readPlan(read.document, {
      makeReaders: ({ year }) => createFieldReaders(input.directory, asOf, year),
      onProgress: input.onProgress,
      mapping: input.mapping ?? null,
    });
    plan.warnings.unshift(...read.warnings);
    // The contract is checked on the way out too: a plan that breaks it is never handed over.
    const checked = planV1Schema.safeParse(plan);
    if (!checked.success) {
      throw new AppError('IMPORT_FAILED', undefined, checked.error.issues.slice(0, 20));
    }
    return { plan, sourceRows: sourceRowTexts(plan, read.document), reading };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A reader tripped on something it did not expect: the file is not what it claims to be.
    throw corrupt(`không đọc được tệp “${input.fileName}”.`);
  }
}
