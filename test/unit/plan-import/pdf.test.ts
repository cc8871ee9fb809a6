/**
 * PDF plans with a text layer: each real plan, printed to PDF by LibreOffice from its Word
 * version (test/fixtures/variants/make-pdf.ts), must give the golden plan's activities; the
 * appendix is rebuilt from word positions and ruling lines, with merged cells, rows cut by page
 * breaks and repeated headers. A scan, a locked file and broken files are refused in Vietnamese,
 * never with a crash or a hang.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/domain/errors.js';
import type { PlanV1 } from '../../../src/domain/plan/types.js';
import { readDocument } from '../../../src/readers/document/read-document.js';
import { parsePlanDocument } from '../../../src/readers/parse-plan-document.js';
import { brokenPdfs, imageOnlyPdf, textPdf } from '../../support/pdf-file.js';
import { compareActivities, describeDifferences, normaliseText } from './compare-activities.js';
import { PLANS, goldenPath } from './plans.js';

const variant = (plan: string, file: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/variants/${plan}/${file}`, import.meta.url)));

/**
 * What the PDF cannot tell. Quảng Trị's II-9 task reads "XH- nghề nghiệp" (a space after the
 * hyphen) and LibreOffice broke the line right after "XH-": a line ending in a hyphen inside a
 * word is joined without a space ("QĐ-" + "UBND", 18 such cases in the goldens against this one),
 * so this one gets "XH-nghề nghiệp".
 */
const KNOWN: Record<string, string[]> = {
  'quang-tri-2025': [
    'II-9 task: "Tăng cường vai trò của người dân, DN, các tổ chức CT-XH, XH- nghề nghiệp và cộng đồng t…" ≠ "Tăng cường vai trò của người dân, DN, các tổ chức CT-XH, XH-nghề nghiệp và cộng đồng tr…"',
  ],
};

async function refusal(bytes: Uint8Array): Promise<AppError> {
  try {
    await readDocument(bytes);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error;
  }
  throw new Error('the file was accepted');
}

const VIETNAMESE = /[ạảãáàâăđêôơư]/u;

describe('PDF plans printed by LibreOffice', () => {
  for (const fixture of PLANS) {
    it(`${fixture.name}: the golden plan's activities`, { timeout: 60_000 }, async () => {
      const golden = JSON.parse(readFileSync(goldenPath(fixture.name), 'utf8')) as PlanV1;
      const { plan } = await parsePlanDocument({
        bytes: variant(fixture.name, 'libreoffice.pdf'),
        fileName: 'ke-hoach.pdf',
        directory: fixture.directory,
        asOf: fixture.asOf,
      });
      expect(plan.activities.length).toBe(golden.activities.length);
      expect(describeDifferences(compareActivities(golden, plan))).toEqual(KNOWN[fixture.name] ?? []);
      expect([plan.issuer, plan.documentNumber, plan.year]).toEqual([
        golden.issuer,
        golden.documentNumber,
        golden.year,
      ]);
    });
  }

  it('rebuilds merged cells, drops the header repeated on every page and joins rows cut by a page', async () => {
    const read = await readDocument(variant('quang-tri-2025', 'libreoffice.pdf'));
    if (read.kind !== 'document') throw new Error('not a document');
    expect(read.format).toBe('pdf');
    const tables = read.document.blocks.filter((b) => b.kind === 'table');
    const appendix = tables.find((t) => t.rows.some((r) => r.cells[0]?.text === 'TT'));
    if (!appendix) throw new Error('no appendix table');
    const cells = appendix.rows.flatMap((r) => r.cells);
    expect(cells.some((c) => c.rowSpan > 1)).toBe(true);
    expect(cells.some((c) => c.colSpan === 9)).toBe(true); // area titles across the whole table
    expect(cells.some((c) => c.mergedAbove)).toBe(true); // a merged cell running on over a page
    // The header row Word repeats on every page is dropped: only the copies written in the Word table stay.
    const word = await readDocument(variant('quang-tri-2025', 'word.docx'));
    if (word.kind !== 'document') throw new Error('not a document');
    const headers = (blocks: typeof read.document.blocks) =>
      blocks.flatMap((b) => (b.kind === 'table' ? b.rows : [])).filter((r) => r.cells[1]?.text === 'Mục tiêu').length;
    expect(headers(read.document.blocks)).toBe(headers(word.document.blocks));
    // "31/01/20" + "26" cut inside a narrow cell is one date again.
    expect(cells.some((c) => c.text.includes('31/01/2026'))).toBe(true);
    expect(cells.some((c) => /\d\/\d{2}\s+\d{2}\b/.test(c.text) && /\/20\s+2\d/.test(c.text))).toBe(false);
  });
});

/**
 * Printed without ruling lines, the table is found from how its words line up; merged cells and
 * rows under one number cannot be told apart there yet, so only the appendix's columns and the
 * title are held to the golden here (activities exact in every field: 53/73, 25/38 and 56/75 when this
 * was written).
 */
describe('PDF plans printed without table borders', () => {
  for (const fixture of PLANS.filter((p) => p.name !== 'tra-vinh-2025')) {
    it(`${fixture.name}: the appendix's columns and the title from word positions`, { timeout: 60_000 }, async () => {
      const golden = JSON.parse(readFileSync(goldenPath(fixture.name), 'utf8')) as PlanV1;
      const { plan } = await parsePlanDocument({
        bytes: variant(fixture.name, 'libreoffice-borderless.pdf'),
        fileName: 'ke-hoach.pdf',
        directory: fixture.directory,
        asOf: fixture.asOf,
      });
      const columns = (p: PlanV1) => p.columns.map((c) => [normaliseText(c.header), c.role]);
      expect(columns(plan)).toEqual(columns(golden));
      expect(plan.title).toBe(golden.title);
      expect(plan.activities.length).toBeGreaterThan(golden.activities.length * 0.9);
    });
  }
});

describe('PDF files that cannot be read', () => {
  it('a PDF after a few bytes of junk (a mail header) is still read as a PDF, by its content', async () => {
    const pdf = variant('tra-vinh-2025', 'libreoffice.pdf');
    const read = await readDocument(new Uint8Array([...new TextEncoder().encode('From: van thu\r\n\r\n'), ...pdf]));
    expect(read.kind === 'document' && read.format).toBe('pdf');
  });

  it('a scan (pictures only, no text layer) says so and what to do', async () => {
    for (const bytes of [
      new Uint8Array(
        readFileSync(new URL('../../fixtures/variants/scanned/quang-tri-2025-page-1.pdf', import.meta.url)),
      ),
      imageOnlyPdf(new Uint8Array(64 * 64).fill(200), 64, 64),
    ]) {
      const error = await refusal(bytes);
      expect(error.code).toBe('UNSUPPORTED_FORMAT');
      expect(error.message).toContain('bản quét');
      expect(error.message).toContain('OCR');
    }
  });

  it('a PDF locked with a password', async () => {
    const error = await refusal(textPdf(['Ke hoach cai cach hanh chinh'], { locked: true }));
    expect(error.code).toBe('ENCRYPTED_FILE');
    expect(error.message).toContain('PDF');
    expect(error.message).toMatch(VIETNAMESE);
  });

  it.each([
    ['only the header', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['a plan cut in half', variant('tra-vinh-2025', 'libreoffice.pdf').slice(0, 20_000)],
    [
      'garbage after the header',
      new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n'), ...new Uint8Array(4096).fill(7)]),
    ],
  ])('%s is a broken file', async (_name, bytes) => {
    const error = await refusal(bytes);
    expect(error.code).toBe('CORRUPT_FILE');
    expect(error.message).toContain('PDF');
    expect(error.message).toMatch(VIETNAMESE);
  });

  it(
    'broken copies of a real plan: a plan, or a Vietnamese refusal, each within 10 s',
    { timeout: 120_000 },
    async () => {
      const outcomes = new Map<string, number>();
      for (const { how, bytes } of brokenPdfs(variant('tra-vinh-2025', 'libreoffice.pdf'), 18, 2025)) {
        const started = performance.now();
        let outcome: string;
        try {
          const read = await readDocument(bytes);
          outcome = read.kind;
        } catch (error) {
          if (!(error instanceof AppError)) throw new Error(`${how}: ${String(error)}`);
          expect(error.message, how).toMatch(VIETNAMESE);
          outcome = error.code;
        }
        expect(performance.now() - started, how).toBeLessThan(10_000);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
      expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(18);
    },
  );
});
