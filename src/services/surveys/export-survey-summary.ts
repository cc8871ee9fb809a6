/**
 * The satisfaction results as a Word report (NĐ 30/2020): the overall share, then per unit the share satisfied
 * with its counts, its margin of error and the too-small warning, per pillar, and per campaign (the periods
 * compared) when there are several. The same figures as the page and the Excel file, for the same filter.
 */
import type { SatisfactionFigureView, SurveyResultsQuery } from '../../contracts/survey-results.js';
import { provinceNames, safeFileName } from '../../db/queries/units/document-header.js';
import { surveyPeriodText } from '../../domain/surveys/results.js';
import { formatNumberVi, localDateOf } from '../../domain/text/format.js';
import {
  buildAdministrativeDocument,
  type Block,
  type TableColumn,
} from '../../writers/docx/administrative-document.js';
import type { ServiceContext } from '../context.js';
import { getSurveyResults } from './get-survey-results.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const shareText = (share: number | null) => (share === null ? '—' : `${formatNumberVi(share * 100, 1)} %`);

const columns = (first: string): TableColumn[] => [
  { header: first, type: 'text', width: 3 },
  { header: 'Tỷ lệ hài lòng\n(%)', type: 'decimal', decimals: 1, width: 1.1 },
  { header: 'Hài lòng\n(4–5)', type: 'integer', width: 0.9 },
  { header: 'Câu trả lời', type: 'integer', width: 0.9 },
  { header: 'Số phiếu', type: 'integer', width: 0.8 },
  { header: 'Sai số\n(± điểm)', type: 'decimal', decimals: 1, width: 0.9 },
  { header: 'Ghi chú', type: 'text', width: 2.4 },
];

const row = (f: SatisfactionFigureView) => [
  f.label,
  f.share === null ? null : f.share * 100,
  f.satisfied,
  f.answers,
  f.respondents,
  f.interval ? f.interval.margin * 100 : null,
  f.tooSmall ? f.warningText : '',
];

const table = (title: string, first: string, rows: SatisfactionFigureView[]): Block => ({
  kind: 'table',
  title,
  fontSize: 11,
  columns: columns(first),
  rows: rows.map(row),
});

export async function exportSurveySummary(ctx: ServiceContext, query: SurveyResultsQuery) {
  const view = await getSurveyResults(ctx, query);
  const span = surveyPeriodText(query) ?? 'các đợt khảo sát';
  const campaign = query.campaignId ? view.campaigns.find((c) => c.key === query.campaignId)?.label : undefined;
  const scope = campaign ? `đợt “${campaign}”` : span;
  const total = view.total;
  const tooSmall = view.units.filter((u) => u.tooSmall);
  const body: Block[] = [
    {
      kind: 'paragraph',
      text:
        total && total.respondents > 0
          ? `Kết quả lấy ý kiến người dân, tổ chức về sự phục vụ tại bộ phận một cửa, ${scope}: ${total.respondents} phiếu, ${total.answers} câu trả lời các câu hỏi năm mức; tỷ lệ hài lòng chung ${shareText(total.share)} (số câu trả lời “hài lòng”, “rất hài lòng” trên số câu trả lời; câu bỏ trống không tính).`
          : `Chưa có phiếu khảo sát nào (${scope}).`,
    },
    { kind: 'heading', level: 1, text: 'Kết quả theo đơn vị' },
    table('Bảng 1. Tỷ lệ hài lòng theo đơn vị', 'Đơn vị', view.units),
    {
      kind: 'paragraph',
      text: tooSmall.length
        ? `Sai số tính với độ tin cậy 95 %. Có ${tooSmall.length} đơn vị mẫu quá nhỏ để tin cậy (${tooSmall.map((u) => u.label).join(', ')}): cần lấy thêm ý kiến trước khi so sánh.`
        : 'Sai số tính với độ tin cậy 95 %. Mẫu của các đơn vị đủ để tin cậy.',
    },
    { kind: 'heading', level: 1, text: 'Kết quả theo trụ cột' },
    table('Bảng 2. Tỷ lệ hài lòng theo trụ cột', 'Trụ cột', view.pillars),
  ];
  if (view.campaigns.length > 1)
    body.push(
      { kind: 'heading', level: 1, text: 'So sánh giữa các đợt khảo sát' },
      table('Bảng 3. Tỷ lệ hài lòng theo đợt khảo sát', 'Đợt khảo sát', view.campaigns),
    );
  const names = await provinceNames(ctx.db);
  const bytes = await buildAdministrativeDocument({
    ...(names.governingBody ? { governingBody: names.governingBody } : {}),
    issuingBody: 'Sở Nội vụ',
    reference: { symbol: 'BC-SNV' },
    place: names.place,
    issuedOn: localDateOf(ctx.now()),
    kind: 'Báo cáo',
    title: `Kết quả khảo sát sự hài lòng của người dân, tổ chức, ${scope}`,
    body,
    recipients: ['UBND tỉnh (b/c)', 'Các cơ quan, đơn vị được khảo sát', 'Lưu: VT, CCHC'],
    signature: { authority: 'KT. Giám đốc', position: 'Phó Giám đốc', signerName: '' },
  });
  return {
    kind: 'file' as const,
    bytes: new Uint8Array(bytes),
    fileName: safeFileName(`Báo cáo kết quả khảo sát sự hài lòng - ${campaign ?? span}.docx`),
    contentType: DOCX_TYPE,
  };
}
