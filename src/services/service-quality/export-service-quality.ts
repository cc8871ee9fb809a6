/**
 * The service-quality page as shown (same year, span and level), for leaders to keep or forward: the table of
 * units with the six groups, total, rank and dossier figures, the level's row first, and the trend.
 */
import type { ServiceQualityQuery, ServiceQualityRowView } from '../../contracts/service-quality.js';
import { safeFileName } from '../../db/queries/units/document-header.js';
import { GROUP_MAX, GROUP_NAME_VI, SERVICE_QUALITY_GROUPS } from '../../domain/service-quality/groups.js';
import { spanLabelVi } from '../../domain/service-quality/page.js';
import { formatDateVi, formatNumberVi } from '../../domain/text/format.js';
import type { CellValue } from '../../writers/columns.js';
import { buildTableWorkbook, type SheetColumn, type SheetSpec } from '../../writers/xlsx/table-workbook.js';
import type { ServiceContext } from '../context.js';
import { XLSX_TYPE } from '../consolidated-report/build-consolidated-report.js';
import { getServiceQuality } from './get-service-quality.js';

type Row = ServiceQualityRowView;
/** A column of the table and how a row fills it. */
type Field = SheetColumn & { cell: (row: Row) => CellValue };

const percent = (value: number | null) => (value === null ? null : value / 100);
const points = (n: number) => formatNumberVi(n, 2, 2);

const FIELDS: Field[] = [
  { header: 'Hạng', type: 'integer', cell: (r) => r.rank },
  { header: 'Cơ quan, đơn vị', type: 'text', width: 36, cell: (r) => r.unitName },
  ...SERVICE_QUALITY_GROUPS.map((group): Field => ({
    header: `${GROUP_NAME_VI[group]}\n(${group}, tối đa ${GROUP_MAX[group]})`,
    type: 'decimal',
    width: 14,
    cell: (r) => r.groups.find((g) => g.group === group)?.published ?? null,
  })),
  { header: 'Tổng điểm\n(tối đa 100)', type: 'decimal', width: 12, cell: (r) => r.total },
  { header: 'Hồ sơ tiếp nhận', type: 'integer', cell: (r) => r.dossiers.received },
  { header: 'Tỷ lệ đúng hạn', type: 'percent', cell: (r) => percent(r.dossiers.onTimeRate) },
  { header: 'Trễ hạn', type: 'integer', cell: (r) => r.dossiers.late },
  { header: 'Trễ hạn chưa xin lỗi', type: 'integer', cell: (r) => r.dossiers.lateWithoutApology },
  { header: 'Tỷ lệ nộp trực tuyến', type: 'percent', cell: (r) => percent(r.dossiers.onlineRate) },
  { header: 'Tỷ lệ thanh toán trực tuyến', type: 'percent', cell: (r) => percent(r.dossiers.paidOnlineRate) },
  { header: 'Tỷ lệ số hóa', type: 'percent', cell: (r) => percent(r.dossiers.digitisedRate) },
  {
    header: 'Điểm công bố lệch điểm cchc tính lại (> 0,01)',
    type: 'text',
    width: 40,
    cell: (r) =>
      r.groups
        .filter((g) => g.differs)
        .map((g) => `${g.group}: công bố ${points(g.published!)}, tính lại ${points(g.recomputed!)}`)
        .join('; ') || null,
  },
];

export async function exportServiceQuality(ctx: ServiceContext, query: ServiceQualityQuery) {
  const view = await getServiceQuality(ctx, query);
  const periodLabel = `${spanLabelVi(view.span)} năm ${view.year}`;
  const title = (name: string) => [
    name,
    `${view.levelRow?.unitName ?? view.rows[0]?.unitName ?? ''}; ${periodLabel} (${formatDateVi(view.period.from)} – ${formatDateVi(view.period.to)}); số liệu ngày ${formatDateVi(ctx.now())}`,
    'Điểm các nhóm: Cổng Dịch vụ công quốc gia công bố; số liệu hồ sơ: cchc tính từ hồ sơ TTHC đã nhập',
  ];
  const shown = [...(view.levelRow ? [view.levelRow] : []), ...view.rows];
  const sheets: SheetSpec[] = [
    {
      name: 'Chất lượng phục vụ',
      title: title('Chất lượng phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg)'),
      orientation: 'landscape',
      columns: FIELDS.map(({ cell: _, ...column }) => column),
      rows: shown.map((row) => FIELDS.map((f) => f.cell(row))),
    },
    {
      name: 'Xu hướng',
      title: title('Xu hướng tổng điểm và tỷ lệ đúng hạn qua các kỳ'),
      orientation: 'landscape',
      columns: [
        { header: 'Cơ quan, đơn vị', type: 'text', width: 36 },
        ...view.trendSpans.flatMap(({ span }): SheetColumn[] => [
          { header: `${spanLabelVi(span)}\nTổng điểm`, type: 'decimal' },
          { header: `${spanLabelVi(span)}\nĐúng hạn`, type: 'percent' },
        ]),
      ],
      rows: shown.map((row) => [row.unitName, ...row.trend.flatMap((p) => [p.total, percent(p.onTimeRate)])]),
    },
  ];
  return {
    kind: 'file' as const,
    bytes: new Uint8Array(await buildTableWorkbook(sheets)),
    fileName: safeFileName(`Chất lượng phục vụ - ${periodLabel}.xlsx`),
    contentType: XLSX_TYPE,
  };
}
