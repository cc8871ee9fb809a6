import { describe, expect, it } from 'vitest';
import { runOffThread } from '../../../src/workers/off-thread.js';

const WORKER = new URL('../../fixtures/workers/misbehave.ts', import.meta.url);
const errors = {
  timeout: () => new Error('timeout'),
  outOfMemory: () => new Error('out of memory'),
  crashed: (detail: string) => new Error(`crashed ${detail}`),
};

describe('work off the event loop', () => {
  it('answers with the worker’s message', async () => {
    await expect(runOffThread(WORKER, 'answer', { timeoutMs: 20_000, errors })).resolves.toBe('bonjour');
  });

  it('terminates a worker past its time while this thread keeps running', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 50);
    const started = Date.now();
    await expect(runOffThread(WORKER, 'spin', { timeoutMs: 3000, errors })).rejects.toThrow('timeout');
    clearInterval(timer);
    expect(Date.now() - started).toBeLessThan(10_000);
    // The spinning worker never held this thread: its timers kept firing all along.
    expect(ticks).toBeGreaterThan(20);
  }, 20_000);

  it('lets a worker past its memory cap die alone', async () => {
    await expect(runOffThread(WORKER, 'hog', { maxMemoryMb: 64, timeoutMs: 60_000, errors })).rejects.toThrow(
      'out of memory',
    );
  }, 70_000);
});
