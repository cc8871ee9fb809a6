/**
 * Mutated plan documents (test/support/fuzz: flipped bytes, cut files, shuffled and duplicated rows, deleted
 * cells, broken ZIP and XML inside DOCX/XLSX/ODS, broken PDF objects) read as uploads are read: none may
 * crash the process or run past the reader's time limit, and each gives a plan or a refusal said in Vietnamese. A fixed
 * seed and a small count here; `npx tsx bench/plan-fuzz.ts <count> <seed>` runs thousands.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeUploadReaders } from '../../../src/readers/read-upload.js';
import { ReaderPool, loadSeeds, runFuzz, tally, type CaseResult } from '../../support/fuzz/run.js';

const SEED = 20_261_203;
const pool = new ReaderPool(2);
afterAll(() => pool.close());
afterAll(() => closeUploadReaders());

function failures(results: CaseResult[]): string[] {
  return results
    .filter((r) => r.outcome.kind === 'crash' || r.outcome.kind === 'timeout' || r.outcome.kind === 'not-vietnamese')
    .map(
      (r) =>
        `#${r.index} ${r.mutant.seed} [${r.mutant.mutations.join(', ')}] ${Math.round(r.ms)} ms: ${JSON.stringify(r.outcome).slice(0, 500)}`,
    );
}

describe('fuzzed plan documents', async () => {
  const seeds = await loadSeeds();

  it('the seeds cover text, Word and both spreadsheet formats', () => {
    const kinds = new Set(seeds.map((s) => s.kind));
    for (const kind of ['text', 'docx', 'xlsx', 'ods'] as const) expect(kinds, kind).toContain(kind);
  });

  it('a few through the upload path itself (its warm readers, under their time and memory limits)', async () => {
    const results = await runFuzz(seeds, { seed: SEED, count: 6, from: 10_000 });
    // A file that hangs ends at the reader's time limit and is counted as a timeout in the failures.
    expect(failures(results)).toEqual([]);
  }, 120_000);

  it('150 through the same readers: a plan or a Vietnamese refusal, each within 10 s', async () => {
    const results = await runFuzz(seeds, { seed: SEED, count: 150, pool });
    expect(failures(results)).toEqual([]);
    const counts = tally(results);
    // Both answers occur: the mutations neither always break the file nor never do.
    expect(counts.plan ?? 0).toBeGreaterThan(0);
    expect(results.length - (counts.plan ?? 0)).toBeGreaterThan(0);
  }, 180_000);
});
