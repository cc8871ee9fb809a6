import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, units, users } from '../../src/db/schema/index.js';
import { localFileStore } from '../../src/files/local-file-store.js';
import { createBackup } from '../../src/services/system/backup.js';
import { restoreBackup } from '../../src/services/system/restore.js';
import { createTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
let filesRoot: string;
beforeAll(async () => {
  api = await createTestApi();
  filesRoot = await mkdtemp(join(tmpdir(), 'cchc-files-'));
});
afterAll(() => api.close());

describe('backup and restore', () => {
  it('restores exactly the data and files of the moment of the backup', async () => {
    const db = api.database.db;
    await mkdir(join(filesRoot, 'evidence'), { recursive: true });
    await writeFile(join(filesRoot, 'evidence', 'bien-ban.pdf'), '%PDF-1.4 minh chứng');
    const unitsBefore = await db.select().from(units).orderBy(units.code);
    const auditBefore = await db.select().from(auditLog).orderBy(auditLog.id);
    const archive = await createBackup(db, localFileStore(filesRoot));

    const manifest = JSON.parse(await (await JSZip.loadAsync(archive)).file('manifest.json')!.async('string'));
    expect(manifest).toMatchObject({ format: 'cchc.backup/v1', files: 1 });
    expect(manifest.tables.units).toBe(unitsBefore.length);

    // Changes after the backup …
    await db.update(units).set({ name: 'Tên bị sửa sau sao lưu' }).where(eq(units.code, 'QT.STP'));
    await db.delete(auditLog);
    await writeFile(join(filesRoot, 'evidence', 'bien-ban.pdf'), 'bị ghi đè');
    await writeFile(join(filesRoot, 'thua.txt'), 'tệp thừa');

    // … are undone by the restore.
    await restoreBackup(db, localFileStore(filesRoot), archive);
    expect(await db.select().from(units).orderBy(units.code)).toEqual(unitsBefore);
    expect(await db.select().from(auditLog).orderBy(auditLog.id)).toEqual(auditBefore);
    expect(await readFile(join(filesRoot, 'evidence', 'bien-ban.pdf'), 'utf8')).toBe('%PDF-1.4 minh chứng');
    await expect(readFile(join(filesRoot, 'thua.txt'))).rejects.toThrow();

    // Serial ids continue after the restored ones, and accounts still sign in.
    await expect(api.signIn('snv.cchc')).resolves.toBeTruthy();
    const [last] = await db.select({ id: auditLog.id }).from(auditLog).orderBy(auditLog.id);
    expect(last).toBeTruthy();
    expect((await db.select().from(users)).length).toBe(8);
  });

  it('refuses a file that is not a cchc backup and changes nothing', async () => {
    const before = (await api.database.db.select().from(units)).length;
    await expect(
      restoreBackup(api.database.db, localFileStore(filesRoot), new Uint8Array([1, 2, 3])),
    ).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
    });
    const zip = new JSZip();
    zip.file('manifest.json', JSON.stringify({ format: 'something-else' }));
    await expect(
      restoreBackup(api.database.db, localFileStore(filesRoot), await zip.generateAsync({ type: 'uint8array' })),
    ).rejects.toMatchObject({ code: 'NOT_A_BACKUP' });
    expect((await api.database.db.select().from(units)).length).toBe(before);
  });

  it('gives an administrator, and no one else, the backup through the running server, and records who took it', async () => {
    expect((await (await api.signIn('snv.cchc')).get('/api/system/backup')).status).toBe(403);
    const admin = await api.signIn('quantri');
    const response = await admin.get('/api/system/backup');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/cchc-sao-luu-\d{4}-\d{2}-\d{2}\.zip/);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.tables.units).toBe((await api.database.db.select().from(units)).length);
    const [recorded] = await api.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'system.downloadBackup'));
    expect(recorded).toMatchObject({ actorId: admin.user.id, entity: 'system' });
  });
});
