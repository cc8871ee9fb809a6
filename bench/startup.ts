/**
 * Cold and warm start of `cchc start` (what `npm start` runs): time until /api/health answers 200 and the
 * login page is served, and the server's resident memory (current and peak) once it is ready.
 *   npx tsx bench/startup.ts            (removes web/dist first, so the first run includes the web build)
 *   npx tsx bench/startup.ts --keep-web (the web app already built)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const PORT = 3917;

async function memoryOf(pid: number) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) =>
    Math.round(Number(/(\d+) kB/.exec(status.split('\n').find((l) => l.startsWith(name)) ?? '')?.[1] ?? 0) / 1024);
  return { rssMb: field('VmRSS'), peakRssMb: field('VmHWM') };
}

async function startOnce(dataDir: string, label: string) {
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'bin/cchc.mjs'), 'start'], {
    env: { ...process.env, CCHC_DATA_DIR: dataDir, PORT: String(PORT), DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  let healthMs = 0;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) {
        healthMs = performance.now() - started;
        break;
      }
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const page = await (await fetch(`http://127.0.0.1:${PORT}/dang-nhap`)).text();
  const pageMs = performance.now() - started;
  if (!page.includes('<div id="root">')) throw new Error('login page not served');
  const memory = await memoryOf(child.pid!);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  console.log(
    `| ${label} | ${(healthMs / 1000).toFixed(1)} s | ${(pageMs / 1000).toFixed(1)} s | ${memory.rssMb} MiB | ${memory.peakRssMb} MiB |`,
  );
}

const dataDir = await mkdtemp(join(tmpdir(), 'cchc-bench-start-'));
if (!process.argv.includes('--keep-web')) await rm(join(ROOT, 'web/dist'), { recursive: true, force: true });
console.log(
  `Node ${process.version}, ${(await readFile('/proc/cpuinfo', 'utf8')).split('\n').filter((l) => l.startsWith('processor')).length} cores`,
);
console.log('| start | /api/health 200 | login page | RSS when ready | peak RSS |\n|---|---|---|---|---|');
await startOnce(
  dataDir,
  process.argv.includes('--keep-web')
    ? 'empty database (web already built)'
    : 'fresh clone: web build + empty database + demo',
);
await startOnce(dataDir, 'second start (built, data present)');
await rm(dataDir, { recursive: true, force: true });
