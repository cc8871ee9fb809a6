/**
 * The DOCX path on real Word structure: each real plan is rebuilt as a Word document whose
 * appendix has vertically merged cells (w:vMerge), area titles spanning columns (w:gridSpan),
 * a repeating header row (w:tblHeader) and literal header copies at the page breaks, and must
 * give the same plan as the text export it was built from.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { PlanV1 } from '../../../src/domain/plan/types.js';
import { readTextDocument } from '../../../src/readers/document/text-reader.js';
import { parsePlanDocument } from '../../../src/readers/parse-plan-document.js';
import { docxFromDocument } from '../../support/docx-from-document.js';
import { PLANS, importFixture, readPlanBytes } from './plans.js';

/** What only the text export has: line numbers (of activities and of duties), and the page-break repairs it needed. */
function comparable(plan: PlanV1): unknown {
  const EXPORT_ONLY = new Set(['row_joined', 'row_realigned']);
  const located = (message: string) => message.replace(/\((?:dòng \d+|bảng \d+, hàng \d+)\)/g, '(…)');
  return JSON.parse(
    JSON.stringify({
      ...plan,
      activities: plan.activities.map((a) => ({
        ...a,
        source: null,
        warnings: a.warnings
          .filter((w) => !EXPORT_ONLY.has(w.code))
          .map((w) => ({ ...w, message: located(w.message) })),
      })),
      duties: plan.duties?.map((d) => ({ ...d, line: null })),
    }),
  );
}

describe('DOCX built from the real plans', () => {
  for (const fixture of PLANS) {
    it(`${fixture.name}: same plan from Word as from the text export`, async () => {
      const bytes = readPlanBytes(fixture.name);
      const docx = await docxFromDocument(readTextDocument(new TextDecoder().decode(bytes)));
      const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
      if (fixture.name !== 'tra-vinh-2025') {
        expect(xml).toContain('<w:vMerge w:val="restart"/>');
        expect(xml).toMatch(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/);
        expect(xml).toContain('<w:gridSpan');
        expect(xml).toContain('<w:tblHeader');
      } else {
        expect(xml).toContain('w:footnoteReference');
      }
      const fromText = await importFixture(fixture, bytes);
      const { plan: fromWord } = await parsePlanDocument({
        bytes: docx,
        fileName: 'ke-hoach.docx',
        directory: fixture.directory,
        asOf: fixture.asOf,
      });
      expect(fromWord.activities.length).toBe(fromText.activities.length);
      expect(comparable(fromWord)).toEqual(comparable(fromText));
    });
  }
});
