import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCchc } from '../support/cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/dossiers');
let dataDir: string;
const cchc = (args: string[]) => runCchc(args, { CCHC_DATA_DIR: dataDir, DATABASE_URL: '' });

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cchc-dossiers-cli-'));
  await cchc(['db', 'migrate']);
  await cchc(['demo']);
}, 120_000);

describe('cchc dossiers import', () => {
  it(
    'writes nothing from a file with refused rows unless told, and updates on a second import',
    { timeout: 120_000 },
    async () => {
      const refused = await cchc(['dossiers', 'import', join(FIXTURES, 'bad.csv'), '--source', 'mot-cua']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('Dòng 3, MaHoSo: thiếu mã hồ sơ');
      expect(refused.stderr).toContain('DOSSIER_ROWS_INVALID');

      const first = await cchc(['dossiers', 'import', join(FIXTURES, 'sync.ndjson'), '--source', 'mot-cua']);
      expect(first.stdout).toContain('4 hợp lệ, 0 lỗi. Đã ghi: 4 mới, 0 cập nhật, 0 không đổi.');
      const again = await cchc(['dossiers', 'import', join(FIXTURES, 'sync.csv'), '--source', 'mot-cua']);
      // The same dossiers with the same facts: held already, left as they were.
      expect(again.stdout).toContain('Đã ghi: 0 mới, 0 cập nhật, 4 không đổi.');
      const accepted = await cchc([
        'dossiers',
        'import',
        join(FIXTURES, 'bad.csv'),
        '--source',
        'mot-cua',
        '--accept-valid-rows',
      ]);
      expect(accepted.stdout).toContain('1 hợp lệ, 2 lỗi. Đã ghi: 1 mới, 0 cập nhật, 0 không đổi.');
    },
  );
});
