/**
 * What the log keeps of an unexpected error: its code, where in the code it happened, and a message
 * that cannot carry what the user sent. A database error's own message (and drizzle's, which lists the
 * query's parameters) may quote the submitted text, so for those only the SQLSTATE and the names of the
 * table, column and constraint are kept (issue #16, item 8).
 */
export interface LoggedError {
  code: string;
  message: string;
  stack: string[];
}

interface DatabaseErrorFields {
  code: string;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
}

const MESSAGE_LIMIT = 200;

function databaseError(error: unknown): DatabaseErrorFields | null {
  for (
    let e: unknown = error, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as DatabaseErrorFields;
  }
  return null;
}

/** The stack's frames without its first line, which repeats the message. */
const framesOf = (error: Error) =>
  (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 12)
    .map((line) => line.trim());

export function loggableError(thrown: unknown): LoggedError {
  const error =
    thrown instanceof Error
      ? thrown
      : Object.assign(new Error(`non-Error value thrown (${typeof thrown})`), { cause: thrown });
  const db = databaseError(error);
  if (db) {
    const names = (['table', 'column', 'constraint'] as const).flatMap((key) =>
      typeof db[key] === 'string' ? [`${key} ${db[key] as string}`] : [],
    );
    return {
      code: `SQLSTATE ${db.code}`,
      message: `database error ${db.code}${names.length ? ` (${names.join(', ')})` : ''}`,
      stack: framesOf(error),
    };
  }
  const message = error.message.length > MESSAGE_LIMIT ? `${error.message.slice(0, MESSAGE_LIMIT)}…` : error.message;
  return { code: error.name || 'Error', message, stack: framesOf(error) };
}
