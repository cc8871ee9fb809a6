/**
 * `cchc import FILE --format json [--units FILE] [--as-of DATE]`: read a plan document and print
 * the `cchc.plan/v1` JSON on stdout (nothing else goes there); progress, a summary and errors
 * go to stderr. Nothing is written; a file that cannot be read exits with a non-zero code.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../domain/errors.js';
import { ERROR_STATUS } from '../../http/error-status.js';
import type { UnitDirectory } from '../../domain/units/types.js';
import { MAX_DOCUMENT_BYTES } from '../../readers/document/read-document.js';
import { localFileSize } from '../../readers/local-file.js';
import { parsePlanDocument } from '../../readers/parse-plan-document.js';

export interface ImportCommandDeps {
  directoryFromDatabase: () => Promise<UnitDirectory>;
  directoryFromFile: (path: string) => Promise<UnitDirectory>;
}

interface ImportOptions {
  format: string;
  units?: string;
  asOf?: string;
}

const STAGES: Record<string, string> = {
  read: 'Đọc tệp',
  rows: 'Đọc bảng phụ lục',
  prose: 'Đọc chỉ tiêu trong văn bản',
  done: 'Xong',
};

async function readInput(path: string): Promise<Uint8Array> {
  if ((await localFileSize(path)) > MAX_DOCUMENT_BYTES) {
    throw new AppError('FILE_TOO_LARGE', { file: 'upload' });
  }
  return new Uint8Array(await readFile(path));
}

export async function runImport(file: string, options: ImportOptions, deps: ImportCommandDeps): Promise<number> {
  try {
    if (options.format !== 'json') {
      throw new AppError('UNSUPPORTED_OUTPUT', { format: options.format });
    }
    if (options.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) {
      throw new AppError('INVALID_DATE', { text: options.asOf });
    }
    const bytes = await readInput(file);
    const directory = options.units ? await deps.directoryFromFile(options.units) : await deps.directoryFromDatabase();
    let lastStage = '';
    const { plan, reading } = await parsePlanDocument({
      bytes,
      fileName: file,
      directory,
      asOf: options.asOf,
      onProgress: ({ stage, done, total }) => {
        if (stage !== lastStage || process.stderr.isTTY) {
          process.stderr.write(`${STAGES[stage] ?? stage}${total > 1 ? ` ${done}/${total}` : ''}\n`);
          lastStage = stage;
        }
      },
    });
    // The web's mapping step has no counterpart here: a table the reader cannot place is said, not written empty.
    if (plan.activities.length === 0 && plan.indicators.length === 0) throw new AppError('NO_PLAN_FOUND');
    if (reading.state === 'needsMapping') process.stderr.write(`Cần kiểm tra: ${reading.reason}\n`);
    process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    const flagged = plan.activities.filter((a) => a.warnings.length > 0).length;
    process.stderr.write(
      `Đã đọc ${plan.areas.length} lĩnh vực, ${plan.activities.length} hoạt động, ${plan.indicators.length} chỉ tiêu; ` +
        `${flagged} hoạt động cần kiểm tra, ${plan.unplaced.length} nội dung chưa xếp được, ${plan.warnings.length} cảnh báo chung.\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      process.stderr.write(`Lỗi (${error.code}): ${error.message}\n`);
      // 3: the file itself was refused (too large, not a plan, unreadable), as the API would say with 413/415/422.
      const status: number = ERROR_STATUS[error.code as AppError['code']];
      return status === 413 || status === 415 || status === 422 ? 3 : 2;
    }
    process.stderr.write(`Lỗi không mong đợi: ${(error as Error).message}\n`);
    return 1;
  }
}

export function registerImportCommand(program: Command, deps: ImportCommandDeps): void {
  program
    .command('import')
    .description(
      'Đọc một kế hoạch CCHC (DOCX, PDF có lớp chữ, HTML, Markdown, văn bản hoặc cchc.plan/v1) và in ra kế hoạch có cấu trúc',
    )
    .argument('<file>', 'tệp kế hoạch')
    .option('--format <format>', 'định dạng đầu ra (json)', 'json')
    .option('--units <file>', 'danh mục đơn vị (CSV/XLSX) thay cho danh mục trong cơ sở dữ liệu')
    .option('--as-of <date>', 'ngày đối chiếu danh mục đơn vị (YYYY-MM-DD), mặc định hôm nay')
    .action(async (file: string, options: ImportOptions) => {
      process.exitCode = await runImport(file, options, deps);
    });
}
