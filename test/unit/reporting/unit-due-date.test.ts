import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/domain/plan/fields/deadline.js';
import { dueDateForUnit } from '../../../src/domain/reporting/unit-due-date.js';

describe("a unit's own deadline", () => {
  // Quảng Trị 2025, appendix row I.1: one cell, one date per level.
  const cell = '- UBND tỉnh: trước ngày 25/12/2024 - Sở, huyện: trước ngày 31/01/2025 - Cấp xã: trước ngày 28/02/2025';
  const deadline = parseDeadline(cell, { year: 2025 });

  it('gives each level its date from a per-level cell', () => {
    expect(deadline.kind).toBe('per_level');
    expect(dueDateForUnit(deadline, 'province')).toBe('2024-12-25');
    expect(dueDateForUnit(deadline, 'department')).toBe('2025-01-31');
    expect(dueDateForUnit(deadline, 'district')).toBe('2025-01-31');
    expect(dueDateForUnit(deadline, 'commune')).toBe('2025-02-28');
  });

  it('uses the activity deadline otherwise', () => {
    expect(dueDateForUnit(parseDeadline('Quý II, III/2025', { year: 2025 }), 'commune')).toBe('2025-09-30');
  });
});
