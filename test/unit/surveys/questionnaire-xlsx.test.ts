import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { validateQuestionnaire } from '../../../src/domain/surveys/validate-questionnaire.js';
import { readQuestionnaireXlsx } from '../../../src/readers/surveys/questionnaire-xlsx.js';
import { questionnaireXlsx } from '../../../src/writers/surveys/questionnaire-xlsx.js';

const seeded = (name: string) => {
  const r = validateQuestionnaire(JSON.parse(readFileSync(`seed/surveys/${name}.json`, 'utf8')));
  if (!r.ok) throw new Error('seed');
  return r.value;
};

describe('questionnaire as XLSX', () => {
  it('reads back exactly what it wrote, for both shipped questionnaires', async () => {
    for (const name of ['sipas', 'mot-cua']) {
      const q = seeded(name);
      const back = validateQuestionnaire(await readQuestionnaireXlsx(await questionnaireXlsx(q)));
      expect(back).toEqual({ ok: true, value: q });
    }
  });

  it('names the item of a bad row in Vietnamese', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await questionnaireXlsx(seeded('mot-cua'))) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Câu hỏi')!;
    sheet.getRow(3).getCell(4).value = 'slider';
    sheet.getRow(4).getCell(6).value = 'service.speed';
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const r = validateQuestionnaire(await readQuestionnaireXlsx(bytes));
    expect(r.ok).toBe(false);
    const messages = r.ok ? [] : r.issues.map((i) => i.message);
    expect(messages).toContain('Câu “MC.1”: loại “slider” không hợp lệ (scale, single, multiple, text).');
    expect(messages).toContain('Câu “MC.2”: trụ cột “service.speed” không có trong danh mục SIPAS.');
  });
});
