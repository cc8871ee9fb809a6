import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { filesDir, loadConfig } from '../../config.js';
import { createBackup } from '../../services/system/backup.js';
import { restoreBackup } from '../../services/system/restore.js';
import { withDatabase } from '../context.js';

const progress = (message: string) => console.error(`  ${message}`);

export function registerAdminCommands(program: Command) {
  program
    .command('backup <file>')
    .description('Sao lưu toàn bộ CSDL và tệp đính kèm vào một tệp .zip (ảnh chụp nhất quán)')
    .action((file: string) =>
      withDatabase(async (database) => {
        const archive = await createBackup(database.db, filesDir(loadConfig()), progress);
        await writeFile(file, archive);
        console.log(`Đã sao lưu vào ${file} (${(archive.length / 1024).toFixed(0)} KB).`);
      }),
    );
  program
    .command('restore <file>')
    .description('Khôi phục từ bản sao lưu: THAY THẾ toàn bộ dữ liệu hiện có')
    .requiredOption('--yes', 'xác nhận thay thế toàn bộ dữ liệu')
    .action((file: string) =>
      withDatabase(async (database) => {
        const counts = await restoreBackup(database.db, filesDir(loadConfig()), await readFile(file), progress);
        console.log(`Đã khôi phục: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')}.`);
      }),
    );
}
