import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { applyUnitImport } from '../../services/units/import-units.js';
import { buildUnitsFile } from '../../services/units/export-units.js';
import { withDatabase } from '../context.js';

export function registerUnitCommands(program: Command) {
  const units = program.command('units').description('Danh mục đơn vị');
  units
    .command('import <file>')
    .description('Nhập danh mục đơn vị từ CSV/XLSX (khớp theo mã; có lỗi thì không nhập dòng nào)')
    .option('--dry-run', 'chỉ kiểm tra, không ghi')
    .action((file: string, options: { dryRun?: boolean }) =>
      withDatabase(async (database) => {
        const result = await applyUnitImport(database.db, null, await readFile(file), {
          dryRun: !!options.dryRun,
          now: new Date(),
        });
        const verb = result.dryRun ? 'Kiểm tra xong (chưa ghi)' : 'Đã nhập';
        console.log(
          `${verb}: ${result.created} mới, ${result.updated} cập nhật, ${result.unchanged} không đổi, ${result.successions} liên kết kế thừa.`,
        );
      }),
    );
  units
    .command('export <file>')
    .description('Xuất danh mục đơn vị ra CSV hoặc XLSX (theo đuôi tệp)')
    .action((file: string) =>
      withDatabase(async (database) => {
        const format = file.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
        const result = await buildUnitsFile(database.db, format);
        await writeFile(file, result.bytes);
        console.log(`Đã xuất danh mục đơn vị ra ${file}`);
      }),
    );
}
