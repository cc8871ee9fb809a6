/**
 * The plan's identity read however the first page was typed or converted: the heading spaced
 * out or in sentence case, the number with odd spaces, the title run into the first sentence
 * (a text export without blank lines), the year from the title or else from the date.
 */
import { describe, expect, it } from 'vitest';
import { makeParagraph } from '../../../src/domain/plan/document.js';
import { readMetadata } from '../../../src/domain/plan/metadata.js';

const read = (...texts: string[]) => readMetadata(texts.map((t) => makeParagraph(t)));

describe('plan metadata however the heading is written', () => {
  it.each([
    ['KẾ HOẠCH', 'Cải cách hành chính tỉnh Quảng Trị năm 2025'],
    ['K Ế  H O Ạ C H', 'Cải cách hành chính tỉnh Quảng Trị năm 2025'],
    ['Kế hoạch', 'Cải cách hành chính tỉnh Quảng Trị năm 2025'],
    ['KẾ\nHOẠCH', 'Cải cách hành chính tỉnh Quảng Trị năm 2025'],
    ['Ke\u0302\u0301 hoa\u0323ch'.normalize('NFD'), 'Cải cách hành chính tỉnh Quảng Trị năm 2025'],
  ])('finds the title under %j', (heading, title) => {
    const m = read('Số: 123/KH-UBND', 'Quảng Trị, ngày 15 tháng 01 năm 2025', heading, title);
    expect([m.title, m.year, m.issuer]).toEqual([title, 2025, 'UBND tỉnh Quảng Trị']);
  });

  it('finds the title on the heading line and cuts it where the first sentence begins', () => {
    const m = read(
      'KẾ HOẠCH Cải cách hành chính tỉnh Trà Vinh năm 2025 Thực hiện mục tiêu, nhiệm vụ tại Chương trình tổng thể',
    );
    expect(m.title).toBe('Cải cách hành chính tỉnh Trà Vinh năm 2025');
  });

  it('does not take a sentence about another plan for the heading', () => {
    const m = read(
      'Kế hoạch số 3647/QĐ-UBND ngày 17/11/2021 của UBND tỉnh',
      'KẾ HOẠCH',
      'Cải cách hành chính năm 2025',
    );
    expect(m.title).toBe('Cải cách hành chính năm 2025');
  });

  it.each([
    ['Số: 123/KH-UBND', '123/KH-UBND'],
    ['Số:123/KH-UBND', '123/KH-UBND'],
    ['Số : 123 / KH - UBND', '123/KH-UBND'],
    ['SỐ: 45/kh-ubnd', '45/KH-UBND'],
    ['Số:\u00a03322/QĐ-UBND', '3322/QĐ-UBND'],
  ])('reads the number of %j', (line, number) => {
    expect(read(line, 'KẾ HOẠCH', 'Cải cách hành chính năm 2025').documentNumber).toBe(number);
  });

  it.each([
    ['Quảng Trị, ngày 15 tháng 01 năm 2025', '2025-01-15'],
    ['Quảng Trị,  ngày  15  tháng  01  năm  2025', '2025-01-15'],
    ['Quảng Trị , Ngày 15 Tháng 01 Năm 2025', '2025-01-15'],
    ['Quảng Trị, ngày 15/01/2025', '2025-01-15'],
  ])('reads the date of %j', (line, date) => {
    const m = read('Số: 1/KH-UBND', line, 'KẾ HOẠCH', 'Cải cách hành chính năm 2025');
    expect([m.issuedOn, m.issuer]).toEqual([date, 'UBND tỉnh Quảng Trị']);
  });

  it('takes the year from the date when the title has none', () => {
    const m = read('Số: 1/KH-UBND', 'Quảng Trị, ngày 20 tháng 12 năm 2024', 'KẾ HOẠCH', 'Cải cách hành chính');
    expect(m.year).toBe(2025);
    expect(m.warnings.map((w) => w.code)).toContain('guessed_year');
  });

  it('reads the issuer however the committee line is spaced or cased', () => {
    const m = read('UỶ  BAN NHÂN  DÂN TỈNH   QUẢNG TRỊ', 'KẾ HOẠCH', 'Cải cách hành chính năm 2025');
    expect(m.issuer).toBe('UBND tỉnh Quảng Trị');
  });
});
