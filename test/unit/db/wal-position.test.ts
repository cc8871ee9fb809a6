import { describe, expect, it } from 'vitest';
import { isWalPosition, walPosition } from '../../../src/db/read-replica.js';

describe('WAL positions (the read replica’s “has it replayed my write?”)', () => {
  it('orders positions across the 4 GB boundary, where comparing the text would not', () => {
    expect(walPosition('1/0') > walPosition('0/FFFFFFFF')).toBe(true);
    expect(walPosition('0/A0') > walPosition('0/9F')).toBe(true);
    expect(walPosition('16/B374D848')).toBe((0x16n << 32n) | 0xb374d848n);
  });

  it('takes from a cookie only what looks like a position', () => {
    expect(isWalPosition('16/B374D848')).toBe(true);
    for (const bad of ['', '16', '16/', 'G/1', '1/2/3', '123456789/0', "0/0'; DROP TABLE users"])
      expect(isWalPosition(bad), bad).toBe(false);
    expect(isWalPosition(undefined)).toBe(false);
  });
});
