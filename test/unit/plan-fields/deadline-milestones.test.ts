/**
 * Several due dates in one "Thời gian" cell become milestones, each with a label from the words around it.
 * The cells are the example, the real cells of test/fixtures/plans (Quảng Trị II.5, VI.6, I.5;
 * Thừa Thiên Huế I.1.7) and usual wordings.
 */
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/domain/plan/fields/deadline.js';
import { dueDateForUnit, milestonesForUnit } from '../../../src/domain/reporting/unit-due-date.js';

const plan2025 = { year: 2025 };
const milestones = (text: string) => parseDeadline(text, plan2025).milestones;

describe('parseDeadline: milestones', () => {
  it('reads the issue example as two labelled report dates', () => {
    const deadline = parseDeadline('báo cáo 6 tháng trước ngày 07/6, báo cáo năm trước ngày 07/11', plan2025);
    expect(deadline.milestones).toEqual([
      { label: 'Báo cáo 6 tháng', level: null, due: '2025-06-07' },
      { label: 'Báo cáo năm', level: null, due: '2025-11-07' },
    ]);
    // The rest of the reading is as before: a multi deadline spanning both dates.
    expect(deadline.kind).toBe('multi');
    expect(deadline.due).toBe('2025-11-07');
  });

  it('names listed quarters and months by themselves', () => {
    expect(milestones('Quý II và Quý IV/2025')).toEqual([
      { label: 'Quý II/2025', level: null, due: '2025-06-30' },
      { label: 'Quý IV/2025', level: null, due: '2025-12-31' },
    ]);
    expect(milestones('Quý II, III')?.map((m) => m.due)).toEqual(['2025-06-30', '2025-09-30']);
    expect(milestones('Tháng 6 và tháng 12/2025')?.map((m) => m.label)).toEqual(['Tháng 6/2025', 'Tháng 12/2025']);
  });

  it('names a bare date by itself, never by a joining word', () => {
    expect(milestones('trước ngày 10/6 và 10/11')?.map((m) => m.label)).toEqual(['10/6', '10/11']);
    expect(milestones('báo cáo quý trước ngày 15/3 và báo cáo năm trước ngày 15/12')?.map((m) => m.label)).toEqual([
      'Báo cáo quý',
      'Báo cáo năm',
    ]);
  });

  it('takes a bracket note after the date as its label', () => {
    expect(milestones('trước 30/6 (sơ kết), trước 15/12 (tổng kết)')).toEqual([
      { label: 'Sơ kết', level: null, due: '2025-06-30' },
      { label: 'Tổng kết', level: null, due: '2025-12-15' },
    ]);
    // The note is kept out of the parts' texts, as before.
    expect(parseDeadline('trước 30/6 (sơ kết), trước 15/12 (tổng kết)', plan2025).parts.map((p) => p.text)).toEqual([
      '30/6',
      '15/12',
    ]);
  });

  it('reads one line per milestone with its heading', () => {
    expect(milestones('- Báo cáo 6 tháng: trước ngày 10/6\n- Báo cáo năm: trước ngày 10/11')).toEqual([
      { label: 'Báo cáo 6 tháng', level: null, due: '2025-06-10' },
      { label: 'Báo cáo năm', level: null, due: '2025-11-10' },
    ]);
  });

  it('gives a level of a per-level cell its own milestones (Quảng Trị II.5)', () => {
    const cell =
      '-Kế hoạch: Trước ngày 29/01/2025 đối với Kế hoạch của UBND tỉnh; Trước ngày 10/02/2025 , đối với các cơ quan chuyên môn thuộc UBND cấp tỉnh; UBND cấp huyện. Báo cáo: Đối với các cơ quan chuyên môn thuộc UBND cấp tình báo cáo 6 tháng (trước ngày 07/6), báo cáo năm (trước ngày 07/11)';
    const deadline = parseDeadline(cell, plan2025);
    expect(deadline.kind).toBe('per_level');
    expect(deadline.milestones).toEqual([
      { label: 'Kế hoạch', level: 'department', due: '2025-02-10' },
      { label: 'Báo cáo 6 tháng', level: 'department', due: '2025-06-07' },
      { label: 'Báo cáo năm', level: 'department', due: '2025-11-07' },
    ]);
    expect(milestonesForUnit(deadline, 'department').map((m) => m.due)).toEqual([
      '2025-02-10',
      '2025-06-07',
      '2025-11-07',
    ]);
    // A district has one date (the plan), so no milestones; the province one date too.
    expect(milestonesForUnit(deadline, 'district')).toEqual([]);
    expect(dueDateForUnit(deadline, 'district')).toBe('2025-02-10');
    expect(milestonesForUnit(deadline, 'province')).toEqual([]);
  });

  it('counts a date once when two phrases name it (Quảng Trị I.5)', () => {
    expect(milestones('Quý III, Quý IV và hoàn thành trước ngày 31/12 hàng năm')).toEqual([
      { label: 'Quý III/2025', level: null, due: '2025-09-30' },
      { label: 'Quý IV/2025', level: null, due: '2025-12-31' },
    ]);
  });

  it.each([
    'Trước ngày 31/12/2025',
    'Quý I/2025',
    'Cả năm 2025',
    'Thường xuyên',
    'Quý I-IV năm 2025',
    'Từ ngày 01/3/2025 đến ngày 30/6/2025',
    '- UBND tỉnh: trước ngày 25/12/2024 - Sở, huyện: trước ngày 31/01/2025 - Cấp xã: trước ngày 28/02/2025',
    '- Các sở, ban, ngành cấp tỉnh: Cả năm 2025\n- Sở Tư pháp tổng hợp, báo cáo kết quả thực hiện trước ngày 10/12/2025',
    'Sau khi Trung ương ban hành',
  ])('has no milestones for one due date per unit: %s', (text) => {
    expect(milestones(text)).toBeUndefined();
  });

  it('uses all milestones of a cell without levels for every unit', () => {
    const deadline = parseDeadline('Quý II và Quý IV/2025', plan2025);
    expect(milestonesForUnit(deadline, 'commune').map((m) => m.label)).toEqual(['Quý II/2025', 'Quý IV/2025']);
    // An older draft without the field has none.
    expect(milestonesForUnit({ ...deadline, milestones: undefined }, 'commune')).toEqual([]);
  });
});
