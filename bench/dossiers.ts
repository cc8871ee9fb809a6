/**
 * Dossiers and their service-quality figures (issue 11) at a province's scale, on the bench province's 250
 * units (bench/support/province.ts), with a year of synthetic dossiers (bench/support/dossier-data.ts):
 *  1. the files: NDJSON in the portal's synchronisation fields (the year), CSV (a month re-exported later);
 *  2. import throughput through the app's own path (`cchc dossiers import`: check pass, then write pass with
 *     the daily aggregates), each import in a process of its own; the floor in the same run: COPY of the same
 *     rows into a bare table (and into one with the dossiers' key and index); a re-import of a month (updates);
 *  3. the year's figures for every unit and level (computeFigures) against one hand-written GROUP BY over the
 *     raw dossiers, whose counts must be the app's;
 *  4. GET /api/dossier-figures and GET /api/figures under 20 users (autocannon, bench/support/load-client.ts);
 *  5. the import's peak memory (VmHWM and V8 heap) at two file sizes.
 *
 *   npx tsx bench/dossiers.ts                                  PGlite, 100 000 dossiers (about a minute)
 *   BENCH_DOSSIERS=1000000 npx tsx bench/dossiers.ts           PGlite, 1 million
 *   BENCH_DB=postgres BENCH_DOSSIERS=10000000 npx tsx bench/dossiers.ts
 *        PostgreSQL: a throwaway local cluster (initdb/pg_ctl of /usr/lib/postgresql), or BENCH_DATABASE_URL=
 *        postgres://…/postgres for a server of your own (a throwaway database is made on it and dropped)
 * BENCH_SECONDS (10) is each load's measured time. Temporary files and databases are removed at the end.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { loadDossierSums } from '../src/db/queries/dossiers/dossier-sums.js';
import { queryRows } from '../src/db/rows.js';
import { units, users } from '../src/db/schema/index.js';
import { DOSSIER_FIGURE_KEYS, type DossierSums } from '../src/domain/dossiers/dossier-figures.js';
import { yearOf } from '../src/domain/figures/period.js';
import type { FigureLevel } from '../src/domain/figures/scope.js';
import { localFileStore } from '../src/files/local-file-store.js';
import { createApp } from '../src/http/app.js';
import { hashPassword } from '../src/security/password-hash.js';
import type { ServiceContext } from '../src/services/context.js';
import { computeFigures } from '../src/services/figures/compute-figures.js';
import { applyUnitImport } from '../src/services/units/import-units.js';
import { createThrowawayDatabase } from '../test/support/throwaway-postgres.js';
import {
  COPY_COLUMNS,
  copyCsvLine,
  dossierFacts,
  monthRange,
  ndjsonLine,
  SYNC_CSV_HEADER,
  syncCsvLine,
  unitPicker,
  lineWriter,
  YEAR,
  type BenchUnit,
} from './support/dossier-data.js';
import type { ImportRun } from './support/dossier-import-child.js';
import { runLoad } from './support/load.js';
import { startCluster, postgresBin, type Cluster } from './support/postgres-cluster.js';
import { PASSWORD, provinceCsv, signInAll } from './support/province.js';

const run = promisify(execFile);
const N = Number(process.env.BENCH_DOSSIERS ?? process.argv[2] ?? 100_000);
const SMALL = Math.round(N / 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const USERS = 20;
const RE_IMPORTED_MONTH = 6;
const onPostgres = process.env.BENCH_DB === 'postgres' || !!process.env.BENCH_DATABASE_URL;
/** The figures are asked after the year, with the file's dossiers judged on 31/12. */
const NOW = new Date(`${YEAR + 1}-01-10T03:00:00Z`);
const PERIOD = yearOf(YEAR);

const benchStarted = performance.now();
const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const ms = (t: number) => `${t < 100 ? t.toFixed(1) : Math.round(t)} ms`;
const perSecond = (rows: number, millis: number) => Math.round((rows * 1000) / millis).toLocaleString('en-US');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await f();
  return [result, performance.now() - started];
}

// ---- The databases: the bench's own, and a scratch one for the small import.
let cluster: Cluster | null = null;
const cleanups: (() => Promise<void>)[] = [];
const work = await mkdtemp(join(tmpdir(), 'cchc-bench-dossiers-'));
await chmod(work, 0o755); // the PostgreSQL server (another user) reads nothing from here, but psql might
cleanups.push(() => rm(work, { recursive: true, force: true }));

interface Place {
  /** How a child process opens it. */
  url?: string;
  dataDir?: string;
  open: () => Promise<DatabaseHandle>;
}
async function newPlace(name: string): Promise<Place> {
  if (onPostgres) {
    const server = process.env.BENCH_DATABASE_URL ?? cluster!.url;
    const { url, drop } = await createThrowawayDatabase(server, `cchc_bench_${name}`);
    cleanups.push(drop);
    return { url, open: () => openDatabase({ url }) };
  }
  const dataDir = join(work, `pglite-${name}`);
  return { dataDir, open: () => openDatabase({ dataDir, owner: 'bench-dossiers' }) };
}

try {
  if (onPostgres && !process.env.BENCH_DATABASE_URL) {
    cluster = startCluster();
    cleanups.push(async () => cluster!.stop());
  }
  const dbLabel = onPostgres
    ? (cluster?.version ?? 'PostgreSQL (BENCH_DATABASE_URL)')
    : `PGlite ${(JSON.parse(await readFile(join(import.meta.dirname, '../node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version}`;
  say(
    `# Dossiers bench: ${N.toLocaleString('en-US')} dossiers on ${dbLabel}; Node ${process.version}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; ${new Date().toISOString()}; load average ${load()}`,
  );

  async function province(place: Place) {
    const handle = await place.open();
    await handle.migrate();
    await applyUnitImport(handle.db, null, new TextEncoder().encode(provinceCsv()), { dryRun: false, now: NOW });
    return handle;
  }

  const main = await newPlace('main');
  let handle = await province(main);
  const passwordHash = await hashPassword(PASSWORD);
  await handle.db.insert(users).values(
    Array.from({ length: USERS }, (_, i) => ({
      username: `lanhdao${i}`,
      displayName: `Lãnh đạo ${i}`,
      role: 'leader' as const,
      passwordHash,
    })),
  );
  const allUnits = await handle.db.select().from(units);
  const benchUnits: BenchUnit[] = allUnits
    .filter((u) => u.kind === 'department' || u.kind === 'commune')
    .map((u) => ({ id: u.id, name: u.name, kind: u.kind as BenchUnit['kind'] }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi', { numeric: true }));
  const pick = unitPicker(benchUnits);

  // ---- 1. The files.
  const yearFile = join(work, 'year.ndjson');
  const smallFile = join(work, 'small.ndjson');
  const copyFile = join(work, 'year.copy.csv');
  const monthFile = join(work, `month-${RE_IMPORTED_MONTH}.csv`);
  function* facts(from: number, to: number, revised = false) {
    for (let i = from; i < to; i++) yield dossierFacts(i, N, pick, revised);
  }
  const [monthFrom, monthTo] = monthRange(RE_IMPORTED_MONTH, N);
  let monthRows = 0;
  const [, generateMs] = await timed(async () => {
    // The year as the portal's NDJSON and, from the same facts, as the floor's COPY rows; the first tenth
    // again as the small file.
    const year = lineWriter(yearFile);
    const copy = lineWriter(copyFile);
    const small = lineWriter(smallFile);
    for (let i = 0; i < N; i++) {
      const f = dossierFacts(i, N, pick);
      const line = ndjsonLine(f);
      await year.write(line);
      if (i < SMALL) await small.write(line);
      await copy.write(copyCsvLine(f));
    }
    await Promise.all([year.end(), copy.end(), small.end()]);
    // The month exported again later: every dossier of it (some changed since), and one in a hundred new.
    const month = lineWriter(monthFile, SYNC_CSV_HEADER);
    for (const f of facts(monthFrom, monthTo, true)) {
      monthRows++;
      await month.write(syncCsvLine(f));
      if (monthRows % 100 === 0) {
        monthRows++;
        await month.write(syncCsvLine({ ...f, code: `${f.code}-B` }));
      }
    }
    await month.end();
  });
  const sizeMib = async (path: string) => ((await stat(path)).size / 2 ** 20).toFixed(0);
  say(
    `\n## 1. Files (generated in ${(generateMs / 1000).toFixed(1)} s)\n- year: ${N.toLocaleString('en-US')} dossiers, NDJSON ${await sizeMib(yearFile)} MiB; small: ${SMALL.toLocaleString('en-US')}, ${await sizeMib(smallFile)} MiB; month ${RE_IMPORTED_MONTH} again: ${monthRows.toLocaleString('en-US')} rows, CSV ${await sizeMib(monthFile)} MiB; COPY file ${await sizeMib(copyFile)} MiB`,
  );

  // ---- 2 and 5. Imports, each in its own process (as the CLI runs), PGlite's folder closed meanwhile.
  async function importInChild(place: Place, file: string): Promise<ImportRun & { load: string }> {
    const before = load();
    const { stdout } = await run(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        join(import.meta.dirname, 'support/dossier-import-child.ts'),
        JSON.stringify({ url: place.url, dataDir: place.dataDir, file }),
      ],
      { maxBuffer: 1 << 24 },
    );
    return { ...(JSON.parse(stdout) as ImportRun), load: `${before} → ${load()}` };
  }
  const scratch = await newPlace('small');
  const scratchHandle = await province(scratch);
  await scratchHandle.close();
  if (!onPostgres) await handle.close();
  const small = await importInChild(scratch, smallFile);
  const year = await importInChild(main, yearFile);
  if (!onPostgres) handle = await main.open();
  const db = handle.db;
  await db.execute(sql`ANALYZE`);

  // The floor: COPY of the same rows (as stored, parsed already) into a bare table, then into one with the
  // dossiers' primary key and index.
  const floorTable = (name: string, keyed: boolean) =>
    sql.raw(`CREATE TABLE ${name} (code text ${keyed ? 'PRIMARY KEY' : 'NOT NULL'}, unit_id uuid NOT NULL, unit_name text NOT NULL,
      procedure_code text, field_code text, channel smallint NOT NULL, status smallint, received_at timestamptz NOT NULL,
      received_on date NOT NULL, due_at timestamptz, ended_at timestamptz, returned_at timestamptz, refused_at timestamptz,
      fee_bearing boolean NOT NULL, paid_online boolean NOT NULL, digitised boolean NOT NULL, late_apology boolean)`);
  async function copyInto(table: string): Promise<{ ms: number; how: string }> {
    if (onPostgres) {
      const url = (main.url ?? '').replace('postgres://', 'postgresql://');
      const psql = join(postgresBin(), 'psql');
      const [, millis] = await timed(() =>
        run(psql, [
          url,
          '-v',
          'ON_ERROR_STOP=1',
          '-c',
          `\\copy ${table} (${COPY_COLUMNS}) FROM '${copyFile}' WITH (FORMAT csv)`,
        ]),
      );
      return { ms: millis, how: 'psql \\copy … FROM file (client side, over the socket)' };
    }
    const client = (db as unknown as { $client: PGlite }).$client;
    const blob = new Blob([await readFile(copyFile)]);
    const [, millis] = await timed(() =>
      client.query(`COPY ${table} (${COPY_COLUMNS}) FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob }),
    );
    return { ms: millis, how: "PGlite COPY … FROM '/dev/blob' (file read into memory first, not timed)" };
  }
  await db.execute(floorTable('dossiers_floor', false));
  const floorLoad = load();
  const bare = await copyInto('dossiers_floor');
  await db.execute(floorTable('dossiers_floor_keyed', true));
  await db.execute(sql.raw('CREATE INDEX ON dossiers_floor_keyed (unit_id, received_on)'));
  const keyed = await copyInto('dossiers_floor_keyed');
  const floorCheck = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM dossiers_floor_keyed`);
  if (floorCheck[0]!.n !== N) throw new Error(`COPY wrote ${floorCheck[0]!.n} rows, not ${N}`);
  await db.execute(sql.raw('DROP TABLE dossiers_floor'));
  await db.execute(sql.raw('DROP TABLE dossiers_floor_keyed'));

  if (!onPostgres) await handle.close();
  const month = await importInChild(main, monthFile);
  if (!onPostgres) handle = await main.open();
  const db2 = handle.db;
  await db2.execute(sql`ANALYZE`);
  const sizes = await queryRows<{ dossiers: number; daily: number; dossiersMib: number; dailyMib: number }>(
    db2,
    sql`SELECT (SELECT count(*)::int FROM dossiers) AS dossiers, (SELECT count(*)::int FROM dossier_daily) AS daily,
      (pg_total_relation_size('dossiers') / 1048576)::int AS "dossiersMib",
      (pg_total_relation_size('dossier_daily') / 1048576)::int AS "dailyMib"`,
  );

  const importRow = (what: string, r: ImportRun & { load: string }) =>
    `| ${what} | ${r.rows.toLocaleString('en-US')} | ${r.inserted.toLocaleString('en-US')} / ${r.updated.toLocaleString('en-US')} | ${(r.totalMs / 1000).toFixed(1)} s | **${perSecond(r.rows, r.totalMs)}** | ${perSecond(r.rows, r.checkMs)} | ${perSecond(r.rows, r.writeMs)} | ${r.rssBeforeMib} | ${r.vmHwmMib} | ${r.heapBeforeMib} → ${r.heapPeakMib} | ${r.arrayBuffersPeakMib} | ${r.load} |`;
  say(`\n## 2 and 5. Import (app path, own process) and the COPY floor`);
  say(
    '| import | rows | new / updated | time | rows/s (whole import) | rows/s check pass | rows/s write pass | RSS before (MiB) | peak RSS VmHWM (MiB) | heap before → peak (MiB) | ArrayBuffers peak (MiB) | load average |',
  );
  say('|---|---|---|---|---|---|---|---|---|---|---|---|');
  say(importRow(`small file, NDJSON (${SMALL.toLocaleString('en-US')}, scratch database)`, small));
  say(importRow('the year, NDJSON', year));
  say(importRow(`month ${RE_IMPORTED_MONTH} again, CSV (update path)`, month));
  say(
    `| floor: COPY into a bare table (${bare.how}) | ${N.toLocaleString('en-US')} | | ${(bare.ms / 1000).toFixed(1)} s | **${perSecond(N, bare.ms)}** | | | | | | | ${floorLoad} |`,
  );
  say(
    `| COPY into a table with the dossiers' key and index | ${N.toLocaleString('en-US')} | | ${(keyed.ms / 1000).toFixed(1)} s | ${perSecond(N, keyed.ms)} | | | | | | | ${load()} |`,
  );
  say(
    `- app / floor: ${(year.totalMs / bare.ms).toFixed(1)}× the bare COPY's time (write pass alone ${(year.writeMs / bare.ms).toFixed(1)}×).`,
  );
  say(
    `- tables after the imports: dossiers ${sizes[0]!.dossiers.toLocaleString('en-US')} rows (${sizes[0]!.dossiersMib} MiB with indexes), dossier_daily ${sizes[0]!.daily.toLocaleString('en-US')} rows (${sizes[0]!.dailyMib} MiB).`,
  );

  // ---- 3. The year's figures for every unit and level, against one GROUP BY over the raw rows.
  const [leader] = await db2.select().from(users).limit(1);
  const ctx: ServiceContext = {
    db: db2,
    files: localFileStore(join(work, 'files')),
    actor: { userId: leader!.id, role: 'leader', unitId: null },
    now: () => NOW,
  };
  const keys = DOSSIER_FIGURE_KEYS;
  const levels: FigureLevel[] = ['province', 'departments', 'communes'];
  const everyLevel = async () => {
    for (const level of levels) await computeFigures(ctx, { keys, scope: { level }, period: PERIOD });
  };
  const everyUnit = async () => {
    for (const u of benchUnits) await computeFigures(ctx, { keys, scope: { unitId: u.id }, period: PERIOD });
  };
  const { from, to } = PERIOD;
  const groupBy = () =>
    queryRows<DossierSums & { unitId: string }>(
      db2,
      sql`
      SELECT unit_id AS "unitId", count(*)::int AS received,
        count(*) FILTER (WHERE ended_day <= ${to}::date AND (due_at IS NULL OR ended_at <= due_at))::int AS "endedOnTime",
        count(*) FILTER (WHERE ended_day <= ${to}::date)::int AS ended,
        count(*) FILTER (WHERE ended_day IS NULL OR ended_day > ${to}::date)::int AS "inProcess",
        count(*) FILTER (WHERE (ended_day IS NULL OR ended_day > ${to}::date)
          AND (due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date < ${to}::date)::int AS overdue,
        count(*) FILTER (WHERE late_apology)::int AS "lateApology",
        count(*) FILTER (WHERE channel = 2)::int AS online,
        count(*) FILTER (WHERE channel = 1)::int AS "inPerson",
        count(*) FILTER (WHERE channel = 3)::int AS postal,
        count(*) FILTER (WHERE fee_bearing)::int AS "feeBearing",
        count(*) FILTER (WHERE paid_online)::int AS "paidOnline",
        count(*) FILTER (WHERE digitised)::int AS digitised
      FROM (SELECT *, (ended_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS ended_day FROM dossiers
            WHERE received_on BETWEEN ${from}::date AND ${to}::date) d
      GROUP BY unit_id`,
    );
  // The same counts, or the comparison means nothing.
  const reference = await groupBy();
  const appSums = await loadDossierSums(
    db2,
    benchUnits.map((u) => u.id),
    PERIOD,
  );
  let mismatches = 0;
  for (const row of reference) {
    const { unitId, ...expected } = row;
    if (JSON.stringify(appSums.get(unitId)) !== JSON.stringify(expected)) {
      if (mismatches++ < 3) console.error('mismatch', unitId, expected, appSums.get(unitId));
    }
  }
  if (mismatches || reference.length !== appSums.size)
    throw new Error(`the app's sums differ from the GROUP BY for ${mismatches} units`);
  const figuresLoad = load();
  const runs = 5;
  // computeFigures keeps its answer while the database has not changed (snapshot-cache.ts): a transaction id
  // taken before each run (not timed) changes the snapshot, so every timed run computes.
  const forgetKeptAnswers = () => db2.execute(sql`SELECT txid_current()`);
  const timesOf = async (f: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await forgetKeptAnswers();
      times.push((await timed(f))[1]);
    }
    return times;
  };
  // Interleaved, so that both see the same machine.
  const sqlTimes: number[] = [];
  const levelTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    sqlTimes.push((await timed(groupBy))[1]);
    await forgetKeptAnswers();
    levelTimes.push((await timed(everyLevel))[1]);
  }
  const unitTimes = await timesOf(everyUnit);
  say(
    `\n## 3. The year's figures, every unit and level (median of ${runs}, first run in brackets; load average ${figuresLoad} → ${load()})`,
  );
  say('| what | time |');
  say('|---|---|');
  say(
    `| one hand-written GROUP BY over the raw dossiers (every unit's counts) | ${ms(median(sqlTimes))} (${ms(sqlTimes[0]!)}) |`,
  );
  say(
    `| computeFigures, ${keys.length} dossier keys, province + departments + communes (every unit's values come with its level) | ${ms(median(levelTimes))} (${ms(levelTimes[0]!)}) |`,
  );
  say(
    `| computeFigures for each of the ${benchUnits.length} units, one call each | ${ms(median(unitTimes))} (${ms(unitTimes[0]!)}) |`,
  );
  say(
    `- app / GROUP BY: ${(median(levelTimes) / median(sqlTimes)).toFixed(2)}× (goal ≤ 1.5×); the counts are equal for all ${reference.length} units.`,
  );

  // ---- 4. The endpoints under 20 users.
  const app = createApp({ database: handle, files: ctx.files, logger: pino({ level: 'silent' }), now: () => NOW });
  // Above fetch's blocked ports (5060, 6000, 6665–6669 … all below 10 100): a 10-million run once died on one.
  const port = 40_000 + Math.floor(Math.random() * 10_000);
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  const url = `http://127.0.0.1:${port}`;
  const sessions = await signInAll(
    url,
    Array.from({ length: USERS }, (_, i) => `lanhdao${i}`),
    [],
  );
  const unit = benchUnits[0]!; // the department receiving the most dossiers
  const dossierKeys = keys.join(',');
  // One line per URL measured; the service-quality page's endpoint is added here once merged.
  const LOADS: [string, string][] = [
    ['GET /api/dossier-figures, one unit, the year', `/api/dossier-figures?unitId=${unit.id}&from=${from}&to=${to}`],
    ['GET /api/dossier-figures, the province, the year', `/api/dossier-figures?level=province&from=${from}&to=${to}`],
    ['GET /api/figures, one unit, the year', `/api/figures?unitId=${unit.id}&year=${YEAR}&keys=${dossierKeys}`],
    ['GET /api/figures, the province, the year', `/api/figures?level=province&year=${YEAR}&keys=${dossierKeys}`],
    // What a plan target linked to a dossier figure asks for each period (one key, the province, year to date).
    [
      "GET /api/figures, a target's value (on time, province, 9 months)",
      `/api/figures?level=province&year=${YEAR}&span=nine_months&keys=dossiers.on_time_rate`,
    ],
    [
      'GET /api/service-quality, the departments, the year',
      `/api/service-quality?year=${YEAR}&span=year&level=departments`,
    ],
    ['GET /api/service-quality, the communes, the year', `/api/service-quality?year=${YEAR}&span=year&level=communes`],
  ];
  say(`\n## 4. Endpoints, ${USERS} users (${SECONDS} s each after a 3 s warm-up)`);
  say('| request | load | req/s | p50 ms | p90 ms | p95 ms | p99 ms | max ms | failed | load average |');
  say('|---|---|---|---|---|---|---|---|---|---|');
  for (const [name, path] of LOADS) {
    const check = await fetch(`${url}${path}`, { headers: { cookie: sessions[0]!.cookie } });
    if (check.status !== 200) throw new Error(`${name}: ${check.status} ${await check.text()}`);
    for (const mode of ['paced', 'saturation'] as const) {
      const before = load();
      const r = await runLoad({
        url,
        scenario: 'get',
        path,
        mode,
        rate: USERS,
        planId: '',
        periodId: '',
        sessions,
        connections: USERS,
        seconds: SECONDS,
      });
      say(
        `| ${name} | ${mode === 'paced' ? `${USERS} users × 1 click/s, spread` : `${USERS} connections, no pause`} | ${r.requestsPerSecond} | ${r.p50} | ${r.p90} | ${r.p95} | ${r.p99} | ${r.max} | ${r.failed} | ${before} → ${load()} |`,
      );
    }
  }
  server.close();
  await handle.close();
  say(
    `\nDone ${new Date().toISOString()} (${((performance.now() - benchStarted) / 60_000).toFixed(1)} min); load average ${load()}.`,
  );
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error('cleanup:', error));
}
