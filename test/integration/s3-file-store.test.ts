/**
 * Object storage (issue #17.1): the file store over the S3 API against a real S3 server over HTTP (s3rver as its
 * own process, signatures checked; or any S3-compatible server named by TEST_S3_ENDPOINT): bytes back as stored,
 * listing past a page, hostile keys refused, a wrong secret refused by the server; and the app itself on the
 * bucket: evidence uploaded and downloaded (streamed, from the bucket and from the folder), a backup holding the bucket's objects restored into it; and an
 * installation's files moved to the bucket and back, resuming after an interruption.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localFileStore } from '../../src/files/local-file-store.js';
import { s3FileStore } from '../../src/files/s3-file-store.js';
import { migrateFiles } from '../../src/services/system/migrate-files.js';
import { createBackup } from '../../src/services/system/backup.js';
import { restoreBackup } from '../../src/services/system/restore.js';
import { body } from '../support/api.js';
import { runCchc } from '../support/cli.js';
import { SMALL_PDF, withCommittedPlan } from '../support/plan.js';
import { bucketEnvironment, startS3Server, type RunningS3 } from '../support/s3-server.js';

let s3: RunningS3;
let store: ReturnType<typeof s3FileStore>;

beforeAll(async () => {
  s3 = await startS3Server();
  store = s3FileStore(s3.settings);
});
afterAll(async () => {
  store?.close();
  await s3?.stop();
});

describe('the S3 file store', () => {
  it('gives back the bytes stored, says what exists, and names a missing file in Vietnamese', async () => {
    const bytes = new Uint8Array(6 * 1024 * 1024).map((_, i) => (i * 31) % 251);
    await store.put('evidence/2025/bien-ban.pdf', bytes);
    await store.put('evidence/2025/ghi-chu.txt', new TextEncoder().encode('Biên bản kiểm tra – ghi chú'));
    expect(Buffer.compare(await store.get('evidence/2025/bien-ban.pdf'), Buffer.from(bytes))).toBe(0);
    expect((await store.get('evidence/2025/ghi-chu.txt')).toString('utf8')).toBe('Biên bản kiểm tra – ghi chú');
    expect(await store.exists('evidence/2025/bien-ban.pdf')).toBe(true);
    expect(await store.exists('evidence/2025/khong-co.pdf')).toBe(false);
    await expect(store.get('evidence/2025/khong-co.pdf')).rejects.toMatchObject({
      code: 'FILE_MISSING',
      message: 'Không tìm thấy tệp đã lưu trên máy chủ.',
    });
  });

  it('takes a file from disk (an upload as received) and gives it back byte for byte, in the bucket and the folder', async () => {
    const bytes = new Uint8Array(6 * 1024 * 1024).map((_, i) => (i * 13) % 241);
    const scratch = await mkdtemp(join(tmpdir(), 'cchc-received-'));
    await writeFile(join(scratch, 'upload'), bytes);
    const folder = localFileStore(await mkdtemp(join(tmpdir(), 'cchc-put-file-')));
    for (const files of [store, folder]) {
      await files.putFile('evidence/2025/nhan.pdf', join(scratch, 'upload'));
      expect(Buffer.compare(await files.get('evidence/2025/nhan.pdf'), Buffer.from(bytes))).toBe(0);
      // Only whole files are listed: no part of a write is left behind.
      expect((await files.keys()).filter((key) => key.includes('nhan'))).toEqual(['evidence/2025/nhan.pdf']);
    }
  });

  it('streams a download in pieces as it is read, from the bucket and from the folder alike', async () => {
    const bytes = new Uint8Array(6 * 1024 * 1024).map((_, i) => (i * 17) % 253);
    const folder = localFileStore(await mkdtemp(join(tmpdir(), 'cchc-stream-')));
    for (const files of [store, folder]) {
      await files.put('evidence/2025/lon.pdf', bytes);
      const opened = await files.open('evidence/2025/lon.pdf');
      expect(opened.size).toBe(bytes.length);
      const pieces: Uint8Array[] = [];
      for await (const piece of opened.stream) pieces.push(piece);
      // Several pieces, none the whole file: it was never held at once.
      expect(pieces.length).toBeGreaterThan(1);
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(bytes.length);
      expect(Buffer.compare(Buffer.concat(pieces), Buffer.from(bytes))).toBe(0);
      await expect(files.open('evidence/2025/khong-co.pdf')).rejects.toMatchObject({ code: 'FILE_MISSING' });
      // Opened and never read: nothing to close, and the file can still be read afterwards.
      await files.open('evidence/2025/lon.pdf');
      expect((await files.get('evidence/2025/lon.pdf')).length).toBe(bytes.length);
    }
  });

  it('refuses a key that climbs out of its place, before any request', async () => {
    for (const key of ['../ngoai.pdf', '/tuyet-doi.pdf', 'a//b.pdf', 'a\\b.pdf', ''])
      await expect(store.put(key, new Uint8Array([1]))).rejects.toMatchObject({ code: 'INVALID_FILE_KEY' });
  });

  it('lists every key, past the server’s page of 1 000', async () => {
    const many = Array.from({ length: 1_005 }, (_, i) => `many/${String(i).padStart(4, '0')}.txt`);
    for (let i = 0; i < many.length; i += 50)
      await Promise.all(many.slice(i, i + 50).map((key) => store.put(key, new TextEncoder().encode(key))));
    const keys = await store.keys();
    expect(keys.filter((k) => k.startsWith('many/')).sort()).toEqual(many);
    expect(keys).toContain('evidence/2025/bien-ban.pdf');
  });

  it('is refused by the server with credentials it does not know, and keeps nothing', async () => {
    const stranger = s3FileStore({ ...s3.settings, accessKeyId: 'KHONG-CO' });
    try {
      await expect(stranger.put('evidence/gia-mao.pdf', new Uint8Array([1]))).rejects.toMatchObject({
        name: 'InvalidAccessKeyId',
      });
    } finally {
      stranger.close();
    }
    // s3rver checks the key id only (its SigV4 check is unimplemented); a real server given by TEST_S3_ENDPOINT
    // checks the signature too, so a wrong secret is refused there.
    if (process.env.TEST_S3_ENDPOINT) {
      const forged = s3FileStore({ ...s3.settings, secretAccessKey: `${s3.settings.secretAccessKey}-sai` });
      try {
        await expect(forged.put('evidence/gia-mao.pdf', new Uint8Array([1]))).rejects.toMatchObject({
          name: 'SignatureDoesNotMatch',
        });
      } finally {
        forged.close();
      }
    }
    expect(await store.exists('evidence/gia-mao.pdf')).toBe(false);
  });
});

describe('the app on the bucket', () => {
  it('stores an uploaded evidence file in the bucket and serves it back; a backup holds it and restores it', async () => {
    const bucket = s3FileStore({ ...s3.settings, prefix: `${s3.settings.prefix ?? ''}app/` });
    const { api, camlo, planId } = await withCommittedPlan({ files: bucket });
    try {
      const assignmentId = (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead`))).items[0].id;
      const content = new Uint8Array([...SMALL_PDF, ...new TextEncoder().encode('% minh chứng trên S3\n')]);
      const uploaded = await camlo.upload(
        `/api/assignments/${assignmentId}/evidence`,
        new Blob([content]),
        'minh-chung.pdf',
      );
      expect(uploaded.status).toBe(201);
      const evidence = (await body(uploaded)).evidence.find(
        (e: { fileName: string }) => e.fileName === 'minh-chung.pdf',
      );
      const stored = await bucket.keys();
      expect(stored.length).toBeGreaterThan(0);
      const download = await camlo.get(`/api/evidence/${evidence.id}`);
      expect(download.status).toBe(200);
      // Streamed from the bucket with its length known up front.
      expect(download.headers.get('content-length')).toBe(String(content.length));
      expect(Buffer.compare(Buffer.from(await download.arrayBuffer()), Buffer.from(content))).toBe(0);

      // The backup carries the bucket's objects; a restore puts them back (and drops what came after).
      const archive = await createBackup(api.database.db, bucket);
      const zip = await JSZip.loadAsync(archive);
      for (const key of stored) expect(zip.file(`files/${key}`), key).not.toBeNull();
      await bucket.put('sau-sao-luu/thua.txt', new TextEncoder().encode('tệp thừa'));
      await restoreBackup(api.database.db, bucket, archive);
      expect((await bucket.keys()).sort()).toEqual([...stored].sort());
      const again = await camlo.get(`/api/evidence/${evidence.id}`);
      expect(Buffer.compare(Buffer.from(await again.arrayBuffer()), Buffer.from(content))).toBe(0);
    } finally {
      bucket.close();
      await api.close();
    }
  });
});

describe('moving an installation’s files to the bucket and back (`cchc files migrate`)', () => {
  const bytesOf = (key: string) => new TextEncoder().encode(`tệp ${key}`);
  const keys = Array.from({ length: 12 }, (_, i) => `evidence/${String(i).padStart(2, '0')}/minh-chung.pdf`);

  it('copies every file, resumes after an interruption without copying twice, and comes back to a folder', async () => {
    const folder = localFileStore(await mkdtemp(join(tmpdir(), 'cchc-migrate-')));
    for (const key of keys) await folder.put(key, bytesOf(key));
    const bucket = s3FileStore({ ...s3.settings, prefix: `${s3.settings.prefix ?? ''}migrate/` });
    try {
      // The connection drops after the fourth file: the run fails, four files are in the bucket.
      let puts = 0;
      const dropping = {
        ...bucket,
        put: async (key: string, bytes: Uint8Array) => {
          if (++puts > 4) throw new Error('kết nối bị ngắt');
          await bucket.put(key, bytes);
        },
      };
      await expect(migrateFiles(folder, dropping)).rejects.toThrow('kết nối bị ngắt');
      expect(await bucket.keys()).toHaveLength(4);
      // Run again: the four are skipped, the rest copied.
      const seen: [number, number][] = [];
      expect(await migrateFiles(folder, bucket, (done, total) => seen.push([done, total]))).toEqual({
        copied: 8,
        skipped: 4,
      });
      expect(seen.at(-1)).toEqual([12, 12]);
      expect((await bucket.keys()).sort()).toEqual(keys);
      for (const key of keys) expect((await bucket.get(key)).toString()).toBe(`tệp ${key}`);
      expect(await migrateFiles(folder, bucket)).toEqual({ copied: 0, skipped: 12 });

      // And back, by the command a person types, to an empty data folder.
      const dataDir = await mkdtemp(join(tmpdir(), 'cchc-migrate-back-'));
      const env = {
        CCHC_DATA_DIR: dataDir,
        DATABASE_URL: '',
        ...bucketEnvironment({ ...s3.settings, prefix: `${s3.settings.prefix ?? ''}migrate/` }),
      };
      const back = await runCchc(['files', 'migrate', '--to', 'folder'], env);
      expect(back.stdout, back.stderr).toContain('Đã chép 12 tệp; 0 tệp đã có sẵn');
      const restored = localFileStore(join(dataDir, 'files'));
      expect((await restored.keys()).sort()).toEqual(keys);
      const wrong = await runCchc(['files', 'migrate', '--to', 'dau-do'], env);
      expect(wrong.code).not.toBe(0);
      expect(wrong.stderr).toContain('--to: hãy chọn bucket hoặc folder.');
      const unset = await runCchc(['files', 'migrate', '--to', 'bucket'], { CCHC_DATA_DIR: dataDir, DATABASE_URL: '' });
      expect(unset.code).not.toBe(0);
      expect(unset.stderr).toContain('Chưa cấu hình kho lưu trữ đối tượng');
    } finally {
      bucket.close();
    }
  });
});
