/**
 * A few long-lived worker threads that run one kind of job, one job per worker at a time, so that work
 * which must stay off the event loop (reading an uploaded file) does not pay a worker's start-up (a thread,
 * tsx compiling the readers, pdfjs) on every request. The safety of runOffThread is kept per job: a job past
 * its time terminates its worker and rejects with `errors.timeout()`; a worker past its memory cap
 * (ERR_WORKER_OUT_OF_MEMORY), one that throws or exits rejects its job (`outOfMemory`, `crashed`); the worker
 * is replaced either way, so the next job meets a fresh one. Jobs beyond the workers wait in a bounded queue;
 * beyond it `errors.busy()`.
 *
 * The worker is started through pool-bootstrap.mjs: plain JavaScript packages named in `preload` (pdfjs) are
 * loaded by Node itself, then tsx is registered and the TypeScript entry imported. The entry answers
 * `{ id, job }` messages with `{ id, answer }`, and posts `{ ready: true }` once its modules are loaded
 * (see read-upload-worker.ts).
 */
import { Worker } from 'node:worker_threads';
import type { OffThreadOptions } from './off-thread.js';

export interface WorkerPoolOptions {
  /** The TypeScript entry (loaded through tsx). */
  entry: URL;
  /** Plain JavaScript modules (bare specifiers or URLs) loaded before tsx, so that tsx never transforms them. */
  preload?: string[];
  /** Workers at most (all started by `warm()`). */
  size: number;
  /** Jobs that may wait for a worker; one more is refused with `errors.busy()`. */
  queued: number;
  /** A job (from the moment its worker gets it) past this: the worker is terminated, the job rejects. */
  timeoutMs: number;
  /** V8's old-generation cap for each worker's heap. */
  maxMemoryMb?: number;
  /** A worker is replaced after this many jobs, so that nothing a reader leaves behind piles up. */
  maxJobsPerWorker?: number;
  errors: OffThreadOptions['errors'] & { busy: () => Error };
}

interface PendingJob {
  data: unknown;
  transfer: ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  jobs: number;
  /** The job it is running, with what ends it. */
  current: { id: number; job: PendingJob; timer: NodeJS.Timeout } | null;
}

const BOOTSTRAP = new URL('./pool-bootstrap.mjs', import.meta.url);

export class WorkerPool<Job, Answer> {
  private readonly slots = new Set<Slot>();
  private readonly queue: PendingJob[] = [];
  private nextId = 0;
  private closed = false;
  /** Resolved when every worker asked for by `warm()` is ready. */
  private readyWaiters: (() => void)[] = [];

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Workers running, and jobs waiting for one (for tests and the server's health). */
  get stats(): { workers: number; ready: number; busy: number; queued: number } {
    const slots = [...this.slots];
    return {
      workers: slots.length,
      ready: slots.filter((s) => s.ready).length,
      busy: slots.filter((s) => s.current).length,
      queued: this.queue.length,
    };
  }

  /** Starts every worker now (the server calls it at start-up) and resolves once all have loaded. */
  async warm(): Promise<void> {
    if (this.closed) return;
    while (this.slots.size < this.options.size) this.spawn();
    if ([...this.slots].every((s) => s.ready)) return;
    await new Promise<void>((resolve) => this.readyWaiters.push(resolve));
  }

  run(job: Job, transfer: ArrayBuffer[] = []): Promise<Answer> {
    if (this.closed) return Promise.reject(this.options.errors.busy());
    // Jobs that will have a worker as soon as one has started do not count against the queue.
    const free = this.options.size - [...this.slots].filter((s) => s.current).length;
    if (this.queue.length >= this.options.queued + free) return Promise.reject(this.options.errors.busy());
    return new Promise<Answer>((resolve, reject) => {
      this.queue.push({ data: job, transfer, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Terminates every worker; jobs still waiting or running reject with `errors.busy()`. */
  async close(): Promise<void> {
    this.closed = true;
    const slots = [...this.slots];
    this.slots.clear();
    for (const job of this.queue.splice(0)) job.reject(this.options.errors.busy());
    for (const slot of slots) {
      if (slot.current) {
        clearTimeout(slot.current.timer);
        slot.current.job.reject(this.options.errors.busy());
        slot.current = null;
      }
    }
    this.wakeWarmers();
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = [...this.slots].find((s) => s.ready && !s.current);
      if (!slot) {
        // Every worker is busy or still starting: one more if the pool may grow.
        const starting = [...this.slots].filter((s) => !s.ready).length;
        if (this.slots.size < this.options.size && starting < this.queue.length) this.spawn();
        return;
      }
      this.start(slot, this.queue.shift()!);
    }
  }

  private start(slot: Slot, job: PendingJob): void {
    const id = this.nextId++;
    const timer = setTimeout(() => this.fail(slot, this.options.errors.timeout()), this.options.timeoutMs);
    slot.current = { id, job, timer };
    slot.jobs++;
    try {
      slot.worker.postMessage({ id, job: job.data }, job.transfer);
    } catch (error) {
      // The job cannot be sent (not cloneable): the worker is untouched.
      clearTimeout(timer);
      slot.current = null;
      job.reject(this.options.errors.crashed(String((error as Error)?.message ?? error)));
      this.dispatch();
    }
  }

  private spawn(): void {
    const { maxMemoryMb } = this.options;
    const worker = new Worker(BOOTSTRAP, {
      workerData: { entry: this.options.entry.href, preload: this.options.preload ?? [] },
      // Not the parent's flags (tsx is registered by the bootstrap, after the preloads).
      execArgv: [],
      ...(maxMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: 32 } } : {}),
    });
    const slot: Slot = { worker, ready: false, jobs: 0, current: null };
    this.slots.add(slot);
    // A worker that cannot even load within the time of a job is stuck.
    const startTimer = setTimeout(() => {
      if (!slot.ready) this.fail(slot, this.options.errors.crashed('start-up'));
    }, this.options.timeoutMs);
    startTimer.unref();
    worker.on('message', (message: { ready?: true; id?: number; answer?: unknown }) => {
      if (!this.slots.has(slot)) return;
      if (message.ready) {
        clearTimeout(startTimer);
        slot.ready = true;
        if ([...this.slots].every((s) => s.ready)) this.wakeWarmers();
        this.dispatch();
        return;
      }
      const current = slot.current;
      if (!current || message.id !== current.id) return;
      clearTimeout(current.timer);
      slot.current = null;
      current.job.resolve(message.answer);
      if (this.options.maxJobsPerWorker && slot.jobs >= this.options.maxJobsPerWorker) this.retire(slot);
      this.dispatch();
    });
    worker.once('error', (error: Error & { code?: string }) => {
      clearTimeout(startTimer);
      this.fail(
        slot,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? this.options.errors.outOfMemory()
          : this.options.errors.crashed(error.message),
      );
    });
    worker.once('exit', (code) => {
      clearTimeout(startTimer);
      this.fail(slot, this.options.errors.crashed(`exit ${code}`));
    });
    // An idle worker keeps no process alive (a CLI command such as `cchc demo`, a test run); a running job
    // holds its timer. Only after the listeners: adding a 'message' listener refs the worker again.
    worker.unref();
  }

  /** The worker is done for: its job (or, if it never started, the oldest waiting one) rejects; a new one replaces it. */
  private fail(slot: Slot, error: Error): void {
    if (!this.slots.has(slot)) return;
    this.slots.delete(slot);
    void slot.worker.terminate();
    if (slot.current) {
      clearTimeout(slot.current.timer);
      slot.current.job.reject(error);
      slot.current = null;
    } else if (!slot.ready) {
      // It died loading: a job waiting for it would wait for ever if every start failed the same way.
      this.queue.shift()?.reject(error);
    }
    if (this.closed) return;
    // Replaced at once, so that the pool stays warm; one that never loaded only if work waits for it.
    if (slot.ready || this.readyWaiters.length > 0 || this.queue.length > 0) this.spawn();
    if ([...this.slots].every((s) => s.ready)) this.wakeWarmers();
    this.dispatch();
  }

  /** An idle worker that has done its share: ended quietly and replaced. */
  private retire(slot: Slot): void {
    this.slots.delete(slot);
    void slot.worker.terminate();
    if (!this.closed) this.spawn();
  }

  private wakeWarmers(): void {
    for (const wake of this.readyWaiters.splice(0)) wake();
  }
}
