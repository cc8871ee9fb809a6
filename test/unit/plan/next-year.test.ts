import { describe, expect, it } from 'vitest';
import {
  carryPlanContent,
  DEADLINE_TO_SET,
  isUnfinished,
  moveDate,
  nextYearName,
} from '../../../src/domain/plan/next-year.js';
import type { PlanActivity, PlanV1 } from '../../../src/domain/plan/types.js';

describe("next year's plan, the pure rules", () => {
  it('moves a date of the old year to the same day of the new one, keeps later ones, drops older ones', () => {
    expect(moveDate('2025-06-30', 2025, 2026)).toBe('2026-06-30');
    expect(moveDate('2024-02-29', 2024, 2025)).toBe('2025-02-28');
    expect(moveDate('2026-01-15', 2025, 2026)).toBe('2026-01-15');
    expect(moveDate('2024-12-31', 2025, 2026)).toBeNull();
    expect(moveDate(null, 2025, 2026)).toBeNull();
  });

  it('names the new plan by replacing the year, or by adding it', () => {
    expect(nextYearName('Kế hoạch CCHC tỉnh Quảng Trị năm 2025', 2025, 2026)).toBe(
      'Kế hoạch CCHC tỉnh Quảng Trị năm 2026',
    );
    expect(nextYearName('Kế hoạch CCHC', 2025, 2026)).toBe('Kế hoạch CCHC (năm 2026)');
  });

  it('carries what is not finished, cancelled or not feasible', () => {
    expect(isUnfinished({ status: 'in_progress', cancelled: false })).toBe(true);
    expect(isUnfinished({ status: 'not_started', cancelled: false })).toBe(true);
    for (const status of ['done', 'done_late', 'not_feasible'])
      expect(isUnfinished({ status, cancelled: false })).toBe(false);
    expect(isUnfinished({ status: 'in_progress', cancelled: true })).toBe(false);
  });

  it('keeps the structure and targets, the carried activities with moved dates, and flags a date it cannot move', () => {
    const activity = (id: string, due: string | null): PlanActivity => ({
      id,
      area: 'I',
      number: '1',
      objective: null,
      task: null,
      activity: `Hoạt động ${id}`,
      deliverable: null,
      lead: { text: 'Sở Nội vụ', units: [] },
      cooperating: { text: '', units: [] },
      deadline: { text: due ?? 'Thường xuyên', kind: due ? 'date' : 'continuous', start: null, due, parts: [] },
      budget: { text: '', kind: 'none', amountMillionVnd: null },
      warnings: [],
      source: null,
    });
    const source: PlanV1 = {
      format: 'cchc.plan/v1',
      title: 'Kế hoạch cải cách hành chính năm 2025',
      issuer: 'UBND tỉnh',
      documentNumber: '12/KH-UBND',
      issuedOn: '2024-12-20',
      year: 2025,
      columns: [{ header: 'Chủ trì', role: 'lead' }],
      areas: [{ code: 'I', title: 'Cải cách thể chế' }],
      activities: [
        activity('a', '2025-03-31'),
        activity('b', '2024-12-31'),
        activity('c', null),
        activity('d', '2025-05-01'),
      ],
      indicators: [
        {
          id: 't1',
          area: 'I',
          text: '100% hồ sơ',
          comparator: '=',
          value: 100,
          unit: '%',
          level: null,
          subject: 'hồ sơ',
          origin: 'appendix',
          activityId: 'd',
        },
      ],
      unplaced: [{ text: 'x', reason: 'y' }],
      warnings: [],
    };
    const { content, deadlinesToSet } = carryPlanContent(source, new Set(['a', 'b', 'c']), 2025, 2026);
    expect(content).toMatchObject({
      year: 2026,
      title: 'Kế hoạch cải cách hành chính năm 2026',
      documentNumber: null,
      issuedOn: null,
      columns: source.columns,
      areas: source.areas,
      unplaced: [],
    });
    expect(content.activities.map((a) => [a.id, a.deadline.due])).toEqual([
      ['a', '2026-03-31'],
      ['b', null],
      ['c', null],
    ]);
    expect(deadlinesToSet).toEqual(['b']);
    expect(content.activities[1]!.warnings.map((w) => w.code)).toEqual([DEADLINE_TO_SET]);
    // The target stays; its activity did not carry, so it stands alone.
    expect(content.indicators).toEqual([{ ...source.indicators[0], activityId: null }]);
  });
});
