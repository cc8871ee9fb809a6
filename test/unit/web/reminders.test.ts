import { describe, expect, it } from 'vitest';
import { translate } from '../../../web/src/i18n/translate.js';
import { reminderMessage } from '../../../web/src/reporting/reminders.js';

const unit = (i: number) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Xã ${i}` });

describe('reminder result message', () => {
  it('says how many of the late units were reached and names the ones without an account', () => {
    const result = {
      units: 30,
      reminded: 2,
      recipients: 3,
      emails: 2,
      withoutAccount: Array.from({ length: 28 }, (_, i) => unit(i + 1)),
      withoutEmail: [unit(99)],
    };
    const vi = reminderMessage((key, params) => translate('vi', key, params), result);
    expect(vi.complete).toBe(false);
    expect(vi.lines[0]).toBe('Đã nhắc 2/30 đơn vị chưa báo cáo (3 người nhận, 2 thư điện tử).');
    expect(vi.lines[1]).toMatch(/^28 đơn vị chưa có tài khoản báo cáo viên.*Xã 1, Xã 2, .*Xã 8 … và 20 đơn vị khác\.$/);
    expect(vi.lines[2]).toMatch(/^1 đơn vị chỉ được nhắc trong hệ thống.*: Xã 99\.$/);
    const en = reminderMessage((key, params) => translate('en', key, params), result);
    expect(en.lines[1]).toMatch(/^28 units have no reporter account/);
  });

  it('is complete when every late unit was reached by e-mail, and says when no unit is late', () => {
    expect(
      reminderMessage((key, params) => translate('vi', key, params), {
        units: 2,
        reminded: 2,
        recipients: 2,
        emails: 2,
        withoutAccount: [],
        withoutEmail: [],
      }).complete,
    ).toBe(true);
    expect(
      reminderMessage((key, params) => translate('en', key, params), {
        units: 0,
        reminded: 0,
        recipients: 0,
        emails: 0,
        withoutAccount: [],
        withoutEmail: [],
      }).lines,
    ).toEqual(['Every unit has reported: there is no one to remind.']);
  });
});
