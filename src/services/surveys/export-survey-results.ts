/**
 * The satisfaction results as an XLSX: one sheet per table of the page (units, items, pillars, fields, levels,
 * campaigns) with the share, answers, respondents, margin and warning, and the free-text answers.
 */
import type { SatisfactionFigureView, SurveyResultsQuery } from '../../contracts/survey-results.js';
import { safeFileName } from '../../db/queries/units/document-header.js';
import { surveyPeriodText } from '../../domain/surveys/results.js';
import type { CellValue } from '../../writers/columns.js';
import { buildTableWorkbook, type SheetColumn, type SheetSpec } from '../../writers/xlsx/table-workbook.js';
import { XLSX_TYPE } from '../consolidated-report/build-consolidated-report.js';
import type { ServiceContext } from '../context.js';
import { getSurveyResults } from './get-survey-results.js';

const figureColumns = (first: string): SheetColumn[] => [
  { header: first, type: 'text', width: 50 },
  { header: 'Tỷ lệ hài lòng', type: 'percent', decimals: 1 },
  { header: 'Hài lòng\n(4–5)', type: 'integer' },
  { header: 'Số câu\ntrả lời', type: 'integer' },
  { header: 'Số phiếu', type: 'integer' },
  { header: 'Sai số (95 %)\n± điểm', type: 'decimal', decimals: 1 },
  { header: 'Cảnh báo', type: 'text', width: 40 },
];

const figureRow = (f: SatisfactionFigureView): CellValue[] => [
  f.label,
  f.share,
  f.satisfied,
  f.answers,
  f.respondents,
  f.interval ? f.interval.margin * 100 : null,
  f.warningText,
];

export async function exportSurveyResults(ctx: ServiceContext, query: SurveyResultsQuery) {
  const view = await getSurveyResults(ctx, query);
  const span = surveyPeriodText(query) ?? 'mọi thời gian';
  const title = (what: string) => [
    `Kết quả khảo sát sự hài lòng — ${what}`,
    `Phiếu ${span}; tỷ lệ = số câu trả lời 4–5 / số câu trả lời.`,
  ];
  const table = (name: string, first: string, rows: SatisfactionFigureView[]): SheetSpec => ({
    name,
    title: title(name.toLowerCase()),
    columns: figureColumns(first),
    rows: rows.map(figureRow),
  });
  const sheets: SheetSpec[] = [
    table('Đơn vị', 'Đơn vị', view.total ? [...view.units, view.total] : view.units),
    table('Câu hỏi', 'Câu hỏi', view.items),
    table('Trụ cột', 'Trụ cột', view.pillars),
    table('Lĩnh vực', 'Lĩnh vực', view.fields),
    table('Cấp', 'Cấp', view.levels),
    table('Đợt khảo sát', 'Đợt khảo sát', view.campaigns),
    {
      name: 'Ý kiến',
      title: title('ý kiến của người trả lời'),
      columns: [
        { header: 'Đơn vị', type: 'text', width: 30 },
        { header: 'Câu', type: 'text' },
        { header: 'Ý kiến', type: 'text', width: 70 },
        { header: 'Ngày', type: 'date' },
        { header: 'Kênh', type: 'text' },
      ],
      rows: view.texts.map((t) => [
        t.unitName,
        t.itemId,
        t.text,
        new Date(t.submittedAt),
        t.channel === 'paper' ? 'Phiếu giấy' : 'Trực tuyến',
      ]),
    },
  ];
  return {
    kind: 'file' as const,
    bytes: new Uint8Array(await buildTableWorkbook(sheets)),
    fileName: safeFileName(`Kết quả khảo sát sự hài lòng - ${span}.xlsx`),
    contentType: XLSX_TYPE,
  };
}
