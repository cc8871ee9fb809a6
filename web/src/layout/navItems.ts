import type { Role } from '../../../src/contracts/auth.js';
import type { MessageKey } from '../i18n/vi.js';

export interface NavItem {
  to: '/' | '/nhiem-vu' | '/ke-hoach' | '/bao-cao' | '/cham-diem' | '/don-vi' | '/nguoi-dung' | '/nhat-ky';
  label: MessageKey;
  adminOnly?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.dashboard' },
  { to: '/nhiem-vu', label: 'nav.tasks' },
  { to: '/ke-hoach', label: 'nav.plans' },
  { to: '/bao-cao', label: 'nav.reports' },
  { to: '/cham-diem', label: 'nav.scoring' },
  { to: '/don-vi', label: 'nav.units' },
  { to: '/nguoi-dung', label: 'nav.users', adminOnly: true },
  { to: '/nhat-ky', label: 'nav.audit', adminOnly: true },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.adminOnly || role === 'admin');
}

/** A module is active on its own path and below it; the overview only on "/". */
export function isActive(item: NavItem, pathname: string): boolean {
  if (item.to === '/') return pathname === '/';
  return pathname === item.to || pathname.startsWith(`${item.to}/`);
}
