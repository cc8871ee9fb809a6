import type { Role } from '../../../src/contracts/auth.js';
import { reachesEverywhere, type Action } from '../../../src/domain/access/policy.js';
import type { MessageKey } from '../i18n/vi.js';

export interface NavItem {
  to:
    | '/'
    | '/nhiem-vu'
    | '/ke-hoach'
    | '/bao-cao'
    | '/chat-luong-phuc-vu'
    | '/so-theo-doi'
    | '/chi-so-quoc-gia'
    | '/khao-sat-y-kien'
    | '/cham-diem'
    | '/ke-hoach-don-vi'
    | '/sang-kien'
    | '/kiem-tra'
    | '/ho-so-tthc'
    | '/don-vi'
    | '/nguoi-dung'
    | '/nhat-ky';
  label: MessageKey;
  /** Shown only to those the access policy lets do this everywhere (the page is of no use to others). */
  requires?: Action;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.dashboard' },
  { to: '/nhiem-vu', label: 'nav.tasks' },
  { to: '/ke-hoach', label: 'nav.plans' },
  { to: '/bao-cao', label: 'nav.reports' },
  // Every role reads figures (figures.read): the province-wide roles a level's units, a unit's reporters their own unit.
  { to: '/chat-luong-phuc-vu', label: 'nav.serviceQuality' },
  // Every role reads registers (register.read): the province-wide roles all, a unit's reporters their own unit's.
  { to: '/so-theo-doi', label: 'nav.registers' },
  // Published national indices: everyone signed in reads them (indices.read).
  { to: '/chi-so-quoc-gia', label: 'nav.indices' },
  // Satisfaction survey campaigns: the office runs them (surveys.manage).
  { to: '/khao-sat-y-kien', label: 'nav.surveys', requires: 'surveys.manage' },
  { to: '/cham-diem', label: 'nav.scoring' },
  { to: '/ke-hoach-don-vi', label: 'nav.unitPlans' },
  { to: '/sang-kien', label: 'nav.initiatives' },
  // Inspection plans: province-wide roles read them (inspections.read), the office builds them.
  { to: '/kiem-tra', label: 'nav.inspections', requires: 'inspections.read' },
  { to: '/ho-so-tthc', label: 'nav.dossierImport', requires: 'dossiers.import' },
  { to: '/don-vi', label: 'nav.units' },
  { to: '/nguoi-dung', label: 'nav.users', requires: 'users.manage' },
  { to: '/nhat-ky', label: 'nav.audit', requires: 'audit.read' },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.requires || reachesEverywhere(role, item.requires));
}

/** A module is active on its own path and below it; the overview only on "/". */
export function isActive(item: NavItem, pathname: string): boolean {
  if (item.to === '/') return pathname === '/';
  return pathname === item.to || pathname.startsWith(`${item.to}/`);
}
