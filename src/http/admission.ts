import type { MiddlewareHandler } from 'hono';
import { AppError } from '../domain/errors.js';
import type { AppEnv } from './env.js';
import { ERROR_STATUS, errorBodyOf } from './error-status.js';

/**
 * Admission to the embedded database. PGlite runs every query on the server's one thread, one at a time;
 * with more requests than it can answer, each request's queries interleave with everyone else's and some
 * wait for seconds, long enough for the client to give up while its write still happens later. So a
 * bounded number of requests run at once and the rest wait their turn in arrival order; when the line is
 * full, or a request has waited too long, or its client has gone, it is refused with 503 and Retry-After
 * *before* it starts: a request is either done completely or not started.
 */
export interface AdmissionLimits {
  /** Requests running at once (CCHC_MAX_IN_FLIGHT). */
  maxInFlight: number;
  /** Requests waiting their turn; one more is refused at once (CCHC_MAX_QUEUE). */
  maxQueue: number;
  /** How long a request may wait before it is refused, ms (CCHC_QUEUE_TIMEOUT_MS). */
  maxWaitMs: number;
}

export const DEFAULT_ADMISSION: AdmissionLimits = { maxInFlight: 4, maxQueue: 100, maxWaitMs: 5_000 };

const VARIABLES = {
  maxInFlight: 'CCHC_MAX_IN_FLIGHT',
  maxQueue: 'CCHC_MAX_QUEUE',
  maxWaitMs: 'CCHC_QUEUE_TIMEOUT_MS',
} as const;

/** A limit the environment sets (`fallback` when unset); refuses a value that is not a positive whole number. */
export function positiveWholeNumber(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const text = env[variable];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new AppError('INVALID_CONFIG', { variable, text });
  return value;
}

/** The limits the environment sets, over the defaults. */
export function admissionLimits(env: NodeJS.ProcessEnv = process.env): AdmissionLimits {
  const limits = { ...DEFAULT_ADMISSION };
  for (const [key, variable] of Object.entries(VARIABLES) as [keyof AdmissionLimits, string][])
    limits[key] = positiveWholeNumber(env, variable, limits[key]);
  return limits;
}

/** Paths answered without waiting in line: the health check must say how the server is, even when busy. */
const EXEMPT = new Set(['/api/health']);

export function admissionControl(limits: AdmissionLimits): MiddlewareHandler<AppEnv> {
  let running = 0;
  /** Each waiting request's admission, in arrival order. */
  const line: (() => void)[] = [];
  // Recent time a request takes, to tell a refused client when to come back.
  let meanMs = 20;

  const retryAfterSeconds = () =>
    Math.min(60, Math.max(1, Math.ceil(((line.length + 1) * meanMs) / limits.maxInFlight / 1000)));
  const release = () => {
    const next = line.shift();
    if (next) next();
    else running--;
  };
  const refusal = (reason: 'full' | 'waited') =>
    new Response(JSON.stringify(errorBodyOf('SERVER_BUSY', { reason })), {
      status: ERROR_STATUS.SERVER_BUSY,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'retry-after': String(retryAfterSeconds()),
        'cache-control': 'no-store',
      },
    });

  return async (c, next) => {
    if (EXEMPT.has(c.req.path)) return next();
    if (c.req.raw.signal.aborted) return refusal('waited');
    if (running < limits.maxInFlight && line.length === 0) {
      running++;
    } else {
      if (line.length >= limits.maxQueue) return refusal('full');
      const signal = c.req.raw.signal;
      const admitted = await new Promise<boolean>((resolve) => {
        const settle = (admit: boolean) => {
          clearTimeout(timer);
          signal.removeEventListener('abort', leave);
          resolve(admit);
        };
        const admit = () => settle(true);
        const leave = () => {
          const at = line.indexOf(admit);
          if (at >= 0) line.splice(at, 1);
          settle(false);
        };
        const timer = setTimeout(leave, limits.maxWaitMs);
        // A client that gave up (closed the connection) is not served later behind its back.
        signal.addEventListener('abort', leave, { once: true });
        line.push(admit);
      });
      if (!admitted) return refusal('waited');
      // The slot was handed over by release(): `running` already counts it.
    }
    const started = performance.now();
    try {
      await next();
    } finally {
      meanMs = meanMs * 0.9 + (performance.now() - started) * 0.1;
      release();
    }
  };
}
