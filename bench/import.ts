/**
 * Import benchmark: time and peak memory per document, for each real plan in every format of the
 * variant corpus (test/fixtures/variants/<plan>/: Word, PDF, Excel, ODS, HTML, Markdown and the
 * text layouts) and for a synthetic plan ten times the size of the largest appendix, as text,
 * Word, and the PDF and XLSX LibreOffice makes of it (made at the start of the run: needs soffice).
 * Each document runs in its own child process so peak RSS belongs to that document alone.
 * Beside each import: the first import of the process (cold: nothing compiled yet), unit matching
 * on its own (a new matcher per run, as each import builds one, reading every distinct lead and
 * cooperating cell), and the floor: the time to read the file's words without building a plan
 * (bench/support/read-words.ts).
 *
 *   npx tsx bench/import.ts                   # every document; prints a Markdown table
 *   npx tsx bench/import.ts pdf synthetic     # only the documents whose label contains one of these
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
import { readWords, type FloorFormat } from './support/read-words.js';

const DIRECTORIES: Record<string, UnitDirectory> = {
  'quang-tri-2025': quangTriDirectory,
  'thua-thien-hue-2025': thuaThienHueDirectory,
  'tra-vinh-2025': traVinhDirectory,
  'vinh-phuc-2024': vinhPhucDirectory,
};
const RUNS = 15;
const self = fileURLToPath(import.meta.url);
const planUrl = (name: string) => new URL(`../test/fixtures/plans/${name}.txt`, import.meta.url);
const planText = (name: string) => readFileSync(planUrl(name), 'utf8');

/** Quảng Trị's text with its appendix repeated ten times (each copy's cells made distinct). */
function syntheticText(): string {
  const text = planText('quang-tri-2025');
  const start = text.indexOf('TT\tMục tiêu');
  const appendix = text.slice(start);
  const copies = Array.from({ length: 10 }, (_, copy) => appendix.replace(/năm 2025/g, `năm 2025 (đợt ${copy + 1})`));
  return text.slice(0, start) + copies.join('\n\n');
}

interface Job {
  /** "quang-tri-2025: libreoffice.pdf", "synthetic-10x: pdf". */
  label: string;
  path: string;
  plan: string;
}

const formatOf = (path: string): FloorFormat => {
  const extension = path.split('.').pop() ?? 'txt';
  return (['md', 'html', 'docx', 'xlsx', 'ods', 'pdf'].includes(extension) ? extension : 'txt') as FloorFormat;
};

/** LibreOffice converts `input` (in its own folder) to `format` beside it; the new file's path. */
function soffice(input: string, format: string, infilter?: string): string {
  const outDir = dirname(input);
  execFileSync(
    'soffice',
    [
      '-env:UserInstallation=file:///tmp/lo-bench-import',
      '--headless',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      format,
      '--outdir',
      outDir,
      input,
    ],
    { stdio: 'ignore', timeout: 600_000 },
  );
  return input.replace(/\.[^.]+$/, `.${format}`);
}

/** The synthetic plan as text, Word, and what LibreOffice makes of the Word file (PDF, XLSX). */
async function syntheticJobs(scratch: string): Promise<Job[]> {
  const text = join(scratch, 'synthetic-10x.txt');
  writeFileSync(text, syntheticText());
  const docx = join(scratch, 'synthetic-10x.docx');
  writeFileSync(docx, await docxFromDocument(readTextDocument(syntheticText())));
  const pdf = soffice(docx, 'pdf');
  const html = soffice(docx, 'html');
  const xlsx = soffice(html, 'xlsx', 'HTML (StarCalc)');
  return [text, docx, pdf, xlsx].map((path) => ({
    label: `synthetic-10x: ${formatOf(path)}`,
    path,
    plan: 'synthetic-10x',
  }));
}

/** Every file of the variant corpus (test/fixtures/variants/<plan>/), and each plan's own text. */
function corpusJobs(): Job[] {
  return Object.keys(DIRECTORIES).flatMap((plan) => {
    const folder = fileURLToPath(new URL(`../test/fixtures/variants/${plan}/`, import.meta.url));
    const variants = existsSync(folder) ? readdirSync(folder).sort() : [];
    return [
      { label: `${plan}: original.txt`, path: fileURLToPath(planUrl(plan)), plan },
      ...variants.map((file) => ({ label: `${plan}: ${file}`, path: join(folder, file), plan })),
    ];
  });
}

async function child(job: Job): Promise<void> {
  const bytes = new Uint8Array(readFileSync(job.path));
  const directory = DIRECTORIES[job.plan] ?? quangTriDirectory;
  const baseline = process.resourceUsage().maxRSS;
  const times: number[] = [];
  let activities = 0;
  let firstImport = 0;
  let cells: string[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const start = performance.now();
    const { plan } = await parsePlanDocument({ bytes, fileName: job.path, directory, asOf: '2025-01-01' });
    if (i === 0) firstImport = performance.now() - start;
    if (i >= 2) times.push(performance.now() - start);
    activities = plan.activities.length;
    cells = [...new Set(plan.activities.flatMap((a) => [a.lead.text, a.cooperating.text]).filter((t) => t !== ''))];
  }
  times.sort((a, b) => a - b);
  // Peak memory is the import's: the floor below runs after it is taken.
  const peak = process.resourceUsage().maxRSS;
  const matching = await timed(() => {
    const matcher = createUnitMatcher(directory, '2025-01-01');
    for (const cell of cells) matcher.matchList(cell.replace(/[\s;,]+$/u, ''));
  });
  const floor = await timed(() => readWords(formatOf(job.path), bytes));
  const result: Measured = {
    label: job.label,
    kb: bytes.byteLength / 1024,
    activities,
    firstImport,
    median: median(times),
    p90: times[Math.floor(times.length * 0.9)] ?? 0,
    floor,
    matching,
    cells: cells.length,
    peakMb: peak / 1024,
    deltaMb: (peak - baseline) / 1024,
  };
  process.stdout.write(JSON.stringify(result));
}

interface Measured {
  label: string;
  kb: number;
  activities: number;
  firstImport: number;
  median: number;
  p90: number;
  floor: number;
  matching: number;
  cells: number;
  peakMb: number;
  deltaMb: number;
}

/** Median of RUNS runs after two warm-up runs. */
async function timed(work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const start = performance.now();
    await work();
    if (i >= 2) times.push(performance.now() - start);
  }
  return median(times);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const scratch = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const jobs = [...corpusJobs(), ...(await syntheticJobs(scratch))].filter(
      (job) => only.length === 0 || only.some((o) => job.label.includes(o)),
    );
    console.log(`node ${process.version}, ${RUNS} timed runs after 2 warm-up runs, each document in its own process\n`);
    console.log(
      '| document | size (KB) | activities | first import (ms) | median (ms) | p90 (ms) | floor: its words only, median (ms) | unit matching, median (ms) | unit cells | peak RSS (MB) | RSS growth while importing (MB) |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const job of jobs) {
      let r: Measured;
      try {
        const out = execFileSync(process.execPath, [...process.execArgv, self, '--child', JSON.stringify(job)], {
          encoding: 'utf8',
          maxBuffer: 1 << 24,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        r = JSON.parse(out) as Measured;
      } catch (error) {
        const reason = String((error as { stderr?: string }).stderr ?? error).match(
          /message: '([^']+)'|Error: ([^\n]+)/,
        );
        console.log(`| ${job.label} | | refused: ${reason?.[1] ?? reason?.[2] ?? 'failed'} | | | | | | | | |`);
        continue;
      }
      const f = (n: number) => n.toFixed(1);
      console.log(
        `| ${r.label} | ${r.kb.toFixed(0)} | ${r.activities} | ${f(r.firstImport)} | ${f(r.median)} | ${f(r.p90)} | ${f(r.floor)} | ${f(r.matching)} | ${r.cells} | ${r.peakMb.toFixed(0)} | ${r.deltaMb.toFixed(0)} |`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const childIndex = process.argv.indexOf('--child');
if (childIndex >= 0) await child(JSON.parse(process.argv[childIndex + 1] ?? '{}') as Job);
else await main();
