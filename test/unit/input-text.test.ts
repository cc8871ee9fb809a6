import { describe, expect, it } from 'vitest';
import { findUnstorableText } from '../../src/http/input-text.js';

describe('text the database cannot store', () => {
  it('finds a NUL or a lone surrogate, in values and keys, and gives its path', () => {
    expect(findUnstorableText({ a: { b: ['ok', 'x\u0000'] } })).toEqual(['a', 'b', 1]);
    expect(findUnstorableText({ content: '\ud83d' })).toEqual(['content']);
    expect(findUnstorableText({ content: 'a\udc00b' })).toEqual(['content']);
    expect(findUnstorableText({ ['k\u0000']: 1 })).toEqual(['k\u0000']);
  });

  it('lets every real character through, emoji (surrogate pairs) and Vietnamese included', () => {
    expect(findUnstorableText({ name: 'Sở Nội vụ 😀', list: ['Đông Hà', 1, null, true], tab: '\t\r\n' })).toBeNull();
  });
});
