/**
 * The reporting load of a real province: 250 units (20 departments, 230 communes) with one reporter each,
 * a 300-activity plan whose groups expand to about 10,000 assignments, four periods; then the unit
 * workspace, the report form and report submissions, 50 users at once, measured with autocannon.
 *   npx tsx bench/reporting.ts                          (embedded PGlite)
 *   BENCH_DATABASE_URL=postgres://…/postgres npx tsx bench/reporting.ts   (a fresh PostgreSQL database)
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import pino from 'pino';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { queryRows } from '../src/db/rows.js';
import { reportingPeriods, unitGroups, units, users } from '../src/db/schema/index.js';
import type { PlanActivity, PlanV1 } from '../src/domain/plan/types.js';
import { localFileStore } from '../src/files/local-file-store.js';
import { createApp } from '../src/http/app.js';
import { hashPassword } from '../src/services/auth/password-hash.js';
import type { ServiceContext } from '../src/services/context.js';
import { commitPlanImport } from '../src/services/plans/commit-plan-import.js';
import { uploadPlanDocument } from '../src/services/plans/upload-plan-document.js';
import { applyUnitImport } from '../src/services/units/import-units.js';

const run = promisify(execFile);
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const PASSWORD = 'Bench@cchc2025';

async function openBenchDatabase(): Promise<{ handle: DatabaseHandle; label: string; cleanup: () => Promise<void> }> {
  const server = process.env.BENCH_DATABASE_URL;
  if (!server) {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-bench-'));
    const handle = await openDatabase({ dataDir: dir });
    return { handle, label: 'PGlite (file)', cleanup: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `cchc_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  return {
    handle,
    label: 'PostgreSQL 15',
    cleanup: async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

function provinceCsv(): string {
  const rows = ['code,parent_code,kind,level,name,short_names', 'BT,,province,province,UBND tỉnh Bến Thử,UBND tỉnh'];
  for (let i = 1; i <= 20; i++) rows.push(`BT.S${i},BT,department,province,Sở số ${i},S${i}`);
  for (let i = 1; i <= 230; i++) rows.push(`BT.X${i},BT,commune,commune,UBND xã số ${i},X${i}`);
  return rows.join('\n');
}

/** A cchc.plan/v1 document with resolved units: 40 lines for every commune, 40 for every department, 220 single lines. */
function syntheticPlan(groups: Map<string, string>, departments: { id: string; name: string }[]): PlanV1 {
  const activity = (i: number, lead: PlanActivity['lead']): PlanActivity => ({
    id: `A-${i}`,
    area: ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][i % 8]!,
    number: String(i),
    objective: null,
    task: null,
    activity: `Hoạt động số ${i}`,
    deliverable: 'Báo cáo',
    lead,
    cooperating: { text: '', units: [] },
    deadline: { text: 'Quý IV/2026', kind: 'period', start: '2026-10-01', due: '2026-12-31', parts: [] },
    budget: { text: 'Thường xuyên', kind: 'regular', amountMillionVnd: null },
    warnings: [],
    source: null,
  });
  const group = (name: string) => ({ text: name, units: [{ unitId: null, groupId: groups.get(name)!, name, group: true, confidence: 1, role: null, note: null }] });
  const activities: PlanActivity[] = [];
  for (let i = 0; i < 300; i++) {
    if (i < 40) activities.push(activity(i, group('UBND cấp xã')));
    else if (i < 80) activities.push(activity(i, group('Các sở, ban, ngành cấp tỉnh')));
    else {
      const d = departments[i % departments.length]!;
      activities.push(activity(i, { text: d.name, units: [{ unitId: d.id, groupId: null, name: d.name, group: false, confidence: 1, role: null, note: null }] }));
    }
  }
  return { format: 'cchc.plan/v1', title: 'Kế hoạch CCHC năm 2026 (thử tải)', issuer: 'UBND tỉnh', documentNumber: null, issuedOn: null, year: 2026, columns: [], areas: [], activities, indicators: [], unplaced: [], warnings: [] };
}

const { handle, label, cleanup } = await openBenchDatabase();
const db = handle.db;
await handle.migrate();
const filesDir = await mkdtemp(join(tmpdir(), 'cchc-bench-files-'));
const files = localFileStore(filesDir);
const now = new Date('2026-08-05T03:00:00Z');

let started = performance.now();
await applyUnitImport(db, null, new TextEncoder().encode(provinceCsv()), { dryRun: false, now });
const allUnits = await db.select().from(units);
const passwordHash = await hashPassword(PASSWORD);
await db.insert(users).values([
  { username: 'dieuphoi', displayName: 'Điều phối', role: 'coordinator', passwordHash },
  ...allUnits.filter((u) => u.kind !== 'province').map((u) => ({ username: `bc.${u.code.toLowerCase()}`, displayName: `Báo cáo ${u.name}`, role: 'reporter' as const, unitId: u.id, passwordHash })),
]);
const [coordinator] = await db.select().from(users).where(eq(users.username, 'dieuphoi'));
const ctx: ServiceContext = { db, files, actor: { userId: coordinator!.id, role: 'coordinator', unitId: null }, now: () => now };
const groups = new Map((await db.select().from(unitGroups)).map((g) => [g.name, g.id]));
const plan = syntheticPlan(groups, allUnits.filter((u) => u.kind === 'department'));
const setupMs = performance.now() - started;

started = performance.now();
const draft = await uploadPlanDocument(ctx, { bytes: new TextEncoder().encode(JSON.stringify(plan)), fileName: 'plan.json', contentType: 'application/json' });
const committed = await commitPlanImport(ctx, draft.id, { version: draft.version, name: plan.title!, note: null });
const commitMs = performance.now() - started;
const [{ n: assignmentsTotal }] = (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM assignments`)) as [{ n: number }];
const [period] = await db.select().from(reportingPeriods).where(eq(reportingPeriods.code, 'M9'));

const app = createApp({ database: handle, files, logger: pino({ level: 'silent' }), now: () => now });
const port = 3000 + Math.floor(Math.random() * 2000) + 2000;
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
const url = `http://127.0.0.1:${port}`;

// 50 communes' reporters sign in (real password checks).
const reporters = allUnits.filter((u) => u.kind === 'commune').slice(0, CONNECTIONS);
const sessions = [];
for (const unit of reporters) {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: `bc.${unit.code.toLowerCase()}`, password: PASSWORD }) });
  const session = (await response.json()) as { csrfToken: string };
  sessions.push({ cookie: response.headers.get('set-cookie')!.split(';')[0]!, csrf: session.csrfToken, unitId: unit.id });
}

const rows: string[] = [];
const NAMES = { workspace: 'unit workspace (GET /api/assignments)', form: 'report form (GET …/report)', submit: 'submission (GET form + PUT save)' };
// Two loads: 50 users each clicking once a second (a busy morning), then 50 connections as fast as they can (saturation).
for (const [scenario, rate] of [['workspace', CONNECTIONS], ['form', CONNECTIONS], ['submit', CONNECTIONS], ['workspace', 0], ['form', 0], ['submit', 0]] as const) {
  const rssBefore = process.memoryUsage().rss;
  const config = { url, scenario, planId: committed.plan.id, periodId: period!.id, sessions, connections: CONNECTIONS, seconds: SECONDS, rate };
  const { stdout } = await run(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'support/load-client.ts'), JSON.stringify(config)], { maxBuffer: 1 << 26 });
  const result = JSON.parse(stdout) as { requests: { average: number; total: number }; latency: { p50: number; p90: number; p97_5: number; p99: number; max: number }; non2xx: number; errors: number };
  rows.push(
    `| ${NAMES[scenario]} | ${rate ? `${rate} users × 1 req/s` : 'saturation'} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p90} | ${result.latency.p97_5} | ${result.latency.p99} | ${result.non2xx + result.errors} | ${Math.round(Math.max(rssBefore, process.memoryUsage().rss) / 2 ** 20)} |`,
  );
}
server.close();
console.log(`Reporting load, ${label}; Node ${process.version}; ${CONNECTIONS} connections × ${SECONDS} s per scenario.`);
console.log(`Setup: province and 251 accounts ${(setupMs / 1000).toFixed(1)} s; plan upload + commit (300 activities → ${assignmentsTotal} assignments, 4 periods) ${(commitMs / 1000).toFixed(1)} s.`);
console.log('| scenario | load | req/s | p50 ms | p90 ms | p97.5 ms | p99 ms | non-2xx | server RSS MiB |\n|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log(`peak server RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
await handle.close();
await cleanup();
await rm(filesDir, { recursive: true, force: true });
