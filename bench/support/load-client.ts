/**
 * The load generator, run as its own process so it does not share the server's CPU time slices:
 *   npx tsx bench/support/load-client.ts '<json config>' (or @<file> holding it)
 * Each connection acts as one user (its own cookie, CSRF token, unit and report version). A short warm-up
 * at the same load runs first and is not counted (JIT, connection pools, prepared statements); then the
 * measured run prints a LoadResult as JSON on stdout, its percentiles computed from every response time.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

interface Session {
  cookie: string;
  csrf: string;
  unitId: string;
  /** The user's own plan, when users of several provinces share the load (else the config's). */
  planId?: string;
}
interface Config {
  url: string;
  scenario: 'workspace' | 'form' | 'submit' | 'dashboard' | 'get';
  /** The dashboard scenario's query string, e.g. "periodId=…". */
  query?: string;
  /** The 'get' scenario's path and query, e.g. "/api/figures?year=2026" (every user asks the same). */
  path?: string;
  planId: string;
  periodId: string;
  sessions: Session[];
  connections: number;
  seconds: number;
  /**
   * 'saturation': every connection sends again as soon as it is answered (autocannon);
   * 'paced': each user clicks once every `connections / rate` seconds, the users' clicks spread over that time
   * (an open loop: a slow answer does not delay the next click); 'burst': the same rate, but autocannon fires
   * every user's click in the same instant, the worst case of it.
   */
  mode: 'saturation' | 'paced' | 'burst';
  /** Requests per second over all users, for 'paced' and 'burst'. */
  rate?: number;
  warmupSeconds?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  failed: number;
  /** Why requests failed: HTTP status (e.g. "503", "409") or "timeout" / "error" (no answer). */
  failures: Record<string, number>;
}

// The configuration as JSON, or `@<file>` holding it.
const argument = process.argv[2]!;
const config = JSON.parse(argument.startsWith('@') ? readFileSync(argument.slice(1), 'utf8') : argument) as Config;
const failures: Record<string, number> = {};
const countFailure = (kind: string) => (failures[kind] = (failures[kind] ?? 0) + 1);
let next = 0;
type Context = { session?: Session; version?: number; content?: unknown };

function own(context: Context): Session {
  context.session ??= config.sessions[next++ % config.sessions.length]!;
  return context.session;
}

const path = (s: Session) => `/api/periods/${config.periodId}/units/${s.unitId}/report`;

const requests: autocannon.Request[] =
  config.scenario === 'get'
    ? [
        {
          method: 'GET',
          setupRequest: (req, context: Context) => ({
            ...req,
            path: config.path!,
            headers: { cookie: own(context).cookie },
          }),
        },
      ]
    : config.scenario === 'dashboard'
      ? [
          {
            method: 'GET',
            setupRequest: (req, context: Context) => ({
              ...req,
              path: `/api/dashboard?${config.query ?? ''}`,
              headers: { cookie: own(context).cookie },
            }),
          },
        ]
      : config.scenario === 'workspace'
        ? [
            {
              method: 'GET',
              setupRequest: (req, context: Context) => ({
                ...req,
                path: `/api/assignments?planId=${own(context).planId ?? config.planId}&pageSize=50`,
                headers: { cookie: own(context).cookie },
              }),
            },
          ]
        : config.scenario === 'form'
          ? [
              {
                method: 'GET',
                setupRequest: (req, context: Context) => ({
                  ...req,
                  path: path(own(context)),
                  headers: { cookie: own(context).cookie },
                }),
              },
            ]
          : [
              {
                // Read the form first (its version), then save it back: one submission round-trip per pair.
                method: 'GET',
                setupRequest: (req, context: Context) => ({
                  ...req,
                  path: path(own(context)),
                  headers: { cookie: own(context).cookie },
                }),
                onResponse: (status, body, context: Context) => {
                  if (status !== 200) return;
                  const form = JSON.parse(body) as { version: number; content: unknown };
                  context.version = form.version;
                  context.content = form.content;
                },
              },
              {
                method: 'PUT',
                setupRequest: (req, context: Context) => {
                  const s = own(context);
                  return {
                    ...req,
                    path: path(s),
                    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
                    body: JSON.stringify({ version: context.version ?? 0, content: context.content }),
                  };
                },
              },
            ];

async function withAutocannon(seconds: number, times: number[]): Promise<{ total: number; failed: number }> {
  const options = {
    url: config.url,
    connections: config.connections,
    requests,
    duration: seconds,
    ...(config.mode === 'burst' ? { overallRate: config.rate } : {}),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      if (status >= 300) countFailure(String(status));
    });
    instance.on('reqError', (error: Error) => countFailure(/timed? ?out/i.test(error.message) ? 'timeout' : 'error'));
  });
  // autocannon counts a timeout among its errors as well.
  return { total: result.requests.total, failed: result.non2xx + result.errors };
}

/** The same requests, sent by each user on its own schedule, every request timed from send to the last byte. */
async function paced(seconds: number, times: number[]): Promise<{ total: number; failed: number }> {
  const users = config.connections;
  const every = (users / config.rate!) * 1000;
  const end = performance.now() + seconds * 1000;
  let failed = 0;
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      const context: Context = {};
      for (let at = performance.now() + (user / users) * every; at < end; at += every) {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));
        for (const request of requests) {
          const setup = request.setupRequest as (
            req: autocannon.Request,
            context: object,
          ) => autocannon.Request & { headers?: Record<string, string> };
          const req = setup({ method: request.method } as autocannon.Request, context);
          const started = performance.now();
          const answer = await fetch(`${config.url}${req.path}`, {
            method: req.method,
            headers: req.headers,
            body: req.body as string | undefined,
          });
          const text = await answer.text();
          times.push(performance.now() - started);
          if (!answer.ok) {
            failed++;
            countFailure(String(answer.status));
          }
          (request.onResponse as ((status: number, body: string, context: object) => void) | undefined)?.(
            answer.status,
            text,
            context,
          );
        }
      }
    }),
  );
  return { total: times.length, failed };
}

const load = config.mode === 'paced' ? paced : withAutocannon;
await load(config.warmupSeconds ?? 3, []);
// Requests the warm-up left unanswered are still served after it stops; let them finish, or a user's first
// measured save would race their own abandoned warm-up save and get 409 (the bench's doing, not the server's).
await new Promise((resolve) => setTimeout(resolve, 2_000));
const times: number[] = [];
const result = await load(config.seconds, times);
times.sort((a, b) => a - b);
const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? NaN);
const summary: LoadResult = {
  requestsPerSecond: Math.round(result.total / config.seconds),
  p50: at(0.5),
  p90: at(0.9),
  p95: at(0.95),
  p99: at(0.99),
  max: at(1),
  failed: result.failed,
  failures,
};
process.stdout.write(JSON.stringify(summary));
