/** Writes a criteria set as XLSX (layout in src/readers/criteria-xlsx-layout.ts): one row per node. */
import ExcelJS from 'exceljs';
import {
  BAND_COLUMNS,
  INFO_FIELDS,
  KIND_LABELS,
  METHOD_LABELS,
  NA_LABELS,
  NODE_COLUMNS,
  RESCALING_LABELS,
  SHEET_BANDS,
  SHEET_INFO,
  SHEET_NODES,
  SOURCE_LABELS,
  SUBJECT_LABELS,
} from '../readers/criteria-xlsx-layout.js';
import { walk } from '../domain/scoring/tree.js';
import { neutraliseFormula } from '../domain/text/spreadsheet-text.js';
import type { CriteriaSet, ScoringMethod } from '../domain/scoring/types.js';

/** The method's parameters without its type: what goes in the "Tham số (JSON)" column. */
function methodParams(method: ScoringMethod | undefined): string {
  if (!method) return '';
  const { type: _type, ...params } = method;
  return Object.keys(params).length ? JSON.stringify(params) : '';
}

/** Text cells never start like a formula (read back by readCriteriaXlsx, which removes the quote again). */
const safe = (values: (string | number)[]) => values.map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v));

export async function writeCriteriaXlsx(set: CriteriaSet): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'cchc';

  const info = book.addWorksheet(SHEET_INFO);
  info.columns = [{ width: 28 }, { width: 70 }];
  const infoValue = (key: (typeof INFO_FIELDS)[number][0]) =>
    key === 'subject'
      ? SUBJECT_LABELS[set.subject]
      : key === 'naRescaling'
        ? RESCALING_LABELS[set.naRescaling]
        : (set[key] ?? '');
  for (const [key, label] of INFO_FIELDS) info.addRow(safe([label, infoValue(key)]));
  info.getColumn(1).font = { bold: true };

  const sheet = book.addWorksheet(SHEET_NODES, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [8, 8, 70, 12, 10, 14, 16, 40, 22, 26, 50].map((width) => ({ width }));
  sheet.addRow([...NODE_COLUMNS]).font = { bold: true };
  for (const { node, parent } of walk(set.nodes)) {
    const row = sheet.addRow(
      safe([
        node.code,
        parent?.code ?? '',
        node.title,
        node.kind ? KIND_LABELS[node.kind] : '',
        node.maxPoints ?? '',
        node.source ? SOURCE_LABELS[node.source] : '',
        node.method ? METHOD_LABELS[node.method.type] : '',
        methodParams(node.method),
        node.notApplicable ? NA_LABELS[node.notApplicable] : '',
        node.linkedFigure ?? '',
        node.guidance ?? '',
      ]),
    );
    if (!parent) row.font = { bold: true };
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
  }

  const bands = book.addWorksheet(SHEET_BANDS);
  bands.columns = [{ width: 20 }, { width: 30 }];
  bands.addRow([...BAND_COLUMNS]).font = { bold: true };
  for (const band of set.bands) bands.addRow(safe([band.minPercent, band.label]));

  return Buffer.from(await book.xlsx.writeBuffer());
}
