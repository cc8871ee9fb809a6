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
import { criteriaSets, scoringEntries, scoringRoundUnits, scoringRounds, scoringSurveyPoints, units } from '../src/db/schema/index.js';
import type { CriteriaNode, CriteriaSet, LeafEntry, ScoringMethod } from '../src/domain/scoring/types.js';
import { validateCriteriaSet } from '../src/domain/scoring/validate-set.js';
import { localFileStore } from '../src/files/local-file-store.js';
import { exportRoundResults } from '../src/services/scoring/export-results.js';
import { loadRound, loadRoundEntries } from '../src/services/scoring/round-data.js';
import { computeRoundResults } from '../src/services/scoring/round-results.js';

const UNITS = 250;
const AREAS = 10;
const LEAVES_PER_AREA = 10;
const RUNS = 5;

let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const methods: ScoringMethod[] = [
  { type: 'yes_no' },
  { type: 'tiers', measure: 'percent', tiers: [{ atLeast: 100, points: 1 }, { atLeast: 80, points: 0.5 }] },
  { type: 'proportional' },
  { type: 'formula', expression: 'max * min(1, done / total)', inputs: [{ name: 'done', label: 'Hoàn thành' }, { name: 'total', label: 'Tổng' }] },
  { type: 'manual' },
];
const set: CriteriaSet = {
  format: 'cchc-criteria/1',
  code: 'BENCH-ROUND',
  name: 'Bench',
  year: 2025,
  subject: 'commune',
  maxTotal: 100,
  naRescaling: 'reduce_max',
  bands: [{ minPercent: 90, label: 'Xuất sắc' }, { minPercent: 80, label: 'Tốt' }, { minPercent: 0, label: 'Khác' }],
  nodes: Array.from({ length: AREAS }, (_, a): CriteriaNode => ({
    code: String(a + 1),
    title: `Lĩnh vực ${a + 1}`,
    maxPoints: 10,
    children: Array.from({ length: LEAVES_PER_AREA }, (_, l): CriteriaNode => ({
      code: `${a + 1}.${l + 1}`,
      title: `Tiêu chí ${a + 1}.${l + 1}`,
      maxPoints: 1,
      ...(l === 9 ? { source: 'survey' as const, method: { type: 'proportional' } as ScoringMethod } : { method: methods[l % methods.length] as ScoringMethod }),
    })),
  })),
};
if (validateCriteriaSet(set).length) throw new Error('bench set invalid');

function entryFor(method: ScoringMethod): LeafEntry {
  switch (method.type) {
    case 'yes_no':
      return { value: random() < 0.8 };
    case 'tiers':
    case 'proportional':
      return { value: Math.round(random() * 10000) / 100 };
    case 'formula':
      return { inputs: { done: Math.floor(random() * 20), total: 20 } };
    default:
      return { value: Math.round(random() * 1000) / 1000 };
  }
}

const handle = await openDatabase({});
await handle.migrate();
const db = handle.db;
const t0 = performance.now();
const unitRows = await db
  .insert(units)
  .values(Array.from({ length: UNITS }, (_, i) => ({ code: `B${i}`, kind: 'commune' as const, level: 'commune' as const, name: `Xã thử ${i}` })))
  .returning({ id: units.id });
const [setRow] = await db.insert(criteriaSets).values({ code: set.code, version: 1, name: set.name, year: set.year, subject: set.subject, content: set }).returning();
const [round] = await db
  .insert(scoringRounds)
  .values({ criteriaSetId: setRow!.id, name: 'Bench', status: 'final_appraisal', selfAssessmentFrom: '2026-01-01', selfAssessmentTo: '2026-01-31', appraisalFrom: '2026-02-01', appraisalTo: '2026-02-28' })
  .returning();
await db.insert(scoringRoundUnits).values(unitRows.map((u) => ({ roundId: round!.id, unitId: u.id, rankGroup: 'commune' })));
const leaves = set.nodes.flatMap((a) => a.children ?? []);
const entries = unitRows.flatMap((u) =>
  leaves
    .filter((l) => l.source !== 'survey')
    .map((l) => {
      const selfEntry = entryFor(l.method!);
      return { roundId: round!.id, unitId: u.id, code: l.code, selfEntry, ...(random() < 0.2 ? { appraisedEntry: entryFor(l.method!), appraisedBy: null } : {}) };
    }),
);
for (let i = 0; i < entries.length; i += 2000) await db.insert(scoringEntries).values(entries.slice(i, i + 2000));
const survey = unitRows.flatMap((u) => leaves.filter((l) => l.source === 'survey').map((l) => ({ roundId: round!.id, unitId: u.id, code: l.code, points: Math.round(random() * 1000) / 1000 })));
await db.insert(scoringSurveyPoints).values(survey);
const loadMs = performance.now() - t0;

const ctx = { db, files: localFileStore(await mkdtemp(join(tmpdir(), 'cchc-bench-'))), actor: { userId: randomUUID(), role: 'coordinator' as const, unitId: null }, now: () => new Date() };
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
console.log(`units ${UNITS} × leaves ${leaves.length}: ${entries.length} entries + ${survey.length} survey points stored in ${loadMs.toFixed(0)} ms (PGlite, in memory)`);
console.log(`results from the database (load, score at the final stage, rank, points lost, consistency), median of ${RUNS}: ${median(timings.map((t) => t.results)).toFixed(0)} ms (first run ${timings[0]!.results.toFixed(0)} ms); ${ranked} units ranked`);
console.log(`of which reading the entries and survey points alone: ${median(timings.map((t) => t.read)).toFixed(0)} ms`);
console.log(`official results table as XLSX (results included), median: ${median(timings.map((t) => t.xlsx)).toFixed(0)} ms`);
console.log(`rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
await handle.close();
