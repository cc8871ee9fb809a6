/**
 * One dossier import in a process of its own, as `cchc dossiers import FILE --source NAME` runs it
 * (`importDossierFileAsOperator`: the whole file checked, then written batch by batch with the daily
 * aggregates), so that the process's peak memory is the import's:
 *   npx tsx bench/support/dossier-import-child.ts '{"url":"postgres://…"|"dataDir":"…","file":"…"}'
 * Prints a JSON ImportRun on stdout.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { openDatabase } from '../../src/db/client.js';
import { importDossierFileAsOperator } from '../../src/services/dossiers/import-dossier-file.js';

export interface ImportRun {
  rows: number;
  validRows: number;
  invalidRows: number;
  inserted: number;
  updated: number;
  /** The check pass (read, map, match units; nothing written). */
  checkMs: number;
  /** The write pass (read again, upsert, daily aggregates). */
  writeMs: number;
  totalMs: number;
  /** Resident memory once the database is open, before the import (MiB). */
  rssBeforeMib: number;
  /** The process's peak resident memory (VmHWM, MiB): everything, the database included on PGlite. */
  vmHwmMib: number;
  /** Peak of the V8 heap in use, sampled every 50 ms (MiB). */
  heapPeakMib: number;
  heapBeforeMib: number;
  /** Peak of memory outside the V8 heap held by ArrayBuffers (PGlite's WebAssembly memory among them). */
  arrayBuffersPeakMib: number;
}

const config = JSON.parse(process.argv[2]!) as { url?: string; dataDir?: string; file: string; source?: string };
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
const status = (field: string) =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024;

const handle = await openDatabase({ url: config.url, dataDir: config.dataDir, owner: 'bench-dossier-import' });
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;
let heapPeak = heapBefore;
let arrayBuffersPeak = process.memoryUsage().arrayBuffers;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  heapPeak = Math.max(heapPeak, m.heapUsed);
  arrayBuffersPeak = Math.max(arrayBuffersPeak, m.arrayBuffers);
}, 50);

const started = performance.now();
/** The check pass ends with its last progress report (after its last batch). */
let checkEnded = 0;
const { reading, written } = await importDossierFileAsOperator(handle.db, {
  fileName: config.file.split('/').pop()!,
  sourceName: config.source ?? 'bench',
  open: () => createReadStream(config.file, { highWaterMark: 1 << 16 }),
  acceptValidRows: false,
  dryRun: false,
  now: new Date(),
  onProgress: (stage) => {
    if (stage === 'check') checkEnded = performance.now();
  },
});
const ended = performance.now();
clearInterval(sampler);
await handle.close();
if (!written)
  throw new Error(`nothing written: ${reading.invalidRows} refused rows, e.g. ${JSON.stringify(reading.problems[0])}`);

const run: ImportRun = {
  rows: reading.validRows + reading.invalidRows,
  validRows: reading.validRows,
  invalidRows: reading.invalidRows,
  inserted: written.inserted,
  updated: written.updated,
  checkMs: Math.round(checkEnded - started),
  writeMs: Math.round(ended - checkEnded),
  totalMs: Math.round(ended - started),
  rssBeforeMib: mib(rssBefore),
  vmHwmMib: mib(status('VmHWM')),
  heapPeakMib: mib(heapPeak),
  heapBeforeMib: mib(heapBefore),
  arrayBuffersPeakMib: mib(arrayBuffersPeak),
};
process.stdout.write(JSON.stringify(run));
