/**
 * Plan documents mutated by the seeded fuzzer (test/support/fuzz) and read as uploads: counts per outcome
 * (a plan, each refusal code, timeout, crash, refusal not in Vietnamese) and the slowest cases.
 * Run: `nice -n 10 npx tsx bench/plan-fuzz.ts [count=10000] [seed=1] [--upload-path]`.
 * By default the files go through long-lived readers under the upload path's memory cap (ReaderPool); with
 * --upload-path each one goes through readUploadOffThread (its warm readers), as the server reads it.
 * Exits 1 when any case crashed, ran past its reader's time limit (10 s; the upload path's own: 15 s) or was
 * refused in something else than Vietnamese.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ReaderPool, loadSeeds, runFuzz, tally, type CaseResult } from '../test/support/fuzz/run.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const count = Number(args[0] ?? 10_000);
const seed = Number(args[1] ?? 1);
const uploadPath = process.argv.includes('--upload-path');

const seeds = await loadSeeds();
const pool = uploadPath ? undefined : new ReaderPool(2);
const started = performance.now();
let done = 0;
const results = await runFuzz(seeds, {
  seed,
  count,
  pool,
  onCase: () => {
    if (++done % 500 === 0) console.warn(`${done}/${count} in ${Math.round((performance.now() - started) / 1000)} s`);
  },
});
await pool?.close();
const seconds = (performance.now() - started) / 1000;

const bad = results.filter((r) => ['crash', 'timeout', 'not-vietnamese'].includes(r.outcome.kind));
const unexpected = results.filter((r) => r.outcome.kind === 'refused' && r.outcome.code.endsWith(':unexpected'));
const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
const line = (r: CaseResult) =>
  `#${r.index} ${r.mutant.seed} [${r.mutant.mutations.join(', ')}] ${Math.round(r.ms)} ms → ${
    r.outcome.kind === 'refused' || r.outcome.kind === 'not-vietnamese' ? r.outcome.code : r.outcome.kind
  }`;

const bySeedKind: Record<string, Record<string, number>> = {};
for (const r of results) {
  const kind = seeds.find((s) => s.name === r.mutant.seed)!.kind;
  const key = r.outcome.kind === 'refused' ? r.outcome.code : r.outcome.kind;
  bySeedKind[kind] ??= {};
  bySeedKind[kind][key] = (bySeedKind[kind][key] ?? 0) + 1;
}

console.warn(
  [
    `plan fuzz: ${count} documents from ${seeds.length} seeds (seed ${seed}, ${uploadPath ? 'a worker per file' : 'reader pool'}) in ${seconds.toFixed(0)} s`,
    `outcomes: ${JSON.stringify(tally(results))}`,
    `by seed format: ${JSON.stringify(bySeedKind)}`,
    `crash/timeout/not Vietnamese: ${bad.length}`,
    ...bad.slice(0, 20).map(line),
    `reader tripped (answered "file unreadable"): ${unexpected.length}`,
    ...unexpected
      .slice(0, 10)
      .map((r) => `${line(r)}\n    ${(r.outcome as { detail?: string }).detail?.split('\n').slice(0, 3).join(' | ')}`),
    'slowest:',
    ...slowest.map(line),
  ].join('\n'),
);
if (bad.length) {
  const dir = join(tmpdir(), `plan-fuzz-${seed}`);
  mkdirSync(dir, { recursive: true });
  for (const r of bad) writeFileSync(join(dir, `${r.index}-${r.mutant.seed.replace(/\W+/g, '_')}`), r.mutant.bytes);
  console.warn(`failing documents written to ${dir}`);
  process.exitCode = 1;
}
process.exit();
