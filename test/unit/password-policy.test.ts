import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { passwordWeakness } from '../../src/domain/auth/password-policy.js';

const common = new Set(
  readFileSync(new URL('../../seed/common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean),
);
const owner = { username: 'hoa.nguyen', displayName: 'Nguyễn Thị Hoà (Sở Nội vụ)' };
const weakness = (password: string) => passwordWeakness(password, owner, common);

describe('new passwords', () => {
  it('refuse common ones, also with digits and symbols around them and in any case', () => {
    for (const password of [
      'password123',
      'qwerty12345',
      'aaaaaaaaa1',
      '123456789a',
      'Demo@cchc2025',
      'DEMO@CCHC2026',
      'matkhau123',
      'MậtKhẩu@2025',
      '!Iloveyou2024',
      'anhyeuem1990',
      '1q2w3e4r5t',
      'zxcvbnm123',
      'abcdefgh12',
      '1111111111a',
      'qazwsxedc1',
    ])
      expect(weakness(password), password).toBe('common');
  });

  it('refuse the owner’s username and names, folded without diacritics', () => {
    for (const password of ['Hoa.Nguyen2025', 'nguyen#Sao2025', 'HOÀ!Binh2025x', 'x9NguyenThiHoa'])
      expect(weakness(password), password).toBe('personal');
  });

  it('accept passwords that are neither', () => {
    for (const password of ['Song#Huong7Chay', 'Cau#Vong7Mua', 'trời-xanh-42-mây', 'Dragonfly2025x', 'Thị trấn 9 giờ'])
      expect(weakness(password), password).toBeNull();
  });
});
