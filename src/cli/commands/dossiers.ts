import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../domain/errors.js';
import { importDossierFileAsOperator } from '../../services/dossiers/import-dossier-file.js';
import { withDatabase } from '../context.js';

interface DossierImportOptions {
  source: string;
  acceptValidRows?: boolean;
  dryRun?: boolean;
}

const PROBLEMS_SHOWN = 20;
const formatCount = (n: number) => n.toLocaleString('vi-VN');

/** `cchc dossiers import FILE --source NAME`: a province's large dossier export, streamed from disk. */
export function registerDossierCommands(program: Command) {
  const dossiers = program.command('dossiers').description('Hồ sơ thủ tục hành chính (dữ liệu QĐ 766)');
  dossiers
    .command('import <file>')
    .description('Nhập tệp hồ sơ (CSV, XLSX, JSON/NDJSON); khớp theo mã hồ sơ, có dòng lỗi thì không ghi gì')
    .requiredOption('--source <name>', 'nguồn dữ liệu (áp dụng cách đọc cột đã lưu của nguồn)')
    .option('--accept-valid-rows', 'vẫn ghi các dòng hợp lệ khi có dòng lỗi')
    .option('--dry-run', 'chỉ kiểm tra, không ghi')
    .action((file: string, options: DossierImportOptions) =>
      withDatabase(async (database) => {
        let lastReport = 0;
        const { reading, written } = await importDossierFileAsOperator(database.db, {
          fileName: basename(file),
          sourceName: options.source,
          open: () => createReadStream(file),
          acceptValidRows: !!options.acceptValidRows,
          dryRun: !!options.dryRun,
          now: new Date(),
          onProgress: (stage, read) => {
            if (Date.now() - lastReport < 1000) return;
            lastReport = Date.now();
            process.stderr.write(`${stage === 'check' ? 'Kiểm tra' : 'Ghi'}: ${formatCount(read)} dòng\n`);
          },
        });
        for (const p of reading.problems.slice(0, PROBLEMS_SHOWN))
          process.stderr.write(`Dòng ${p.row}, ${p.field}: ${p.reason}\n`);
        if (!written && !options.dryRun) throw new AppError('DOSSIER_ROWS_INVALID', { count: reading.invalidRows });
        console.log(
          `Đọc ${formatCount(reading.validRows + reading.invalidRows)} dòng (${reading.format}): ` +
            `${formatCount(reading.validRows)} hợp lệ, ${formatCount(reading.invalidRows)} lỗi.` +
            (written
              ? ` Đã ghi: ${formatCount(written.inserted)} mới, ${formatCount(written.updated)} cập nhật, ${formatCount(written.unchanged)} không đổi.`
              : ' Chưa ghi (chạy thử).'),
        );
      }),
    );
}
