/** A unit's scoring sheet (phiếu chấm điểm) as DOCX: every criterion at each stage the reader may see, then the evidence list. */
import { formatDateVi } from '../../domain/text/format.js';
import { walk } from '../../domain/scoring/tree.js';
import {
  buildAdministrativeDocument,
  type Block,
  type TableRowInput,
} from '../../writers/docx/administrative-document.js';
import type { ServiceContext } from '../context.js';
import { provinceNames, safeFileName } from '../../db/queries/units/document-header.js';
import { getUnitScoring } from './get-unit-scoring.js';
import { loadRound } from '../../db/queries/scoring/round-data.js';

export async function exportUnitSheet(ctx: ServiceContext, roundId: string, unitId: string) {
  const sheet = await getUnitScoring(ctx, roundId, unitId);
  const { set } = await loadRound(ctx.db, roundId);
  const leaves = new Map(sheet.leaves.map((l) => [l.code, l]));
  const groupPoints = (stage: 'self' | 'appraised' | 'final', code: string) =>
    sheet.scores[stage]?.areas.find((a) => a.code === code)?.points ?? null;
  const rows: TableRowInput[] = walk(set.nodes)
    .filter((v) => v.node.maxPoints !== undefined)
    .map((v) => {
      const leaf = leaves.get(v.node.code);
      if (!leaf)
        return {
          cells: [
            v.node.code,
            v.node.title,
            v.node.maxPoints ?? null,
            v.parent ? null : groupPoints('self', v.node.code),
            v.parent ? null : groupPoints('appraised', v.node.code),
            v.parent ? null : groupPoints('final', v.node.code),
            '',
          ],
          bold: true,
        };
      const remarks = [
        leaf.self.note,
        leaf.appraisal?.reason && `Thẩm định: ${leaf.appraisal.reason}`,
        leaf.explanation && `Giải trình: ${leaf.explanation}`,
        leaf.final?.reason && `Thẩm định lại: ${leaf.final.reason}`,
      ].filter(Boolean);
      return [
        leaf.code,
        leaf.title,
        leaf.maxPoints,
        leaf.self.points,
        leaf.appraisal?.points ?? null,
        leaf.final?.points ?? null,
        remarks.join('\n'),
      ];
    });
  const evidence = sheet.leaves.flatMap((l) => l.evidence.map((e) => ({ code: l.code, ...e })));
  const totals = (stage: 'self' | 'appraised' | 'final') => sheet.scores[stage]?.total ?? null;
  const body: Block[] = [
    {
      kind: 'paragraph',
      text: `Đơn vị: ${sheet.unit.name}. Đợt đánh giá: ${sheet.round.name}. Bộ tiêu chí: ${set.name} (${set.code}, phiên bản ${sheet.round.criteriaSet.version}).`,
    },
    { kind: 'heading', level: 1, text: 'Kết quả chấm điểm' },
    {
      kind: 'table',
      fontSize: 11,
      columns: [
        { header: 'Mã', type: 'text', width: 0.7 },
        { header: 'Tiêu chí', type: 'text', width: 4 },
        { header: 'Điểm tối đa', type: 'decimal', decimals: 2 },
        { header: 'Tự chấm', type: 'decimal', decimals: 2 },
        { header: 'Thẩm định', type: 'decimal', decimals: 2 },
        { header: 'Thẩm định lại', type: 'decimal', decimals: 2 },
        { header: 'Ghi chú, lý do', type: 'text', width: 3 },
      ],
      rows,
      totals: [
        { value: 'Tổng điểm', span: 2 },
        sheet.scores.self.effectiveMax,
        totals('self'),
        totals('appraised'),
        totals('final'),
        '',
      ],
    },
    { kind: 'heading', level: 1, text: 'Danh sách tài liệu kiểm chứng' },
    evidence.length
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
          rows: evidence.map((e, i) => [
            i + 1,
            e.code,
            e.url ? `${e.label} (${e.url})` : (e.fileName ?? e.label),
            e.stage === 'self' ? 'Tự đánh giá' : 'Giải trình',
            e.addedAt,
          ]),
        }
      : { kind: 'paragraph', text: 'Đơn vị chưa nộp tài liệu kiểm chứng.' },
  ];
  const names = await provinceNames(ctx.db);
  const bytes = await buildAdministrativeDocument({
    ...(names.governingBody ? { governingBody: names.governingBody } : {}),
    issuingBody: sheet.unit.name,
    reference: { symbol: 'PCĐ' },
    place: names.place,
    issuedOn: { year: set.year },
    kind: 'Phiếu chấm điểm',
    title: `${set.name}${sheet.unit.submittedAt ? `, gửi ngày ${formatDateVi(sheet.unit.submittedAt)}` : ''}`,
    body,
    recipients: ['Hội đồng thẩm định Chỉ số CCHC', 'Lưu: VT'],
    signature: { position: 'Thủ trưởng cơ quan', signerName: '' },
    layout: { orientation: 'landscape' },
  });
  return {
    kind: 'file' as const,
    bytes: new Uint8Array(bytes),
    fileName: `${safeFileName(`phieu-cham-diem-${sheet.unit.code}-${sheet.round.name}`)}.docx`,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  };
}
