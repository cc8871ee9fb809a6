/**
 * The Excel appendix of a consolidated report: every assignment with its unit, status, progress, deadline
 * and evidence count; each unit's work and reporting; the indicators; progress by area. Every sheet has
 * a frozen header and an auto-filter (buildTableWorkbook).
 */
import type { ConsolidatedReport } from '../../domain/consolidation/consolidate.js';
import type { ProgressTable } from '../../domain/consolidation/area-progress.js';
import type { ReportAssignment, ReportUnit } from '../../domain/consolidation/types.js';
import { ASSIGNMENT_STATUS_LABELS, daysOverdue } from '../../domain/reporting/assignment-status.js';
import { REPORT_STANDING_LABELS, TIMELINESS_LABELS } from '../../domain/reporting/completeness.js';
import { formatDateVi } from '../../domain/text/format.js';
import type { SheetSpec } from '../xlsx/table-workbook.js';

export interface ReportAppendixInput {
  title: string;
  asOf: string;
  units: readonly ReportUnit[];
  assignments: readonly ReportAssignment[];
  report: ConsolidatedReport;
}

export const APPENDIX_SHEETS = {
  assignments: 'Nhiệm vụ',
  units: 'Theo đơn vị',
  indicators: 'Chỉ tiêu',
  areas: 'Theo lĩnh vực',
} as const;

function assignmentSheet(input: ReportAppendixInput, subtitle: string): SheetSpec {
  const unitName = new Map(input.units.map((u) => [u.id, u.name]));
  return {
    name: APPENDIX_SHEETS.assignments,
    title: [input.title, `Phụ lục 1. Tình hình thực hiện từng nhiệm vụ; ${subtitle}`],
    orientation: 'landscape',
    columns: [
      { header: 'TT', type: 'integer' },
      { header: 'Lĩnh vực', type: 'text' },
      { header: 'Số hiệu', type: 'text' },
      { header: 'Hoạt động', type: 'text', width: 60 },
      { header: 'Đơn vị chủ trì', type: 'text', width: 30 },
      { header: 'Trạng thái', type: 'text', width: 20 },
      { header: 'Tiến độ', type: 'percent', decimals: 0 },
      { header: 'Hạn hoàn thành', type: 'date' },
      { header: 'Ngày hoàn thành', type: 'date' },
      { header: 'Số ngày quá hạn', type: 'integer', total: 'sum' },
      { header: 'Số minh chứng', type: 'integer', total: 'sum' },
    ],
    rows: input.assignments.map((a, i) => [
      i + 1,
      a.areaCode,
      a.activityNumber,
      a.activityTitle,
      unitName.get(a.unitId) ?? '',
      ASSIGNMENT_STATUS_LABELS[a.status],
      a.progress / 100,
      a.dueOn,
      a.completedOn,
      daysOverdue(a, input.asOf) || null,
      a.evidenceCount,
    ]),
    totals: { label: 'Tổng cộng' },
  };
}

function unitSheet(input: ReportAppendixInput, subtitle: string): SheetSpec {
  const entryOf = new Map(input.report.discipline.entries.map((e) => [e.unitId, e]));
  return {
    name: APPENDIX_SHEETS.units,
    title: [input.title, `Phụ lục 2. Kết quả thực hiện và tình hình báo cáo theo đơn vị; ${subtitle}`],
    orientation: 'landscape',
    columns: [
      { header: 'Xếp hạng', type: 'integer' },
      { header: 'Cơ quan, đơn vị', type: 'text', width: 36 },
      { header: 'Loại', type: 'text' },
      { header: 'Số nhiệm vụ', type: 'integer', total: 'sum' },
      { header: 'Hoàn thành', type: 'integer', total: 'sum' },
      { header: 'Tỷ lệ hoàn thành', type: 'percent' },
      { header: 'Quá hạn', type: 'integer', total: 'sum' },
      { header: 'Báo cáo kỳ này', type: 'text', width: 24 },
      { header: 'Ngày gửi', type: 'date' },
      { header: 'Thời hạn', type: 'text' },
      { header: 'Báo cáo đúng hạn\ncác kỳ', type: 'percent' },
    ],
    rows: input.report.ranking.map((r) => {
      const entry = entryOf.get(r.unitId);
      return [
        r.rank,
        r.unitName,
        r.kindLabel,
        r.assignments,
        r.finished,
        r.completionRate,
        r.overdue,
        entry ? REPORT_STANDING_LABELS[entry.standing] : '',
        entry?.firstSubmittedOn ?? null,
        entry ? TIMELINESS_LABELS[entry.timeliness] : '',
        r.reportOnTimeRate,
      ];
    }),
    totals: { label: 'Tổng cộng' },
  };
}

function indicatorSheet(input: ReportAppendixInput, subtitle: string): SheetSpec {
  return {
    name: APPENDIX_SHEETS.indicators,
    title: [input.title, `Phụ lục 3. Kết quả thực hiện các chỉ tiêu; ${subtitle}`],
    orientation: 'landscape',
    columns: [
      { header: 'TT', type: 'integer' },
      { header: 'Lĩnh vực', type: 'text' },
      { header: 'Chỉ tiêu', type: 'text', width: 40 },
      { header: 'Nội dung trong kế hoạch', type: 'text', width: 60 },
      { header: 'Cấp', type: 'text' },
      { header: 'Mục tiêu', type: 'text' },
      { header: 'Kết quả', type: 'decimal', decimals: 2 },
      { header: 'Đơn vị tính', type: 'text' },
      { header: 'Nguồn số liệu', type: 'text', width: 32 },
      { header: 'Đơn vị có số liệu', type: 'text', width: 16 },
      { header: 'Số đơn vị đạt', type: 'integer' },
      { header: 'Đánh giá', type: 'text', width: 22 },
      { header: 'Giải thích', type: 'text', width: 60 },
    ],
    rows: input.report.indicators.map((r, i) => [
      i + 1,
      r.areaCode,
      r.subject,
      r.text,
      r.levelLabel,
      r.targetLabel,
      // The judged figure, else the provisional one (its evaluation says "Tạm tính"); empty: no data.
      r.value ?? r.provisionalValue,
      r.unit === 'count' ? '' : r.unit,
      r.sourceLabel,
      // "k/n": the units the figure covers of those in its scope, else how many responsible units reported.
      r.coverageLabel || (r.expectedUnits ? `${r.reportingUnits}/${r.expectedUnits} đơn vị` : ''),
      r.reportingUnits ? r.unitsMeeting : null,
      r.evaluation.label,
      r.evaluation.explanation,
    ]),
  };
}

export function progressSheet(name: string, title: string[], firstHeader: string, table: ProgressTable): SheetSpec {
  return {
    name,
    title,
    orientation: 'landscape',
    columns: [
      { header: firstHeader, type: 'text', width: 44 },
      { header: 'Số nhiệm vụ', type: 'integer', total: 'sum' },
      { header: ASSIGNMENT_STATUS_LABELS.done, type: 'integer', total: 'sum' },
      { header: ASSIGNMENT_STATUS_LABELS.done_late, type: 'integer', total: 'sum' },
      { header: ASSIGNMENT_STATUS_LABELS.in_progress, type: 'integer', total: 'sum' },
      { header: ASSIGNMENT_STATUS_LABELS.not_started, type: 'integer', total: 'sum' },
      { header: ASSIGNMENT_STATUS_LABELS.not_feasible, type: 'integer', total: 'sum' },
      { header: 'Quá hạn', type: 'integer', total: 'sum' },
      { header: 'Tỷ lệ hoàn thành', type: 'percent' },
    ],
    rows: table.rows.map((r) => [
      r.label,
      r.total,
      r.byStatus.done,
      r.byStatus.done_late,
      r.byStatus.in_progress,
      r.byStatus.not_started,
      r.byStatus.not_feasible,
      r.overdue,
      r.completionRate,
    ]),
    totals: { label: 'Tổng cộng' },
  };
}

export function reportAppendixSheets(input: ReportAppendixInput): SheetSpec[] {
  const subtitle = `số liệu đến ngày ${formatDateVi(input.asOf)}`;
  return [
    assignmentSheet(input, subtitle),
    unitSheet(input, subtitle),
    indicatorSheet(input, subtitle),
    progressSheet(
      APPENDIX_SHEETS.areas,
      [input.title, `Phụ lục 4. Kết quả thực hiện nhiệm vụ theo lĩnh vực; ${subtitle}`],
      'Lĩnh vực',
      input.report.byArea,
    ),
  ];
}
