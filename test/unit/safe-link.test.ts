import { describe, expect, it } from 'vitest';
import { isSafeLink } from '../../src/domain/text/safe-link.js';

describe('evidence links', () => {
  it('accept absolute http(s) addresses and paths on this site', () => {
    for (const link of [
      'https://stp.quangtri.gov.vn/bao-cao.pdf',
      'http://example.vn',
      'HTTPS://Example.vn/a?b=1#c',
      '/bao-cao/123',
      '/',
    ])
      expect(isSafeLink(link), link).toBe(true);
  });

  it('refuse addresses of another site written as paths, other schemes and hidden characters', () => {
    for (const link of [
      '//evil.example/login',
      '/\\evil.example/login',
      '\\\\evil.example',
      '/a\\b',
      'javascript:alert(1)',
      'data:text/html,x',
      'https:/evil.example',
      'https:///evil.example',
      'https://user@evil.example',
      'ftp://example.vn',
      'bao-cao.pdf',
      '/ /evil',
      '/\t/evil.example',
      '',
    ])
      expect(isSafeLink(link), JSON.stringify(link)).toBe(false);
  });
});
