import { describe, expect, it } from 'vitest';
import { dateRefusal, invalidDateMessage, readDateInput } from '../../../src/domain/calendar.js';

describe('dates typed into a form', () => {
  it('reads dd/mm/yyyy, with or without leading zeros and with . or - between', () => {
    expect(readDateInput('31/03/2025')).toEqual({ kind: 'date', iso: '2025-03-31' });
    expect(readDateInput(' 1.7.2025 ')).toEqual({ kind: 'date', iso: '2025-07-01' });
    expect(readDateInput('29-02-2024')).toEqual({ kind: 'date', iso: '2024-02-29' });
  });

  it('tolerates ISO dates typed by hand', () => {
    expect(readDateInput('2025-01-20')).toEqual({ kind: 'date', iso: '2025-01-20' });
  });

  it('gives nothing for an empty field', () => {
    expect(readDateInput('  ')).toEqual({ kind: 'empty' });
  });

  it('refuses impossible dates, repeating them as typed instead of moving them to another day', () => {
    expect(readDateInput('31/02/2025')).toEqual({
      kind: 'invalid',
      message: '31/02/2025 không phải là ngày hợp lệ (dd/mm/yyyy).',
    });
    expect(readDateInput('29/02/2025').kind).toBe('invalid');
    expect(readDateInput('2025-02-31')).toEqual({
      kind: 'invalid',
      message: '31/02/2025 không phải là ngày hợp lệ (dd/mm/yyyy).',
    });
    for (const text of ['32/01/2025', '15/13/2025', '0/1/2025', '31/3/25', 'hôm qua', '2025/03/31'])
      expect(readDateInput(text).kind, text).toBe('invalid');
  });

  it('tells an API caller that a real date written dd/mm/yyyy must be sent as YYYY-MM-DD', () => {
    expect(dateRefusal('05/03/2025')).toBe('"05/03/2025" cần viết dạng năm-tháng-ngày (2025-03-05).');
    expect(dateRefusal(null)).toBe('Chưa nhập ngày (dd/mm/yyyy).');
  });

  it('names the field by its label in the message', () => {
    expect(invalidDateMessage('Ngày ban hành', '2025-02-31')).toBe(
      'Ngày ban hành: 31/02/2025 không phải là ngày hợp lệ (dd/mm/yyyy).',
    );
  });
});
