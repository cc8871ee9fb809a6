import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';

// New passwords are checked against common ones and the user's own names wherever they are set, and demo
// accounts loaded outside a trial must replace the published password before doing anything else.
let api: TestApi;
let admin: Client;
beforeAll(async () => {
  api = await createTestApi({ demo: false });
  await loadDemo(api.database.db, { forcePasswordChange: true });
});
afterAll(() => api.close());

const WEAK = [
  'password123',
  'qwerty12345',
  'aaaaaaaaa1',
  'Demo@cchc2025',
  'Matkhau@2025',
  '123456789a',
  'Abcdef12345',
  'asdfghjkl1',
];

describe('a demo account outside the demo', () => {
  it('must change the published password first: everything else is refused with a clear code', async () => {
    const session = await api.signIn('snv.cchc');
    const me = await body(await session.get('/api/auth/me'));
    expect(me.user.mustChangePassword).toBe(true);
    const refused = await session.get('/api/plans');
    expect(refused.status).toBe(403);
    expect(await body(refused)).toEqual({
      code: 'PASSWORD_CHANGE_REQUIRED',
      message: 'Tài khoản đang dùng mật khẩu mẫu công khai. Hãy đổi mật khẩu trước khi tiếp tục.',
    });

    const changed = await session.send('POST', '/api/auth/password', {
      currentPassword: 'Demo@cchc2025',
      newPassword: 'Song#Huong7Chay',
    });
    expect(changed.status).toBe(200);
    expect((await body(await session.get('/api/auth/me'))).user.mustChangePassword).toBe(false);
    expect((await session.get('/api/plans')).status).toBe(200);
  });

  it('may still sign out', async () => {
    const session = await api.signIn('lanhdao');
    expect((await session.send('POST', '/api/auth/logout')).status).toBe(200);
  });
});

describe('new passwords', () => {
  it('refuse common and guessable ones when changing one’s own, naming the field', async () => {
    admin = await api.signIn('quantri');
    for (const newPassword of WEAK) {
      const response = await admin.send('POST', '/api/auth/password', {
        currentPassword: 'Demo@cchc2025',
        newPassword,
      });
      expect(response.status, newPassword).toBe(400);
      const payload = await body(response);
      expect(payload.code, newPassword).toBe(newPassword === 'Demo@cchc2025' ? 'SAME_PASSWORD' : 'WEAK_PASSWORD');
      if (payload.code === 'WEAK_PASSWORD') {
        expect(payload.message).toMatch(/^Mật khẩu mới: mật khẩu này quá phổ biến/);
        expect(payload.details.issues).toEqual([{ path: 'newPassword', message: payload.message }]);
      }
    }
    expect(
      (
        await admin.send('POST', '/api/auth/password', {
          currentPassword: 'Demo@cchc2025',
          newPassword: 'Quan#Tri7Vien',
        })
      ).status,
    ).toBe(400); // "quantri" is the username
    expect(
      (
        await admin.send('POST', '/api/auth/password', {
          currentPassword: 'Demo@cchc2025',
          newPassword: 'Nui#Ngu7Song',
        })
      ).status,
    ).toBe(200);
  });

  it('refuse common ones and the person’s own names when an administrator creates an account or resets a password', async () => {
    const user = { username: 'bich.tran', displayName: 'Trần Thị Bích', role: 'coordinator' as const };
    const common = await admin.send('POST', '/api/users', { ...user, password: 'matkhau123' });
    expect(common.status).toBe(400);
    expect((await body(common)).message).toMatch(/^Mật khẩu ban đầu: mật khẩu này quá phổ biến/);
    for (const password of ['Bich.Tran2025', 'Tran#Bich2025', 'Bích@Xanh2025']) {
      const personal = await admin.send('POST', '/api/users', { ...user, password });
      expect(personal.status, password).toBe(400);
      expect(await body(personal), password).toMatchObject({
        code: 'WEAK_PASSWORD',
        message: 'Mật khẩu ban đầu: không được chứa tên đăng nhập hoặc họ tên của người dùng. Hãy chọn mật khẩu khác.',
        details: { issues: [{ path: 'password' }] },
      });
    }
    const created = await admin.send('POST', '/api/users', { ...user, password: 'Hoa#Sen7Nuoc' });
    expect(created.status).toBe(201);
    const { id } = await body(created);

    const reset = await admin.send('POST', `/api/users/${id}/reset-password`, { newPassword: 'qwerty12345' });
    expect(reset.status).toBe(400);
    expect((await body(reset)).message).toMatch(/^Mật khẩu mới: mật khẩu này quá phổ biến/);
    expect(
      (await admin.send('POST', `/api/users/${id}/reset-password`, { newPassword: 'Trang#Bich9Ngoc' })).status,
    ).toBe(400);
    expect((await admin.send('POST', `/api/users/${id}/reset-password`, { newPassword: 'Cau#Vong7Mua' })).status).toBe(
      200,
    );
  });
});
