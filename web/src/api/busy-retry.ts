/** When the browser sends a request again (a pure rule, tested without a browser). */

const BUSY_RETRIES = 3;

/**
 * How long to wait before sending again a request the server's admission line turned away (503 SERVER_BUSY:
 * refused before anything ran, so any method is safe to repeat), or null to give the answer as it is. The
 * server's Retry-After, capped at 2 s, with jitter so refused browsers do not come back in one wave.
 */
export function busyRetryDelay(
  status: number,
  retryAfter: string | null,
  text: string,
  attempt: number,
): number | null {
  if (status !== 503 || attempt > BUSY_RETRIES || !text.includes('"SERVER_BUSY"')) return null;
  const seconds = Number(retryAfter);
  const base = Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 2) * 1000 : 500 * attempt;
  return Math.round(base * (0.5 + Math.random() / 2));
}
