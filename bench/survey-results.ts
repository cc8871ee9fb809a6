/**
 * Satisfaction results over 100 000 answers (issue #14): one campaign of the one-stop-desk questionnaire over
 * 250 units, ~16 700 responses × 6 five-point items, some left blank; then, timed (median of 5 after a warm-up):
 *   - every unit, pillar and item (and field, level, campaign, total) in the one GROUPING SETS statement;
 *   - the figure catalogue's surveys.* for every unit over the period (what a target's or a score's value reads);
 *   - the floor, in the same run: a bare COUNT(*) over survey_answers.
 * Run: npx tsx bench/survey-results.ts                  (PGlite, in memory)
 *      BENCH_DB=postgres npx tsx bench/survey-results.ts (a throwaway local cluster, or BENCH_DATABASE_URL)
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import {
  surveyCampaignUnits,
  surveyCampaigns,
  surveyQuestionnaireVersions,
  surveyQuestionnaires,
  units,
} from '../src/db/schema/index.js';
import { queryRows } from '../src/db/rows.js';
import { refreshPlannerStatistics } from '../src/db/planner-statistics.js';
import { loadSatisfactionCounts } from '../src/db/queries/surveys/satisfaction-counts.js';
import { SURVEY_FIGURE_KEYS } from '../src/domain/figures/survey-figures.js';
import { surveySource } from '../src/services/figures/survey-source.js';
import { createThrowawayDatabase } from '../test/support/throwaway-postgres.js';
import { startCluster, type Cluster } from './support/postgres-cluster.js';

const UNITS = 250;
const TARGET_ANSWERS = Number(process.env.BENCH_ANSWERS ?? 100_000);
const RUNS = 5;
const onPostgres = process.env.BENCH_DB === 'postgres' || !!process.env.BENCH_DATABASE_URL;

const cleanups: (() => Promise<void> | void)[] = [];
let cluster: Cluster | null = null;
let handle: DatabaseHandle;
if (onPostgres) {
  if (!process.env.BENCH_DATABASE_URL) {
    cluster = startCluster();
    cleanups.push(() => cluster!.stop());
  }
  const { url, drop } = await createThrowawayDatabase(
    process.env.BENCH_DATABASE_URL ?? cluster!.url,
    'cchc_bench_surveys',
  );
  cleanups.unshift(drop);
  handle = await openDatabase({ url });
} else handle = await openDatabase({});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function timed(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return median(times);
}

try {
  await handle.migrate();
  const db = handle.db;
  const questionnaire = JSON.parse(readFileSync(new URL('../seed/surveys/mot-cua.json', import.meta.url), 'utf8'));
  const unitRows = await db
    .insert(units)
    .values(
      Array.from({ length: UNITS }, (_, i) => ({
        code: `KS${i}`,
        kind: i < 25 ? ('department' as const) : ('commune' as const),
        level: i < 25 ? ('province' as const) : ('commune' as const),
        name: `Đơn vị thử ${i}`,
      })),
    )
    .returning({ id: units.id });
  const [q] = await db
    .insert(surveyQuestionnaires)
    .values({ code: 'bench', title: 'Bench', currentVersion: 1 })
    .returning({ id: surveyQuestionnaires.id });
  const [v] = await db
    .insert(surveyQuestionnaireVersions)
    .values({ questionnaireId: q!.id, version: 1, content: questionnaire })
    .returning({ id: surveyQuestionnaireVersions.id });
  const [c] = await db
    .insert(surveyCampaigns)
    .values({ title: 'Bench', questionnaireVersionId: v!.id, startsOn: '2026-01-01', endsOn: '2026-03-31' })
    .returning({ id: surveyCampaigns.id });
  await db
    .insert(surveyCampaignUnits)
    .values(unitRows.map((u, i) => ({ campaignId: c!.id, unitId: u.id, publicToken: `bench-${i}` })));
  // Responses and answers made in SQL (deterministic: the answer is a hash of response and item).
  const responses = Math.ceil(TARGET_ANSWERS / 6);
  const t0 = performance.now();
  await db.execute(sql`
    insert into survey_responses (id, campaign_id, unit_id, questionnaire_version_id, channel, submitted_at, field, answers_hash)
    select md5('r' || n)::uuid, ${c!.id}::uuid, (select id from units where code = 'KS' || (n % ${UNITS})),
      ${v!.id}::uuid, case when n % 5 = 0 then 'paper' else 'online' end,
      timestamptz '2026-01-01 08:00+07' + (n % 90) * interval '1 day',
      (array['land','construction','investment','health','education'])[1 + n % 5], md5('h' || n)
    from generate_series(1, ${responses}) n`);
  await db.execute(sql`
    insert into survey_answers (response_id, item_id, campaign_id, unit_id, pillar, scale)
    select r.id, i.id, r.campaign_id, r.unit_id, i.pillar,
      1 + (('x' || substr(md5(r.id::text || i.id), 1, 4))::bit(16)::int % 100 >= 10)::int * 3
        + (('x' || substr(md5(i.id || r.id::text), 1, 4))::bit(16)::int % 2)
    from survey_responses r
      cross join (values ('MC.1','service.access'), ('MC.2','service.procedures'), ('MC.3','service.staff'),
        ('MC.4','service.staff'), ('MC.5','service.results'), ('MC.6','service.results')) as i(id, pillar)
    where (('x' || substr(md5(r.id::text || 'blank' || i.id), 1, 4))::bit(16)::int % 50) <> 0`);
  // Statistics as the server keeps them (autovacuum on PostgreSQL, the hourly background ANALYZE on PGlite).
  await refreshPlannerStatistics(db);
  const loadMs = performance.now() - t0;
  const [{ n }] = (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from survey_answers`)) as [
    { n: number },
  ];
  const floor = await timed(() => db.execute(sql`select count(*) from survey_answers`));
  const everything = await timed(() => loadSatisfactionCounts(db, {}));
  const period = { from: '2026-01-01', to: '2026-03-31' };
  const unitIds = unitRows.map((u) => u.id);
  const figures = await timed(() => surveySource.compute(db, { keys: SURVEY_FIGURE_KEYS, unitIds, period }));
  if (process.env.BENCH_EXPLAIN) {
    // The plans behind the timings: every query the two measured calls send, prefixed with EXPLAIN ANALYZE.
    const explaining = {
      execute: async (query: ReturnType<typeof sql>) => {
        const plan = await queryRows<Record<string, string>>(db, sql`explain analyze ${query}`);
        console.error(plan.map((row) => Object.values(row)[0]).join('\n'));
        return { rows: [] };
      },
    } as unknown as typeof db;
    await loadSatisfactionCounts(explaining, {});
    await surveySource.compute(explaining, { keys: SURVEY_FIGURE_KEYS, unitIds, period });
  }
  const groups = await loadSatisfactionCounts(db, {});
  console.log(
    JSON.stringify(
      {
        database: onPostgres ? (cluster?.version ?? 'PostgreSQL (BENCH_DATABASE_URL)') : 'PGlite (in memory)',
        machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
        answers: n,
        responses,
        units: UNITS,
        groupedRows: groups.length,
        loadSeconds: Math.round(loadMs / 100) / 10,
        medianMs: {
          floorCount: Math.round(floor * 10) / 10,
          everyUnitPillarItem: Math.round(everything * 10) / 10,
          catalogueEveryUnit: Math.round(figures * 10) / 10,
        },
      },
      null,
      2,
    ),
  );
} finally {
  await handle!.close();
  for (const cleanup of cleanups) await cleanup();
}
