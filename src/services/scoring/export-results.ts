/** The official results table of a round, as XLSX (one sheet per group, and where points were lost) or as a NĐ 30 report in DOCX. */
import { formatNumberVi } from '../../domain/text/format.js';
import {
  buildAdministrativeDocument,
  type Block,
  type TableColumn,
} from '../../writers/docx/administrative-document.js';
import { buildTableWorkbook, type SheetSpec } from '../../writers/xlsx/table-workbook.js';
import type { ServiceContext } from '../context.js';
import { provinceNames, safeFileName } from '../../db/queries/units/document-header.js';
import { computeRoundResults } from '../../db/queries/scoring/compute-round-results.js';
import { loadRound } from '../../db/queries/scoring/round-data.js';
import { authorize } from '../access/authorize.js';

export const GROUP_NAMES: Record<string, string> = {
  department: 'Các sở, ban, ngành',
  other: 'Các cơ quan, đơn vị khác',
  district: 'UBND các huyện',
  commune: 'UBND các xã, phường',
  province: 'UBND tỉnh',
};

export async function exportRoundResults(ctx: ServiceContext, roundId: string, format: 'xlsx' | 'docx') {
  await authorize(ctx, 'scoring.readResults', { roundId });
  const loaded = await loadRound(ctx.db, roundId);
  const { set, round } = loaded;
  const results = await computeRoundResults(ctx.db, loaded);
  const areas = set.nodes;
  const groups = [...new Set(results.rows.map((r) => r.rankGroup))];
  const provisional = !['approved', 'published'].includes(round.status);
  const title = `Kết quả ${set.name}${provisional ? ' (tạm tính, chưa được Hội đồng thông qua)' : ''}`;
  const baseName = safeFileName(`ket-qua-${round.name}`);

  if (format === 'xlsx') {
    const sheets: SheetSpec[] = groups.map((group) => ({
      name: GROUP_NAMES[group] ?? group,
      title: [title, `${GROUP_NAMES[group] ?? group}: ${round.name}`],
      orientation: 'landscape',
      columns: [
        { header: 'Xếp hạng', type: 'integer' },
        { header: 'Mã', type: 'text' },
        { header: 'Đơn vị', type: 'text', width: 40 },
        ...areas.map((a) => ({
          header: `${a.code}\n(${formatNumberVi(a.maxPoints ?? 0)})`,
          type: 'decimal' as const,
          decimals: 2,
        })),
        { header: 'Tự đánh giá', type: 'decimal', decimals: 2 },
        { header: 'Điều tra XHH', type: 'decimal', decimals: 2 },
        { header: 'Tổng điểm', type: 'decimal', decimals: 2 },
        { header: 'Chỉ số CCHC', type: 'percent', decimals: 2 },
        { header: 'Xếp loại', type: 'text' },
      ],
      rows: results.rows
        .filter((r) => r.rankGroup === group)
        .map((r) => [
          r.rank,
          r.code,
          r.name,
          ...areas.map((a) => r.areas.find((x) => x.code === a.code)?.points ?? null),
          r.selfPoints,
          r.surveyPoints,
          r.total,
          r.percent === null ? null : r.percent / 100,
          r.band,
        ]),
    }));
    sheets.push({
      name: 'Điểm bị mất',
      title: ['Các tiêu chí bị mất điểm nhiều nhất', round.name],
      columns: [
        { header: 'Mã', type: 'text' },
        { header: 'Tiêu chí', type: 'text', width: 60 },
        { header: 'Điểm tối đa', type: 'decimal', decimals: 2 },
        { header: 'Số đơn vị bị mất điểm', type: 'integer' },
        { header: 'Tổng điểm bị mất', type: 'decimal', decimals: 2, total: 'sum' },
        { header: 'Tỷ lệ bị mất', type: 'percent', decimals: 2 },
      ],
      rows: results.pointsLost.map((c) => [
        c.code,
        c.title,
        c.maxPoints,
        c.unitsLosing,
        c.totalLost,
        c.shareLost === null ? null : c.shareLost / 100,
      ]),
      totals: { label: 'Tổng cộng' },
    });
    return {
      kind: 'file' as const,
      bytes: new Uint8Array(await buildTableWorkbook(sheets)),
      fileName: `${baseName}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
  }

  const areaColumns: TableColumn[] = areas.map((a) => ({
    header: `${a.code}\n(${formatNumberVi(a.maxPoints ?? 0)})`,
    type: 'decimal',
    decimals: 2,
    width: 0.8,
  }));
  const body: Block[] = [
    {
      kind: 'paragraph',
      text: `Căn cứ ${set.basis ?? `bộ tiêu chí ${set.code}`}, kết quả xác định ${set.name} như sau:`,
    },
    ...groups.flatMap((group): Block[] => [
      { kind: 'heading', level: 1, text: GROUP_NAMES[group] ?? group },
      {
        kind: 'table',
        fontSize: 11,
        columns: [
          { header: 'Xếp hạng', type: 'integer', width: 0.8 },
          { header: 'Đơn vị', type: 'text', width: 3 },
          ...areaColumns,
          { header: 'Tổng điểm', type: 'decimal', decimals: 2 },
          { header: 'Chỉ số (%)', type: 'decimal', decimals: 2 },
          { header: 'Xếp loại', type: 'text', width: 1.2 },
        ],
        rows: results.rows
          .filter((r) => r.rankGroup === group)
          .map((r) => [
            r.rank,
            r.name,
            ...areas.map((a) => r.areas.find((x) => x.code === a.code)?.points ?? null),
            r.total,
            r.percent,
            r.band,
          ]),
      },
    ]),
  ];
  const names = await provinceNames(ctx.db);
  const bytes = await buildAdministrativeDocument({
    ...(names.governingBody ? { governingBody: names.governingBody } : {}),
    issuingBody: 'Sở Nội vụ',
    reference: { symbol: 'BC-SNV' },
    place: names.place,
    issuedOn: round.publishedAt ? round.publishedAt.toISOString().slice(0, 10) : { year: set.year + 1 },
    kind: 'Báo cáo',
    title,
    body,
    recipients: ['UBND tỉnh (b/c)', 'Các cơ quan, đơn vị được đánh giá', 'Lưu: VT, CCHC'],
    signature: { authority: 'KT. Giám đốc', position: 'Phó Giám đốc', signerName: '' },
    layout: { orientation: 'landscape' },
  });
  return {
    kind: 'file' as const,
    bytes: new Uint8Array(bytes),
    fileName: `${baseName}.docx`,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  };
}
