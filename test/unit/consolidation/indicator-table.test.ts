import { describe, expect, it } from 'vitest';
import { consolidate } from '../../../src/domain/consolidation/consolidate.js';
import { indicatorTable } from '../../../src/domain/consolidation/indicator-table.js';
import type {
  IndicatorValueRow,
  ReportAssignment,
  ReportIndicator,
  ReportUnit,
} from '../../../src/domain/consolidation/types.js';
import { consolidatedReportDocument } from '../../../src/writers/cchc/consolidated-report.js';
import { APPENDIX_SHEETS, reportAppendixSheets } from '../../../src/writers/cchc/report-appendix.js';
import { buildAdministrativeDocument } from '../../../src/writers/docx/administrative-document.js';
import { fixture } from './consolidation-fixture.js';
import { cellsOf, findAll, openDocx, rowsOf, textOf } from '../writers/office-xml.js';

/** The table never prints a verdict it does not have (issue 16, item 12). */
const year = [
  { code: 'Q1', yearFraction: 0.25 },
  { code: 'H1', yearFraction: 0.5 },
  { code: 'M9', yearFraction: 0.75 },
  { code: 'Y', yearFraction: 1 },
];
const units: ReportUnit[] = [
  { id: 'S1', name: 'Sở Tư pháp', kind: 'department', level: 'province' },
  { id: 'S2', name: 'Sở Y tế', kind: 'department', level: 'province' },
  { id: 'X1', name: 'UBND xã An Bình', kind: 'commune', level: 'commune' },
  { id: 'X2', name: 'UBND xã Bến Hải', kind: 'commune', level: 'commune' },
];
const work = (unitId: string, activityId: string): ReportAssignment => ({
  id: `${unitId}-${activityId}`,
  activityId,
  unitId,
  areaCode: 'III',
  activityNumber: '1',
  activityTitle: 'Hoạt động',
  status: 'in_progress',
  progress: 50,
  dueOn: '2025-12-31',
  completedOn: null,
  evidenceCount: 0,
});
const assignments = [work('S1', 'act-dvc'), work('S1', 'act-bcd'), work('S2', 'act-bcd')];
const target = (id: string, fields: Partial<ReportIndicator> = {}): ReportIndicator => ({
  id,
  areaCode: 'III',
  subject: 'Tỷ lệ hồ sơ trực tuyến',
  text: 'Tỷ lệ hồ sơ giải quyết trực tuyến đạt tối thiểu 50%',
  comparator: '>=',
  target: 50,
  unit: '%',
  level: null,
  ...fields,
});
const value = (indicatorId: string, unitId: string | null, v: number, periodCode = 'M9'): IndicatorValueRow => ({
  indicatorId,
  periodCode,
  unitId,
  value: v,
});
const table = (indicators: ReportIndicator[], values: IndicatorValueRow[], periodCode = 'M9') =>
  indicatorTable(indicators, values, units, assignments, periodCode, year);

describe('the targets table (Bảng 3)', () => {
  it('says "Chưa có số liệu" without a verdict where nobody reported, even at the year\'s end', () => {
    for (const period of ['M9', 'Y']) {
      const [row] = table([target('t')], [], period);
      expect(row).toMatchObject({
        value: null,
        source: null,
        resultLabel: '—',
        evaluation: { status: null, label: 'Chưa có số liệu' },
      });
    }
    const [commune] = table([target('c', { level: 'commune' })], [], 'Y');
    expect(commune).toMatchObject({
      expectedUnits: 2,
      reportingUnits: 0,
      resultLabel: '0/2 đơn vị báo cáo',
      evaluation: { status: null, label: 'Chưa có số liệu' },
    });
  });

  it("does not print one department's rate as the province's result", () => {
    // A province-wide target printed with an activity Sở Tư pháp leads: its 100% is its own figure, not "Toàn tỉnh".
    const [row] = table([target('t', { activityId: 'act-dvc' })], [value('t', 'S1', 100)]);
    expect(row).toMatchObject({
      levelLabel: 'Toàn tỉnh',
      value: null,
      source: null,
      reportingUnits: 1,
      expectedUnits: 1,
      unitsMeeting: 1,
      resultLabel: '1/1 đơn vị báo cáo',
    });
    expect(row!.evaluation).toMatchObject({ status: null, label: '1/1 đơn vị đạt' });
    // A figure from a unit that does not answer for the target counts for nothing.
    const [stray] = table([target('t')], [value('t', 'S2', 100)]);
    expect(stray).toMatchObject({
      value: null,
      reportingUnits: 0,
      evaluation: { status: null, label: 'Chưa có số liệu' },
    });
  });

  it("never averages units' percentages into a province rate", () => {
    const [row] = table([target('c', { level: 'commune' })], [value('c', 'X1', 30), value('c', 'X2', 90)]);
    expect(row).toMatchObject({
      value: null,
      reportingUnits: 2,
      expectedUnits: 2,
      unitsMeeting: 1,
      resultLabel: '2/2 đơn vị báo cáo',
      evaluation: { status: null, label: '1/2 đơn vị đạt' },
    });
  });

  it("judges the coordinator's province-wide figure, and a count summed once every responsible unit reported", () => {
    const [entered] = table([target('c', { level: 'commune' })], [value('c', null, 62), value('c', 'X1', 30)]);
    expect(entered).toMatchObject({
      value: 62,
      source: 'coordinator',
      resultLabel: '62%',
      evaluation: { status: 'achieved', label: 'Đạt' },
    });

    const meetings = target('m', {
      subject: 'Họp Ban chỉ đạo',
      comparator: '>=',
      target: 2,
      unit: 'lần',
      activityId: 'act-bcd',
    });
    const [partial] = table([meetings], [value('m', 'S1', 1, 'Y')], 'Y');
    // A partial sum is shown as provisional, with its coverage, and never judged.
    expect(partial).toMatchObject({
      value: null,
      provisionalValue: 1,
      resultLabel: '1 (tạm tính, 1/2 đơn vị)',
      coverageLabel: '1/2 đơn vị',
      evaluation: { status: null, label: 'Tạm tính 1 (1/2 đơn vị)' },
    });
    const [summed] = table([meetings], [value('m', 'S1', 1, 'Y'), value('m', 'S2', 1, 'Y')], 'Y');
    expect(summed).toMatchObject({ value: 2, source: 'units', resultLabel: '2', evaluation: { status: 'achieved' } });
  });

  it('shows a target printed twice in the plan once, with one verdict from all its figures', () => {
    const inText = target('III-CT3');
    const inAppendix = target('III-CT6', {
      text: 'Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình và một phần đạt tối thiểu 50%; …',
    });
    const other = target('III-CT7', { subject: 'Dịch vụ công trên thiết bị di động', target: 100 });
    const rows = table([inText, inAppendix, other], [value('III-CT6', null, 55)]);
    expect(rows.map((r) => r.indicatorIds)).toEqual([['III-CT3', 'III-CT6'], ['III-CT7']]);
    expect(rows[0]).toMatchObject({ indicatorId: 'III-CT3', value: 55, evaluation: { status: 'achieved' } });
  });

  it('prints in the Word report and the Excel appendix only the verdicts it has', async () => {
    const data = fixture();
    data.indicators.push({
      id: 'none',
      areaCode: 'II',
      subject: 'Văn bản được rà soát',
      text: 'Rà soát 100% văn bản',
      comparator: '>=',
      target: 100,
      unit: '%',
      level: null,
    });
    const report = consolidate(data);
    const texts = {
      issuingBody: 'Sở Nội vụ',
      referenceNumber: '',
      referenceSymbol: 'BC-SNV',
      issuedOn: null,
      introduction: '',
      conclusions: '',
      signerAuthority: '',
      signerPosition: 'Giám đốc',
      signerName: '',
      recipients: ['Lưu: VT'],
    };
    const doc = await openDocx(
      await buildAdministrativeDocument(
        consolidatedReportDocument({
          place: 'Quảng Trị',
          texts,
          periodLabel: '9 tháng đầu năm 2025',
          year: 2025,
          asOf: data.today,
          report,
        }),
      ),
    );
    const bang3 = findAll(doc.body, 'w:tbl').find(
      (t) => textOf(t).includes('Đánh giá') && textOf(t).includes('Chỉ tiêu năm 2025'),
    )!;
    const rows = rowsOf(bang3).map((r) => cellsOf(r).map(textOf));
    const byTarget = (subject: string) => rows.find((cells) => cells[1] === subject)!;
    // Units' percentages without their counts make no province figure: "Chưa có số liệu", never "Chưa đạt".
    expect(byTarget('Hồ sơ đúng hạn').slice(2)).toEqual([
      'Cấp xã',
      '≥ 90%',
      'Chưa có số liệu',
      '2/2 đơn vị báo cáo',
      '',
      '1/2 đơn vị đạt',
    ]);
    expect(byTarget('Văn bản được rà soát').slice(4)).toEqual(['Chưa có số liệu', '', '', 'Chưa có số liệu']);
    expect(byTarget('Sáng kiến').slice(4)).toEqual([
      '1',
      '',
      'Số liệu toàn tỉnh do cơ quan thường trực nhập',
      'Có nguy cơ không đạt',
    ]);

    const sheet = reportAppendixSheets({
      title: 'Báo cáo',
      asOf: data.today,
      units: data.units,
      assignments: data.assignments,
      report,
    }).find((s) => s.name === APPENDIX_SHEETS.indicators)!;
    const header = sheet.columns.map((c) => c.header);
    const column = (name: string) => sheet.rows.map((r) => (r as unknown[])[header.indexOf(name)]);
    expect(column('Kết quả')).toEqual([null, 1, null]);
    expect(column('Đơn vị có số liệu')).toEqual(['2/2 đơn vị báo cáo', '', '']);
    expect(column('Đánh giá')).toEqual(['1/2 đơn vị đạt', 'Có nguy cơ không đạt', 'Chưa có số liệu']);
  });
});

describe("a rate target's province figure from the units' counts (issue 11)", () => {
  const counts = (indicatorId: string, unitId: string, numerator: number, denominator: number): IndicatorValueRow => ({
    indicatorId,
    periodCode: 'M9',
    unitId,
    value: Math.round((numerator / denominator) * 10000) / 100,
    numerator,
    denominator,
  });
  const communes = target('c', { level: 'commune', target: 90 });

  it('is Σ numerators / Σ denominators, not the mean of the units’ rates, judged once every unit gave counts', () => {
    // 3/3 (100%) and 29 000/30 000 (96,67%): the mean would be 98,33%, the province's rate is 29 003/30 003.
    const [row] = table([communes], [counts('c', 'X1', 3, 3), counts('c', 'X2', 29_000, 30_000)]);
    expect(row).toMatchObject({
      value: 96.67,
      provisionalValue: null,
      source: 'units',
      sourceLabel: 'Tổng hợp từ số liệu của các đơn vị',
      coveredUnits: 2,
      scopeUnits: 2,
      coverageLabel: '2/2 đơn vị',
      resultLabel: '96,67%',
      evaluation: { status: 'achieved' },
    });
  });

  it('with part of the units covered, shows the provisional figure with its coverage and no verdict', () => {
    const [row] = table([communes], [counts('c', 'X2', 45, 50)]);
    expect(row).toMatchObject({
      value: null,
      provisionalValue: 90,
      coverageLabel: '1/2 đơn vị',
      resultLabel: '90% (tạm tính, 1/2 đơn vị)',
      evaluation: { status: null, label: 'Tạm tính 90% (1/2 đơn vị)' },
    });
    // A percentage typed without counts (an old report) is not averaged in.
    const [old] = table([communes], [counts('c', 'X2', 45, 50), value('c', 'X1', 10)]);
    expect(old).toMatchObject({ value: null, provisionalValue: 90, reportingUnits: 2, coveredUnits: 1 });
  });

  it('takes a linked catalogue figure, with the units it covers, and judges it', () => {
    const linked = target('l', { figureKey: 'reports.on_time_rate' });
    const [row] = table([linked], [], 'M9');
    expect(row).toMatchObject({ value: null, source: null });
    const [computed] = indicatorTable([linked], [], units, assignments, 'M9', year, [
      {
        indicatorId: 'l',
        periodCode: 'M9',
        figureKey: 'reports.on_time_rate',
        value: 72.5,
        numerator: 29,
        denominator: 40,
        unitsCovered: 12,
        unitsInScope: 30,
        sourceLabel: 'Số liệu theo dõi: Tỷ lệ báo cáo gửi đúng hạn',
      },
    ]);
    expect(computed).toMatchObject({
      value: 72.5,
      source: 'catalogue',
      figureKey: 'reports.on_time_rate',
      coverageLabel: '12/30 đơn vị',
      sourceLabel: 'Số liệu theo dõi: Tỷ lệ báo cáo gửi đúng hạn',
      resultLabel: '72,5%',
    });
    expect(computed!.evaluation.status).not.toBeNull();
    // Linked, but the catalogue has no data for the period: "Chưa có số liệu", never "Chưa đạt".
    const [empty] = indicatorTable([linked], [], units, assignments, 'M9', year, [
      {
        indicatorId: 'l',
        periodCode: 'M9',
        figureKey: 'reports.on_time_rate',
        value: null,
        numerator: null,
        denominator: null,
        unitsCovered: 0,
        unitsInScope: 30,
        sourceLabel: 'Số liệu theo dõi: Tỷ lệ báo cáo gửi đúng hạn',
      },
    ]);
    expect(empty).toMatchObject({ value: null, resultLabel: 'Chưa có số liệu', coverageLabel: '0/30 đơn vị' });
    expect(empty!.evaluation).toMatchObject({ status: null, label: 'Chưa có số liệu' });
  });
});
