/**
 * Reads uploaded files in a worker thread (read-upload-worker.ts), never on the server's event loop. Every
 * upload route's use case calls this once it has checked who may upload: the worker runs the one content
 * check (domain/reporting/upload-check.ts), then the reader. Each reader has its own hard limits, and the worker adds a memory cap and a time limit on top, so a
 * hostile file costs one worker, not the server. At most two files are read at once; more wait their turn,
 * and beyond a short queue the server says it is busy.
 */
import type { ErrorArgs, ErrorCode } from '../domain/error-codes.js';
import { AppError } from '../domain/errors.js';
import type { Result } from '../domain/reporting/result.js';
import type { EvidenceKind } from '../domain/reporting/evidence-type.js';
import type { ColumnMapping } from '../domain/plan/column-mapping.js';
import type { CriteriaSet } from '../domain/scoring/types.js';
import type { UnitDirectory } from '../domain/units/types.js';
import type { SurveyFileRow } from './survey-points.js';
import type { Table } from './tabular.js';
import { runOffThread } from '../workers/off-thread.js';
import type { ParsedPlan } from './parse-plan-document.js';
import type { DossierFileReading } from './dossiers/read-dossier-file.js';

export type UploadJob =
  | {
      kind: 'plan';
      bytes: Uint8Array;
      fileName: string;
      directory: UnitDirectory;
      asOf: string;
      /** A coordinator's column mapping for the appendix table. */
      mapping?: ColumnMapping | null;
    }
  | { kind: 'table'; bytes: Uint8Array; fileName: string }
  | { kind: 'criteria'; bytes: Uint8Array; fileName: string }
  | { kind: 'survey'; bytes: Uint8Array; fileName: string }
  | { kind: 'evidence'; bytes: Uint8Array; fileName: string }
  | {
      kind: 'dossiers';
      bytes: Uint8Array;
      fileName: string;
      directory: UnitDirectory;
      asOf: string;
      mapping: Record<string, string>;
    };

type Answers = {
  plan: ParsedPlan;
  table: Table;
  criteria: CriteriaSet;
  survey: SurveyFileRow[];
  evidence: Result<{ kind: EvidenceKind; mime: string }>;
  dossiers: DossierFileReading;
};

/** A refusal crosses the thread as its code and params; the message is said again from the catalogue. */
export type WorkerAnswer =
  { ok: true; value: unknown } | { ok: false; error: { code: ErrorCode; params: unknown; details?: unknown } | null };

const WORKER = new URL('./read-upload-worker.ts', import.meta.url);
export const READ_LIMITS = { timeoutMs: 15_000, maxMemoryMb: 512, concurrent: 2, queued: 16 };

const unreadable = () => new AppError('CORRUPT_FILE', { file: 'upload' });
const errors = {
  timeout: () => new AppError('FILE_TOO_COMPLEX', { readerLimit: 'time', seconds: READ_LIMITS.timeoutMs / 1000 }),
  outOfMemory: () => new AppError('FILE_TOO_COMPLEX', { readerLimit: 'memory' }),
  crashed: () => unreadable(),
};

let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<() => void> {
  if (running < READ_LIMITS.concurrent) running++;
  else {
    if (waiting.length >= READ_LIMITS.queued) throw new AppError('BUSY');
    // The slot is handed over by the one that frees it, so no newcomer slips in between.
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  return () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
}

export async function readUploadOffThread<K extends UploadJob['kind']>(
  job: Extract<UploadJob, { kind: K }>,
): Promise<Answers[K]> {
  const release = await turn();
  try {
    const answer = await runOffThread<WorkerAnswer>(WORKER, job, {
      timeoutMs: READ_LIMITS.timeoutMs,
      maxMemoryMb: READ_LIMITS.maxMemoryMb,
      errors,
    });
    if (answer.ok) return answer.value as Answers[K];
    if (!answer.error) throw unreadable();
    const { code, params, details } = answer.error;
    throw new AppError(code, ...([params, details] as ErrorArgs<typeof code>));
  } finally {
    release();
  }
}
