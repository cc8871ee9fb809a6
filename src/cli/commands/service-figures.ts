/**
 * `cchc service-figures check FILE... --format json`: reads answers of the national portal's service-quality
 * pages (QĐ 766) saved to files and prints, for each unit row, the published score beside the score
 * recomputed from the row's own counts. No database is opened. Differences and the portal's data-quality
 * remarks are listed on stderr; stdout carries only the JSON array.
 *
 * `cchc service-figures import FILE... --period P`: stores the same rows against the unit directory.
 */
import type { Command } from 'commander';
import { AppError } from '../../domain/errors.js';
import { checkPortalFigures, type CheckedPortalRow } from '../../domain/service-quality/checked-row.js';
import type { PortalFigures } from '../../domain/service-quality/portal-row.js';
import { readPortalFiguresFile } from '../../readers/portal-figures-file.js';
import { importServiceFigures } from '../../services/service-figures/import-service-figures.js';
import { withDatabase } from '../context.js';

const points = (n: number | null) => (n === null ? 'không có' : n.toFixed(2).replace('.', ','));

/** What a person checking the file should look at: differences over 0.01 points and quality remarks. */
function describe(rows: CheckedPortalRow[], warnings: string[]): string {
  const lines = [...warnings];
  for (const { checked, row, differs } of rows) {
    const who = `${checked.file}: ${checked.group} ${checked.departmentName ?? checked.departmentId ?? '(không tên)'}`;
    if (differs)
      lines.push(`${who}: điểm công bố ${points(checked.published)} lệch điểm tính lại ${points(checked.recomputed)}.`);
    for (const flag of row.qualityFlags)
      lines.push(
        `${who}: cảnh báo chất lượng dữ liệu${flag.metricCode ? ` (${flag.metricCode})` : ''}: ${[flag.status, flag.message].filter(Boolean).join(' — ')}`,
      );
  }
  const differing = rows.filter((r) => r.differs).length;
  lines.push(`Đã đọc ${rows.length} dòng đơn vị; ${differing} dòng có điểm tính lại lệch quá 0,01 điểm.`);
  return `${lines.join('\n')}\n`;
}

async function runCheck(files: string[], options: { format: string }): Promise<void> {
  if (options.format !== 'json') throw new AppError('UNSUPPORTED_OUTPUT', { format: options.format });
  const rows: CheckedPortalRow[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const figures = await readPortalFiguresFile(file);
    warnings.push(...figures.warnings.map((w) => `${file}: ${w}`));
    rows.push(...checkPortalFigures(file, figures));
  }
  process.stdout.write(
    `${JSON.stringify(
      rows.map((r) => r.checked),
      null,
      2,
    )}\n`,
  );
  process.stderr.write(describe(rows, warnings));
}

export function registerServiceFigureCommands(program: Command): void {
  const figures = program
    .command('service-figures')
    .description('Số liệu chất lượng phục vụ (QĐ 766) do Cổng Dịch vụ công quốc gia công bố');
  figures
    .command('check')
    .description(
      'Đọc tệp câu trả lời của Cổng (bất kỳ nhóm, bất kỳ kỳ), in điểm công bố và điểm tính lại; không dùng CSDL',
    )
    .argument('<files...>', 'tệp JSON lưu nguyên văn câu trả lời của Cổng')
    .option('--format <format>', 'định dạng đầu ra (json)', 'json')
    .action((files: string[], options: { format: string }) => runCheck(files, options));
  figures
    .command('import')
    .description('Lưu điểm công bố theo đơn vị và kỳ, kèm tử số, mẫu số và cảnh báo chất lượng dữ liệu')
    .argument('<files...>', 'tệp JSON lưu nguyên văn câu trả lời của Cổng')
    .requiredOption('--period <period>', 'kỳ của số liệu: năm (2025), quý (2025-Q2) hoặc tháng (2025-06)')
    .action(async (files: string[], options: { period: string }) => {
      const read: { file: string; figures: PortalFigures }[] = [];
      for (const file of files) read.push({ file, figures: await readPortalFiguresFile(file) });
      const result = await withDatabase((database) =>
        importServiceFigures(database.db, { period: options.period, files: read, now: new Date() }),
      );
      for (const row of result.unmatched)
        process.stderr.write(
          `${row.file}: ${row.group} không khớp được đơn vị “${row.departmentName ?? ''}” (mã ${row.departmentCode ?? 'không có'}, id ${row.departmentId ?? 'không có'}).\n`,
        );
      for (const row of result.differing)
        process.stderr.write(
          `${row.file}: ${row.group} ${row.unitName}: điểm công bố ${points(row.published)} lệch điểm tính lại ${points(row.recomputed)}.\n`,
        );
      process.stdout.write(
        `Đã lưu ${result.stored} dòng (${result.created} mới, ${result.updated} cập nhật) cho kỳ ${result.period.from} – ${result.period.to}; ` +
          `${result.unmatched.length} dòng không khớp được đơn vị, ${result.differing.length} dòng lệch quá 0,01 điểm.\n`,
      );
    });
}
