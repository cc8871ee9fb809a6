/**
 * The consolidated CCHC report of a period (báo cáo CCHC) as an administrative document of NĐ 30/2020:
 * the coordinator's introduction, the progress of the plan by area and by kind of unit, what units did
 * in each area in their own words with their names, the indicator table, difficulties and proposals
 * gathered from units, who reported late or not at all, the coordinator's conclusions.
 */
import type { ConsolidatedReport } from '../../domain/consolidation/consolidate.js';
import type { ProgressFigures, ProgressTable } from '../../domain/consolidation/area-progress.js';
import type { AttributedText } from '../../domain/consolidation/narratives.js';
import { formatDateVi, formatNumberVi } from '../../domain/text/format.js';
import type { AdministrativeDocument, Block, TableBlock, TableRowInput } from '../docx/types.js';
import { ofText, percentText } from './figures.js';
import { paragraphsOf, type ReportTexts } from './report-texts.js';

export interface ConsolidatedReportInput {
  governingBody?: string | undefined;
  place: string;
  texts: ReportTexts;
  periodLabel: string;
  year: number;
  /** Local date the figures were taken. */
  asOf: string;
  report: ConsolidatedReport;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const withStop = (text: string) => (/[.!?;:…]$/.test(text) ? text : `${text}.`);

function progressTable(title: string, firstHeader: string, table: ProgressTable): TableBlock {
  const cells = (f: ProgressFigures) => [
    f.total,
    f.finished,
    f.byStatus.done_late,
    f.byStatus.in_progress,
    f.byStatus.not_started,
    f.byStatus.not_feasible,
    f.overdue,
    f.completionRate,
  ];
  return {
    kind: 'table',
    title,
    fontSize: 11,
    columns: [
      { header: 'TT', width: 0.6, align: 'center' },
      { header: firstHeader, width: 2.6 },
      { header: 'Số nhiệm vụ', width: 0.85, type: 'integer' },
      {
        header: 'Hoàn thành',
        columns: [
          { header: 'Tổng số', width: 0.85, type: 'integer' },
          { header: 'Trễ hạn', width: 0.75, type: 'integer' },
        ],
      },
      { header: 'Đang thực hiện', width: 0.85, type: 'integer' },
      { header: 'Chưa triển khai', width: 0.85, type: 'integer' },
      { header: 'Không thực hiện được', width: 0.95, type: 'integer' },
      { header: 'Quá hạn', width: 0.7, type: 'integer' },
      { header: 'Tỷ lệ hoàn thành', width: 0.95, type: 'percent' },
    ],
    rows: table.rows.map((row, i): TableRowInput => [i + 1, row.label, ...cells(row)]),
    totals: [{ value: 'Tổng cộng', span: 2 }, ...cells(table.total)],
  };
}

function overallParagraph(total: ProgressFigures, units: number): string {
  const late = total.byStatus.done_late;
  return (
    `Kế hoạch có ${formatNumberVi(total.total)} lượt nhiệm vụ giao ${formatNumberVi(units)} cơ quan, đơn vị, địa phương chủ trì thực hiện. ` +
    `Đến nay đã hoàn thành ${formatNumberVi(total.finished)} nhiệm vụ (đạt ${percentText(total.completionRate)})` +
    (late ? `, trong đó ${formatNumberVi(late)} nhiệm vụ hoàn thành trễ hạn` : '') +
    `; đang thực hiện ${formatNumberVi(total.byStatus.in_progress)}; chưa triển khai ${formatNumberVi(total.byStatus.not_started)}` +
    (total.byStatus.not_feasible ? `; không thực hiện được ${formatNumberVi(total.byStatus.not_feasible)}` : '') +
    `. Có ${formatNumberVi(total.overdue)} nhiệm vụ đã quá hạn nhưng chưa hoàn thành.`
  );
}

function areaSection(report: ConsolidatedReport, areaCode: string, label: string): Block[] {
  const figures = report.byArea.rows.find((r) => r.key === areaCode);
  const narrative = report.narratives.find((n) => n.areaCode === areaCode);
  const title = label.replace(/^[IVXLC]+\.\s*/, '');
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: title }];
  if (figures) {
    blocks.push({
      kind: 'paragraph',
      text:
        `Lĩnh vực có ${formatNumberVi(figures.total)} lượt nhiệm vụ; đã hoàn thành ${ofText(figures.finished, figures.total)} (${percentText(figures.completionRate)})` +
        (figures.overdue ? `; ${formatNumberVi(figures.overdue)} nhiệm vụ quá hạn chưa hoàn thành` : '') +
        (narrative?.units.length ? '. Kết quả cụ thể theo báo cáo của các cơ quan, đơn vị:' : '.'),
    });
  }
  if (!narrative?.units.length) {
    blocks.push({ kind: 'paragraph', text: 'Chưa có cơ quan, đơn vị báo cáo kết quả cụ thể của lĩnh vực này.' });
    return blocks;
  }
  blocks.push({
    kind: 'bullets',
    items: narrative.units.map((u) => [
      { text: `${u.unitName}: `, bold: true },
      { text: u.results.map((r) => withStop(r.text)).join(' ') },
    ]),
  });
  return blocks;
}

function attributedBullets(texts: AttributedText[], empty: string): Block {
  if (!texts.length) return { kind: 'paragraph', text: empty };
  return {
    kind: 'bullets',
    items: texts.map((t) => [{ text: `${t.unitName}: `, bold: true }, { text: withStop(t.text) }]),
  };
}

function indicatorTableBlock(report: ConsolidatedReport, periodLabel: string, year: number): Block[] {
  if (!report.indicators.length) return [{ kind: 'paragraph', text: 'Kế hoạch không đặt chỉ tiêu định lượng.' }];
  const rows: TableRowInput[] = [];
  let area: string | null | undefined;
  report.indicators.forEach((row, i) => {
    if (row.areaCode !== area) {
      area = row.areaCode;
      const title = report.byArea.rows.find((r) => r.key === area)?.label;
      if (title) rows.push({ section: title });
    }
    rows.push([
      i + 1,
      upperFirst(row.subject),
      row.levelLabel,
      row.targetLabel,
      row.value === null && row.provisionalValue === null ? 'Chưa có số liệu' : row.resultLabel,
      row.coverageLabel,
      row.sourceLabel,
      row.evaluation.label,
    ]);
  });
  return [
    {
      kind: 'table',
      title: `Bảng 3. Kết quả thực hiện các chỉ tiêu ${lowerFirst(periodLabel)}`,
      fontSize: 11,
      columns: [
        { header: 'TT', width: 0.6, align: 'center' },
        { header: 'Chỉ tiêu', width: 3 },
        { header: 'Cấp', width: 0.9, align: 'center' },
        { header: `Chỉ tiêu năm ${year}`, width: 1, align: 'center' },
        { header: 'Kết quả', width: 1.1, align: 'right' },
        { header: 'Đơn vị có số liệu', width: 1, align: 'center' },
        { header: 'Nguồn số liệu', width: 1.4 },
        { header: 'Đánh giá', width: 1.3, align: 'center' },
      ],
      rows,
    },
  ];
}

function disciplineBlocks(report: ConsolidatedReport, asOf: string): Block[] {
  const { completeness, missing, late } = report.discipline;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text:
        `Đến ngày ${formatDateVi(asOf)}, đã nhận ${ofText(completeness.received, completeness.expected)} báo cáo của các cơ quan, đơn vị (${percentText(completeness.receivedRate)}), ` +
        `trong đó ${formatNumberVi(completeness.onTime)} báo cáo đúng hạn, ${formatNumberVi(late.length)} báo cáo trễ hạn; ${formatNumberVi(missing.length)} cơ quan, đơn vị chưa báo cáo.`,
    },
  ];
  if (!missing.length && !late.length) return blocks;
  const rows: TableRowInput[] = [];
  if (missing.length)
    rows.push({ section: 'Chưa báo cáo' }, ...missing.map((u, i): TableRowInput => [i + 1, u.name, '', '']));
  if (late.length)
    rows.push(
      { section: 'Báo cáo trễ hạn' },
      ...late.map((l, i): TableRowInput => [i + 1, l.unit.name, l.firstSubmittedOn, l.daysLate]),
    );
  blocks.push({
    kind: 'table',
    title: 'Bảng 4. Danh sách cơ quan, đơn vị chưa báo cáo, báo cáo trễ hạn',
    fontSize: 11,
    columns: [
      { header: 'TT', width: 0.6, align: 'center' },
      { header: 'Cơ quan, đơn vị', width: 4 },
      { header: 'Ngày gửi', width: 1.2, type: 'date' },
      { header: 'Số ngày trễ', width: 1, type: 'integer' },
    ],
    rows,
  });
  return blocks;
}

export function consolidatedReportDocument(input: ConsolidatedReportInput): AdministrativeDocument {
  const { report, texts } = input;
  const body: Block[] = [
    ...paragraphsOf(texts.introduction).map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'heading', level: 1, text: 'Kết quả thực hiện công tác cải cách hành chính' },
    { kind: 'heading', level: 2, text: 'Tình hình thực hiện Kế hoạch' },
    { kind: 'paragraph', text: overallParagraph(report.byArea.total, report.discipline.completeness.expected) },
    progressTable('Bảng 1. Kết quả thực hiện nhiệm vụ theo lĩnh vực', 'Lĩnh vực', report.byArea),
    progressTable('Bảng 2. Kết quả thực hiện nhiệm vụ theo loại cơ quan, đơn vị', 'Cơ quan, đơn vị', report.byUnitKind),
    ...report.byArea.rows.flatMap((row) => areaSection(report, row.key, row.label)),
    { kind: 'heading', level: 2, text: 'Kết quả thực hiện các chỉ tiêu' },
    ...indicatorTableBlock(report, input.periodLabel, input.year),
    ...(report.achievements.length
      ? [
          { kind: 'heading', level: 2, text: 'Kết quả nổi bật do các cơ quan, đơn vị báo cáo' } as Block,
          attributedBullets(report.achievements, ''),
        ]
      : []),
    ...(paragraphsOf(texts.conclusions).length
      ? [
          { kind: 'heading', level: 2, text: 'Đánh giá chung' } as Block,
          ...paragraphsOf(texts.conclusions).map((text): Block => ({ kind: 'paragraph', text })),
        ]
      : []),
    { kind: 'heading', level: 1, text: 'Tồn tại, hạn chế và nguyên nhân' },
    { kind: 'heading', level: 2, text: 'Tồn tại, hạn chế' },
    attributedBullets(report.shortcomings, 'Các cơ quan, đơn vị chưa nêu tồn tại, hạn chế.'),
    { kind: 'heading', level: 2, text: 'Nguyên nhân' },
    attributedBullets(report.causes, 'Các cơ quan, đơn vị chưa nêu nguyên nhân.'),
    { kind: 'heading', level: 2, text: 'Tình hình báo cáo của các cơ quan, đơn vị' },
    ...disciplineBlocks(report, input.asOf),
    { kind: 'heading', level: 1, text: 'Phương hướng, nhiệm vụ kỳ tới' },
    attributedBullets(report.nextTasks, 'Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành theo Kế hoạch.'),
    { kind: 'heading', level: 1, text: 'Đề xuất, kiến nghị' },
    attributedBullets(report.proposals, 'Không có đề xuất, kiến nghị.'),
  ];
  return {
    ...(input.governingBody ? { governingBody: input.governingBody } : {}),
    issuingBody: texts.issuingBody,
    reference: { ...(texts.referenceNumber ? { number: texts.referenceNumber } : {}), symbol: texts.referenceSymbol },
    place: input.place,
    issuedOn: texts.issuedOn ?? { year: Number(input.asOf.slice(0, 4)) },
    kind: 'Báo cáo',
    title: `Kết quả thực hiện công tác cải cách hành chính ${lowerFirst(input.periodLabel)}`,
    body,
    recipients: texts.recipients,
    signature: {
      ...(texts.signerAuthority ? { authority: texts.signerAuthority } : {}),
      position: texts.signerPosition,
      signerName: texts.signerName,
    },
    layout: { bodyFontSize: 14 },
  };
}
