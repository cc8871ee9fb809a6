import { describe, expect, it } from 'vitest';
import {
  evaluateIndicator,
  meetsTarget,
  targetForUnit,
  type IndicatorTarget,
  type IndicatorValue,
  type LevelTarget,
} from '../../../src/domain/reporting/indicator-status.js';

const year = [
  { code: 'Q1', yearFraction: 0.25 },
  { code: 'H1', yearFraction: 0.5 },
  { code: 'M9', yearFraction: 0.75 },
  { code: 'Y', yearFraction: 1 },
];
const values = (...pairs: [string, number][]): IndicatorValue[] =>
  pairs.map(([periodCode, value]) => ({ periodCode, value }));

const initiatives: IndicatorTarget = { comparator: '>=', value: 3, unit: 'sáng kiến' };
const onTimeRate: IndicatorTarget = { comparator: '>=', value: 98, unit: '%' };
const lateRate: IndicatorTarget = { comparator: '<=', value: 2, unit: '%' };
const violations: IndicatorTarget = { comparator: '<=', value: 4, unit: 'vụ' };

describe('evaluateIndicator', () => {
  it.each([
    // "ít nhất 03 sáng kiến": by 6 tháng half of 3 is due.
    [
      'count on track',
      initiatives,
      values(['Q1', 1], ['H1', 2]),
      'H1',
      'not_achieved',
      1.5,
      'Chưa đạt chỉ tiêu ≥ 3 sáng kiến nhưng đúng tiến độ: đến kỳ này cần khoảng 1,5 sáng kiến, đã có 2 sáng kiến.',
    ],
    [
      'count behind',
      initiatives,
      values(['Q1', 0], ['H1', 1]),
      'H1',
      'at_risk',
      1.5,
      'Có nguy cơ không đạt chỉ tiêu ≥ 3 sáng kiến: đến kỳ này cần khoảng 1,5 sáng kiến, mới có 1 sáng kiến.',
    ],
    [
      'count reached early',
      initiatives,
      values(['H1', 3]),
      'M9',
      'achieved',
      2.25,
      'Đã đạt chỉ tiêu ≥ 3 sáng kiến: giá trị 3 sáng kiến.',
    ],
    [
      'count final short',
      initiatives,
      values(['M9', 3], ['Y', 2]),
      'Y',
      'not_achieved',
      null,
      'Không đạt chỉ tiêu ≥ 3 sáng kiến: giá trị cuối năm 2 sáng kiến.',
    ],
    [
      'count final met',
      initiatives,
      values(['Y', 4]),
      'Y',
      'achieved',
      null,
      'Đạt chỉ tiêu ≥ 3 sáng kiến: giá trị 4 sáng kiến.',
    ],
    [
      'rate met now',
      onTimeRate,
      values(['Q1', 98.5]),
      'Q1',
      'achieved',
      null,
      'Đang đạt chỉ tiêu ≥ 98%: giá trị 98,5%.',
    ],
    [
      'rate rising to target',
      onTimeRate,
      values(['Q1', 95], ['H1', 96.8]),
      'H1',
      'not_achieved',
      100.4,
      'Chưa đạt chỉ tiêu ≥ 98% (hiện 96,8%); theo xu hướng, cuối năm ước 100,4%.',
    ],
    [
      'rate rising too slowly',
      onTimeRate,
      values(['Q1', 95], ['H1', 95.5]),
      'H1',
      'at_risk',
      96.5,
      'Có nguy cơ không đạt chỉ tiêu ≥ 98% (hiện 95,5%); theo xu hướng, cuối năm ước 96,5%.',
    ],
    [
      'rate below, no trend yet',
      onTimeRate,
      values(['Q1', 90]),
      'Q1',
      'at_risk',
      null,
      'Có nguy cơ không đạt chỉ tiêu ≥ 98%: giá trị hiện tại 90%.',
    ],
    [
      'late rate under the ceiling',
      lateRate,
      values(['Q1', 1.5]),
      'Q1',
      'achieved',
      null,
      'Đang đạt chỉ tiêu ≤ 2%: giá trị 1,5%.',
    ],
    [
      'late rate falling to the ceiling',
      lateRate,
      values(['Q1', 4], ['H1', 3]),
      'H1',
      'not_achieved',
      1,
      'Chưa đạt chỉ tiêu ≤ 2% (hiện 3%); theo xu hướng, cuối năm ước 1%.',
    ],
    [
      'late rate rising',
      lateRate,
      values(['Q1', 3], ['H1', 3.5]),
      'H1',
      'at_risk',
      4.5,
      'Có nguy cơ không đạt chỉ tiêu ≤ 2%',
    ],
    [
      'ceiling count within pace',
      violations,
      values(['Q1', 1]),
      'Q1',
      'achieved',
      1,
      'Trong giới hạn chỉ tiêu ≤ 4 vụ: giá trị 1 vụ.',
    ],
    [
      'ceiling count ahead of pace',
      violations,
      values(['Q1', 2]),
      'Q1',
      'at_risk',
      1,
      'Có nguy cơ vượt chỉ tiêu ≤ 4 vụ: đến kỳ này đã 2 vụ, vượt mức tương ứng 1 vụ.',
    ],
    [
      'ceiling count broken mid-year',
      violations,
      values(['H1', 5]),
      'H1',
      'not_achieved',
      2,
      'Đã vượt mức chỉ tiêu ≤ 4 vụ: giá trị 5 vụ.',
    ],
    [
      'exact count overshot',
      { comparator: '=', value: 2, unit: 'cuộc đối thoại' } as IndicatorTarget,
      values(['H1', 3]),
      'H1',
      'not_achieved',
      1,
      'Đã vượt mức chỉ tiêu = 2 cuộc đối thoại',
    ],
    [
      'rate counted as a level even with "count" wording',
      { ...onTimeRate, accumulation: 'level' as const, unit: 'count' },
      values(['Q1', 99]),
      'Q1',
      'achieved',
      null,
      'Đang đạt chỉ tiêu ≥ 98',
    ],
  ])('%s', (_name, target, reported, period, status, benchmark, explanation) => {
    const result = evaluateIndicator(target, reported, period, year);
    expect(result.status).toBe(status);
    expect(result.benchmark).toBe(benchmark);
    expect(result.explanation).toContain(explanation);
    expect(result.final).toBe(period === 'Y');
  });

  it('ignores values reported for later periods and uses the latest one up to now', () => {
    const result = evaluateIndicator(initiatives, values(['Q1', 1], ['M9', 3]), 'H1', year);
    expect(result.latest).toEqual({ periodCode: 'Q1', value: 1 });
    expect(result.status).toBe('at_risk');
  });

  it.each([
    ['H1', null, 'Chưa có số liệu'],
    ['Y', null, 'Chưa có số liệu'],
  ])('without any value at %s there is no verdict (status %s)', (period, status, label) => {
    const result = evaluateIndicator(onTimeRate, [], period, year);
    expect([result.status, result.label]).toEqual([status, label]);
    expect(result.explanation).toBe('Chưa có số liệu báo cáo cho chỉ tiêu ≥ 98%.');
  });

  it.each([
    [onTimeRate, values(['Q1', 95], ['H1', 96]), 'up', true],
    [onTimeRate, values(['Q1', 97], ['H1', 96]), 'down', false],
    [lateRate, values(['Q1', 3], ['H1', 2.5]), 'down', true],
    [lateRate, values(['Q1', 3], ['H1', 3]), 'flat', null],
    [onTimeRate, values(['H1', 96]), null, null],
  ] as const)('trend of %j over %j is %s, improving %s', (target, reported, trend, improving) => {
    const result = evaluateIndicator(target, reported, 'H1', year);
    expect([result.trend, result.improving]).toEqual([trend, improving]);
  });

  it.each([
    [99.9999999999, '>=', 100, true],
    [100, '>', 100, false],
    [2, '<', 2, false],
    [86.44, '=', 86.44, true],
  ] as const)('%d %s %d is %s', (value, comparator, target, expected) => {
    expect(meetsTarget(value, comparator, target)).toBe(expected);
  });
});

describe('targetForUnit', () => {
  const split: LevelTarget[] = [
    { level: 'province', comparator: '>=', value: 100, unit: '%' },
    { level: 'district', comparator: '>=', value: 100, unit: '%' },
    { level: 'commune', comparator: '>=', value: 95, unit: '%' },
  ];
  it.each([
    [{ kind: 'commune', level: 'commune' }, split, 95],
    [{ kind: 'department', level: 'province' }, split, 100],
    [
      { kind: 'department', level: 'province' },
      [...split, { level: 'department' as const, comparator: '>=' as const, value: 90, unit: '%' }],
      90,
    ],
    [{ kind: 'other', level: 'commune' }, split, 95],
    [
      { kind: 'commune', level: 'commune' },
      [{ level: 'all' as const, comparator: '>=' as const, value: 80, unit: '%' }],
      80,
    ],
    [{ kind: 'commune', level: 'commune' }, [{ level: null, comparator: '>=' as const, value: 70, unit: '%' }], 70],
  ])('for %j picks %j → %d', (unit, targets, value) => {
    expect(targetForUnit(targets, unit)?.value).toBe(value);
  });

  it('has no target for a level the plan does not name', () => {
    expect(targetForUnit(split.slice(0, 2), { kind: 'commune', level: 'commune' })).toBeNull();
  });
});
