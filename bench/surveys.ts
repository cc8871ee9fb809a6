/**
 * Public survey form submissions (issue 14) at a fixed arrival rate, on the bench province's 250 units, each a
 * unit of one campaign of the one-stop-desk questionnaire: POST /khao-sat/:token through the real server
 * (rate limits, code-free, duplicate check, response + answers in one transaction), open loop (requests are
 * sent on schedule whether or not earlier ones have answered), every request from its own address.
 * The floor, in the same run and on the same database: the same rows (a response and its nine answers) as
 * bare INSERTs in one transaction, at the same rate, without HTTP, validation or checks.
 *
 *   npx tsx bench/surveys.ts                     PGlite: 50, 100, 200 submissions/s
 *   BENCH_DB=postgres npx tsx bench/surveys.ts   PostgreSQL: a throwaway local cluster (or BENCH_DATABASE_URL)
 * BENCH_SECONDS (10) per rate; BENCH_RATES (50,100,200) the rates tried.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { queryRows } from '../src/db/rows.js';
import { newPublicToken } from '../src/db/queries/surveys/campaign-units.js';
import {
  surveyCampaigns,
  surveyCampaignUnits,
  surveyQuestionnaires,
  surveyQuestionnaireVersions,
  units,
} from '../src/db/schema/index.js';
import { validateQuestionnaire } from '../src/domain/surveys/validate-questionnaire.js';
import { localFileStore } from '../src/files/local-file-store.js';
import { createApp } from '../src/http/app.js';
import { applyUnitImport } from '../src/services/units/import-units.js';
import { createThrowawayDatabase } from '../test/support/throwaway-postgres.js';
import { startCluster, type Cluster } from './support/postgres-cluster.js';
import { provinceCsv } from './support/province.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RATES = (process.env.BENCH_RATES ?? '50,100,200').split(',').map(Number);
const onPostgres = process.env.BENCH_DB === 'postgres' || !!process.env.BENCH_DATABASE_URL;
process.env.CCHC_TRUST_PROXY = '1';
process.env.CCHC_SURVEY_LIMIT_PER_ADDRESS = '1000000';
process.env.CCHC_SURVEY_LIMIT_PER_UNIT = '1000000';

const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const f = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '—');

/** Sends `job` `rate` times a second for SECONDS, on schedule; latencies of those that succeeded, and failures. */
async function openLoop(rate: number, job: (i: number) => Promise<boolean>) {
  const total = rate * SECONDS;
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      (async () => {
        const t = performance.now();
        const ok = await job(i).catch(() => false);
        if (ok) latencies.push(performance.now() - t);
        else failed++;
      })(),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  return {
    sent: total,
    done: latencies.length,
    failed,
    perSecond: latencies.length / elapsed,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    max: pct(latencies, 100),
  };
}

let cluster: Cluster | null = null;
const cleanups: (() => Promise<void>)[] = [];
try {
  let handle: DatabaseHandle;
  let label: string;
  if (onPostgres) {
    if (!process.env.BENCH_DATABASE_URL) {
      cluster = startCluster();
      cleanups.push(async () => cluster!.stop());
    }
    const { url, drop } = await createThrowawayDatabase(
      process.env.BENCH_DATABASE_URL ?? cluster!.url,
      'cchc_bench_surveys',
    );
    cleanups.unshift(drop);
    handle = await openDatabase({ url });
    label = cluster?.version ?? 'PostgreSQL (BENCH_DATABASE_URL)';
  } else {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-bench-surveys-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    handle = await openDatabase({ dataDir: dir, owner: 'bench-surveys' });
    label = 'PGlite (file)';
  }
  cleanups.unshift(() => handle.close());
  await handle.migrate();
  const now = new Date();
  await applyUnitImport(handle.db, null, new TextEncoder().encode(provinceCsv()), { dryRun: false, now });
  const content = validateQuestionnaire(JSON.parse(await readFile('seed/surveys/mot-cua.json', 'utf8')));
  if (!content.ok) throw new Error('questionnaire');
  const [q] = await handle.db
    .insert(surveyQuestionnaires)
    .values({ code: 'mot-cua', title: 'x', currentVersion: 1 })
    .returning();
  const [v] = await handle.db
    .insert(surveyQuestionnaireVersions)
    .values({ questionnaireId: q!.id, version: 1, content: content.value })
    .returning();
  const today = now.toISOString().slice(0, 10);
  const [c] = await handle.db
    .insert(surveyCampaigns)
    .values({ title: 'Bench', questionnaireVersionId: v!.id, startsOn: '2000-01-01', endsOn: '2100-12-31' })
    .returning();
  const unitRows = await handle.db
    .select({ id: units.id })
    .from(units)
    .where(sql`${units.kind} <> 'province'`);
  const tokens = unitRows.map(() => newPublicToken());
  await handle.db
    .insert(surveyCampaignUnits)
    .values(unitRows.map((u, i) => ({ campaignId: c!.id, unitId: u.id, publicToken: tokens[i]! })));
  await handle.db.execute(
    sql`create table bench_floor_responses (id uuid primary key default gen_random_uuid(), campaign_id uuid, unit_id uuid, submitted_at timestamptz, answers_hash text)`,
  );
  await handle.db.execute(
    sql`create table bench_floor_answers (response_id uuid, item_id text, scale smallint, primary key (response_id, item_id))`,
  );

  const app = createApp({
    database: handle,
    files: localFileStore(join(tmpdir(), 'cchc-bench-surveys-files')),
    logger: pino({ level: 'silent' }),
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const port = (server.address() as { port: number }).port;
  cleanups.unshift(() => new Promise((r) => server.close(() => r())));

  say(
    `# Survey submissions bench on ${label}; Node ${process.version}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; ${new Date().toISOString()}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${SECONDS} s per rate, ${tokens.length} units, today ${today}`,
  );
  say('');
  say('| target/s | what | done/s | p50 ms | p95 ms | max ms | failed |');
  say('|---|---|---|---|---|---|---|');
  const items = ['MC.1', 'MC.2', 'MC.3', 'MC.4', 'MC.5', 'MC.6'];
  for (const rate of RATES) {
    const app1 = await openLoop(rate, async (i) => {
      const body = new URLSearchParams([
        ['q.linh-vuc', 'land'],
        ...items.map((id, k) => [`q.${id}`, String(((i + k) % 5) + 1)] as [string, string]),
        ['q.MC.7', 'khong'],
        ['q.MC.9', `Góp ý ${i}`],
      ]);
      const r = await fetch(`http://127.0.0.1:${port}/khao-sat/${tokens[i % tokens.length]}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
          'user-agent': `bench ${rate}`,
        },
        body: body.toString(),
      });
      await r.arrayBuffer();
      return r.status === 200;
    });
    say(
      `| ${rate} | POST /khao-sat/:token | ${app1.perSecond.toFixed(1)} | ${f(app1.p50)} | ${f(app1.p95)} | ${f(app1.max)} | ${app1.failed} |`,
    );
    const floor = await openLoop(rate, async (i) => {
      await handle.db.transaction(async (tx) => {
        const [row] = await queryRows<{ id: string }>(
          tx,
          sql`insert into bench_floor_responses (campaign_id, unit_id, submitted_at, answers_hash) values (${c!.id}, ${unitRows[i % unitRows.length]!.id}, now(), ${'h' + i}) returning id`,
        );
        await tx.execute(
          sql`insert into bench_floor_answers (response_id, item_id, scale) select ${row!.id}::uuid, 'Q' || g, 4 from generate_series(1, 9) g`,
        );
      });
      return true;
    });
    say(
      `| ${rate} | floor: bare INSERTs (1 + 9 rows, one transaction) | ${floor.perSecond.toFixed(1)} | ${f(floor.p50)} | ${f(floor.p95)} | ${f(floor.max)} | ${floor.failed} |`,
    );
  }
  const [stored] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from survey_responses`);
  say('');
  say(`Responses stored: ${stored?.n}.`);
} finally {
  for (const cleanup of cleanups) await cleanup().catch((e: unknown) => console.error(e));
}
console.log('\n' + lines.join('\n'));
