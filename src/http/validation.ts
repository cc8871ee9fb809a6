import type { z } from 'zod';
import { fieldLabel, labelledMessage, type InputPlace } from '../contracts/field-labels.js';
import { AppError } from '../domain/errors.js';

export interface LabelledIssue {
  /** Where the issue points ("items.3.progress"), for the browser to put the message under its field. */
  path: string;
  /** The field's label as people know it, or null for the request as a whole. */
  label: string | null;
  /** The message for under the field (without the label). */
  message: string;
}

/** zod's issues with their fields' labels; `schema` (when known) lends the labels of its `.meta({ label })`. */
export function labelIssues(error: z.ZodError, schema?: z.ZodType, place?: InputPlace): LabelledIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    label: fieldLabel(issue.path, { schema, place }),
    message: issue.message,
  }));
}

/** The 400 a refused request gets: the first issue as a sentence naming its field, all issues in details. */
export function validationFailed(issues: LabelledIssue[]): AppError {
  const first = issues[0];
  return new AppError(
    'VALIDATION_FAILED',
    first ? { sentence: labelledMessage(first.label, first.message) } : undefined,
    { issues },
  );
}

/** Parses one part of a request, refusing it with labelled Vietnamese messages. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, place: InputPlace): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(labelIssues(result.error, schema, place));
  return result.data;
}
