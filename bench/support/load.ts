import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { LoadResult } from './load-client.js';

const run = promisify(execFile);

/** Runs the load generator in its own process (so it does not share the server's time slices) and returns its figures. */
export async function runLoad(config: Record<string, unknown>): Promise<LoadResult> {
  // In a file: a thousand users' sessions are more than a command line holds.
  const dir = await mkdtemp(join(tmpdir(), 'cchc-load-'));
  const file = join(dir, 'config.json');
  await writeFile(file, JSON.stringify(config));
  try {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'load-client.ts'), `@${file}`],
      { maxBuffer: 1 << 26 },
    );
    return JSON.parse(stdout) as LoadResult;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const LOAD_HEADER = '| req/s | p50 ms | p90 ms | p95 ms | p99 ms | max ms | failed |';
export const LOAD_RULE = '|---|---|---|---|---|---|---|';
export const loadCells = (r: LoadResult) =>
  `| ${r.requestsPerSecond} | ${r.p50} | ${r.p90} | ${r.p95} | ${r.p99} | ${r.max} | ${r.failed} |`;
