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

/**
 * The server's issues with where they point: zod's `path` ("a.b") or a domain rule's `field`
 * ("items.3.progress"); issues about the whole request are left out.
 */
export function serverIssues(details: unknown): { path: string; message: string }[] {
  const issues = (details as { issues?: unknown } | null | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return (issues as { path?: unknown; field?: unknown; message?: unknown }[]).flatMap((issue) => {
    const path = typeof issue?.path === 'string' ? issue.path : issue?.field;
    return typeof path === 'string' && path && typeof issue.message === 'string'
      ? [{ path, message: issue.message }]
      : [];
  });
}

/** The server's validation issues as field errors (by the path's first segment), so they show under the field. */
export function serverFieldErrors(details: unknown): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of serverIssues(details)) errors[issue.path.split('.')[0]!] ??= issue.message;
  return errors;
}
