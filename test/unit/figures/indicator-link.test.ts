import { describe, expect, it } from 'vitest';
import {
  figureLevelOfTarget,
  figurePeriodOfReportingPeriod,
  suggestFigureForTarget,
} from '../../../src/domain/figures/indicator-link.js';
import { buildPeriodSchedule } from '../../../src/domain/reporting/periods.js';
import {
  checkCounts,
  countLabelsOf,
  normaliseIndicatorValues,
} from '../../../src/domain/reporting/indicator-counts.js';
import { readNumberInput } from '../../../src/domain/text/numbers.js';

describe('the figure period of a reporting period', () => {
  it('is the year to date in whole months: reports are cumulative and targets annual', () => {
    const schedule = buildPeriodSchedule(2025);
    if (!schedule.ok) throw new Error('schedule');
    const byCode = Object.fromEntries(schedule.value.map((p) => [p.code, figurePeriodOfReportingPeriod(p, 2025)]));
    // Quý I's data window is 15/12/2024 → 14/03/2025 (NĐ 09/2019); its figure is January–March.
    expect(byCode).toEqual({
      Q1: { from: '2025-01-01', to: '2025-03-31' },
      H1: { from: '2025-01-01', to: '2025-06-30' },
      M9: { from: '2025-01-01', to: '2025-09-30' },
      Y: { from: '2025-01-01', to: '2025-12-31' },
    });
  });

  it('is an ad-hoc request’s own dates', () => {
    expect(figurePeriodOfReportingPeriod({ kind: 'ad_hoc', start: '2025-08-01', end: '2025-08-31' }, 2025)).toEqual({
      from: '2025-08-01',
      to: '2025-08-31',
    });
  });
});

describe('the figure level of a target', () => {
  it('is the province for no level, the province or every level; departments; communes; none for districts', () => {
    expect(
      [null, 'province', 'all', 'department', 'commune', 'district'].map((l) => figureLevelOfTarget(l as never)),
    ).toEqual(['province', 'province', 'province', 'departments', 'communes', null]);
  });
});

describe('the suggested figure of a target', () => {
  it('is the best key of the kind the target needs', () => {
    expect(suggestFigureForTarget('Tỷ lệ nhiệm vụ hoàn thành đúng hạn đạt 100%', '%')).toBe('activities.on_time_rate');
    expect(suggestFigureForTarget('100% báo cáo đúng hạn', '%')).toBe('reports.on_time_rate');
    // A count target is never offered a rate.
    expect(suggestFigureForTarget('Tỷ lệ nhiệm vụ hoàn thành đúng hạn', 'nhiệm vụ')).toBeNull();
    expect(suggestFigureForTarget('Tổ chức hội nghị tập huấn', '%')).toBeNull();
  });

  it("reads the plans' inspection targets as the inspection register's figures", () => {
    // Vĩnh Phúc 2024, target 1.3.2 (test/fixtures/plans/vinh-phuc-2024.txt), word for word.
    const remediation =
      '100% các cơ quan, đơn vị được kiểm tra có báo cáo khắc phục các tồn tại hạn chế mà các Đoàn kiểm tra cải cách hành chính đã chỉ ra';
    expect(suggestFigureForTarget(remediation, '%')).toBe('registers.remediation_reported_rate');
  });
});

describe("a unit's two counts", () => {
  const labels = countLabelsOf('Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ đạt tối thiểu 50%');
  const where = { field: 'indicators.0', target: 'Hồ sơ trực tuyến', labels };

  it('are labelled from the target’s words where they say it, else "Tử số" / "Mẫu số"', () => {
    expect(labels).toEqual({
      numerator: 'Tử số: số hồ sơ giải quyết trực tuyến',
      denominator: 'Mẫu số: tổng số hồ sơ',
    });
    expect(countLabelsOf('Cải cách thủ tục')).toEqual({ numerator: 'Tử số', denominator: 'Mẫu số' });
  });

  it('give the value 45/50 = 90%, and Vietnamese decimals are read as meant', () => {
    expect(checkCounts({ numerator: 45, denominator: 50 }, where)).toEqual({ ok: true, value: 90 });
    // The form reads "60,5" with the one number reader (NumberField): 60,5 of 121 is 50%.
    const typed = readNumberInput('60,5');
    expect(typed).toMatchObject({ kind: 'number', value: 60.5 });
    const numerator = typed.kind === 'number' ? typed.value : null;
    expect(checkCounts({ numerator, denominator: 121 }, where)).toEqual({ ok: true, value: 50 });
  });

  it('refuse a numerator above the denominator, naming the field in Vietnamese', () => {
    const checked = checkCounts({ numerator: 51, denominator: 50 }, where);
    expect(checked).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_counts',
          field: 'indicators.0.numerator',
          message:
            'Chỉ tiêu "Hồ sơ trực tuyến": Tử số: số hồ sơ giải quyết trực tuyến (51) không được lớn hơn mẫu số: tổng số hồ sơ (50).',
        },
      ],
    });
    expect(checkCounts({ numerator: 3, denominator: null }, where)).toMatchObject({
      ok: false,
      issues: [{ field: 'indicators.0.denominator' }],
    });
    expect(checkCounts({ numerator: 0, denominator: 0 }, where)).toMatchObject({ ok: false });
  });

  it('replace a typed rate, and a linked target takes nothing typed', () => {
    const targets = [
      { id: 'r', subject: 'Tỷ lệ hồ sơ', unit: '%', figureKey: null, figureLink: null },
      { id: 'l', subject: 'Báo cáo đúng hạn', unit: '%', figureKey: 'reports.on_time_rate', figureLink: 'confirmed' },
      { id: 'n', subject: 'Số sáng kiến', unit: 'sáng kiến', figureKey: null, figureLink: null },
    ];
    const { values, issues } = normaliseIndicatorValues(
      [
        { indicatorId: 'r', value: 99, numerator: 45, denominator: 50 },
        { indicatorId: 'l', value: 99 },
        { indicatorId: 'n', value: 3 },
      ],
      targets,
    );
    expect(issues).toEqual([]);
    expect(values).toEqual([
      { indicatorId: 'r', value: 90, numerator: 45, denominator: 50 },
      { indicatorId: 'l', value: null, numerator: null, denominator: null },
      { indicatorId: 'n', value: 3, numerator: null, denominator: null },
    ]);
  });
});
