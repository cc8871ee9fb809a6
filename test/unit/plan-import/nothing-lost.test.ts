/**
 * "Nothing lost": every word of every appendix row and of every target sentence of each real
 * plan appears in the imported plan, near where it was printed: a row's words in the
 * activities read from that row (or the next one, for a group title carried down), the area
 * titles, the column headers, `unplaced` or a warning; a target sentence's words in the
 * indicators or `unplaced`. Prints the coverage figure per plan.
 */
import { describe, expect, it } from 'vitest';
import { findAppendix } from '../../../src/domain/plan/appendix.js';
import type { DocumentParagraph } from '../../../src/domain/plan/document.js';
import { looksLikeTarget } from '../../../src/domain/plan/fields/indicators.js';
import { readProse } from '../../../src/domain/plan/prose.js';
import { sentencesOf, wordsOf } from '../../../src/domain/plan/text.js';
import type { PlanActivity, PlanV1 } from '../../../src/domain/plan/types.js';
import { readTextDocument } from '../../../src/readers/document/text-reader.js';
import { PLANS, importFixture, readPlanBytes } from './plans.js';

function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

const wordSet = (values: unknown[]) => new Set(values.flatMap((v) => stringsOf(v)).flatMap(wordsOf));

interface Coverage {
  words: number;
  found: number;
  missing: string[];
}

function check(words: string[], available: Set<string>, where: string, coverage: Coverage): void {
  for (const word of words) {
    coverage.words++;
    if (available.has(word)) coverage.found++;
    else coverage.missing.push(`${where}: ${word}`);
  }
}

function appendixCoverage(plan: PlanV1, source: string): Coverage {
  const document = readTextDocument(source);
  const appendix = findAppendix(document.blocks);
  const coverage: Coverage = { words: 0, found: 0, missing: [] };
  if (!appendix) return coverage;
  const shared = wordSet([plan.areas, plan.columns, plan.unplaced, plan.warnings]);
  const byLine = [...plan.activities].sort((a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0));
  const near = (line: number): PlanActivity[] => {
    const before = byLine.filter((a) => (a.source?.line ?? 0) <= line).at(-1)?.source?.line;
    const after = byLine.find((a) => (a.source?.line ?? 0) >= line)?.source?.line;
    return byLine.filter((a) => a.source?.line === before || a.source?.line === after);
  };
  for (const index of appendix.blockIndexes) {
    const block = document.blocks[index];
    if (block?.kind !== 'table') continue;
    for (const row of block.rows) {
      const words = row.cells.flatMap((c) => wordsOf(c.text));
      if (words.length === 0) continue;
      const available = new Set([...shared, ...wordSet(near(row.line ?? 0))]);
      check(words, available, `dòng ${row.line}`, coverage);
    }
  }
  return coverage;
}

function targetCoverage(plan: PlanV1, source: string): { coverage: Coverage; sentences: number } {
  const paragraphs = readTextDocument(source).blocks.filter((b): b is DocumentParagraph => b.kind === 'paragraph');
  const available = wordSet([plan.indicators.map((i) => i.text), plan.unplaced]);
  const coverage: Coverage = { words: 0, found: 0, missing: [] };
  let sentences = 0;
  for (const paragraph of readProse(paragraphs)) {
    if (paragraph.boilerplate || paragraph.isTargetsHeading) continue;
    let pastResult = false;
    for (const sentence of sentencesOf(paragraph.text)) {
      // Last year's results, and the "Trong đó: …" sentence that breaks them down, are not targets.
      pastResult = /xếp (vị trí|hạng) thứ|^Năm 20\d\d:/u.test(sentence) || (pastResult && /^Trong đó/u.test(sentence));
      if (pastResult) continue;
      if (!paragraph.inTargets && !looksLikeTarget(sentence)) continue;
      sentences++;
      check(wordsOf(sentence), available, `dòng ${paragraph.line}`, coverage);
    }
  }
  return { coverage, sentences };
}

describe('nothing lost on the real plans', () => {
  for (const fixture of PLANS) {
    it(`${fixture.name}: every word of the appendix and of the target sentences is in the output`, async () => {
      const bytes = readPlanBytes(fixture.name);
      const source = new TextDecoder().decode(bytes);
      const plan = await importFixture(fixture, bytes);
      const table = appendixCoverage(plan, source);
      const targets = targetCoverage(plan, source);
      const percent = (c: Coverage) => (c.words === 0 ? 100 : (100 * c.found) / c.words).toFixed(2);
      process.stdout.write(
        `${fixture.name}: appendix ${table.found}/${table.words} words (${percent(table)}%), ` +
          `${targets.sentences} target sentences ${targets.coverage.found}/${targets.coverage.words} words (${percent(targets.coverage)}%)\n`,
      );
      expect(table.missing).toEqual([]);
      expect(targets.coverage.missing).toEqual([]);
      if (fixture.name !== 'tra-vinh-2025') expect(table.words).toBeGreaterThan(1000);
      expect(targets.sentences).toBeGreaterThan(5);
    });
  }
});

describe('the nothing-lost check itself', () => {
  it('notices an activity that went missing', async () => {
    const fixture = PLANS[0];
    if (!fixture) throw new Error('no fixture');
    const bytes = readPlanBytes(fixture.name);
    const plan = await importFixture(fixture, bytes);
    const dropped = { ...plan, activities: plan.activities.filter((a) => a.id !== 'II-7-2') };
    const coverage = appendixCoverage(dropped, new TextDecoder().decode(bytes));
    expect(coverage.missing.length).toBeGreaterThan(0);
  });
});
