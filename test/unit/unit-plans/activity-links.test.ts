import { describe, expect, it } from 'vitest';
import { suggestActivityLinks } from '../../../src/domain/unit-plans/activity-links.js';

const province = (id: string, activity: string, assigned = false, extra = '') => ({
  id,
  activity,
  full: `${extra} ${activity}`,
  assigned,
});

describe('the province activity a unit’s line carries out', () => {
  const plan = [
    province('I-1', 'Xây dựng, ban hành Kế hoạch CCHC của tỉnh', false, 'Xác định nhiệm vụ cụ thể; tổ chức triển khai'),
    province('II-2-2', 'Xây dựng và ban hành Kế hoạch kiểm tra văn bản QPPL', true),
    province('II-3-1', 'Xây dựng và ban hành Kế hoạch kiểm tra văn bản QPPL', false),
    province('VI-6-3', 'Kế hoạch hành động của tỉnh thực hiện năm 2025'),
  ];
  const line = (activity: string, full = activity) => ({ activity, full });

  it('links a reworded line by its activity, unaccented and in any case', () => {
    expect(suggestActivityLinks([line('XAY DUNG, BAN HANH KE HOACH CCHC NAM 2025 CUA SO TU PHAP')], plan)).toEqual([
      'I-1',
    ]);
  });

  it('prefers the activity assigned to the unit when two are worded alike', () => {
    expect(suggestActivityLinks([line('Xây dựng và ban hành Kế hoạch kiểm tra văn bản QPPL năm 2025')], plan)).toEqual([
      'II-2-2',
    ]);
  });

  it('leaves the unit’s own line unlinked (below the threshold) and an empty line too', () => {
    expect(suggestActivityLinks([line('Họp giao ban CCHC hằng quý của các phòng thuộc Sở'), line('')], plan)).toEqual([
      null,
      null,
    ]);
  });
});
