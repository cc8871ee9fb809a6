/**
 * Duties read from the text of a plan ("Tổ chức thực hiện", "Trách nhiệm thực hiện"): the units, what they
 * must send or issue and by when. Checked against what the four real plans say (lines of
 * test/fixtures/plans/<plan>.txt):
 *  thua-thien-hue-2025  l.364-366 "8. Các sở, ban, ngành cấp tỉnh và UBND các huyện, thị xã, thành phố: … hoàn thành
 *                       việc ban hành kế hoạch trước ngày 05/01/2025": one plan duty (the quarterly/6-month/year
 *                       reports of l.368 have no date: the reporting calendar's, not a duty)
 *  tra-vinh-2025        l.164-166 "1. Các sở, ban, ngành tỉnh; Ủy ban nhân dân cấp huyện: … xây dựng kế hoạch …
 *                       gửi về Sở Nội vụ tổng hợp trong tháng 01 năm 2025": one plan duty, due 31/01/2025
 *  vinh-phuc-2024       l.222 "4. Chế độ báo cáo: Các sở, ban, ngành; UBND các huyện, thành phố báo cáo kết quả
 *                       thực hiện kế hoạch này trước ngày 15/12/2024": one report duty
 *  quang-tri-2025       "IV. TỔ CHỨC THỰC HIỆN" names duties but no date ("báo cáo định kỳ, báo cáo đột xuất"):
 *                       none
 */
import { describe, expect, it } from 'vitest';
import { makeParagraph } from '../../../src/domain/plan/document.js';
import { createFieldReaders } from '../../../src/domain/plan/field-readers.js';
import { readProse } from '../../../src/domain/plan/prose.js';
import { dutiesFromProse, dutyActivities } from '../../../src/domain/plan/prose-duties.js';
import type { PlanV1 } from '../../../src/domain/plan/types.js';
import { quangTriDirectory } from '../../fixtures/directories/quang-tri-2025.js';
import { PLANS, importFixture } from './plans.js';

const summary = (plan: PlanV1) =>
  (plan.duties ?? []).map((d) => ({
    id: d.id,
    what: d.what,
    units: d.units.units.map((u) => u.unitId ?? u.groupId),
    dueDates: d.dueDates,
    line: d.line,
    decision: d.decision,
  }));

describe('duties in the text of the real plans', () => {
  const plan = async (name: string) => importFixture(PLANS.find((p) => p.name === name)!);

  it('Thừa Thiên Huế: departments and districts issue their plan by 05/01/2025', async () => {
    const read = await plan('thua-thien-hue-2025');
    expect(summary(read)).toEqual([
      {
        id: 'TC-1',
        what: 'plan',
        units: ['g-so-nganh', 'g-huyen'],
        dueDates: [{ label: 'Kế hoạch', due: '2025-01-05' }],
        line: 366,
        decision: 'suggested',
      },
    ]);
    expect(read.duties![0]!.units.text).toBe('Các sở, ban, ngành cấp tỉnh và UBND các huyện, thị xã, thành phố');
    expect(read.duties![0]!.deadlineText).toBe('trước ngày 05/01/2025');
  });

  it('Trà Vinh: the plan sent to Sở Nội vụ in January 2025, under the heading that names the units', async () => {
    const read = await plan('tra-vinh-2025');
    expect(summary(read)).toEqual([
      {
        id: 'TC-1',
        what: 'plan',
        units: ['g-so-nganh', 'g-huyen'],
        dueDates: [{ label: 'Kế hoạch', due: '2025-01-31' }],
        line: 166,
        decision: 'suggested',
      },
    ]);
    // Sở Nội vụ is where it is sent, not who owes it.
    expect(read.duties![0]!.units.text).toBe('Các sở, ban, ngành tỉnh; Ủy ban nhân dân cấp huyện');
  });

  it('Vĩnh Phúc: the report of results by 15/12/2024, units named in the sentence', async () => {
    const read = await plan('vinh-phuc-2024');
    expect(summary(read)).toEqual([
      {
        id: 'TC-1',
        what: 'report',
        units: ['g-so-nganh', 'g-huyen'],
        dueDates: [{ label: 'Báo cáo', due: '2024-12-15' }],
        line: 222,
        decision: 'suggested',
      },
    ]);
    expect(read.duties![0]!.deadlineText).toBe('trước ngày 15/12/2024');
  });

  it('Quảng Trị: no dated duty in its text, so no field', async () => {
    expect((await plan('quang-tri-2025')).duties).toBeUndefined();
  });
});

describe('duties in usual wordings', () => {
  const readers = createFieldReaders(quangTriDirectory, '2025-01-01', 2025);
  const duties = (...lines: string[]) =>
    dutiesFromProse(readProse(lines.map((text, i) => makeParagraph(text, { line: i + 1 }))), readers);

  it('reads two report dates as two labelled due dates', () => {
    const [duty, ...rest] = duties(
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Các sở, ban, ngành cấp tỉnh',
      '- Báo cáo kết quả thực hiện Kế hoạch này gửi Sở Nội vụ trước ngày 10/6 và 10/11.',
    );
    expect(rest).toEqual([]);
    expect(duty).toMatchObject({
      what: 'report',
      dueDates: [
        { label: 'Báo cáo lần 1', due: '2025-06-10' },
        { label: 'Báo cáo lần 2', due: '2025-11-10' },
      ],
    });
    expect(duty!.units.units.map((u) => u.groupId)).toEqual(['g-so-nganh']);
  });

  it('names the first date by the period written before it, and starts the text with a capital after "Sở …:"', () => {
    const [duty] = duties(
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Tư pháp: báo cáo kết quả kiểm tra văn bản 6 tháng trước ngày 07/6/2025, báo cáo năm trước ngày 07/11/2025.',
    );
    expect(duty).toMatchObject({
      what: 'report',
      text: 'Báo cáo kết quả kiểm tra văn bản 6 tháng trước ngày 07/6/2025, báo cáo năm trước ngày 07/11/2025.',
      dueDates: [
        { label: 'Báo cáo 6 tháng', due: '2025-06-07' },
        { label: 'Báo cáo năm', due: '2025-11-07' },
      ],
    });
    expect(duty!.units.units.map((u) => u.unitId)).toEqual(['so-tu-phap']);
  });

  it('reads the districts’ plan by 31/01/2025 with the units in the sentence', () => {
    const [duty] = duties(
      'III. TỔ CHỨC THỰC HIỆN',
      'UBND các huyện xây dựng kế hoạch CCHC năm 2025 của địa phương, gửi Sở Nội vụ trước ngày 31/01/2025.',
    );
    expect(duty).toMatchObject({ what: 'plan', dueDates: [{ label: 'Kế hoạch', due: '2025-01-31' }] });
    expect(duty!.units.units.map((u) => u.groupId)).toEqual(['g-huyen']);
  });

  it('leaves out undated duties and text outside the implementation part', () => {
    expect(
      duties(
        'II. NHIỆM VỤ',
        '- Các sở báo cáo kết quả trước ngày 15/12/2025.',
        'III. TỔ CHỨC THỰC HIỆN',
        '- Thực hiện nghiêm chế độ báo cáo định kỳ, đột xuất theo quy định.',
        'Nơi nhận:',
        '- Các sở báo cáo trước ngày 15/12/2025.',
      ),
    ).toEqual([]);
  });

  it('turns confirmed duties into activities with their dates (milestones when several)', () => {
    const read = duties(
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Các sở, ban, ngành cấp tỉnh',
      '- Báo cáo kết quả thực hiện Kế hoạch này trước ngày 10/6 và 10/11.',
      '- Xây dựng kế hoạch CCHC năm 2025, gửi Sở Nội vụ trước ngày 31/01/2025.',
    );
    expect(read.map((d) => d.id)).toEqual(['TC-1', 'TC-2']);
    const plan = { duties: [{ ...read[0]!, decision: 'confirmed' }, read[1]!] } as PlanV1;
    const [activity, ...others] = dutyActivities(plan);
    expect(others).toEqual([]);
    expect(activity).toMatchObject({
      id: 'TC-1',
      area: null,
      deliverable: 'Báo cáo',
      lead: read[0]!.units,
      deadline: {
        kind: 'multi',
        due: '2025-11-10',
        milestones: [
          { label: 'Báo cáo lần 1', level: null, due: '2025-06-10' },
          { label: 'Báo cáo lần 2', level: null, due: '2025-11-10' },
        ],
      },
    });
  });
});
