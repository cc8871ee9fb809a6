/**
 * The load generator, run as its own process so it does not share the server's CPU time slices:
 *   npx tsx bench/support/load-client.ts '<json config>'
 * Each connection acts as one user (its own cookie, CSRF token, unit and report version). A short warm-up
 * at the same load runs first and is not counted (JIT, connection pools, prepared statements); then the
 * measured run prints a LoadResult as JSON on stdout, its percentiles computed from every response time.
 */
import autocannon from 'autocannon';

interface Session {
  cookie: string;
  csrf: string;
  unitId: string;
}
interface Config {
  url: string;
  scenario: 'workspace' | 'form' | 'submit' | 'dashboard';
  /** The dashboard scenario's query string, e.g. "periodId=…". */
  query?: string;
  planId: string;
  periodId: string;
  sessions: Session[];
  connections: number;
  seconds: number;
  /** Requests per second over all connections (users who think between clicks); absent = as fast as possible. */
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
}

const config = JSON.parse(process.argv[2]!) as Config;
let next = 0;
type Context = { session?: Session; version?: number; content?: unknown };

function own(context: Context): Session {
  context.session ??= config.sessions[next++ % config.sessions.length]!;
  return context.session;
}

const path = (s: Session) => `/api/periods/${config.periodId}/units/${s.unitId}/report`;

const requests: autocannon.Request[] =
  config.scenario === 'dashboard'
    ? [{ method: 'GET', setupRequest: (req, context: Context) => ({ ...req, path: `/api/dashboard?${config.query ?? ''}`, headers: { cookie: own(context).cookie } }) }]
    : config.scenario === 'workspace'
    ? [{ method: 'GET', setupRequest: (req, context: Context) => ({ ...req, path: `/api/assignments?planId=${config.planId}&pageSize=50`, headers: { cookie: own(context).cookie } }) }]
    : config.scenario === 'form'
      ? [{ method: 'GET', setupRequest: (req, context: Context) => ({ ...req, path: path(own(context)), headers: { cookie: own(context).cookie } }) }]
      : [
          {
            // Read the form first (its version), then save it back: one submission round-trip per pair.
            method: 'GET',
            setupRequest: (req, context: Context) => ({ ...req, path: path(own(context)), headers: { cookie: own(context).cookie } }),
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

const options = { url: config.url, connections: config.connections, requests, ...(config.rate ? { overallRate: config.rate } : {}) };
await autocannon({ ...options, duration: config.warmupSeconds ?? 3 });

const times: number[] = [];
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon({ ...options, duration: config.seconds }, (error, done) => (error ? reject(error) : resolve(done)));
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
});
times.sort((a, b) => a - b);
const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? NaN);
const summary: LoadResult = {
  requestsPerSecond: Math.round(result.requests.total / config.seconds),
  p50: at(0.5),
  p90: at(0.9),
  p95: at(0.95),
  p99: at(0.99),
  max: at(1),
  failed: result.non2xx + result.errors + result.timeouts,
};
process.stdout.write(JSON.stringify(summary));
