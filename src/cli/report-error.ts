import { ZodError } from 'zod';
import { AppError } from '../domain/errors.js';

/** Prints a clear Vietnamese error on stderr and returns the exit code (never a stack trace for user errors). */
export function reportCliError(error: unknown): number {
  if (error instanceof AppError) {
    console.error(`Lỗi [${error.code}]: ${error.message}`);
    const rows = (error.details as { errors?: { row: number; column: string; message: string }[] } | undefined)?.errors;
    for (const row of rows ?? []) console.error(`  dòng ${row.row}, cột "${row.column}": ${row.message}`);
    return 2;
  }
  if (error instanceof ZodError) {
    for (const issue of error.issues) console.error(`Lỗi: ${issue.path.join('.') || 'dữ liệu'}: ${issue.message}`);
    return 2;
  }
  console.error('Lỗi hệ thống:', error);
  return 1;
}
