import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCchc } from '../support/cli.js';

let dataDir: string;

/** Runs the real `cchc` command on its own embedded database (the CLI tier always uses PGlite). */
const cchc = (args: string[], env: Record<string, string> = {}) =>
  runCchc(args, { CCHC_DATA_DIR: dataDir, DATABASE_URL: '', ...env });

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cchc-cli-'));
});

describe('the cchc command', () => {
  it('migrates, loads the demo, creates a user, exports, backs up and restores', { timeout: 180_000 }, async () => {
    expect((await cchc(['db', 'migrate'])).stdout).toContain('Đã cập nhật cấu trúc CSDL');
    const demo = await cchc(['demo']);
    expect(demo.stdout).toMatch(/Đã nạp 79 đơn vị/);
    expect(demo.stdout).toContain('Demo@cchc2025 (phải đổi ở lần đăng nhập đầu tiên)');

    const noPassword = await cchc([
      'users',
      'create',
      '--username',
      'cv.snv',
      '--name',
      'Chuyên viên',
      '--role',
      'coordinator',
      '--unit',
      'QT.SNV',
    ]);
    expect(noPassword.code).not.toBe(0);
    expect(noPassword.stderr).toContain('CCHC_PASSWORD');
    const weak = await cchc(
      ['users', 'create', '--username', 'cv.snv', '--name', 'Chuyên viên', '--role', 'coordinator', '--unit', 'QT.SNV'],
      { CCHC_PASSWORD: 'password123' },
    );
    expect(weak.code).not.toBe(0);
    expect(weak.stderr).toContain('Mật khẩu ban đầu: mật khẩu này quá phổ biến');
    const created = await cchc(
      ['users', 'create', '--username', 'cv.snv', '--name', 'Chuyên viên', '--role', 'coordinator', '--unit', 'QT.SNV'],
      { CCHC_PASSWORD: 'MatKhau2025x' },
    );
    expect(created.stdout).toContain('Đã tạo tài khoản cv.snv (coordinator, Sở Nội vụ)');

    const csv = join(dataDir, 'units.csv');
    await cchc(['units', 'export', csv]);
    expect(await readFile(csv, 'utf8')).toContain('QT.STTTT,QT,"Sở, ban, ngành"');
    const bad = join(dataDir, 'bad.csv');
    await writeFile(bad, 'Mã đơn vị,Tên đơn vị,Loại,Cấp\nX,Thiếu cấp,department,\n');
    const rejected = await cchc(['units', 'import', bad]);
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toContain('dòng 2, cột "Cấp"');

    const backup = join(dataDir, 'backup.zip');
    expect((await cchc(['backup', backup])).stdout).toContain('Đã sao lưu');
    await cchc(['users', 'create', '--username', 'sau.saoluu', '--name', 'Tạo sau sao lưu', '--role', 'leader'], {
      CCHC_PASSWORD: 'MatKhau2025x',
    });
    const restored = await cchc(['restore', backup, '--yes']);
    expect(restored.stdout).toMatch(/units 79/);
    expect(restored.stdout).toMatch(/users 9/);
  });

  it('refuses several server processes on the embedded database, before touching anything', async () => {
    for (const command of ['serve', 'start']) {
      const refused = await cchc([command], { CCHC_WORKERS: '2', PORT: '1' });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('Chạy nhiều tiến trình (CCHC_WORKERS > 1) cần PostgreSQL (DATABASE_URL)');
    }
    expect((await cchc(['serve'], { CCHC_WORKERS: 'hai' })).stderr).toContain(
      'CCHC_WORKERS phải là số nguyên từ 1 đến 64',
    );
  });
});
