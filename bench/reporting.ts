/**
 * The reporting load of a real province: 250 units (20 departments, 230 communes) with one reporter each,
 * a 300-activity plan whose groups expand to about 10,000 assignments, four periods; then the unit
 * workspace, the report form and report submissions, 50 users at once, measured with autocannon.
 *   npx tsx bench/reporting.ts                          (embedded PGlite)
 *   BENCH_DATABASE_URL=postgres://…/postgres npx tsx bench/reporting.ts   (a fresh PostgreSQL database)
 */
import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp } from '../src/http/app.js';
import { LOAD_HEADER, LOAD_RULE, loadCells, runLoad } from './support/load.js';
import { buildBenchProvince, signInAll } from './support/province.js';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const now = new Date('2026-08-05T03:00:00Z');

const province = await buildBenchProvince(now);
const { handle, files, allUnits, label } = province;
const app = createApp({ database: handle, files, logger: pino({ level: 'silent' }), now: () => now });
const port = 3000 + Math.floor(Math.random() * 2000) + 2000;
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
const url = `http://127.0.0.1:${port}`;

// 50 communes' reporters sign in (real password checks).
const reporters = allUnits.filter((u) => u.kind === 'commune').slice(0, CONNECTIONS);
const sessions = await signInAll(url, reporters.map((u) => `bc.${u.code.toLowerCase()}`), reporters.map((u) => u.id));

const rows: string[] = [];
const NAMES = { workspace: 'unit workspace (GET /api/assignments)', form: 'report form (GET …/report)', submit: 'submission (GET form + PUT save)' };
// Two loads: 50 users each clicking once a second (a busy morning), then 50 connections as fast as they can (saturation).
for (const [scenario, rate] of [['workspace', CONNECTIONS], ['form', CONNECTIONS], ['submit', CONNECTIONS], ['workspace', 0], ['form', 0], ['submit', 0]] as const) {
  const rssBefore = process.memoryUsage().rss;
  const config = { url, scenario, planId: province.planId, periodId: province.periodM9.id, sessions, connections: CONNECTIONS, seconds: SECONDS, rate };
  const result = await runLoad(config);
  rows.push(`| ${NAMES[scenario]} | ${rate ? `${rate} users × 1 req/s` : 'saturation'} ${loadCells(result)} ${Math.round(Math.max(rssBefore, process.memoryUsage().rss) / 2 ** 20)} |`);
}
server.close();
console.log(`Reporting load, ${label}; Node ${process.version}; ${CONNECTIONS} connections × ${SECONDS} s per scenario.`);
console.log(`Setup: province and 251 accounts ${(province.setupMs / 1000).toFixed(1)} s; plan upload + commit (300 activities → ${province.assignmentsTotal} assignments, 4 periods) ${(province.commitMs / 1000).toFixed(1)} s.`);
console.log(`| scenario | load ${LOAD_HEADER} server RSS MiB |\n|---|---${LOAD_RULE}---|`);
for (const row of rows) console.log(row);
console.log(`peak server RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
await province.cleanup();
