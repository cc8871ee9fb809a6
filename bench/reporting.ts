/**
 * The reporting load of a real province: 250 units (20 departments, 230 communes) with one reporter each,
 * a 300-activity plan whose groups expand to about 10,000 assignments, four periods; then the unit
 * workspace, the report form and report submissions, 50 users at once, measured with autocannon.
 *   npx tsx bench/reporting.ts                          (embedded PGlite)
 *   BENCH_DATABASE_URL=postgres://…/postgres npx tsx bench/reporting.ts   (a fresh PostgreSQL database)
 *   BENCH_WORKERS=2 BENCH_DATABASE_URL=… npx tsx bench/reporting.ts      (two server processes, as CCHC_WORKERS=2)
 *   BENCH_ONLY=saturation npx tsx bench/reporting.ts     (only the runs whose scenario or load is named)
 *   BENCH_ADMISSION=off npx tsx bench/reporting.ts       (PGlite without its admission line, for comparison)
 */
import { LOAD_HEADER, LOAD_RULE, loadCells, runLoad } from './support/load.js';
import { buildBenchProvince, signInAll } from './support/province.js';
import { serveBench } from './support/serve-bench.js';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const now = new Date('2026-08-05T03:00:00Z');

const province = await buildBenchProvince(now);
const { allUnits, label } = province;
const server = await serveBench(province, now);
const { url } = server;

// 50 communes' reporters sign in (real password checks).
const reporters = allUnits.filter((u) => u.kind === 'commune').slice(0, CONNECTIONS);
const sessions = await signInAll(
  url,
  reporters.map((u) => `bc.${u.code.toLowerCase()}`),
  reporters.map((u) => u.id),
);

const rows: string[] = [];
const NAMES = {
  workspace: 'unit workspace (GET /api/assignments)',
  form: 'report form (GET …/report)',
  submit: 'submission (GET form + PUT save)',
};
const LOADS = {
  paced: `${CONNECTIONS} users × 1 click/s, spread`,
  burst: `${CONNECTIONS} users × 1 click/s, all at once`,
  saturation: `${CONNECTIONS} connections, no pause`,
} as const;
// A busy morning: 50 users each clicking once a second; the same clicks all in the same instant (the worst
// case of it); then 50 connections sending as fast as they are answered (throughput).
const RUNS = [
  ['workspace', 'paced'],
  ['workspace', 'burst'],
  ['form', 'paced'],
  ['submit', 'paced'],
  ['workspace', 'saturation'],
  ['form', 'saturation'],
  ['submit', 'saturation'],
] as const;
const only = process.env.BENCH_ONLY?.split(',');
for (const [scenario, mode] of RUNS.filter((run) => !only || run.some((name) => only.includes(name)))) {
  const rssBefore = server.rssMib();
  const config = {
    url,
    scenario,
    mode,
    rate: CONNECTIONS,
    planId: province.planId,
    periodId: province.periodM9.id,
    sessions,
    connections: CONNECTIONS,
    seconds: SECONDS,
  };
  const result = await runLoad(config);
  rows.push(
    `| ${NAMES[scenario]} | ${LOADS[mode]} ${loadCells(result)} ${Math.round(Math.max(rssBefore, server.rssMib()))} |`,
  );
  if (result.failed) console.error(`${scenario}, ${mode}: failed ${JSON.stringify(result.failures)}`);
}
await server.close();
console.log(
  `Reporting load, ${label}${process.env.BENCH_ADMISSION === 'off' ? ' without admission line' : ''}, ${server.workers} server process(es); Node ${process.version}; ${CONNECTIONS} connections × ${SECONDS} s per scenario.`,
);
console.log(
  `Setup: province and 251 accounts ${(province.setupMs / 1000).toFixed(1)} s; plan upload + commit (300 activities → ${province.assignmentsTotal} assignments, 4 periods) ${(province.commitMs / 1000).toFixed(1)} s.`,
);
console.log(`| scenario | load ${LOAD_HEADER} server RSS MiB |\n|---|---${LOAD_RULE}---|`);
for (const row of rows) console.log(row);
if (server.workers === 1) console.log(`peak server RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
await province.cleanup();
