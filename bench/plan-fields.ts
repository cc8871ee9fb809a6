/**
 * Coverage and speed of the plan field parsers on the real plans in test/fixtures/plans.
 * Reads every tab-separated appendix table, runs parseDeadline / parseBudget / matchUnitList on
 * the cells of the matching columns and extractIndicators on every line, prints what could not
 * be read, then times unit matching on a ~300-unit directory.
 *   npx tsx bench/plan-fields.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBudget } from '../src/domain/plan/fields/budget.js';
import { parseDeadline } from '../src/domain/plan/fields/deadline.js';
import { extractIndicators, looksLikeTarget } from '../src/domain/plan/fields/indicators.js';
import { createUnitMatcher } from '../src/domain/units/matching.js';
import type { DirectoryUnit, UnitDirectory } from '../src/domain/units/types.js';
import { sampleProvince } from '../test/fixtures/directories/sample-province.js';

const PLANS = 'test/fixtures/plans';
type Column = 'deadline' | 'budget' | 'units';
const COLUMN_OF: [RegExp, Column][] = [
  [/Thời gian/, 'deadline'],
  [/Kinh phí/, 'budget'],
  [/Chủ trì|Phối hợp/, 'units'],
];

const cells: Record<Column, { plan: string; text: string }[]> = { deadline: [], budget: [], units: [] };
let sentences = 0;
let targetSentences = 0;
let indicators = 0;
for (const file of readdirSync(PLANS).filter((f) => f.endsWith('.txt'))) {
  const year = Number(/(\d{4})/.exec(file)?.[1]);
  let header: string[] | null = null;
  for (const line of readFileSync(join(PLANS, file), 'utf8').split('\n')) {
    if (line.trim() !== '') {
      sentences++;
      const found = extractIndicators(line).length;
      indicators += found;
      if (found > 0 && looksLikeTarget(line)) targetSentences++;
    }
    if (!line.includes('\t')) continue;
    const row = line.split('\t');
    if (row[0] === 'TT' || row[0] === 'STT') {
      header = row;
      continue;
    }
    header?.forEach((title, i) => {
      const column = COLUMN_OF.find(([pattern]) => pattern.test(title))?.[1];
      const text = row[i]?.trim() ?? '';
      if (column && text !== '') cells[column].push({ plan: `${file}:${year}`, text });
    });
  }
}

function tally<T extends string>(values: T[]): string {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
}

const deadlines = cells.deadline.map(({ plan, text }) => ({
  text,
  d: parseDeadline(text, { year: Number(plan.split(':')[1]) }),
}));
console.log(`Deadline cells: ${deadlines.length} (${tally(deadlines.map((x) => x.d.kind))})`);
for (const { text } of deadlines.filter((x) => x.d.kind === 'unknown'))
  console.log(`  unknown: ${JSON.stringify(text)}`);
for (const { text, d } of deadlines.filter((x) => x.d.kind !== 'unknown' && x.d.warnings.length > 0)) {
  console.log(`  partly read: ${JSON.stringify(text.slice(0, 80))} → ${d.warnings.map((w) => w.message).join(' ')}`);
}

const budgets = cells.budget.map(({ text }) => ({ text, b: parseBudget(text) }));
console.log(
  `Budget cells: ${budgets.length} (${tally(budgets.map((x) => x.b.kind))}); ambiguous numbers flagged: ${budgets.filter((x) => x.b.warnings.some((w) => w.code === 'ambiguous_number')).length}`,
);
for (const { text } of budgets.filter((x) => x.b.kind === 'unknown')) console.log(`  unknown: ${JSON.stringify(text)}`);

const matcher = createUnitMatcher(sampleProvince, '2025-01-15');
const refs = cells.units.flatMap(({ text }) => matcher.matchList(text).units);
const unresolved = refs.filter((r) => r.unitId === null && r.groupId === null);
console.log(
  `Unit cells: ${cells.units.length}, names read: ${refs.length}, units ${refs.filter((r) => r.unitId).length}, groups ${refs.filter((r) => r.groupId).length}, unresolved ${unresolved.length}, low confidence ${refs.filter((r) => (r.unitId || r.groupId) && r.confidence < 0.75).length}`,
);
console.log(`  unresolved: ${tally(unresolved.map((r) => JSON.stringify(r.name)))}`);
console.log(
  `Lines: ${sentences}, numeric targets found: ${indicators}, lines that look like targets: ${targetSentences}`,
);

// Speed: ~300 units (the sample province plus generated communes), every unit cell of the plans repeated.
const big: UnitDirectory = {
  ...sampleProvince,
  units: [
    ...sampleProvince.units,
    ...Array.from({ length: 270 }, (_, i): DirectoryUnit => ({
      id: `xa-${i}`,
      code: `XA${i}`,
      parentId: 'ubnd-tinh',
      kind: 'commune',
      level: 'commune',
      name: `UBND xã ${['Triệu', 'Hải', 'Gio', 'Vĩnh', 'Cam', 'Hướng', 'Đakrông', 'Linh'][i % 8]} ${['An', 'Bình', 'Hòa', 'Phú', 'Thành', 'Lợi', 'Sơn', 'Thủy', 'Trung'][Math.floor(i / 8) % 9]} ${Math.floor(i / 72) + 1}`,
      shortNames: [],
      aliases: [],
      validFrom: null,
      validTo: null,
    })),
  ],
};
const texts = Array.from({ length: 5000 }, (_, i) => cells.units[i % cells.units.length]?.text ?? '');
let started = performance.now();
const fresh = createUnitMatcher(big, '2025-01-15');
const buildMs = performance.now() - started;
started = performance.now();
for (const text of texts) fresh.matchList(text);
const coldMs = performance.now() - started;
started = performance.now();
for (const text of texts) fresh.matchList(text);
const warmMs = performance.now() - started;
const typoTexts = texts.map((t, i) => `${t.replace(/[ôơ]/g, 'o')} ${i}`);
started = performance.now();
for (const text of typoTexts) fresh.matchList(text);
const uniqueMs = performance.now() - started;
console.log(
  `Matching, ${big.units.length} units: build ${buildMs.toFixed(1)} ms; 5000 plan cells ${coldMs.toFixed(0)} ms first pass, ${warmMs.toFixed(0)} ms again; 5000 distinct altered cells ${uniqueMs.toFixed(0)} ms`,
);

started = performance.now();
for (let i = 0; i < 20; i++)
  for (const { plan, text } of cells.deadline) parseDeadline(text, { year: Number(plan.split(':')[1]) });
console.log(
  `Deadlines: ${(((performance.now() - started) / (20 * cells.deadline.length)) * 1000).toFixed(1)} µs per cell`,
);
