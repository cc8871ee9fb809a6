/**
 * Reports on the reporting benchmark's province (250 units, ~10,000 assignments): 9 in 10 units submit
 * their 9-month report (results written for every item, narrative sections filled), some late; then
 *  - the consolidated report built by the job worker: time, peak memory, the longest event-loop stall;
 *  - the dashboard API at 20 concurrent users (autocannon): once a second each, and at saturation.
 *   npx tsx bench/reports.ts                          (embedded PGlite)
 *   BENCH_DATABASE_URL=postgres://…/postgres npx tsx bench/reports.ts
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { serve } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { reportBuilds, storedFiles, users } from '../src/db/schema/index.js';
import { createApp } from '../src/http/app.js';
import { hashPassword } from '../src/security/password-hash.js';
import type { ServiceContext } from '../src/services/context.js';
import { runPendingJobs } from '../src/services/jobs/run-pending-jobs.js';
import { jobHandlers } from '../src/services/jobs/job-handlers.js';
import { actOnUnitReport } from '../src/services/reporting/act-on-unit-report.js';
import { getUnitReport } from '../src/services/reporting/get-unit-report.js';
import { saveUnitReport } from '../src/services/reporting/save-unit-report.js';
import { requestConsolidatedReport } from '../src/services/consolidated-report/request-consolidated-report.js';
import { LOAD_HEADER, LOAD_RULE, loadCells, runLoad } from './support/load.js';
import { buildBenchProvince, PASSWORD, signInAll } from './support/province.js';

const USERS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const onTime = new Date('2026-08-05T03:00:00Z');

const province = await buildBenchProvince(onTime);
const { handle, files, allUnits, label, periodM9 } = province;
const db = handle.db;
const [y, m, d] = periodM9.dueOn.split('-').map(Number) as [number, number, number];
const late = new Date(Date.UTC(y, m - 1, d + 2, 3));
const asOf = new Date(Date.UTC(y, m - 1, d + 5, 3));

// Units report: every 10th not at all, every 7th two days late, the rest on time.
let started = performance.now();
const reporters = new Map((await db.select().from(users)).filter((u) => u.unitId).map((u) => [u.unitId!, u]));
let submitted = 0;
for (const [i, unit] of allUnits.filter((u) => u.kind !== 'province').entries()) {
  if (i % 10 === 9) continue;
  const user = reporters.get(unit.id)!;
  const when = i % 7 === 3 ? late : onTime;
  const ctx: ServiceContext = {
    db,
    files,
    actor: { userId: user.id, role: 'reporter', unitId: unit.id },
    now: () => when,
  };
  const form = await getUnitReport(ctx, periodM9.id, unit.id);
  const items = form.content.items.map((item, j) =>
    j % 3 === 0
      ? {
          ...item,
          status: 'done' as const,
          progress: 100,
          completedOn: '2026-07-15',
          result: `Đã hoàn thành hoạt động ${j + 1}: ban hành văn bản, tổ chức triển khai và báo cáo kết quả theo kế hoạch.`,
        }
      : {
          ...item,
          status: 'in_progress' as const,
          progress: 50,
          result: `Đang triển khai hoạt động ${j + 1}, dự kiến hoàn thành trong quý IV.`,
        },
  );
  const sections = {
    achievements: `${unit.name} đã triển khai đầy đủ các nhiệm vụ CCHC trong kỳ.`,
    shortcomings: 'Nhân lực làm công tác CCHC còn thiếu, kiêm nhiệm.',
    causes: 'Khối lượng công việc lớn.',
    nextTasks: 'Tiếp tục thực hiện các nhiệm vụ còn lại.',
    proposals: 'Đề nghị tăng cường tập huấn nghiệp vụ CCHC.',
  };
  const saved = await saveUnitReport(ctx, periodM9.id, unit.id, {
    version: 0,
    content: { ...form.content, items, sections },
  });
  await actOnUnitReport(ctx, periodM9.id, unit.id, saved.version, { type: 'submit' });
  submitted++;
}
const fillMs = performance.now() - started;

// The consolidated report, as the server's worker builds it.
const coordinator: ServiceContext = { ...province.ctx, now: () => asOf };
const loop = monitorEventLoopDelay({ resolution: 10 });
let peakRss = process.memoryUsage().rss;
const baseRss = peakRss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const builds: { ms: number; stallMs: number }[] = [];
for (let i = 0; i < 3; i++) {
  await requestConsolidatedReport(coordinator, periodM9.id);
  loop.reset();
  loop.enable();
  started = performance.now();
  await runPendingJobs(db, files, jobHandlers, { now: () => asOf });
  builds.push({ ms: performance.now() - started, stallMs: loop.max / 1e6 });
  loop.disable();
}
clearInterval(sampler);
const [build] = await db.select().from(reportBuilds).limit(1);
const [docx] = await db.select().from(storedFiles).where(eq(storedFiles.id, build!.docxFileId));
const [xlsx] = await db.select().from(storedFiles).where(eq(storedFiles.id, build!.xlsxFileId));

// Dashboards: 20 leaders.
const passwordHash = await hashPassword(PASSWORD);
await db.insert(users).values(
  Array.from({ length: USERS }, (_, i) => ({
    username: `lanhdao${i}`,
    displayName: `Lãnh đạo ${i}`,
    role: 'leader' as const,
    passwordHash,
  })),
);
const app = createApp({ database: handle, files, logger: pino({ level: 'silent' }), now: () => asOf });
const port = 3000 + Math.floor(Math.random() * 2000) + 2000;
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
const url = `http://127.0.0.1:${port}`;
const sessions = await signInAll(
  url,
  Array.from({ length: USERS }, (_, i) => `lanhdao${i}`),
  [],
);
const query = `periodId=${periodM9.id}`;
started = performance.now();
const cold = await fetch(`${url}/api/dashboard?${query}`, { headers: { cookie: sessions[0]!.cookie } });
const coldMs = performance.now() - started;
if (cold.status !== 200) throw new Error(`dashboard: ${cold.status} ${await cold.text()}`);
const rows: string[] = [];
for (const [name, q, rate] of [
  ['dashboard, whole province', query, USERS],
  ['dashboard, communes of area III', `${query}&kind=commune&area=III`, USERS],
  ['dashboard, whole province', query, 0],
] as const) {
  const config = {
    url,
    scenario: 'dashboard',
    mode: rate ? 'paced' : 'saturation',
    query: q,
    planId: province.planId,
    periodId: periodM9.id,
    sessions,
    connections: USERS,
    seconds: SECONDS,
    rate,
  };
  rows.push(
    `| ${name} | ${rate ? `${rate} users × 1 click/s, spread` : `${USERS} connections, no pause`} ${loadCells(await runLoad(config))}`,
  );
}
server.close();

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
console.log(
  `Reports, ${label}; Node ${process.version}; ${allUnits.length - 1} units, ${province.assignmentsTotal} assignments; ${submitted} reports submitted (filled in ${(fillMs / 1000).toFixed(0)} s).`,
);
console.log(
  `Consolidated report builds (job worker, 3 runs): ${builds.map((b) => `${(b.ms / 1000).toFixed(2)} s`).join(', ')}; longest event-loop stall ${Math.max(...builds.map((b) => b.stallMs)).toFixed(0)} ms.`,
);
console.log(
  `DOCX ${Math.round(docx!.sizeBytes / 1024)} KiB, XLSX ${Math.round(xlsx!.sizeBytes / 1024)} KiB; RSS before ${mib(baseRss)} MiB, peak during builds ${mib(peakRss)} MiB.`,
);
console.log(`Dashboard, first request (loads the period, cold): ${coldMs.toFixed(0)} ms.`);
console.log(`| request | load ${LOAD_HEADER}\n|---|---${LOAD_RULE}`);
for (const row of rows) console.log(row);
await province.cleanup();
