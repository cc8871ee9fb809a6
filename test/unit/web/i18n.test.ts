import { describe, expect, it } from 'vitest';
import { translate } from '../../../web/src/i18n/translate.js';
import { isActive, navItemsFor } from '../../../web/src/layout/navItems.js';

describe('interface language and navigation', () => {
  it('fills placeholders in both languages', () => {
    expect(translate('vi', 'users.editTitle', { username: 'nguyenvana' })).toBe('Sửa người dùng nguyenvana');
    expect(translate('en', 'common.total', { count: '1.234' })).toBe('Total: 1.234');
    expect(translate('vi', 'nav.units')).toBe('Đơn vị');
  });

  it('shows the users and audit modules to administrators only', () => {
    const labels = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role).map((item) => item.label);
    expect(labels('admin')).toContain('nav.users');
    expect(labels('admin')).toContain('nav.audit');
    expect(labels('coordinator')).not.toContain('nav.users');
    expect(labels('leader')).not.toContain('nav.audit');
    expect(labels('reporter')).toContain('nav.units');
    expect(labels('leader')).toContain('nav.tasks');
    // The service-quality page: a level's units for the province-wide roles, their own unit for a reporter.
    expect(labels('leader')).toContain('nav.serviceQuality');
    expect(labels('reporter')).toContain('nav.serviceQuality');
  });

  it('shows the API tokens to administrators only, right after the users', () => {
    const labels = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role).map((item) => item.label);
    const admin = labels('admin');
    expect(admin[admin.indexOf('nav.users') + 1]).toBe('nav.apiTokens');
    for (const role of ['coordinator', 'reporter', 'leader', 'appraiser'] as const)
      expect(labels(role)).not.toContain('nav.apiTokens');
    expect(translate('vi', 'nav.apiTokens')).toBe('Mã truy cập API');
    expect(translate('en', 'nav.apiTokens')).toBe('API tokens');
  });

  it('shows the dossier import to those who import dossiers only', () => {
    const labels = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role).map((item) => item.label);
    expect(labels('coordinator')).toContain('nav.dossierImport');
    expect(labels('admin')).toContain('nav.dossierImport');
    for (const role of ['reporter', 'leader', 'appraiser'] as const)
      expect(labels(role)).not.toContain('nav.dossierImport');
    expect(translate('vi', 'nav.dossierImport')).toBe('Nhập hồ sơ TTHC');
    expect(translate('en', 'dossiers.field.MaHoSo')).toBe('Dossier code');
  });

  it("shows the inspections to the province-wide roles and to a district's officers, not to a commune's", () => {
    const has = (items: ReturnType<typeof navItemsFor>) => items.some((item) => item.label === 'nav.inspections');
    expect(has(navItemsFor('coordinator'))).toBe(true);
    expect(has(navItemsFor('leader'))).toBe(true);
    expect(has(navItemsFor('reporter'))).toBe(false);
    expect(has(navItemsFor('reporter', true))).toBe(true);
  });

  it('marks a module active on its own pages only', () => {
    const item = (to: string) => navItemsFor('admin').find((nav) => nav.to === to)!;
    const [dashboard, units] = [item('/'), item('/don-vi')];
    expect(isActive(units, '/don-vi/0b7a4c1e-8f3d-4a55-9d7e-1c2b3a4d5e6f')).toBe(true);
    expect(isActive(units, '/don-vi-khac')).toBe(false);
    expect(isActive(dashboard, '/don-vi')).toBe(false);
  });
});
