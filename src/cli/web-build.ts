import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';

const WEB_DIR = fileURLToPath(new URL('../../web', import.meta.url));
const SOURCES = [
  join(WEB_DIR, 'src'),
  join(WEB_DIR, 'index.html'),
  join(WEB_DIR, 'vite.config.ts'),
  fileURLToPath(new URL('../contracts', import.meta.url)),
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds the browser app when web/dist is missing or older than its sources (first `npm start`). */
export async function ensureWebBuilt(logger: Logger): Promise<void> {
  const built = join(WEB_DIR, 'dist', 'index.html');
  if (!existsSync(join(WEB_DIR, 'vite.config.ts'))) {
    logger.warn('web/vite.config.ts không tồn tại: chỉ chạy API');
    return;
  }
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...SOURCES.map(newestMtime))) return;
  logger.info('đang dựng giao diện web (lần đầu mất khoảng 20-40 giây)…');
  // In a child process, so the build's memory is returned before the server starts.
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [vite, 'build', '--config', join(WEB_DIR, 'vite.config.ts'), '--logLevel', 'warn'],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed (exit ${code})`))));
  });
  logger.info('đã dựng xong giao diện web');
}
