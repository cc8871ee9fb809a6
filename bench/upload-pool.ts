/**
 * The time a plan upload waits for its reader: a PDF (a 32-page plan) and a Word file read through
 * `readUploadOffThread`, exactly as the upload routes read them, in a fresh process:
 *   cold     the first upload of the process, readers not started
 *   prewarm  the first upload once the server has warmed the readers (what a user's first upload costs
 *            after `cchc serve` has started; skipped where the readers cannot be warmed)
 *   warm     the median of later uploads
 * and the process's RSS (workers included: they are threads of this process) with the readers warm.
 * Run: npx tsx bench/upload-pool.ts [cold|prewarm]   (no argument: both, each in its own process)
 */
import { contentOfBytes } from '../src/files/upload-content.js';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const WARM_RUNS = 5;
const FILES = {
  pdf: '../test/fixtures/variants/quang-tri-2025/libreoffice.pdf',
  docx: '../test/fixtures/variants/quang-tri-2025/word.docx',
} as const;

type Mode = 'cold' | 'prewarm';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

async function child(mode: Mode, first: keyof typeof FILES): Promise<void> {
  const uploads = await import('../src/readers/read-upload.js');
  const { quangTriDirectory } = await import('../test/fixtures/directories/quang-tri-2025.js');
  const bytes = (kind: keyof typeof FILES) =>
    new Uint8Array(readFileSync(fileURLToPath(new URL(FILES[kind], import.meta.url))));
  const read = async (kind: keyof typeof FILES) => {
    const started = performance.now();
    const parsed = await uploads.readUploadOffThread({
      kind: 'plan',
      content: contentOfBytes(bytes(kind)),
      fileName: `ke-hoach.${kind}`,
      directory: quangTriDirectory,
      asOf: '2025-01-01',
    });
    return { ms: performance.now() - started, activities: parsed.plan.activities.length };
  };
  const out: Record<string, unknown> = { mode, first, rssStart: mb(process.memoryUsage().rss) };
  if (mode === 'prewarm') {
    const warm = (uploads as { warmUploadReaders?: () => Promise<void> }).warmUploadReaders;
    if (!warm) {
      console.log(JSON.stringify({ ...out, skipped: 'no warmUploadReaders' }));
      return;
    }
    const started = performance.now();
    await warm();
    out.warmUpMs = Math.round(performance.now() - started);
    out.rssWarmIdle = mb(process.memoryUsage().rss);
  }
  const order: (keyof typeof FILES)[] = first === 'pdf' ? ['pdf', 'docx'] : ['docx', 'pdf'];
  const firstRead = await read(order[0]!);
  out[`first_${order[0]}_ms`] = Math.round(firstRead.ms);
  out.activities = firstRead.activities;
  for (const kind of order) {
    const times: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) times.push((await read(kind)).ms);
    out[`warm_${kind}_ms`] = Math.round(median(times));
  }
  out.rssWarm = mb(process.memoryUsage().rss);
  const close = (uploads as { closeUploadReaders?: () => Promise<void> }).closeUploadReaders;
  await close?.();
  console.log(JSON.stringify(out));
}

if (process.argv[2] === '--child') {
  await child(process.argv[3] as Mode, process.argv[4] as keyof typeof FILES);
} else {
  const modes: Mode[] = process.argv[2] ? [process.argv[2] as Mode] : ['cold', 'prewarm'];
  console.log(`# ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}`);
  for (const mode of modes)
    for (const first of ['pdf', 'docx'] as const) {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, first],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      process.stdout.write(run.stdout);
    }
}
