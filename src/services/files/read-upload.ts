/**
 * Reads uploaded files in a worker thread (read-upload-worker.ts), never on the server's event loop. Every
 * upload route's use case calls this once it has checked who may upload: the worker runs the one content
 * check (domain/reporting/upload-check.ts), then the reader. Each reader has its own hard limits, and the worker adds a memory cap and a time limit on top, so a
 * hostile file costs one worker, not the server. At most two files are read at once; more wait their turn,
 * and beyond a short queue the server says it is busy.
 */
import { AppError, type AppErrorStatus } from '../../domain/errors.js';
import type { Result } from '../../domain/reporting/result.js';
import type { EvidenceKind } from '../../domain/reporting/evidence-type.js';
import type { CriteriaSet } from '../../domain/scoring/types.js';
import type { UnitDirectory } from '../../domain/units/types.js';
import type { SurveyFileRow } from '../../import/survey-points.js';
import type { Table } from '../../import/tabular.js';
import { runOffThread } from '../../workers/off-thread.js';
import type { ParsedPlan } from '../plans/parse-plan-document.js';

export type UploadJob =
  | { kind: 'plan'; bytes: Uint8Array; fileName: string; directory: UnitDirectory; asOf: string }
  | { kind: 'table'; bytes: Uint8Array; fileName: string }
  | { kind: 'criteria'; bytes: Uint8Array; fileName: string }
  | { kind: 'survey'; bytes: Uint8Array; fileName: string }
  | { kind: 'evidence'; bytes: Uint8Array; fileName: string };

type Answers = {
  plan: ParsedPlan;
  table: Table;
  criteria: CriteriaSet;
  survey: SurveyFileRow[];
  evidence: Result<{ kind: EvidenceKind; mime: string }>;
};

export type WorkerAnswer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; status: AppErrorStatus; details?: unknown } | null };

const WORKER = new URL('./read-upload-worker.ts', import.meta.url);
export const READ_LIMITS = { timeoutMs: 15_000, maxMemoryMb: 512, concurrent: 2, queued: 16 };

const unreadable = () => new AppError('CORRUPT_FILE', 'Tệp bị hỏng hoặc không đúng định dạng, không đọc được. Hãy mở tệp bằng phần mềm của nó, lưu lại rồi tải lên lại.', 422);
const errors = {
  timeout: () =>
    new AppError('FILE_TOO_COMPLEX', `Tệp quá phức tạp: đọc tệp mất hơn ${READ_LIMITS.timeoutMs / 1000} giây nên đã dừng. Hãy kiểm tra lại tệp, hoặc tách thành các tệp nhỏ hơn.`, 422),
  outOfMemory: () => new AppError('FILE_TOO_COMPLEX', 'Tệp quá phức tạp: đọc tệp cần nhiều bộ nhớ hơn mức cho phép nên đã dừng. Hãy kiểm tra lại tệp, hoặc tách thành các tệp nhỏ hơn.', 413),
  crashed: () => unreadable(),
};

let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<() => void> {
  if (running < READ_LIMITS.concurrent) running++;
  else {
    if (waiting.length >= READ_LIMITS.queued) throw new AppError('BUSY', 'Máy chủ đang đọc nhiều tệp khác; hãy thử lại sau ít phút.', 503);
    // The slot is handed over by the one that frees it, so no newcomer slips in between.
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  return () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
}

export async function readUploadOffThread<K extends UploadJob['kind']>(job: Extract<UploadJob, { kind: K }>): Promise<Answers[K]> {
  const release = await turn();
  try {
    const answer = await runOffThread<WorkerAnswer>(WORKER, job, { timeoutMs: READ_LIMITS.timeoutMs, maxMemoryMb: READ_LIMITS.maxMemoryMb, errors });
    if (answer.ok) return answer.value as Answers[K];
    if (!answer.error) throw unreadable();
    throw new AppError(answer.error.code, answer.error.message, answer.error.status, answer.error.details);
  } finally {
    release();
  }
}
