import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { filesDir, loadConfig } from '../../config.js';
import type { ErrorParams } from '../../domain/error-codes.js';
import { AppError } from '../../domain/errors.js';
import { configuredFileStore } from '../../files/configured-file-store.js';
import { localFileStore } from '../../files/local-file-store.js';
import { s3FileStore } from '../../files/s3-file-store.js';
import { migrateFiles } from '../../services/system/migrate-files.js';
import { createBackup } from '../../services/system/backup.js';
import { restoreBackup } from '../../services/system/restore.js';
import { withDatabase } from '../context.js';
import { downloadBackupFrom } from '../remote-backup.js';

const progress = (message: string) => console.error(`  ${message}`);

/** The embedded database is held by a running server: say how to back up through it instead. */
function throughTheServer(file: string) {
  return (error: unknown) => {
    if (!(error instanceof AppError) || error.code !== 'DATABASE_IN_USE') throw error;
    const said = error.params as Extract<ErrorParams<'DATABASE_IN_USE'>, { lockFile: string }>;
    throw new AppError(
      'DATABASE_IN_USE',
      { ...said, backupHint: { file, url: said.url ?? 'http://ĐỊA-CHỈ-MÁY-CHỦ' } },
      error.details,
    );
  };
}

/** A restore replaces everything the server is serving: it waits for no one, the server must stop first. */
function refuseUnderServer(error: unknown): never {
  if (!(error instanceof AppError) || error.code !== 'DATABASE_IN_USE') throw error;
  const { pid } = error.params as Extract<ErrorParams<'DATABASE_IN_USE'>, { lockFile: string }>;
  throw new AppError('DATABASE_IN_USE', { pid, attempt: 'restore' }, error.details);
}

export function registerAdminCommands(program: Command) {
  program
    .command('backup <file>')
    .description('Sao lưu toàn bộ CSDL và tệp đính kèm vào một tệp .zip (ảnh chụp nhất quán)')
    .option('--server <url>', 'lấy bản sao lưu qua máy chủ cchc đang chạy (cần khi CSDL nhúng đang được máy chủ dùng)')
    .option('--user <username>', 'tài khoản quản trị trên máy chủ đó (mật khẩu trong biến môi trường CCHC_PASSWORD)')
    .action(async (file: string, options: { server?: string; user?: string }) => {
      if (options.server) {
        const password = process.env.CCHC_PASSWORD;
        if (!options.user || !password) throw new AppError('CREDENTIALS_REQUIRED');
        const archive = await downloadBackupFrom(options.server, options.user, password);
        await writeFile(file, archive);
        console.log(`Đã sao lưu qua máy chủ vào ${file} (${(archive.length / 1024).toFixed(0)} KB).`);
        return;
      }
      await withDatabase(async (database) => {
        const archive = await createBackup(database.db, configuredFileStore(loadConfig()), progress);
        await writeFile(file, archive);
        console.log(`Đã sao lưu vào ${file} (${(archive.length / 1024).toFixed(0)} KB).`);
      }).catch(throughTheServer(file));
    });
  program
    .command('restore <file>')
    .description('Khôi phục từ bản sao lưu: THAY THẾ toàn bộ dữ liệu hiện có (phải dừng máy chủ trước)')
    .requiredOption('--yes', 'xác nhận thay thế toàn bộ dữ liệu')
    .action((file: string) =>
      withDatabase(async (database) => {
        const counts = await restoreBackup(
          database.db,
          configuredFileStore(loadConfig()),
          await readFile(file),
          progress,
        );
        console.log(
          `Đã khôi phục: ${Object.entries(counts)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ')}.`,
        );
      }).catch(refuseUnderServer),
    );
  program
    .command('files')
    .description('Tệp đính kèm: chuyển giữa thư mục dữ liệu và kho lưu trữ đối tượng S3')
    .command('migrate')
    .description(
      'Sao chép mọi tệp từ thư mục dữ liệu sang kho S3 (--to bucket) hoặc ngược lại (--to folder); chạy lại được: tệp đã có được bỏ qua',
    )
    .requiredOption('--to <where>', 'bucket (kho S3 theo CCHC_S3_*) hoặc folder (CCHC_DATA_DIR/files)')
    .action(async (options: { to: string }) => {
      const config = loadConfig();
      if (!config.s3) throw new AppError('S3_NOT_CONFIGURED');
      if (options.to !== 'bucket' && options.to !== 'folder')
        throw new AppError('VALIDATION_FAILED', { sentence: '--to: hãy chọn bucket hoặc folder.' });
      const folder = localFileStore(filesDir(config));
      const bucket = s3FileStore(config.s3);
      try {
        const [from, to] = options.to === 'bucket' ? [folder, bucket] : [bucket, folder];
        const count = await migrateFiles(from, to, (done, total) => {
          if (done === total || done % 100 === 0) progress(`${done}/${total} tệp`);
        });
        console.log(`Đã chép ${count.copied} tệp; ${count.skipped} tệp đã có sẵn ở nơi đến (bỏ qua).`);
      } finally {
        bucket.close();
      }
    });
}
