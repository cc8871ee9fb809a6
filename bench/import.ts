/**
 * Import benchmark: time and peak memory per document for each real plan (text export and the
 * DOCX built from it) and for a synthetic plan ten times the size of the largest appendix.
 * Each document runs in its own child process so peak RSS belongs to that document alone.
 * Also times the first import of the process (cold: nothing compiled yet) and unit matching on
 * its own: a new matcher per run (as each import builds one) reading every distinct lead and
 * cooperating cell of the plan.
 *
 *   npx tsx bench/import.ts            # prints a Markdown table
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createUnitMatcher } from '../src/domain/units/matching.js';
import type { UnitDirectory } from '../src/domain/units/types.js';
import { readTextDocument } from '../src/readers/document/text-reader.js';
import { parsePlanDocument } from '../src/readers/parse-plan-document.js';
import { quangTriDirectory } from '../test/fixtures/directories/quang-tri-2025.js';
import { thuaThienHueDirectory } from '../test/fixtures/directories/thua-thien-hue-2025.js';
import { traVinhDirectory } from '../test/fixtures/directories/tra-vinh-2025.js';
import { vinhPhucDirectory } from '../test/fixtures/directories/vinh-phuc-2024.js';
import { docxFromDocument } from '../test/support/docx-from-document.js';

const DIRECTORIES: Record<string, UnitDirectory> = {
  'quang-tri-2025': quangTriDirectory,
  'thua-thien-hue-2025': thuaThienHueDirectory,
  'tra-vinh-2025': traVinhDirectory,
  'vinh-phuc-2024': vinhPhucDirectory,
};
const RUNS = 15;
const self = fileURLToPath(import.meta.url);
const planText = (name: string) => readFileSync(new URL(`../test/fixtures/plans/${name}.txt`, import.meta.url), 'utf8');

/** Quảng Trị's text with its appendix repeated ten times (each copy's cells made distinct). */
function syntheticText(): string {
  const text = planText('quang-tri-2025');
  const start = text.indexOf('TT\tMục tiêu');
  const appendix = text.slice(start);
  const copies = Array.from({ length: 10 }, (_, copy) => appendix.replace(/năm 2025/g, `năm 2025 (đợt ${copy + 1})`));
  return text.slice(0, start) + copies.join('\n\n');
}

async function documentBytes(kind: string): Promise<{ bytes: Uint8Array; directory: UnitDirectory }> {
  const [name = '', format = 'txt'] = kind.split(':');
  const text = name === 'synthetic-10x' ? syntheticText() : planText(name);
  const directory = DIRECTORIES[name] ?? quangTriDirectory;
  if (format === 'docx') return { bytes: await docxFromDocument(readTextDocument(text)), directory };
  return { bytes: new TextEncoder().encode(text), directory };
}

async function child(kind: string): Promise<void> {
  const { bytes, directory } = await documentBytes(kind);
  const baseline = process.resourceUsage().maxRSS;
  const times: number[] = [];
  let activities = 0;
  let firstImport = 0;
  let cells: string[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const start = performance.now();
    const { plan } = await parsePlanDocument({ bytes, fileName: kind, directory, asOf: '2025-01-01' });
    if (i === 0) firstImport = performance.now() - start;
    if (i >= 2) times.push(performance.now() - start);
    activities = plan.activities.length;
    cells = [...new Set(plan.activities.flatMap((a) => [a.lead.text, a.cooperating.text]).filter((t) => t !== ''))];
  }
  times.sort((a, b) => a - b);
  const peak = process.resourceUsage().maxRSS;
  const matching = median(
    Array.from({ length: RUNS }, () => {
      const start = performance.now();
      const matcher = createUnitMatcher(directory, '2025-01-01');
      for (const cell of cells) matcher.matchList(cell.replace(/[\s;,]+$/u, ''));
      return performance.now() - start;
    }),
  );
  const result = {
    kind,
    kb: bytes.byteLength / 1024,
    activities,
    firstImport,
    median: median(times),
    p90: times[Math.floor(times.length * 0.9)],
    matching,
    cells: cells.length,
  };
  process.stdout.write(JSON.stringify({ ...result, peakMb: peak / 1024, deltaMb: (peak - baseline) / 1024 }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function main(): void {
  const kinds = [
    ...Object.keys(DIRECTORIES).flatMap((name) => [`${name}:txt`, `${name}:docx`]),
    'synthetic-10x:txt',
    'synthetic-10x:docx',
  ];
  console.log(`node ${process.version}, ${RUNS} timed runs after 2 warm-up runs, each document in its own process\n`);
  console.log(
    '| document | size (KB) | activities | first import (ms) | median (ms) | p90 (ms) | unit matching, median (ms) | unit cells | peak RSS (MB) | RSS growth while importing (MB) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const kind of kinds) {
    const out = execFileSync(process.execPath, [...process.execArgv, self, '--child', kind], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const r = JSON.parse(out) as {
      kind: string;
      kb: number;
      activities: number;
      firstImport: number;
      median: number;
      p90: number;
      matching: number;
      cells: number;
      peakMb: number;
      deltaMb: number;
    };
    console.log(
      `| ${r.kind} | ${r.kb.toFixed(0)} | ${r.activities} | ${r.firstImport.toFixed(1)} | ${r.median.toFixed(1)} | ${r.p90.toFixed(1)} | ${r.matching.toFixed(1)} | ${r.cells} | ${r.peakMb.toFixed(0)} | ${r.deltaMb.toFixed(0)} |`,
    );
  }
}

const childIndex = process.argv.indexOf('--child');
if (childIndex >= 0) await child(process.argv[childIndex + 1] ?? '');
else main();
