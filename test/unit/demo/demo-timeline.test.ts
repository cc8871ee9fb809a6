import { describe, expect, it } from 'vitest';
import {
  demoCompletion,
  demoProgress,
  demoTimeline,
  historyCutoff,
  reportSentAt,
  shiftPlanYears,
} from '../../../src/domain/demo/demo-timeline.js';

describe('the demo plan moved to the year it is loaded in', () => {
  it("moves the plan's own years (deadlines, its year, the year before) and keeps programme ranges and older laws", () => {
    const text = [
      'Cải cách hành chính nhà nước tỉnh Quảng Trị năm 2025',
      'Quảng Trị, ngày tháng năm 2024',
      'Trước ngày 15/01/2025; Quý II và Quý IV/2025; Trước ngày 31/01/2026',
      'giai đoạn 2021-2025; giai đoạn 2022 - 2026; 2021 – 2025',
      'Nghị định số 150/2020/NĐ-CP ngày 25/12//2020; định hướng đến năm 2030',
    ].join('\n');
    expect(shiftPlanYears(text, 2).split('\n')).toEqual([
      'Cải cách hành chính nhà nước tỉnh Quảng Trị năm 2027',
      'Quảng Trị, ngày tháng năm 2026',
      'Trước ngày 15/01/2027; Quý II và Quý IV/2027; Trước ngày 31/01/2028',
      'giai đoạn 2021-2025; giai đoạn 2022 - 2026; 2021 – 2025',
      'Nghị định số 150/2020/NĐ-CP ngày 25/12//2020; định hướng đến năm 2030',
    ]);
    expect(shiftPlanYears(text, 0)).toBe(text);
  });

  it('takes the year in Vietnam, not in UTC', () => {
    expect(demoTimeline(new Date('2026-12-31T18:00:00Z')).year).toBe(2027);
  });

  it('sends the reports three days before they are due, or now, and writes history no later than that', () => {
    const now = new Date('2026-12-03T02:00:00Z');
    const { importedAt } = demoTimeline(now);
    const sent = reportSentAt('2026-09-15', importedAt, now);
    expect(sent.toISOString()).toBe('2026-09-12T03:00:00.000Z');
    expect(historyCutoff(now, sent)).toBe('2026-09-12');
    // Early in the year the period is not due yet: sent today; history at most two months back.
    const february = new Date('2027-02-15T02:00:00Z');
    const sentNow = reportSentAt('2027-03-15', demoTimeline(february).importedAt, february);
    expect(sentNow).toEqual(february);
    expect(historyCutoff(february, sentNow)).toBe('2026-12-17');
  });

  it('finishes work on time mostly, late every fifth, never after the cut-off', () => {
    const dates = [0, 1, 2, 3, 4, 9].map((i) => demoCompletion('2026-06-30', i, '2026-07-03'));
    expect(dates.slice(0, 4).every((d) => d < '2026-06-30')).toBe(true);
    expect(dates[4]).toBe('2026-07-02');
    expect(dates[5]! > '2026-06-30' && dates[5]! < '2026-07-03').toBe(true);
  });

  it('puts work under way as far along as the year is', () => {
    expect(demoProgress('2026-01-20')).toBe(10);
    expect(demoProgress('2026-09-12')).toBe(70);
    expect(demoProgress('2026-12-30')).toBe(90);
  });
});
