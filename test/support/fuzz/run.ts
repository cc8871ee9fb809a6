/**
 * Mutated plan documents through the real upload path: each one is read off-thread by
 * `readUploadOffThread` (kind 'plan', a small unit directory), exactly as the plan import route reads an
 * upload, and its outcome classified: a plan, a refusal by error code, a refusal said in something else than
 * Vietnamese, longer than the time allowed, or a crash (anything that is not an AppError).
 *
 * Seeds: the golden text exports, their Word documents (docxFromDocument), and every DOCX, XLSX, ODS and
 * PDF under test/fixtures/variants, so variants added later are fuzzed without touching this file.
 */
import { contentOfBytes } from '../../../src/files/upload-content.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../src/domain/errors.js';
import type { UnitDirectory } from '../../../src/domain/units/types.js';
import { readTextDocument } from '../../../src/readers/document/text-reader.js';
import type { ErrorArgs, ErrorCode } from '../../../src/domain/error-codes.js';
import {
  READ_LIMITS,
  readUploadOffThread,
  type UploadJob,
  type WorkerAnswer,
} from '../../../src/readers/read-upload.js';
import { quangTriDirectory } from '../../fixtures/directories/quang-tri-2025.js';
import { docxFromDocument } from '../docx-from-document.js';
import { mutant, type Mutant, type Seed, type SeedKind } from './mutate.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const PLAN_NAMES = ['quang-tri-2025', 'thua-thien-hue-2025', 'tra-vinh-2025', 'vinh-phuc-2024'];
const EXTENSIONS: Record<SeedKind, string> = { text: 'txt', docx: 'docx', xlsx: 'xlsx', ods: 'ods', pdf: 'pdf' };

/** A case read by a ReaderPool must be answered within this (the upload path has its own READ_LIMITS.timeoutMs). */
export const FUZZ_TIME_LIMIT_MS = 10_000;

/** A few units of one province: enough to resolve some lead units, small enough to send to every worker. */
export const SMALL_DIRECTORY: UnitDirectory = {
  units: quangTriDirectory.units.slice(0, 40),
  groups: [],
  successions: [],
};

function variantFiles(): { path: string; kind: SeedKind }[] {
  const root = join(FIXTURES, 'variants');
  const out: { path: string; kind: SeedKind }[] = [];
  let plans: string[] = [];
  try {
    plans = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory());
  } catch {
    return out;
  }
  for (const plan of plans.sort()) {
    for (const file of readdirSync(join(root, plan)).sort()) {
      const extension = /\.(docx|xlsx|ods|pdf)$/i.exec(file)?.[1]?.toLowerCase();
      if (extension) out.push({ path: join(root, plan, file), kind: extension as SeedKind });
    }
  }
  return out;
}

/** Every seed document, in a fixed order. */
export async function loadSeeds(): Promise<Seed[]> {
  const seeds: Seed[] = [];
  for (const name of PLAN_NAMES) {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'plans', `${name}.txt`)));
    seeds.push({ name: `${name}.txt`, kind: 'text', bytes });
    const docx = await docxFromDocument(readTextDocument(new TextDecoder().decode(bytes)));
    seeds.push({ name: `${name}.docx`, kind: 'docx', bytes: docx });
  }
  for (const file of variantFiles())
    seeds.push({
      name: file.path.slice(FIXTURES.length),
      kind: file.kind,
      bytes: new Uint8Array(readFileSync(file.path)),
    });
  return seeds;
}

export type Outcome =
  | { kind: 'plan'; activities: number }
  | { kind: 'refused'; code: string; message: string; detail?: string }
  | { kind: 'not-vietnamese'; code: string; message: string }
  | { kind: 'timeout'; message: string }
  | { kind: 'crash'; message: string };

export interface CaseResult {
  index: number;
  mutant: Mutant;
  outcome: Outcome;
  ms: number;
}

const VIETNAMESE = /[ạảãáàâấầẩẫậăắằẳẵặđẹẻẽéèêếềểễệịỉĩíìọỏõóòôốồổỗộơớờởỡợụủũúùưứừửữựỵỷỹýỳ]/i;
/** What leaks from a program, never from a message written for a person. */
const RAW = /\bat \S+ \(|\bat file:|Error:|TypeError|RangeError|undefined|\[object |NaN\b|ENOENT|\bstack\b/;

export function classify(error: unknown): Outcome {
  if (!(error instanceof AppError)) return { kind: 'crash', message: String((error as Error)?.stack ?? error) };
  const { code, message } = error;
  if (code === 'FILE_TOO_COMPLEX' && (error.params as { readerLimit?: string } | undefined)?.readerLimit === 'time')
    return { kind: 'timeout', message };
  // A worker that died, or a reader that tripped on something it did not foresee, answers "file unreadable":
  // counted apart so that such cases can be looked into.
  const detail =
    code === 'CORRUPT_FILE' && (error.params as { file?: string } | undefined)?.file === 'upload' ? ':unexpected' : '';
  if (!VIETNAMESE.test(message) || RAW.test(message)) return { kind: 'not-vietnamese', code, message };
  return { kind: 'refused', code: code + detail, message };
}

type PlanJob = Extract<UploadJob, { kind: 'plan' }>;

/**
 * Long-lived readers (pool-worker.ts) under the upload path's memory cap: a job past the time limit ends its
 * worker (a new one takes its place) and counts as a timeout; a worker that dies is a crash of that worker,
 * answered as the upload path answers it (CORRUPT_FILE), and counted apart.
 */
export class ReaderPool {
  private idle: Worker[] = [];
  private waiting: ((worker: Worker) => void)[] = [];
  private all = new Set<Worker>();
  private nextId = 0;

  constructor(private readonly size = 2) {}

  /** A new worker, once it has loaded its modules (start-up is not the reading time of any file). */
  private spawn(): Promise<Worker> {
    const worker = new Worker(new URL('./pool-worker.ts', import.meta.url), {
      execArgv: ['--import', 'tsx'],
      resourceLimits: { maxOldGenerationSizeMb: READ_LIMITS.maxMemoryMb, maxYoungGenerationSizeMb: 32 },
    });
    worker.unref();
    this.all.add(worker);
    return new Promise((resolve, reject) => {
      worker.once('message', () => resolve(worker));
      worker.once('error', reject);
    });
  }

  private async take(): Promise<Worker> {
    const free = this.idle.pop();
    if (free) return free;
    if (this.all.size < this.size) return this.spawn();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private give(worker: Worker | null): void {
    const next = this.waiting.shift();
    if (worker && next) next(worker);
    else if (worker) this.idle.push(worker);
    else if (next) void this.spawn().then(next);
  }

  async read(job: PlanJob, timeoutMs: number): Promise<{ answer?: WorkerAnswer; unexpected?: string; end?: string }> {
    const worker = await this.take();
    const id = this.nextId++;
    return new Promise((resolve) => {
      const finish = (result: { answer?: WorkerAnswer; unexpected?: string; end?: string }, keep: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (!keep) {
          this.all.delete(worker);
          void worker.terminate();
        }
        this.give(keep ? worker : null);
        resolve(result);
      };
      const onMessage = (message: { id: number; answer: WorkerAnswer; unexpected?: string }) => {
        if (message.id === id) finish({ answer: message.answer, unexpected: message.unexpected }, true);
      };
      const onError = (error: Error & { code?: string }) =>
        finish({ end: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : `crash: ${error.message}` }, false);
      const onExit = (code: number) => finish({ end: `crash: exit ${code}` }, false);
      const timer = setTimeout(() => finish({ end: 'timeout' }, false), timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.all].map((w) => w.terminate()));
    this.all.clear();
    this.idle = [];
  }
}

async function readThroughPool(pool: ReaderPool, job: PlanJob): Promise<Outcome> {
  const result = await pool.read(job, FUZZ_TIME_LIMIT_MS);
  if (result.end === 'timeout') return { kind: 'timeout', message: 'time limit' };
  if (result.end === 'memory') return classify(new AppError('FILE_TOO_COMPLEX', { readerLimit: 'memory' }));
  if (result.end) return { kind: 'crash', message: result.end };
  const answer = result.answer!;
  if (answer.ok) return { kind: 'plan', activities: (answer.value as { activities: number }).activities };
  if (!answer.error) {
    const outcome = classify(new AppError('CORRUPT_FILE', { file: 'upload' }));
    return outcome.kind === 'refused' ? { ...outcome, detail: result.unexpected } : outcome;
  }
  const { code, params, details } = answer.error;
  return classify(new AppError(code, ...([params, details] as ErrorArgs<ErrorCode>)));
}

/** One mutant through the upload path (`readUploadOffThread`, its warm readers), or through a pool of the same readers. */
export async function runCase(
  seeds: readonly Seed[],
  seed: number,
  index: number,
  pool?: ReaderPool,
): Promise<CaseResult> {
  const m = await mutant(seeds, seed, index);
  const kind = seeds.find((s) => s.name === m.seed)!.kind;
  const job: PlanJob = {
    kind: 'plan',
    content: contentOfBytes(m.bytes),
    fileName: `ke-hoach.${EXTENSIONS[kind]}`,
    directory: SMALL_DIRECTORY,
    asOf: '2025-01-01',
  };
  const started = performance.now();
  let outcome: Outcome;
  if (pool) outcome = await readThroughPool(pool, job);
  else {
    try {
      const parsed = await readUploadOffThread(job);
      outcome = { kind: 'plan', activities: parsed.plan.activities.length };
    } catch (error) {
      outcome = classify(error);
    }
  }
  // A hang is the reader's own time limit (the upload path's READ_LIMITS, the pool's limit here), counted as a
  // timeout by classify: no wall-clock check, which a loaded machine could fail without any file hanging.
  const ms = performance.now() - started;
  return { index, mutant: m, outcome, ms };
}

/** Cases [from, from + count) of `seed`, `parallel` at a time (the upload path reads two files at once). */
export async function runFuzz(
  seeds: readonly Seed[],
  options: {
    seed: number;
    count: number;
    from?: number;
    parallel?: number;
    /** Read through long-lived readers instead of a worker per file (see ReaderPool). */
    pool?: ReaderPool;
    onCase?: (result: CaseResult) => void;
  },
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  let next = options.from ?? 0;
  const end = next + options.count;
  const lane = async () => {
    while (next < end) {
      const index = next++;
      const result = await runCase(seeds, options.seed, index, options.pool);
      // The bytes are kept only for the failures worth looking at.
      if (result.outcome.kind === 'plan' || result.outcome.kind === 'refused')
        result.mutant = { ...result.mutant, bytes: new Uint8Array(0) };
      results.push(result);
      options.onCase?.(result);
    }
  };
  await Promise.all(Array.from({ length: options.parallel ?? 2 }, lane));
  return results.sort((a, b) => a.index - b.index);
}

/** Counts per outcome: "plan", each error code, "timeout", "crash", "not-vietnamese". */
export function tally(results: readonly CaseResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { outcome } of results) {
    const key = outcome.kind === 'refused' ? outcome.code : outcome.kind;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}
