import { describe, expect, it } from 'vitest';
import { emptySections } from '../../../src/domain/reporting/report-form.js';
import { unitReportDocument } from '../../../src/writers/cchc/unit-report.js';
import { buildAdministrativeDocument } from '../../../src/writers/docx/administrative-document.js';
import { attr, bodyTables, cellsOf, findAll, openDocx, rowsOf, textOf } from './office-xml.js';

describe("the unit's Word report", () => {
  it('gives the "Thời hạn" column room for a whole dd/mm/yyyy date on one line', async () => {
    const docx = await openDocx(
      await buildAdministrativeDocument(
        unitReportDocument({
          unit: { name: 'Sở Tư pháp', kind: 'department' },
          governingBody: 'UBND TỈNH QUẢNG TRỊ',
          place: 'Quảng Trị',
          addressee: 'Sở Nội vụ tỉnh Quảng Trị',
          periodLabel: '9 tháng đầu năm 2026',
          year: 2026,
          content: {
            items: [
              {
                assignmentId: 'a1',
                status: 'in_progress',
                progress: 70,
                completedOn: null,
                reason: null,
                result: 'Đang triển khai.',
                evidenceFileIds: [],
              },
            ],
            indicators: [],
            sections: { ...emptySections(), achievements: 'Thẩm định 45 dự thảo văn bản.' },
          },
          assignments: [
            {
              id: 'a1',
              number: '8',
              title: 'Kiểm tra tình hình thi hành pháp luật',
              dueOn: '2026-12-31',
              deadlineText: 'Cả năm 2026',
            },
          ],
          indicators: [],
        }),
      ),
    );
    const table = bodyTables(docx.body).find((t) => cellsOf(rowsOf(t)[0]!).some((c) => textOf(c) === 'Thời hạn'))!;
    const column = cellsOf(rowsOf(table)[0]!).findIndex((c) => textOf(c) === 'Thời hạn');
    const width = Number(attr(findAll(table, 'w:gridCol')[column], 'w:w'));
    const size = Number(attr(findAll(rowsOf(table)[1]!, 'w:sz')[0], 'w:val')) / 2;
    // "31/12/2026" in Times New Roman: eight digits of 0.5 em and two slashes of 0.278 em, plus the
    // cell's left and right margins (80 twips each). Narrower, it printed as "31/12/20" over "26".
    const needed = (8 * 0.5 + 2 * 0.278) * size * 20 + 160;
    expect(size).toBe(11);
    expect(width).toBeGreaterThanOrEqual(Math.ceil(needed));
    expect(textOf(cellsOf(rowsOf(table)[1]!)[column]!)).toBe('31/12/2026');
  });
});
