import ExcelJS from 'exceljs';
import { AppError } from '../../domain/errors.js';
import { tablesToQuestionnaire } from '../../domain/surveys/questionnaire-table.js';
import { restoreFormulaText } from '../../domain/text/spreadsheet-text.js';

const text = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  return String(v);
};

/** The raw questionnaire of an XLSX written as questionnaireXlsx writes it (sheets "Phiếu" and "Câu hỏi"). */
export async function readQuestionnaireXlsx(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('CORRUPT_FILE', { file: 'xlsx' });
  }
  const rows = (name: string) => {
    const sheet = book.getWorksheet(name);
    if (!sheet)
      throw new AppError('QUESTIONNAIRE_INVALID', { issues: [{ message: `Tệp Excel thiếu trang “${name}”.` }] });
    const out: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = row.values as ExcelJS.CellValue[];
      out.push(values.slice(1).map((v) => restoreFormulaText(text(v))));
    });
    return out;
  };
  return tablesToQuestionnaire(rows('Phiếu'), rows('Câu hỏi').slice(1));
}
