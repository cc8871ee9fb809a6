/**
 * The variant corpus (test/fixtures/variants/<plan>/, built by make.ts there with LibreOffice,
 * pdftotext and pandoc): every file of every plan's folder must give the same activities as the
 * golden plan: the title, and per activity the task, activity, deliverable, lead, cooperating,
 * deadline and budget texts, equal after whitespace normalisation. A variant whose reader has not
 * landed is listed in PENDING, never skipped by a glob: the test fails if it starts passing, so
 * the entry is removed when the reader merges.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanV1 } from '../../../src/domain/plan/types.js';
import { parsePlanDocument } from '../../../src/readers/parse-plan-document.js';
import { PLANS, goldenPath } from './plans.js';

const VARIANTS = new URL('../../fixtures/variants/', import.meta.url);

/**
 * Variants no reader reads to the golden yet, as "<plan>/<file>" or "*\/<file>" for every plan.
 * Remove an entry when its reader lands; a pending variant that starts matching fails the test.
 */
export const PENDING = new Set<string>([
  // PDF: the PDF reader (pdfjs-dist, words and ruling lines) is another part of issue 12.
  '*/libreoffice.pdf',
  '*/libreoffice-landscape.pdf',
  // XLSX/ODS: the spreadsheet appendix reader ("sheets") is another part of issue 12.
  '*/libreoffice.xlsx',
  '*/libreoffice.ods',
  // Fixed-width columns (pdftotext -layout of the landscape PDF, text-layouts/fixed-width.ts):
  // pdftotext squeezes some crowded lines (one space between cells, later cells shifted left
  // of their column), and a few such lines still divide at the wrong word.
  'quang-tri-2025/pdftotext-layout.txt',
  'vinh-phuc-2024/pdftotext-layout.txt',
  // The portrait PDF's nine equal narrow columns: words broken inside cells ("25/12/20" / "24")
  // and single spaces between most columns; kept as a hard case.
  'quang-tri-2025/pdftotext-layout-portrait.txt',
  'thua-thien-hue-2025/pdftotext-layout-portrait.txt',
  'vinh-phuc-2024/pdftotext-layout-portrait.txt',
  // Plain pdftotext: cells come out as loose lines in reading order, column by column; not read yet.
  'quang-tri-2025/pdftotext.txt',
  'thua-thien-hue-2025/pdftotext.txt',
  'vinh-phuc-2024/pdftotext.txt',
  // pandoc breaks a word wider than its column ("12" / "91/QĐ-TTg"); the reader joins a tail that
  // fills the column, which two cells of Vĩnh Phúc's narrow columns still defeat ("TT HC…",
  // "ngày20/3/2024"): all 75 activities read, two texts differ by a space.
  'vinh-phuc-2024/pandoc.txt',
  'vinh-phuc-2024/pandoc-pipe.md',
]);

const isPending = (plan: string, file: string) => PENDING.has(`*/${file}`) || PENDING.has(`${plan}/${file}`);

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** What must match, activity by activity, in the golden's order. */
export function comparable(plan: PlanV1): { title: string; activities: Record<string, string>[] } {
  return {
    title: norm(plan.title),
    activities: plan.activities.map((a) => ({
      task: norm(a.task),
      activity: norm(a.activity),
      deliverable: norm(a.deliverable),
      lead: norm(a.lead.text),
      cooperating: norm(a.cooperating.text),
      deadline: norm(a.deadline.text),
      budget: norm(a.budget.text),
    })),
  };
}

/** The differences as sentences naming the activity (by its golden id) and the field; empty when equal. */
export function differences(golden: PlanV1, got: PlanV1, limit = 12): string[] {
  const want = comparable(golden);
  const have = comparable(got);
  const out: string[] = [];
  if (want.title !== have.title) out.push(`title: expected "${want.title}", got "${have.title}"`);
  if (want.activities.length !== have.activities.length)
    out.push(`activities: expected ${want.activities.length}, got ${have.activities.length}`);
  want.activities.forEach((expected, i) => {
    const actual = have.activities[i];
    const id = golden.activities[i]?.id ?? String(i);
    if (!actual) return;
    for (const [field, value] of Object.entries(expected)) {
      if (actual[field] !== value) out.push(`activity ${id} ${field}: expected "${value}", got "${actual[field]}"`);
    }
  });
  return out.slice(0, limit).concat(out.length > limit ? [`… and ${out.length - limit} more`] : []);
}

async function readVariant(planName: string, file: string): Promise<PlanV1> {
  const fixture = PLANS.find((p) => p.name === planName);
  if (!fixture) throw new Error(planName);
  const bytes = new Uint8Array(readFileSync(new URL(`${planName}/${file}`, VARIANTS)));
  return (await parsePlanDocument({ bytes, fileName: file, directory: fixture.directory, asOf: fixture.asOf })).plan;
}

describe('variant corpus: every converter’s output gives the golden activities', () => {
  for (const fixture of PLANS) {
    const files = readdirSync(new URL(`${fixture.name}/`, VARIANTS)).sort();
    it(`${fixture.name}: the corpus has the variants`, () => {
      expect(files).toEqual(expect.arrayContaining(['word.docx', 'libreoffice.pdf', 'pdftotext-layout.txt']));
    });
    const golden = JSON.parse(readFileSync(goldenPath(fixture.name), 'utf8')) as PlanV1;
    for (const file of files) {
      const pending = isPending(fixture.name, file);
      it(`${fixture.name}/${file}${pending ? ' (pending: no reader yet)' : ''}`, async () => {
        let problems: string[];
        try {
          problems = differences(golden, await readVariant(fixture.name, file));
        } catch (error) {
          problems = [`not read: ${(error as Error).message}`];
        }
        if (pending) {
          expect(problems, `${fixture.name}/${file} now reads to the golden: remove it from PENDING`).not.toEqual([]);
          return;
        }
        expect(problems, `${fixture.name}/${file} differs from the golden`).toEqual([]);
      }, 60_000);
    }
  }
});
