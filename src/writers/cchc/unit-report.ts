/**
 * A unit's own periodic CCHC report as an administrative document of NĐ 30/2020, for the unit to sign
 * and file: its assignments with status, progress and result, its indicator values, and its narrative.
 */
import { ASSIGNMENT_STATUS_LABELS } from '../../domain/reporting/assignment-status.js';
import { formatTargetValue } from '../../domain/reporting/indicator-status.js';
import {
  NARRATIVE_SECTION_LABELS,
  type NarrativeSection,
  type ReportContent,
} from '../../domain/reporting/report-form.js';
import { formatDateVi, formatNumberVi } from '../../domain/text/format.js';
import type { UnitKind } from '../../domain/units/types.js';
import type { AdministrativeDocument, Block, TableRowInput } from '../docx/types.js';
import { ofText } from './figures.js';
import { paragraphsOf } from './report-texts.js';

export interface UnitReportInput {
  unit: { name: string; kind: UnitKind };
  /** The province's People's Committee, above a department in the header. */
  governingBody?: string | undefined;
  place: string;
  addressee: string;
  periodLabel: string;
  year: number;
  content: ReportContent;
  assignments: { id: string; number: string | null; title: string; dueOn: string | null; deadlineText: string }[];
  indicators: {
    id: string;
    text: string;
    comparator: string;
    value: number;
    unit: string;
    /** A target linked to a tracked figure: the unit's value computed from it, with its source. */
    figure?: { value: number | null; sourceLabel: string } | null;
  }[];
  /** Documents the unit issued for its assignments (recorded on the task pages), cited under each result. */
  documents?: { assignmentId: string; numberSymbol: string; issuedOn: string; summary: string }[];
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
const isPeoplesCommittee = (kind: UnitKind) => kind === 'province' || kind === 'district' || kind === 'commune';

function sectionBlocks(content: ReportContent, section: NarrativeSection, empty: string): Block[] {
  const paragraphs = paragraphsOf(content.sections[section] ?? '');
  return [
    { kind: 'heading', level: 1, text: NARRATIVE_SECTION_LABELS[section] },
    ...(paragraphs.length
      ? paragraphs.map((text): Block => ({ kind: 'paragraph', text }))
      : [{ kind: 'paragraph', text: empty } as Block]),
  ];
}

export function unitReportDocument(input: UnitReportInput): AdministrativeDocument {
  const { content } = input;
  const assignmentById = new Map(input.assignments.map((a) => [a.id, a]));
  const finished = content.items.filter((i) => i.status === 'done' || i.status === 'done_late').length;
  const itemRows = content.items.map((item, i): TableRowInput => {
    const a = assignmentById.get(item.assignmentId);
    const status = ASSIGNMENT_STATUS_LABELS[item.status] + (item.reason ? ` (${item.reason})` : '');
    const issued = (input.documents ?? [])
      .filter((d) => d.assignmentId === item.assignmentId)
      .map(
        (d) => `Văn bản số ${d.numberSymbol} ngày ${formatDateVi(d.issuedOn)}${d.summary ? ` (${d.summary})` : ''}.`,
      );
    return [
      i + 1,
      a ? `${a.number ? `${a.number}. ` : ''}${a.title}` : '',
      a?.dueOn ?? a?.deadlineText ?? '',
      status,
      item.progress / 100,
      [item.result.trim(), ...issued].filter(Boolean).join('\n'),
    ];
  });
  const indicatorById = new Map(input.indicators.map((i) => [i.id, i]));
  // A linked target's value is the tracked figure's; a rate given as counts shows them ("45/50 = 90%").
  const resultOf = (
    v: ReportContent['indicators'][number],
    target: UnitReportInput['indicators'][number] | undefined,
  ) => {
    const value = target?.figure ? target.figure.value : v.value;
    if (value === null) return 'Chưa có số liệu';
    const shown = formatTargetValue(value, target?.unit ?? '');
    return v.numerator != null && v.denominator != null && !target?.figure
      ? `${formatNumberVi(v.numerator)}/${formatNumberVi(v.denominator)} = ${shown}`
      : shown;
  };
  const indicatorRows = content.indicators.map((v, i): TableRowInput => {
    const target = indicatorById.get(v.indicatorId);
    const shown = target
      ? `${target.comparator.replace('>=', '≥').replace('<=', '≤')} ${formatTargetValue(target.value, target.unit)}`
      : '';
    return [
      i + 1,
      target?.text ?? '',
      shown,
      resultOf(v, target),
      target?.figure ? [target.figure.sourceLabel, v.note].filter(Boolean).join('; ') : v.note,
    ];
  });
  const achievements = paragraphsOf(content.sections.achievements);
  const body: Block[] = [
    { kind: 'heading', level: 1, text: NARRATIVE_SECTION_LABELS.achievements },
    ...achievements.map((text): Block => ({ kind: 'paragraph', text })),
    {
      kind: 'paragraph',
      text: `Trong kỳ, đơn vị chủ trì ${formatNumberVi(content.items.length)} nhiệm vụ theo Kế hoạch; đã hoàn thành ${ofText(finished, content.items.length)} nhiệm vụ. Kết quả cụ thể như sau:`,
    },
    {
      kind: 'table',
      title: 'Bảng 1. Kết quả thực hiện nhiệm vụ',
      fontSize: 11,
      columns: [
        { header: 'TT', width: 0.6, align: 'center' },
        { header: 'Nhiệm vụ', width: 3 },
        { header: 'Thời hạn', width: 1, type: 'date' },
        { header: 'Tình trạng', width: 1.2 },
        { header: 'Tiến độ', width: 0.8, type: 'percent', decimals: 0 },
        { header: 'Kết quả, sản phẩm', width: 3 },
      ],
      rows: itemRows,
    },
    ...(indicatorRows.length
      ? [
          {
            kind: 'table',
            title: 'Bảng 2. Kết quả thực hiện các chỉ tiêu',
            fontSize: 11,
            columns: [
              { header: 'TT', width: 0.6, align: 'center' },
              { header: 'Chỉ tiêu', width: 3.5 },
              { header: `Chỉ tiêu năm ${input.year}`, width: 1.1, align: 'center' },
              { header: 'Kết quả', width: 1.1, align: 'right' },
              { header: 'Ghi chú', width: 2 },
            ],
            rows: indicatorRows,
          } as Block,
        ]
      : []),
    ...sectionBlocks(content, 'shortcomings', 'Không có.'),
    ...sectionBlocks(content, 'causes', 'Không có.'),
    ...sectionBlocks(content, 'nextTasks', 'Tiếp tục thực hiện các nhiệm vụ theo Kế hoạch.'),
    ...sectionBlocks(content, 'proposals', 'Không có.'),
  ];
  const committee = isPeoplesCommittee(input.unit.kind);
  return {
    ...(!committee && input.governingBody ? { governingBody: input.governingBody } : {}),
    issuingBody: input.unit.name,
    reference: { symbol: committee ? 'BC-UBND' : 'BC' },
    place: input.place,
    issuedOn: { year: input.year },
    kind: 'Báo cáo',
    title: `Kết quả thực hiện công tác cải cách hành chính ${lowerFirst(input.periodLabel)}`,
    addressees: [input.addressee],
    body,
    recipients: [`${input.addressee} (b/c)`, 'Lưu: VT'],
    signature: committee
      ? { authority: 'TM. Ủy ban nhân dân', position: 'Chủ tịch', signerName: '' }
      : { position: 'Giám đốc', signerName: '' },
  };
}
