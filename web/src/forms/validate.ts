import type { z } from 'zod';

/** One message per form field, keyed by the field's name (the first path segment). */
export type FieldErrors = Partial<Record<string, string>>;

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validates a form with a contract schema; the messages are the contract's Vietnamese ones. */
export function validateForm<S extends z.ZodType>(schema: S, value: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '_form');
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The server's validation issues (`details.issues[].path` "a.b") as field errors, so they show under the field. */
export function serverFieldErrors(details: unknown): FieldErrors {
  const errors: FieldErrors = {};
  const issues = (details as { issues?: unknown } | null | undefined)?.issues;
  if (!Array.isArray(issues)) return errors;
  for (const issue of issues as { path?: unknown; message?: unknown }[]) {
    if (typeof issue?.path !== 'string' || typeof issue.message !== 'string' || !issue.path) continue;
    errors[issue.path.split('.')[0]!] ??= issue.message;
  }
  return errors;
}
