/**
 * Whether `error` is PostgreSQL's unique_violation (23505), optionally on the named constraint or index.
 * Drizzle wraps driver errors (DrizzleQueryError.cause); node-postgres and PGlite both carry `code` and
 * `constraint`. Used where a concurrent writer may win the race a check-then-insert cannot see.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (
    let e: unknown = error, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const { code, constraint: name } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505') return constraint === undefined || name === constraint;
  }
  return false;
}
