import { contentOfBytes } from '../../../src/files/upload-content.js';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../../src/workers/worker-pool.js';

type Job = { mode: 'answer' | 'spin' | 'hog' | 'exit'; ms?: number };
type Answer = { threadId: number };

const errors = {
  timeout: () => new Error('timeout'),
  outOfMemory: () => new Error('out of memory'),
  crashed: (detail: string) => new Error(`crashed ${detail}`),
  busy: () => new Error('busy'),
};

const pools: WorkerPool<Job, Answer>[] = [];
function pool(options: { size?: number; queued?: number; timeoutMs?: number; maxMemoryMb?: number } = {}) {
  const made = new WorkerPool<Job, Answer>({
    entry: new URL('../../fixtures/workers/pool-misbehave.ts', import.meta.url),
    size: options.size ?? 1,
    queued: options.queued ?? 16,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxMemoryMb: options.maxMemoryMb,
    errors,
  });
  pools.push(made);
  return made;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('a pool of long-lived workers', () => {
  it('answers job after job from the same worker, started once', async () => {
    const readers = pool();
    await readers.warm();
    expect(readers.stats).toMatchObject({ workers: 1, ready: 1, busy: 0 });
    const first = await readers.run({ mode: 'answer' });
    const second = await readers.run({ mode: 'answer' });
    expect(second.threadId).toBe(first.threadId);
  }, 60_000);

  it('ends a job past its time, while this thread keeps running, and the next job gets a new worker', async () => {
    const readers = pool({ timeoutMs: 3000 });
    const before = await readers.run({ mode: 'answer' });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 50);
    await expect(readers.run({ mode: 'spin' })).rejects.toThrow('timeout');
    clearInterval(timer);
    // The spinning worker never held this thread: its timers kept firing all along.
    expect(ticks).toBeGreaterThan(20);
    const after = await readers.run({ mode: 'answer' });
    expect(after.threadId).not.toBe(before.threadId);
  }, 60_000);

  it('lets a worker past its memory cap die alone, and the next job works', async () => {
    const readers = pool({ maxMemoryMb: 64 });
    await expect(readers.run({ mode: 'hog' })).rejects.toThrow('out of memory');
    await expect(readers.run({ mode: 'answer' })).resolves.toHaveProperty('threadId');
  }, 90_000);

  it('answers a worker that exits with "crashed", and the next job works', async () => {
    const readers = pool();
    await expect(readers.run({ mode: 'exit' })).rejects.toThrow('crashed exit 3');
    await expect(readers.run({ mode: 'answer' })).resolves.toHaveProperty('threadId');
  }, 60_000);

  it('queues jobs beyond its workers, one per worker at a time, and answers them all', async () => {
    const readers = pool({ size: 2 });
    const answers = await Promise.all(Array.from({ length: 7 }, () => readers.run({ mode: 'answer', ms: 50 })));
    expect(answers).toHaveLength(7);
    // Never more workers than its size.
    expect(new Set(answers.map((a) => a.threadId)).size).toBeLessThanOrEqual(2);
    expect(readers.stats).toMatchObject({ busy: 0, queued: 0 });
  }, 60_000);

  it('refuses a job beyond its queue as busy', async () => {
    const readers = pool({ size: 1, queued: 2 });
    const accepted = [1, 2, 3].map(() => readers.run({ mode: 'answer', ms: 200 }));
    // One is running or waiting for the worker to start; two wait; the next is one too many.
    await expect(readers.run({ mode: 'answer' })).rejects.toThrow('busy');
    await expect(Promise.all(accepted)).resolves.toHaveLength(3);
  }, 60_000);

  it('closes: its workers end, waiting jobs are refused, and it takes no more', async () => {
    const readers = pool({ size: 1 });
    await readers.warm();
    const refusal = (job: Job) =>
      readers.run(job).then(
        () => 'answered',
        (error: Error) => error.message,
      );
    const running = refusal({ mode: 'spin' });
    const waiting = refusal({ mode: 'answer' });
    await readers.close();
    expect(await running).toBe('busy');
    expect(await waiting).toBe('busy');
    expect(readers.stats.workers).toBe(0);
    await expect(readers.run({ mode: 'answer' })).rejects.toThrow('busy');
  }, 60_000);
});

describe('the upload readers', () => {
  it('read a PDF plan and a Word plan through the warm pool, refuse a broken one, and close', async () => {
    const { closeUploadReaders, readUploadOffThread, warmUploadReaders } =
      await import('../../../src/readers/read-upload.js');
    const { quangTriDirectory } = await import('../../fixtures/directories/quang-tri-2025.js');
    const { readFileSync } = await import('node:fs');
    const file = (name: string) =>
      new Uint8Array(readFileSync(new URL(`../../fixtures/variants/quang-tri-2025/${name}`, import.meta.url)));
    const plan = (name: string, bytes = file(name)) =>
      readUploadOffThread({
        kind: 'plan',
        content: contentOfBytes(bytes),
        fileName: name,
        directory: quangTriDirectory,
        asOf: '2025-01-01',
      });
    try {
      await warmUploadReaders(1);
      const [pdf, docx] = await Promise.all([plan('libreoffice.pdf'), plan('word.docx')]);
      expect(pdf.plan.activities.length).toBeGreaterThan(0);
      expect(docx.plan.activities.length).toBeGreaterThan(0);
      await expect(plan('broken.pdf', new TextEncoder().encode('%PDF-1.7 not a pdf'))).rejects.toMatchObject({
        code: expect.stringMatching(/CORRUPT_FILE|UNSUPPORTED_FORMAT/),
      });
    } finally {
      await closeUploadReaders();
    }
  }, 120_000);
});
