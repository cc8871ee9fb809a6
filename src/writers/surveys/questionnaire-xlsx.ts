import ExcelJS from 'exceljs';
import type { QuestionnaireDefinition } from '../../domain/surveys/questionnaire.js';
import { ITEM_COLUMNS, questionnaireToTables } from '../../domain/surveys/questionnaire-table.js';
import { neutraliseFormula } from '../../domain/text/spreadsheet-text.js';

/** A questionnaire as XLSX: the "Phiếu" sheet (key, value) and the "Câu hỏi" sheet (one row per item). */
export async function questionnaireXlsx(q: QuestionnaireDefinition): Promise<Uint8Array> {
  const { meta, items } = questionnaireToTables(q);
  const book = new ExcelJS.Workbook();
  const info = book.addWorksheet('Phiếu');
  meta.forEach((row) => info.addRow(row.map(neutraliseFormula)));
  info.getColumn(1).width = 18;
  info.getColumn(2).width = 80;
  const sheet = book.addWorksheet('Câu hỏi');
  sheet.addRow([...ITEM_COLUMNS]).font = { bold: true };
  items.forEach((row) => sheet.addRow(row.map(neutraliseFormula)));
  [8, 30, 10, 10, 60, 22, 9, 40, 22, 8, 10, 40].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
