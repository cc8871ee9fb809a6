import pino from 'pino';

/** JSON logs to stderr, so stdout stays clean for command output (e.g. `cchc import --format json`). */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info') {
  return pino({ level }, pino.destination(2));
}
