/**
 * The whole country in one installation (issue #17.5): 34 provinces, 680 departments and 3,298 communes, a plan
 * each committed through the real use cases (about 340,000 assignments in all). Then, served by two processes on
 * one PostgreSQL database (as two app servers behind the proxy): one province's unit workspace and dashboard at 50
 * of its users (spread over the second and all at once), the Ministry's national figures (computed, and kept while
 * nothing changes), and each server's memory. The floor is measured in the same run: the workspace's own rows
 * read straight from PostgreSQL (no HTTP, no session, no JSON) and a count of every assignment of the country.
 *   npx tsx bench/national.ts                     (a throwaway PostgreSQL cluster of the Debian package, two servers)
 *   BENCH_DATABASE_URL=postgres://…/postgres …    (a throwaway database on a server of your own)
 *   BENCH_PROVINCES=4 BENCH_WORKERS=1 …           (a smaller country, one server process)
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/db/rows.js';
import { loadCells, runLoad } from './support/load.js';
import { addAccounts, buildNation, COMMUNES, provinceCode } from './support/nation.js';
import { startCluster } from './support/postgres-cluster.js';
import { signInAll } from './support/province.js';
import { serveBench } from './support/serve-bench.js';

const PROVINCES = Number(process.env.BENCH_PROVINCES ?? 34);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const USERS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const now = new Date('2026-08-05T03:00:00Z');

const cluster = process.env.BENCH_DATABASE_URL ? null : startCluster();
if (cluster) process.env.BENCH_DATABASE_URL = cluster.url;

const started = performance.now();
const nation = await buildNation(PROVINCES, now);
const buildMs = performance.now() - started;
const db = nation.bench.handle.db;

// The province measured: one in the middle of the country, its 50 first communes' reporters and 50 leaders.
const code = provinceCode(Math.ceil(PROVINCES / 2));
const { planId, periodM9Id } = nation.plans.get(code)!;
const province = nation.units.find((u) => u.code === code)!;
const communes = nation.units.filter((u) => u.kind === 'commune' && u.code.startsWith(`${code}.`)).slice(0, USERS);
const reporters = await addAccounts(
  nation,
  'bc',
  'reporter',
  communes.map((u) => u.id),
);
const leaders = await addAccounts(nation, 'ld', 'leader', Array(USERS).fill(province.id));
const ministryUnit = await queryRows<{ id: string }>(
  db,
  sql`INSERT INTO units (code, kind, level, name) VALUES ('BNV', 'other', 'central', 'Bộ Nội vụ') RETURNING id`,
);
const [ministry] = await addAccounts(nation, 'bnv', 'ministry', [ministryUnit[0]!.id]);

const server = await serveBench(
  { handle: nation.bench.handle, files: nation.files, url: nation.bench.url },
  now,
  WORKERS,
);
const { url } = server;
const reporterSessions = await signInAll(
  url,
  reporters,
  communes.map((u) => u.id),
);
const leaderSessions = await signInAll(url, leaders, []);
const [ministrySession] = await signInAll(url, [ministry!], []);

// The floor: the workspace's rows of one commune straight from PostgreSQL, and a count of the country's assignments.
const timed = async (run: () => Promise<unknown>, times: number) => {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(times * 0.5)]!, p95: ms[Math.floor(times * 0.95)]! };
};
const floorWorkspace = await timed(
  () =>
    queryRows(
      db,
      sql`SELECT a.*, p.title, p.area, p.number FROM assignments a JOIN plan_activities p ON p.id = a.activity_id
          WHERE a.plan_id = ${planId} AND a.unit_id = ${communes[0]!.id} ORDER BY a.due_on, a.id LIMIT 50`,
    ),
  200,
);
const floorCount = await timed(() => queryRows(db, sql`SELECT count(*) FROM assignments`), 5);

const rows: string[] = [];
const load = async (name: string, config: Record<string, unknown>) => {
  const result = await runLoad({ url, planId, periodId: periodM9Id, connections: USERS, seconds: SECONDS, ...config });
  rows.push(`| ${name} ${loadCells(result)} ${server.rssPerProcessMib().map(Math.round).join(' + ')} |`);
  if (result.failed) console.error(`${name}: failed ${JSON.stringify(result.failures)}`);
};
const dashboard = `planId=${planId}&periodId=${periodM9Id}`;
await load(`unit workspace, ${USERS} reporters × 1 click/s, spread`, {
  scenario: 'workspace',
  mode: 'paced',
  rate: USERS,
  sessions: reporterSessions,
});
await load(`unit workspace, ${USERS} reporters × 1 click/s, all at once`, {
  scenario: 'workspace',
  mode: 'burst',
  rate: USERS,
  sessions: reporterSessions,
});
await load(`province dashboard, ${USERS} leaders × 1 click/s, spread`, {
  scenario: 'dashboard',
  mode: 'paced',
  rate: USERS,
  query: dashboard,
  sessions: leaderSessions,
});
await load(`province dashboard, ${USERS} leaders × 1 click/s, all at once`, {
  scenario: 'dashboard',
  mode: 'burst',
  rate: USERS,
  query: dashboard,
  sessions: leaderSessions,
});
await load(`unit workspace, ${USERS} connections, no pause`, {
  scenario: 'workspace',
  mode: 'saturation',
  sessions: reporterSessions,
});

// Every province at once: 50 reporters in each (1 700 people), each clicking once every 10 seconds.
const everywhere = nation.units.filter(
  (u) => u.kind === 'commune' && Number(u.code.slice(u.code.indexOf('.X') + 2)) <= USERS,
);
const everyoneSessions = (
  await signInAll(
    url,
    await addAccounts(
      nation,
      'all',
      'reporter',
      everywhere.map((u) => u.id),
    ),
    everywhere.map((u) => u.id),
  )
).map((session, i) => ({ ...session, planId: nation.plans.get(everywhere[i]!.code.split('.')[0]!)!.planId }));
await load(
  `unit workspace, ${USERS} reporters in each province (${everyoneSessions.length}), 1 click every 10 s each`,
  {
    scenario: 'workspace',
    mode: 'paced',
    rate: everyoneSessions.length / 10,
    connections: everyoneSessions.length,
    seconds: 20,
    sessions: everyoneSessions,
  },
);

// The Ministry's national figures: computed once (every province's figures), then kept until the data changes.
const national = async () => {
  const t = performance.now();
  const response = await fetch(`${url}/api/national/figures?year=2026`, {
    headers: { cookie: ministrySession!.cookie },
  });
  if (response.status !== 200) throw new Error(`national figures: ${response.status} ${await response.text()}`);
  const view = (await response.json()) as { provinces: unknown[] };
  if (view.provinces.length !== PROVINCES) throw new Error(`national figures: ${view.provinces.length} provinces`);
  return performance.now() - t;
};
// Four in a row: each server process computes it once (requests are shared between them), then keeps it.
const nationalTimes = [await national(), await national(), await national(), await national()];
const report = async () => {
  const t = performance.now();
  const response = await fetch(`${url}/api/national/report?year=2026`, {
    headers: { cookie: ministrySession!.cookie },
  });
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - t, bytes };
};
const workbook = await report();
const rss = server.rssPerProcessMib().map(Math.round);
await server.close();
await nation.bench.handle.close();
await nation.bench.cleanup();
cluster?.stop();

console.log(
  `National load, ${cluster?.version ?? nation.bench.label}, ${server.workers} server process(es); Node ${process.version}; ${PROVINCES} provinces, ${PROVINCES * 20} departments, ${PROVINCES * COMMUNES} communes, ${nation.assignmentsTotal} assignments; measured province ${code}; ${USERS} connections × ${SECONDS} s per load.`,
);
const commits = [...nation.plans.values()].map((p) => p.commitMs / 1000).sort((a, b) => a - b);
console.log(
  `Setup ${(buildMs / 1000).toFixed(0)} s; a province's plan upload + commit: median ${commits[Math.floor(commits.length / 2)]!.toFixed(1)} s, slowest ${commits.at(-1)!.toFixed(1)} s.`,
);
console.log('');
console.log('| load | req/s | p50 ms | p90 ms | p95 ms | p99 ms | max ms | failed | RSS per server MiB |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log('');
console.log(
  `National figures (${PROVINCES} provinces, every catalogue figure, year 2026): four requests in a row ${nationalTimes.map((ms) => ms.toFixed(0)).join(', ')} ms; national workbook ${workbook.ms.toFixed(0)} ms (${workbook.bytes} bytes). Servers' memory afterwards: ${rss.join(' + ')} MiB.`,
);
console.log(
  `Floor (bare PostgreSQL, same run): one commune's workspace rows p50 ${floorWorkspace.p50.toFixed(2)} ms, p95 ${floorWorkspace.p95.toFixed(2)} ms; count of all ${nation.assignmentsTotal} assignments p50 ${floorCount.p50.toFixed(0)} ms.`,
);
