import { describe, expect, it } from 'vitest';
import { loginRequest } from '../../../src/contracts/auth.js';
import { todayInVietnam } from '../../../web/src/forms/dates.js';
import { serverFieldErrors, validateForm } from '../../../web/src/forms/validate.js';
import { SEARCH_MAX_LENGTH } from '../../../src/contracts/common.js';
import { searchFits, searchTooLong } from '../../../web/src/forms/search.js';
import { translate } from '../../../web/src/i18n/translate.js';
import type { MessageKey } from '../../../web/src/i18n/vi.js';

describe('form helpers', () => {
  it("knows today's date in Vietnam even late in the UTC evening", () => {
    expect(todayInVietnam(new Date('2025-06-30T18:30:00Z'))).toBe('2025-07-01');
  });

  it('gives one Vietnamese message per field from the contract', () => {
    const result = validateForm(loginRequest, { username: ' ', password: '' });
    expect(result).toEqual({
      ok: false,
      errors: { username: 'Hãy nhập tên đăng nhập.', password: 'Hãy nhập mật khẩu.' },
    });
  });
});

describe('server validation errors', () => {
  it('puts each server issue under its field', () => {
    expect(
      serverFieldErrors({
        issues: [
          { path: 'code', message: 'Mã đơn vị đã tồn tại.' },
          { path: 'shortNames.0', message: 'Quá dài.' },
          { path: '', message: 'x' },
        ],
      }),
    ).toEqual({ code: 'Mã đơn vị đã tồn tại.', shortNames: 'Quá dài.' });
    expect(serverFieldErrors(undefined)).toEqual({});
  });
});

describe('search fields', () => {
  it('say a search is too long, with its length and the server limit, instead of ignoring it', () => {
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate('vi', key, params);
    expect(searchFits('a'.repeat(SEARCH_MAX_LENGTH))).toBe(true);
    expect(searchTooLong(t, 'a'.repeat(SEARCH_MAX_LENGTH))).toBeUndefined();
    expect(searchTooLong(t, 'a'.repeat(300))).toBe(
      'Nội dung tìm kiếm dài quá: 300 ký tự, tối đa 200 ký tự. Hãy rút gọn để tìm.',
    );
  });
});
