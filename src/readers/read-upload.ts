/**
 * Reads uploaded files in a worker thread (read-upload-worker.ts), never on the server's event loop. Every
 * upload route's use case calls this once it has checked who may upload: the worker runs the one content
 * check (domain/reporting/upload-check.ts), then the reader. Each reader has its own hard limits, and the worker adds a memory cap and a time limit on top, so a
 * hostile file costs one worker, not the server. The workers are long-lived (workers/worker-pool.ts): the
 * server starts them when it starts (`warmUploadReaders`), so an upload does not wait for a thread, tsx and
 * pdfjs to load; a worker past a file's time or memory is ended and replaced. At most two files are read at
 * once; more wait their turn, and beyond a short queue the server says it is busy.
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
import { WorkerPool } from '../workers/worker-pool.js';
import type { ParsedPlan } from './parse-plan-document.js';
import type { DossierFileReading } from './dossiers/read-dossier-file.js';
import type { UploadContent } from '../files/upload-content.js';

export type UploadJob =
  | {
      kind: 'plan';
      content: UploadContent;
      fileName: string;
      directory: UnitDirectory;
      asOf: string;
      /** A coordinator's column mapping for the appendix table. */
      mapping?: ColumnMapping | null;
    }
  | { kind: 'table'; content: UploadContent; fileName: string }
  | { kind: 'criteria'; content: UploadContent; fileName: string }
  | { kind: 'survey'; content: UploadContent; fileName: string }
  | { kind: 'evidence'; content: UploadContent; fileName: string }
  | {
      kind: 'dossiers';
      content: UploadContent;
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
export const READ_LIMITS = { timeoutMs: 15_000, maxMemoryMb: 512, concurrent: 2, queued: 16, jobsPerWorker: 200 };

const unreadable = () => new AppError('CORRUPT_FILE', { file: 'upload' });
const errors = {
  timeout: () => new AppError('FILE_TOO_COMPLEX', { readerLimit: 'time', seconds: READ_LIMITS.timeoutMs / 1000 }),
  outOfMemory: () => new AppError('FILE_TOO_COMPLEX', { readerLimit: 'memory' }),
  crashed: () => unreadable(),
  busy: () => new AppError('BUSY'),
};

let pool: WorkerPool<UploadJob, WorkerAnswer> | null = null;

function readers(size = READ_LIMITS.concurrent): WorkerPool<UploadJob, WorkerAnswer> {
  return (pool ??= new WorkerPool<UploadJob, WorkerAnswer>({
    entry: WORKER,
    // pdfjs is plain JavaScript (3.5 MB of it): loaded by Node before tsx is registered in the worker, never
    // transformed. Its "worker" half runs in the same thread; loaded here, it sets globalThis.pdfjsWorker,
    // which pdfjs takes instead of importing it on the first PDF.
    preload: ['pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs-dist/legacy/build/pdf.worker.mjs'],
    size: Math.max(1, Math.floor(size)),
    queued: READ_LIMITS.queued,
    timeoutMs: READ_LIMITS.timeoutMs,
    maxMemoryMb: READ_LIMITS.maxMemoryMb,
    maxJobsPerWorker: READ_LIMITS.jobsPerWorker,
    errors,
  }));
}

/**
 * Starts the upload readers now (the server does it at start-up: a user's first upload then finds them
 * loaded) and resolves once they are ready. `size`: files read at once (CCHC_UPLOAD_READERS), fixed by the
 * first call; the default is READ_LIMITS.concurrent.
 */
export function warmUploadReaders(size?: number): Promise<void> {
  return readers(size).warm();
}

/** Ends the upload readers (server shutdown, tests); the next upload starts them again. */
export async function closeUploadReaders(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.close();
}

export async function readUploadOffThread<K extends UploadJob['kind']>(
  job: Extract<UploadJob, { kind: K }>,
): Promise<Answers[K]> {
  // A received file crosses as its path and the worker reads it; bytes given whole are copied, not transferred
  // (the caller still stores the file it was given).
  const answer = await readers().run(job);
  if (answer.ok) return answer.value as Answers[K];
  if (!answer.error) throw unreadable();
  const { code, params, details } = answer.error;
  throw new AppError(code, ...([params, details] as ErrorArgs<typeof code>));
}
