/**
 * Time and peak memory to read each golden plan's PDF (test/fixtures/variants/<plan>/libreoffice.pdf)
 * against the floor, what pdfjs alone takes to give the words of every page (getTextContent):
 *   floor  pdfjs: open the file, the text of every page
 *   pdfjs  pdfjs: the text and the drawing operators of every page (all the reader asks pdfjs for)
 *   read   the PDF reader: the document model (paragraphs, tables rebuilt from the rules)
 *   plan   the whole import: the document model assembled into a cchc.plan/v1 plan
 * Each (plan, step) runs in a fresh process, so the peak RSS is its own: one cold run (pdfjs loaded
 * on first use), then warm runs. Run: npx tsx bench/plan-pdf.ts
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

/** The golden plans (test/unit/plan-import/plans.ts, loaded only by the plan step: it brings the unit directories). */
const PLAN_NAMES = ['quang-tri-2025', 'thua-thien-hue-2025', 'tra-vinh-2025', 'vinh-phuc-2024'];

const WARM_RUNS = 3;
const STEPS = ['floor', 'pdfjs', 'read', 'plan'] as const;
type Step = (typeof STEPS)[number];

const pdfPath = (plan: string) =>
  fileURLToPath(new URL(`../test/fixtures/variants/${plan}/libreoffice.pdf`, import.meta.url));

async function pdfjsPass(bytes: Uint8Array, operators: boolean): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, useWasm: false, maxImageSize: 1 });
  const document = await task.promise;
  let items = 0;
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    items += (await page.getTextContent()).items.length;
    if (operators) await page.getOperatorList();
    page.cleanup();
  }
  await task.destroy();
  return items;
}

async function run(planName: string, step: Step): Promise<void> {
  if (!PLAN_NAMES.includes(planName)) throw new Error(`no plan ${planName}`);
  const bytes = new Uint8Array(readFileSync(pdfPath(planName)));
  const once = async () => {
    if (step === 'floor') return pdfjsPass(bytes, false);
    if (step === 'pdfjs') return pdfjsPass(bytes, true);
    // The readers are loaded only by the steps that use them, so the floor's memory is pdfjs's own.
    if (step === 'read') return (await import('../src/readers/document/read-document.js')).readDocument(bytes);
    const { parsePlanDocument } = await import('../src/readers/parse-plan-document.js');
    const plan = (await import('../test/unit/plan-import/plans.js')).PLANS.find((p) => p.name === planName)!;
    return parsePlanDocument({ bytes, fileName: 'ke-hoach.pdf', directory: plan.directory, asOf: plan.asOf });
  };
  let start = performance.now();
  await once();
  const coldMs = performance.now() - start;
  const warmMs: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    start = performance.now();
    await once();
    warmMs.push(performance.now() - start);
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ coldMs, warmMs, peakRssMb }));
}

const [onlyPlan, onlyStep] = process.argv.slice(2);
if (onlyPlan && onlyStep) {
  await run(onlyPlan, onlyStep as Step);
} else {
  const pages = (plan: string) => {
    const text = readFileSync(pdfPath(plan), 'latin1');
    return (text.match(/\/Type\s*\/Page\b/g) ?? []).length;
  };
  process.stdout.write(`${cpus().length} cores, Node ${process.version}\n`);
  process.stdout.write(
    '| plan | pages | KB | step | cold ms | warm ms (median) | peak RSS MB |\n|---|---|---|---|---|---|---|\n',
  );
  for (const name of PLAN_NAMES) {
    const plan = { name };
    const kb = Math.round(readFileSync(pdfPath(plan.name)).length / 1024);
    for (const step of STEPS) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), plan.name, step], {
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(child.stderr);
      const m = JSON.parse(child.stdout) as { coldMs: number; warmMs: number[]; peakRssMb: number };
      const median = [...m.warmMs].sort((a, b) => a - b)[Math.floor(m.warmMs.length / 2)] ?? 0;
      process.stdout.write(
        `| ${plan.name} | ${pages(plan.name)} | ${kb} | ${step} | ${m.coldMs.toFixed(0)} | ${median.toFixed(0)} | ${m.peakRssMb.toFixed(0)} |\n`,
      );
    }
  }
}
