/**
 * A round of 250 units × 100 leaves computed and ranked from the database: entries (self,
 * appraised for a fifth of them) and survey points are stored in PGlite, then the round's
 * results (scores, ranking, points lost, consistency checks) and the XLSX results table are built.
 * Run: npx tsx bench/scoring-round.ts
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/client.js';
import {
  criteriaSets,
  scoringEntries,
  scoringRoundUnits,
  scoringRounds,
  scoringSurveyPoints,
  units,
} from '../src/db/schema/index.js';
import type { ScoringMethod } from '../src/domain/scoring/types.js';
import { localFileStore } from '../src/files/local-file-store.js';
import { exportRoundResults } from '../src/services/scoring/export-results.js';
import { loadRound, loadRoundEntries } from '../src/db/queries/scoring/round-data.js';
import { computeRoundResults } from '../src/db/queries/scoring/compute-round-results.js';
import { benchCriteriaSet, benchEntry, seededRandom } from './support/scoring-set.js';

const UNITS = 250;
const RUNS = 5;

const random = seededRandom(7);
const set = benchCriteriaSet({ code: 'BENCH-ROUND', subject: 'commune', surveyMethod: { type: 'proportional' } });
const entryFor = (method: ScoringMethod) => benchEntry(method, random);

const handle = await openDatabase({});
await handle.migrate();
const db = handle.db;
const t0 = performance.now();
const unitRows = await db
  .insert(units)
  .values(
    Array.from({ length: UNITS }, (_, i) => ({
      code: `B${i}`,
      kind: 'commune' as const,
      level: 'commune' as const,
      name: `Xã thử ${i}`,
    })),
  )
  .returning({ id: units.id });
const [setRow] = await db
  .insert(criteriaSets)
  .values({ code: set.code, version: 1, name: set.name, year: set.year, subject: set.subject, content: set })
  .returning();
const [round] = await db
  .insert(scoringRounds)
  .values({
    criteriaSetId: setRow!.id,
    name: 'Bench',
    status: 'final_appraisal',
    selfAssessmentFrom: '2026-01-01',
    selfAssessmentTo: '2026-01-31',
    appraisalFrom: '2026-02-01',
    appraisalTo: '2026-02-28',
  })
  .returning();
await db
  .insert(scoringRoundUnits)
  .values(unitRows.map((u) => ({ roundId: round!.id, unitId: u.id, rankGroup: 'commune' })));
const leaves = set.nodes.flatMap((a) => a.children ?? []);
const entries = unitRows.flatMap((u) =>
  leaves
    .filter((l) => l.source !== 'survey')
    .map((l) => {
      const selfEntry = entryFor(l.method!);
      return {
        roundId: round!.id,
        unitId: u.id,
        code: l.code,
        selfEntry,
        ...(random() < 0.2 ? { appraisedEntry: entryFor(l.method!), appraisedBy: null } : {}),
      };
    }),
);
for (let i = 0; i < entries.length; i += 2000) await db.insert(scoringEntries).values(entries.slice(i, i + 2000));
const survey = unitRows.flatMap((u) =>
  leaves
    .filter((l) => l.source === 'survey')
    .map((l) => ({ roundId: round!.id, unitId: u.id, code: l.code, points: Math.round(random() * 1000) / 1000 })),
);
await db.insert(scoringSurveyPoints).values(survey);
const loadMs = performance.now() - t0;

const ctx = {
  db,
  files: localFileStore(await mkdtemp(join(tmpdir(), 'cchc-bench-'))),
  actor: { userId: randomUUID(), role: 'coordinator' as const, unitId: null },
  now: () => new Date(),
};
const timings: { read: number; results: number; xlsx: number }[] = [];
let ranked = 0;
for (let run = 0; run < RUNS; run++) {
  const r = performance.now();
  await loadRoundEntries(db, round!.id);
  const a = performance.now();
  const results = await computeRoundResults(db, await loadRound(db, round!.id));
  const b = performance.now();
  await exportRoundResults(ctx, round!.id, 'xlsx');
  const c = performance.now();
  ranked = results.rows.length;
  timings.push({ read: a - r, results: b - a, xlsx: c - b });
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
console.log(
  `units ${UNITS} × leaves ${leaves.length}: ${entries.length} entries + ${survey.length} survey points stored in ${loadMs.toFixed(0)} ms (PGlite, in memory)`,
);
console.log(
  `results from the database (load, score at the final stage, rank, points lost, consistency), median of ${RUNS}: ${median(timings.map((t) => t.results)).toFixed(0)} ms (first run ${timings[0]!.results.toFixed(0)} ms); ${ranked} units ranked`,
);
console.log(
  `of which reading the entries and survey points alone: ${median(timings.map((t) => t.read)).toFixed(0)} ms`,
);
console.log(
  `official results table as XLSX (results included), median: ${median(timings.map((t) => t.xlsx)).toFixed(0)} ms`,
);
console.log(`rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
await handle.close();
