import { describe, expect, it } from 'vitest';
import { calendarChangeLines } from '../../../web/src/plans/calendar-change.js';
import { translate } from '../../../web/src/i18n/translate.js';

describe('the confirmation before a calendar change', () => {
  it('says what is added, moved, dropped and kept, dates dd/mm/yyyy', () => {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
      translate('vi', key, params);
    const lines = calendarChangeLines(
      {
        saved: false,
        added: [
          { code: 'T1', label: 'Tháng 1/2025', dueOn: '2025-01-25' },
          { code: 'T2', label: 'Tháng 2/2025', dueOn: '2025-02-25' },
        ],
        changed: [{ code: 'H1', label: '6 tháng đầu năm 2025', dueOn: '2025-06-07', previousDueOn: '2025-06-15' }],
        removed: [{ code: 'Y', label: 'Năm 2025', dueOn: '2025-12-15' }],
        kept: [{ code: 'Q1', label: 'Quý I/2025', dueOn: '2025-03-15', reason: 'in_use' }],
        unchanged: 1,
      },
      t,
    );
    expect(lines).toEqual([
      'Thêm 2 kỳ: Tháng 1/2025, Tháng 2/2025.',
      'Đổi hạn 6 tháng đầu năm 2025: 15/06/2025 → 07/06/2025.',
      'Bỏ 1 kỳ chưa có báo cáo: Năm 2025.',
      'Giữ nguyên Quý I/2025 (hạn 15/03/2025) vì đã có báo cáo.',
    ]);
  });
});
