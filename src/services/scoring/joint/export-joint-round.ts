/**
 * The province's self-assessment as the Ministry asks for it (Biểu tự đánh giá Chỉ số CCHC): every area and criterion
 * with its maximum, the province's self-assessed points, the agency responsible, the evidence and, once entered, the
 * Ministry's appraisal and the explanation; then the evidence list. XLSX or DOCX.
 */
import { walk } from '../../../domain/scoring/tree.js';
import { formatDateVi } from '../../../domain/text/format.js';
import { buildAdministrativeDocument, type Block } from '../../../writers/docx/administrative-document.js';
import { buildTableWorkbook } from '../../../writers/xlsx/table-workbook.js';
import type { CellValue } from '../../../writers/columns.js';
import { provinceNames, safeFileName } from '../../../db/queries/units/document-header.js';
import { loadRound } from '../../../db/queries/scoring/round-data.js';
import type { ServiceContext } from '../../context.js';
import { getJointRound } from './get-joint-round.js';

export async function exportJointRound(ctx: ServiceContext, roundId: string, format: 'xlsx' | 'docx') {
  const joint = await getJointRound(ctx, roundId);
  const { sheet } = joint;
  const { set } = await loadRound(ctx.db, roundId);
  const leaves = new Map(sheet.leaves.map((l) => [l.code, l]));
  const jointLeaves = new Map(joint.leaves.map((l) => [l.code, l]));
  const agencyName = new Map(joint.agencies.map((a) => [a.id, a.name]));
  const area = (stage: 'self' | 'appraised', code: string) =>
    sheet.scores[stage]?.areas.find((a) => a.code === code)?.points ?? null;
  const rows: CellValue[][] = walk(set.nodes)
    .filter((v) => v.node.maxPoints !== undefined)
    .filter((v) => !joint.agencyView || !v.node.method || jointLeaves.has(v.node.code))
    .map((v) => {
      const leaf = leaves.get(v.node.code);
      const j = jointLeaves.get(v.node.code);
      if (!leaf)
        return [
          v.node.code,
          v.node.title,
          v.node.maxPoints ?? null,
          v.parent ? null : area('self', v.node.code),
          '',
          '',
          v.parent ? null : area('appraised', v.node.code),
          '',
        ];
      return [
        leaf.code,
        leaf.title,
        leaf.maxPoints,
        leaf.source === 'survey' ? leaf.surveyPoints : leaf.self.points,
        (j?.agencyIds ?? []).map((id) => agencyName.get(id) ?? id).join('; '),
        [leaf.self.note, ...leaf.evidence.map((e) => e.label)].filter(Boolean).join('\n'),
        leaf.appraisal?.points ?? null,
        [
          leaf.appraisal?.reason && `Bộ: ${leaf.appraisal.reason}`,
          leaf.explanation && `Giải trình: ${leaf.explanation}`,
        ]
          .filter(Boolean)
          .join('\n'),
      ];
    });
  const evidence = sheet.leaves.flatMap((l) => l.evidence.map((e) => ({ code: l.code, ...e })));
  const evidenceRows: CellValue[][] = evidence.map((e, i) => [
    i + 1,
    e.code,
    e.url ? `${e.label} (${e.url})` : (e.fileName ?? e.label),
    e.stage === 'self' ? 'Tự đánh giá' : 'Giải trình',
    e.addedAt.slice(0, 10),
  ]);
  const title = `Biểu tự đánh giá ${set.name}`;
  const baseName = safeFileName(`tu-danh-gia-${sheet.unit.code}-${sheet.round.name}`);
  const headers = [
    'Mã',
    'Lĩnh vực, tiêu chí',
    'Điểm tối đa',
    'Điểm tự đánh giá',
    'Cơ quan chủ trì',
    'Tài liệu kiểm chứng, ghi chú',
    'Điểm Bộ thẩm định',
    'Ý kiến thẩm định, giải trình',
  ];
  if (format === 'xlsx') {
    const bytes = await buildTableWorkbook([
      {
        name: 'Tự đánh giá',
        title: [title, `${sheet.unit.name}: ${sheet.round.name}`],
        orientation: 'landscape',
        columns: [
          { header: headers[0]!, type: 'text' },
          { header: headers[1]!, type: 'text', width: 50 },
          { header: headers[2]!, type: 'decimal', decimals: 2 },
          { header: headers[3]!, type: 'decimal', decimals: 2 },
          { header: headers[4]!, type: 'text', width: 30 },
          { header: headers[5]!, type: 'text', width: 40 },
          { header: headers[6]!, type: 'decimal', decimals: 2 },
          { header: headers[7]!, type: 'text', width: 40 },
        ],
        rows: [
          ...rows,
          [
            '',
            'Tổng điểm',
            sheet.scores.self.effectiveMax,
            sheet.scores.self.total,
            '',
            '',
            sheet.scores.appraised?.total ?? null,
            '',
          ],
        ],
      },
      {
        name: 'Tài liệu kiểm chứng',
        title: ['Danh sách tài liệu kiểm chứng', sheet.round.name],
        columns: [
          { header: 'STT', type: 'integer' },
          { header: 'Mục', type: 'text' },
          { header: 'Tài liệu', type: 'text', width: 60 },
          { header: 'Nộp khi', type: 'text' },
          { header: 'Ngày', type: 'date' },
        ],
        rows: evidenceRows,
      },
    ]);
    return {
      kind: 'file' as const,
      bytes: new Uint8Array(bytes),
      fileName: `${baseName}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
  }
  const body: Block[] = [
    {
      kind: 'paragraph',
      text: `Đơn vị: ${sheet.unit.name}. Đợt đánh giá: ${sheet.round.name}. Bộ tiêu chí: ${set.name} (${set.code}).`,
    },
    { kind: 'heading', level: 1, text: 'Kết quả tự đánh giá' },
    {
      kind: 'table',
      fontSize: 11,
      columns: [
        { header: headers[0]!, type: 'text', width: 0.7 },
        { header: headers[1]!, type: 'text', width: 3.5 },
        { header: headers[2]!, type: 'decimal', decimals: 2 },
        { header: headers[3]!, type: 'decimal', decimals: 2 },
        { header: headers[4]!, type: 'text', width: 1.6 },
        { header: headers[5]!, type: 'text', width: 2.5 },
        { header: headers[6]!, type: 'decimal', decimals: 2 },
        { header: headers[7]!, type: 'text', width: 2.5 },
      ],
      rows,
      totals: [
        { value: 'Tổng điểm', span: 2 },
        sheet.scores.self.effectiveMax,
        sheet.scores.self.total,
        '',
        '',
        sheet.scores.appraised?.total ?? null,
        '',
      ],
    },
    { kind: 'heading', level: 1, text: 'Danh sách tài liệu kiểm chứng' },
    evidenceRows.length
      ? {
          kind: 'table',
          fontSize: 11,
          columns: [
            { header: 'STT', type: 'integer', width: 0.5 },
            { header: 'Mục', type: 'text', width: 0.7 },
            { header: 'Tài liệu', type: 'text', width: 4 },
            { header: 'Nộp khi', type: 'text', width: 1.2 },
            { header: 'Ngày', type: 'date', width: 1 },
          ],
          rows: evidenceRows,
        }
      : { kind: 'paragraph', text: 'Chưa có tài liệu kiểm chứng.' },
  ];
  const names = await provinceNames(ctx.db);
  const bytes = await buildAdministrativeDocument({
    ...(names.governingBody ? { governingBody: names.governingBody } : {}),
    issuingBody: sheet.unit.name,
    reference: { symbol: 'BC' },
    place: names.place,
    issuedOn: { year: set.year },
    kind: 'Báo cáo',
    title: `${title}${sheet.unit.submittedAt ? `, khóa ngày ${formatDateVi(sheet.unit.submittedAt)}` : ''}`,
    body,
    recipients: ['Bộ Nội vụ', 'Lưu: VT, SNV'],
    signature: { position: 'TM. Ủy ban nhân dân tỉnh', signerName: '' },
    layout: { orientation: 'landscape' },
  });
  return {
    kind: 'file' as const,
    bytes: new Uint8Array(bytes),
    fileName: `${baseName}.docx`,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  };
}
