import { access, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCchc } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = relative(process.cwd(), join(ROOT, 'test/fixtures/portal'));
const GROUPS = [
  'dvc-progress-tree',
  'provide-online-tree',
  'formality-online-payment-tree',
  'transparency',
  'handling-satisfaction',
  'dossier-digitized',
];

let dir: string;
/** A data folder that must never come to exist, and a PostgreSQL nobody listens on: `check` opens no database. */
const noDatabase = () => ({
  CCHC_DATA_DIR: join(dir, 'never-created'),
  DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cchc-service-figures-'));
});

describe('npx cchc service-figures check FILE... --format json', () => {
  it(
    'prints one object per unit row and group, with published and recomputed scores, and no database',
    { timeout: 60_000 },
    async () => {
      const files = GROUPS.map((g) => join(FIXTURES, `${g}.json`));
      const { code, stdout, stderr } = await runCchc(
        ['service-figures', 'check', ...files, '--format', 'json'],
        noDatabase(),
      );
      expect(code, stderr).toBe(0);
      const rows = JSON.parse(stdout) as Record<string, unknown>[];
      expect(rows).toHaveLength(28);
      for (const row of rows)
        expect(Object.keys(row).sort()).toEqual(
          [
            'departmentCode',
            'departmentId',
            'departmentName',
            'file',
            'group',
            'level',
            'published',
            'recomputed',
          ].sort(),
        );
      expect(new Set(rows.map((r) => r.group))).toEqual(new Set(['TDGQ', 'CLGQ', 'TTTT', 'CKMB', 'MDHL', 'MDSH']));
      expect(rows).toContainEqual({
        file: files[0],
        group: 'TDGQ',
        departmentId: '6501a3c2e4b0f1000a000112',
        departmentCode: 'H44.12',
        departmentName: 'Sở Y tế',
        level: 'PROVINCE',
        published: 18.5,
        recomputed: 18.46,
      });
      // A child of the online-services tree carries only its total: nothing to recompute from.
      expect(rows).toContainEqual(
        expect.objectContaining({ group: 'CLGQ', departmentName: 'Sở Nội vụ', published: 10, recomputed: null }),
      );
      expect(rows).toContainEqual(
        expect.objectContaining({
          group: 'MDHL',
          departmentName: 'UBND xã Cửa Tùng',
          level: 'COMMUNE',
          published: 12,
          recomputed: 12,
        }),
      );
      expect(stderr).toContain('Sở Y tế: điểm công bố 18,50 lệch điểm tính lại 18,46.');
      expect(stderr).toContain('cảnh báo chất lượng dữ liệu (DOSSIER_SYNC): WARNING');
      await expect(access(join(dir, 'never-created'))).rejects.toThrow();
    },
  );

  it('exits non-zero with a Vietnamese message when a file cannot be read', { timeout: 60_000 }, async () => {
    const missing = await runCchc(['service-figures', 'check', join(dir, 'khong-co.json')], noDatabase());
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('Không mở được tệp');
    expect(missing.stdout).toBe('');

    const html = join(dir, 'trang.json');
    await writeFile(html, '<html><body>Đăng nhập</body></html>');
    const refused = await runCchc(['service-figures', 'check', html, '--format', 'json'], noDatabase());
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(
      `Tệp “${html}” không đọc được như số liệu Cổng Dịch vụ công quốc gia: tệp không phải JSON hợp lệ.`,
    );

    const csv = await runCchc(['service-figures', 'check', html, '--format', 'csv'], noDatabase());
    expect(csv.stderr).toContain('Định dạng đầu ra “csv” chưa hỗ trợ');
  });
});
