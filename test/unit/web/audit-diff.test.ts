import { describe, expect, it } from 'vitest';
import { diffAudit, displayJson } from '../../../web/src/audit/diff.js';

describe('audit before/after shown field by field', () => {
  it('marks the fields that changed and keeps the others for context', () => {
    const rows = diffAudit(
      { name: 'Sở Thông tin và Truyền thông', aliases: ['Sở TTTT'], version: 1 },
      { name: 'Sở Khoa học và Công nghệ', aliases: ['Sở TTTT'], version: 2, validTo: '2025-02-28' },
    );
    expect(rows.map((row) => [row.field, row.changed])).toEqual([
      ['name', true],
      ['aliases', false],
      ['version', true],
      ['validTo', true],
    ]);
    expect(rows[3]!.before).toBeUndefined();
  });

  it('handles a creation (no before) and non-object values', () => {
    expect(diffAudit(null, { code: 'SNV' })).toEqual([
      { field: 'code', before: undefined, after: 'SNV', changed: true },
    ]);
    expect(diffAudit(null, null)).toEqual([]);
    expect(diffAudit('a', 'b')).toEqual([{ field: '', before: 'a', after: 'b', changed: true }]);
  });

  it('writes strings as they are and structures as indented JSON', () => {
    expect(displayJson('Sở Nội vụ')).toBe('Sở Nội vụ');
    expect(displayJson(undefined)).toBe('');
    expect(displayJson(['a'])).toBe('[\n  "a"\n]');
  });
});
