import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { goldenPath, planPath, PLANS } from '../unit/plan-import/plans.js';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/cchc.mjs');

/**
 * The real `cchc import` command, as the "done when" runs it, reproduces every golden file
 * when given the same unit directory (as a JSON directory file) and the same date.
 */
describe('npx cchc import FILE --format json', () => {
  for (const plan of PLANS) {
    it(
      `${plan.name}: stdout is exactly the checked golden plan, progress goes to stderr`,
      { timeout: 60_000 },
      async () => {
        const dir = await mkdtemp(join(tmpdir(), 'cchc-import-'));
        const units = join(dir, 'don-vi.json');
        await writeFile(units, JSON.stringify(plan.directory));
        const { stdout, stderr } = await run(
          process.execPath,
          [
            BIN,
            'import',
            fileURLToPath(planPath(plan.name)),
            '--format',
            'json',
            '--units',
            units,
            '--as-of',
            plan.asOf,
          ],
          {
            env: { ...process.env, CCHC_DATA_DIR: dir, LOG_LEVEL: 'warn' },
            maxBuffer: 1 << 26,
          },
        );
        expect(JSON.parse(stdout)).toEqual(JSON.parse(await readFile(goldenPath(plan.name), 'utf8')));
        expect(stderr).toMatch(/Đã đọc \d+ lĩnh vực, \d+ hoạt động, \d+ chỉ tiêu/);
      },
    );
  }
});
