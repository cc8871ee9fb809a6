/**
 * Memory of a server handing out large evidence files: CONCURRENT people download the same 40 MB evidence file at
 * once through the app's route (`GET /api/evidence/:id`, the demo province, local folder store), each reading its
 * answer at 8 MB/s, and the process's RSS is sampled every 10 ms. Three ways, each in a fresh process:
 *   floor    no app: the file read with fs.createReadStream by the same readers (what streaming costs at least)
 *   stream   the app as it is: the store opens the file on the first read and passes it on piece by piece
 *   whole    the app with the store answering the whole file in memory (what every download did before)
 * Run: npx tsx bench/downloads.ts            (all three; one: npx tsx bench/downloads.ts stream)
 */
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const SIZE = 40 * 2 ** 20;
const CONCURRENT = 16;
/** Each reader takes a piece, then waits as long as the piece takes at this pace, so the downloads overlap as real ones do. */
const BYTES_PER_SECOND = 8 * 2 ** 20;
const MODES = ['floor', 'stream', 'whole'] as const;
type Mode = (typeof MODES)[number];

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

async function drain(stream: ReadableStream<Uint8Array>): Promise<number> {
  let read = 0;
  for await (const piece of stream) {
    read += piece.length;
    await new Promise((resolve) => setTimeout(resolve, (piece.length / BYTES_PER_SECOND) * 1000));
  }
  return read;
}

async function measure(run: () => Promise<number[]>) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  const sizes = await run();
  clearInterval(sampler);
  if (sizes.some((s) => s !== SIZE)) throw new Error(`a download was ${sizes.join(', ')} bytes, not ${SIZE}`);
  return {
    seconds: +((performance.now() - started) / 1000).toFixed(1),
    rssBeforeMb: mb(before),
    peakAboveMb: mb(peak - before),
  };
}

async function child(mode: Mode): Promise<void> {
  const bytes = new Uint8Array(SIZE).map((_, i) => (i * 131) % 251);
  if (mode === 'floor') {
    const path = join(await mkdtemp(join(tmpdir(), 'cchc-bench-dl-')), 'big.pdf');
    await writeFile(path, bytes);
    const result = await measure(() =>
      Promise.all(
        Array.from({ length: CONCURRENT }, () =>
          drain(Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>),
        ),
      ),
    );
    console.log(JSON.stringify({ mode, ...result }));
    return;
  }
  const { localFileStore } = await import('../src/files/local-file-store.js');
  const { withCommittedPlan } = await import('../test/support/plan.js');
  const { body } = await import('../test/support/api.js');
  const { SMALL_PDF } = await import('../test/support/plan.js');
  const folder = localFileStore(await mkdtemp(join(tmpdir(), 'cchc-bench-files-')));
  // 'whole': the store as it answered every download before, the whole file read into memory first.
  const files =
    mode === 'whole'
      ? {
          ...folder,
          open: async (key: string) => {
            const whole = await folder.get(key);
            return { stream: new Blob([whole]).stream(), size: whole.length };
          },
        }
      : folder;
  const { api, camlo, planId } = await withCommittedPlan({ files });
  const assignment = (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead`))).items[0];
  const uploaded = await body(
    await camlo.upload(`/api/assignments/${assignment.id}/evidence`, new Blob([SMALL_PDF]), 'bien-ban.pdf'),
  );
  const evidence = uploaded.evidence[0];
  // The same stored file, made large (the upload's content check is not what is measured here).
  const { storedFiles } = await import('../src/db/schema/index.js');
  const { eq } = await import('drizzle-orm');
  const [stored] = await api.database.db.select().from(storedFiles).where(eq(storedFiles.fileName, 'bien-ban.pdf'));
  await folder.put(stored!.storageKey, bytes);
  const result = await measure(() =>
    Promise.all(
      Array.from({ length: CONCURRENT }, async () => drain((await camlo.get(`/api/evidence/${evidence.id}`)).body!)),
    ),
  );
  console.log(JSON.stringify({ mode, ...result }));
  await api.close();
}

const asked = process.argv[2] as Mode | undefined;
if (process.env.BENCH_CHILD) {
  await child(process.env.BENCH_CHILD as Mode);
  process.exit(0);
} else {
  console.log(
    `${CONCURRENT} concurrent downloads of a ${mb(SIZE)} MB file, each read at ${mb(BYTES_PER_SECOND)} MB/s; ` +
      `${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}`,
  );
  for (const mode of asked ? [asked] : MODES) {
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)], {
      env: { ...process.env, BENCH_CHILD: mode, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      maxBuffer: 2 ** 26,
    });
    if (run.status !== 0) throw new Error(`${mode} failed:\n${run.stderr}`);
    console.log(run.stdout.trim().split('\n').at(-1));
  }
}
