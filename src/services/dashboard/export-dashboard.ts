import type { DashboardQuery, IndicatorRowView } from '../../contracts/dashboard.js';
import { UNIT_KIND_LABELS } from '../../domain/units/labels.js';
import { formatDateVi } from '../../domain/text/format.js';
import { progressSheet } from '../../writers/cchc/report-appendix.js';
import { buildTableWorkbook, type SheetColumn, type SheetSpec } from '../../writers/xlsx/table-workbook.js';
import type { ServiceContext } from '../context.js';
import { safeFileName } from '../../db/queries/units/document-header.js';
import { XLSX_TYPE } from '../consolidated-report/build-consolidated-report.js';
import { getDashboard } from './get-dashboard.js';

/** The columns every sheet of targets opens with, and their cells. */
const TARGET_COLUMNS: SheetColumn[] = [
  { header: 'Lĩnh vực', type: 'text' },
  { header: 'Chỉ tiêu', type: 'text', width: 60 },
  { header: 'Cấp', type: 'text' },
  { header: 'Mục tiêu', type: 'text' },
];
const targetCells = (i: IndicatorRowView) => [i.areaCode, i.text, i.levelLabel, i.targetLabel];

/** The dashboard as it is on screen (same filters), one sheet per panel, for leaders to keep or forward. */
export async function exportDashboard(ctx: ServiceContext, query: DashboardQuery) {
  const d = await getDashboard(ctx, query);
  const scope = [
    `${d.plan.name}; ${d.period.label}`,
    [
      d.filter.area ? `Lĩnh vực ${d.filter.area}` : null,
      d.filter.kind ? UNIT_KIND_LABELS[d.filter.kind as keyof typeof UNIT_KIND_LABELS] : null,
      `số liệu ngày ${formatDateVi(ctx.now())}`,
    ]
      .filter(Boolean)
      .join('; '),
  ];
  const title = (name: string) => [name, ...scope];
  const sheets: SheetSpec[] = [
    progressSheet('Theo lĩnh vực', title('Tiến độ thực hiện theo lĩnh vực'), 'Lĩnh vực', d.byArea),
    progressSheet(
      'Theo loại đơn vị',
      title('Tiến độ thực hiện theo loại cơ quan, đơn vị'),
      'Loại cơ quan, đơn vị',
      d.byUnitKind,
    ),
    {
      name: 'Xếp hạng đơn vị',
      title: title('Xếp hạng cơ quan, đơn vị theo mức độ hoàn thành và đúng hạn'),
      orientation: 'landscape',
      columns: [
        { header: 'Xếp hạng', type: 'integer' },
        { header: 'Trong số', type: 'integer' },
        { header: 'Cơ quan, đơn vị', type: 'text', width: 36 },
        { header: 'Loại', type: 'text' },
        { header: 'Số nhiệm vụ', type: 'integer' },
        { header: 'Hoàn thành', type: 'integer' },
        { header: 'Tỷ lệ hoàn thành', type: 'percent' },
        { header: 'Quá hạn', type: 'integer' },
        { header: 'Báo cáo đúng hạn', type: 'percent' },
        { header: 'Hoàn thành đúng hạn', type: 'percent' },
      ],
      rows: d.ranking.map((r) => [
        r.rank,
        r.of,
        r.unitName,
        r.kindLabel,
        r.assignments,
        r.finished,
        r.completionRate,
        r.overdue,
        r.reportOnTimeRate,
        r.workOnTimeRate,
      ]),
    },
    {
      name: 'Nhiệm vụ quá hạn',
      title: title('Nhiệm vụ quá hạn chưa hoàn thành'),
      orientation: 'landscape',
      columns: [
        { header: 'Lĩnh vực', type: 'text' },
        { header: 'Số hiệu', type: 'text' },
        { header: 'Hoạt động', type: 'text', width: 60 },
        { header: 'Đơn vị', type: 'text', width: 32 },
        { header: 'Hạn', type: 'date' },
        { header: 'Số ngày quá hạn', type: 'integer' },
        { header: 'Tiến độ', type: 'percent', decimals: 0 },
      ],
      rows: d.overdueActivities.map((a) => [
        a.areaCode,
        a.activityNumber,
        a.activityTitle,
        a.unitName,
        a.dueOn,
        a.daysOverdue,
        a.progress / 100,
      ]),
    },
    {
      name: 'Chưa báo cáo, trễ hạn',
      title: title('Cơ quan, đơn vị chưa báo cáo hoặc báo cáo trễ hạn'),
      columns: [
        { header: 'Cơ quan, đơn vị', type: 'text', width: 40 },
        { header: 'Tình trạng', type: 'text', width: 20 },
        { header: 'Ngày gửi', type: 'date' },
        { header: 'Số ngày trễ', type: 'integer' },
      ],
      rows: [
        ...d.discipline.missing.map((u) => [u.name, 'Chưa báo cáo', null, null]),
        ...d.discipline.late.map((l) => [l.unitName, 'Trễ hạn', l.firstSubmittedOn, l.daysLate]),
      ],
    },
    {
      name: 'Chỉ tiêu',
      title: title('Kết quả thực hiện các chỉ tiêu'),
      orientation: 'landscape',
      columns: [
        ...TARGET_COLUMNS,
        { header: 'Kết quả', type: 'text', width: 24 },
        { header: 'Đơn vị có số liệu', type: 'text', width: 16 },
        { header: 'Nguồn số liệu', type: 'text', width: 32 },
        { header: 'Đánh giá', type: 'text', width: 22 },
      ],
      rows: d.indicators.map((i) => [
        ...targetCells(i),
        i.value === null && i.provisionalValue === null ? 'Chưa có số liệu' : i.resultLabel,
        i.coverageLabel,
        i.sourceLabel,
        i.evaluation.label,
      ]),
    },
    {
      name: 'Chỉ tiêu có nguy cơ',
      title: title('Chỉ tiêu có nguy cơ không đạt'),
      orientation: 'landscape',
      columns: [
        ...TARGET_COLUMNS,
        { header: 'Kết quả', type: 'decimal' },
        { header: 'Đánh giá', type: 'text', width: 22 },
        { header: 'Giải thích', type: 'text', width: 60 },
      ],
      rows: d.indicatorsAtRisk.map((i) => [...targetCells(i), i.value, i.evaluation.label, i.evaluation.explanation]),
    },
    {
      name: 'Xu hướng theo kỳ',
      title: title('Xu hướng qua các kỳ báo cáo'),
      columns: [
        { header: 'Kỳ báo cáo', type: 'text', width: 28 },
        { header: 'Hạn nộp', type: 'date' },
        { header: 'Số đơn vị phải báo cáo', type: 'integer' },
        { header: 'Đã báo cáo', type: 'integer' },
        { header: 'Tỷ lệ báo cáo', type: 'percent' },
        { header: 'Tỷ lệ đúng hạn', type: 'percent' },
        { header: 'Tỷ lệ nhiệm vụ hoàn thành\n(theo báo cáo)', type: 'percent' },
      ],
      rows: d.trends.map((t) => [
        t.label,
        t.dueOn,
        t.expected,
        t.received,
        t.receivedRate,
        t.onTimeRate,
        t.completionRate,
      ]),
    },
  ];
  return {
    kind: 'file' as const,
    bytes: new Uint8Array(await buildTableWorkbook(sheets)),
    fileName: safeFileName(`Bảng điều hành CCHC - ${d.period.label}.xlsx`),
    contentType: XLSX_TYPE,
  };
}
