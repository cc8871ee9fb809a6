/**
 * Memory of a server taking large evidence uploads: CONCURRENT reporters send a 19 MB PDF at once over HTTP to
 * `POST /api/assignments/:id/evidence` (the demo province, local folder store), each sending at 8 MB/s, and the
 * server process samples its own RSS every 10 ms. The server runs in its own process; the senders read the file
 * from disk in this one, so only the server's memory is counted. Three servers, each in a fresh process:
 *   floor    no app: a bare node:http server writing each request body to a file (what receiving costs at least)
 *   stream   the app as it is: the form read as it arrives into a temporary file, the readers and the store
 *            reading that file
 *   before   the app at another checkout (BENCH_BEFORE=/path/to/checkout, e.g. a `git worktree` of 723e470, whose
 *            uploads were read whole with hono's parseBody and copied to the reader's thread); skipped without it
 * Run: npx tsx bench/uploads.ts            (one: npx tsx bench/uploads.ts stream)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CONCURRENT = 16;
const BYTES_PER_SECOND = 8 * 2 ** 20;
const PIECE = 64 * 1024;
const MODES = ['floor', 'stream', 'before'] as const;
type Mode = (typeof MODES)[number];

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

interface Ready {
  port: number;
  path: string;
  headers: Record<string, string>;
}

/** The server's side: start, say where to send, sample RSS until asked for the peak. */
async function server(mode: Mode): Promise<void> {
  let ready: Ready;
  if (mode === 'floor') {
    const folder = await mkdtemp(join(tmpdir(), 'cchc-bench-up-floor-'));
    let n = 0;
    const http = createServer((request, response) => {
      void pipeline(request, createWriteStream(join(folder, `upload-${n++}`))).then(() => {
        response.writeHead(201).end('{}');
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    ready = { port: (http.address() as AddressInfo).port, path: '/', headers: {} };
  } else {
    const root = mode === 'before' ? process.env.BENCH_BEFORE! : fileURLToPath(new URL('..', import.meta.url));
    const from = (file: string) => import(pathToFileURL(join(root, file)).href);
    const { withCommittedPlan } = await from('test/support/plan.ts');
    const { body } = await from('test/support/api.ts');
    const { serve } = await import('@hono/node-server');
    const { api, camlo, planId } = await withCommittedPlan();
    const assignment = (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead`))).items[0];
    const http = serve({
      port: 0,
      hostname: '127.0.0.1',
      fetch: (request: Request) => {
        const url = new URL(request.url);
        return api.request(url.pathname + url.search, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          duplex: 'half',
        } as RequestInit);
      },
    });
    await new Promise((resolve) => http.once('listening', resolve));
    ready = {
      port: (http.address() as AddressInfo).port,
      path: `/api/assignments/${assignment.id}/evidence`,
      headers: { cookie: camlo.session.cookie, 'x-csrf-token': camlo.session.csrf },
    };
  }
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  process.on('message', (message) => {
    if (message === 'peak') process.send!({ rssBeforeMb: mb(before), peakAboveMb: mb(peak - before) });
  });
  process.send!(ready);
}

/** One reporter's upload: the multipart form written around the file, read from disk at the given pace. */
async function send(ready: Ready, file: string, size: number): Promise<number> {
  const boundary = `cchc${Math.random().toString(16).slice(2)}`;
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bien-ban-kiem-tra.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n`,
  );
  const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
  const pieces = createReadStream(file, { highWaterMark: PIECE })[Symbol.asyncIterator]();
  let stage: 'head' | 'file' | 'done' = 'head';
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (stage === 'head') return void ((stage = 'file'), controller.enqueue(head));
      if (stage === 'done') return controller.close();
      const next = await pieces.next();
      if (next.done) return void ((stage = 'done'), controller.enqueue(tail));
      await new Promise((resolve) => setTimeout(resolve, (next.value.length / BYTES_PER_SECOND) * 1000));
      controller.enqueue(new Uint8Array(next.value));
    },
  });
  const response = await fetch(`http://127.0.0.1:${ready.port}${ready.path}`, {
    method: 'POST',
    headers: {
      ...ready.headers,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(head.length + size + tail.length),
    },
    body: stream,
    duplex: 'half',
  } as RequestInit);
  await response.arrayBuffer();
  return response.status;
}

async function measure(mode: Mode, file: string, size: number) {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    // All the uploads at once, not CCHC_MAX_IN_FLIGHT of them with the rest refused after waiting: memory is the question.
    env: { ...process.env, BENCH_CHILD: mode, LOG_LEVEL: 'silent', CCHC_MAX_IN_FLIGHT: String(CONCURRENT) },
  });
  try {
    return await measureIn(child, mode, file, size);
  } finally {
    child.kill();
  }
}

async function measureIn(child: ChildProcess, mode: Mode, file: string, size: number) {
  const ready = await new Promise<Ready>((resolve) => child.once('message', (m) => resolve(m as Ready)));
  const started = performance.now();
  const statuses = await Promise.all(Array.from({ length: CONCURRENT }, () => send(ready, file, size)));
  const seconds = +((performance.now() - started) / 1000).toFixed(1);
  if (statuses.some((s) => s !== 201)) throw new Error(`${mode}: answers ${statuses.join(', ')}`);
  child.send('peak');
  const memory = await new Promise((resolve) => child.once('message', resolve));
  return { mode, seconds, ...(memory as object) };
}

if (process.env.BENCH_CHILD) {
  await server(process.env.BENCH_CHILD as Mode);
} else {
  // A PDF carrying 19 MB of comment after its end: under the 20 MB limit, accepted by the content check.
  const { SMALL_PDF } = await import('../test/support/plan.js');
  const pdf = Buffer.concat([
    Buffer.from(SMALL_PDF),
    Buffer.from(`% ${'x'.repeat(19 * 2 ** 20)}\nstartxref\n0\n%%EOF\n`),
  ]);
  const file = join(await mkdtemp(join(tmpdir(), 'cchc-bench-up-')), 'bien-ban.pdf');
  await writeFile(file, pdf);
  console.log(
    `${CONCURRENT} concurrent uploads of a ${mb(pdf.length)} MB PDF, each sent at ${mb(BYTES_PER_SECOND)} MB/s; ` +
      `${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}`,
  );
  const asked = process.argv[2] as Mode | undefined;
  for (const mode of asked ? [asked] : MODES) {
    if (mode === 'before' && !process.env.BENCH_BEFORE) {
      console.log('before: skipped (set BENCH_BEFORE to another checkout)');
      continue;
    }
    console.log(JSON.stringify(await measure(mode, file, pdf.length)));
  }
}
