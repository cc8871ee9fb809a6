/** Where a person is sent after signing in (password or single sign-on): only a path of this app. */
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../../src/contracts/auth.js';

describe('the page to return to after signing in', () => {
  it('keeps a path of the app, with its query', () => {
    expect(safeReturnPath('/bao-cao')).toBe('/bao-cao');
    expect(safeReturnPath('/nhiem-vu?ky=2025-Q3&trang=2')).toBe('/nhiem-vu?ky=2025-Q3&trang=2');
    expect(safeReturnPath('/')).toBe('/');
  });

  it('sends anything else home: another site however written, the login page, nothing', () => {
    for (const hostile of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '/\\/evil.example',
      '/bao-cao\\..\\..\\evil',
      '/\tevil',
      ' /bao-cao',
      '/bao cao',
      'javascript:alert(1)',
      '/dang-nhap',
      '/dang-nhap?redirect=/',
      '',
      undefined,
    ])
      expect(safeReturnPath(hostile), String(hostile)).toBe('/');
  });
});
