import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_CODES } from '../../../src/contracts/audit-actions.js';
import { auditActionChoices, auditLabel } from '../../../web/src/audit/labels.js';
import { auditSearch } from '../../../web/src/audit/search.js';

describe('the audit page’s names for actions', () => {
  it('offers every action once, by its label in the reader’s language, grouped by entity', () => {
    const english = auditActionChoices('en');
    const values = english.flatMap((group) => group.items.map((item) => item.value));
    expect(values.sort()).toEqual([...AUDIT_ACTION_CODES].sort());
    expect(english.find((group) => group.group === 'Unit report')!.items).toContainEqual({
      value: 'unitReport.submit',
      label: 'Report submitted',
    });
    expect(english.flatMap((group) => group.items).every((item) => item.label !== item.value)).toBe(true);
  });

  it('narrows the actions to the chosen entity', () => {
    const choices = auditActionChoices('vi', 'user');
    expect(choices).toHaveLength(1);
    expect(choices[0]!.group).toBe('Người dùng');
    expect(choices[0]!.items.map((item) => item.label)).toContain('Đăng nhập');
    expect(auditLabel('vi', 'action', 'user.lockOut')).toBe('Khóa do đăng nhập sai');
  });

  it('drops from the address an action the catalogue no longer has', () => {
    expect(auditSearch.parse({ action: 'update_progress' }).action).toBeUndefined();
    expect(auditSearch.parse({ action: 'assignment.updateProgress' }).action).toBe('assignment.updateProgress');
  });
});
