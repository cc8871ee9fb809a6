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
    | '/toan-quoc'
    | '/khao-sat-y-kien'
    | '/khao-sat-y-kien/ket-qua'
    | '/cham-diem'
    | '/ke-hoach-don-vi'
    | '/sang-kien'
    | '/phan-anh-kien-nghi'
    | '/kiem-tra'
    | '/ho-so-tthc'
    | '/don-vi'
    | '/nguoi-dung'
    | '/ma-truy-cap-api'
    | '/dang-nhap-mot-lan'
    | '/nhat-ky';
  label: MessageKey;
  /** Shown only to those the access policy lets do this everywhere (the page is of no use to others). */
  requires?: Action;
  /** Shown to a district's officers too: they inspect the communes under them. */
  districts?: true;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.dashboard' },
  // The Ministry's national view: every province's figures and the country's (national.read).
  { to: '/toan-quoc', label: 'nav.national', requires: 'national.read' },
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
  // Their results: the office and the leaders read them province-wide (surveys.results).
  { to: '/khao-sat-y-kien/ket-qua', label: 'nav.surveyResults', requires: 'surveys.results' },
  { to: '/cham-diem', label: 'nav.scoring' },
  { to: '/ke-hoach-don-vi', label: 'nav.unitPlans' },
  { to: '/sang-kien', label: 'nav.initiatives' },
  // Citizen feedback: the office all, a unit's reporters the items given to their unit, leaders read (feedback.read).
  { to: '/phan-anh-kien-nghi', label: 'nav.feedback' },
  // Inspection plans: province-wide roles read them (inspections.read), the office builds them, a district builds its
  // communes'.
  { to: '/kiem-tra', label: 'nav.inspections', requires: 'inspections.read', districts: true },
  { to: '/ho-so-tthc', label: 'nav.dossierImport', requires: 'dossiers.import' },
  { to: '/don-vi', label: 'nav.units' },
  { to: '/nguoi-dung', label: 'nav.users', requires: 'users.manage' },
  // Tokens other systems (the LGSP, the procedure system) call the API with: administrators issue and revoke them.
  { to: '/ma-truy-cap-api', label: 'nav.apiTokens', requires: 'apiTokens.manage' },
  // How people sign in through the identity provider, and which domains get accounts at first sign-in.
  { to: '/dang-nhap-mot-lan', label: 'nav.sso', requires: 'users.manage' },
  { to: '/nhat-ky', label: 'nav.audit', requires: 'audit.read' },
];

export function navItemsFor(role: Role, supervisesCommunes = false): NavItem[] {
  return NAV_ITEMS.filter(
    (item) => !item.requires || reachesEverywhere({ role }, item.requires) || (item.districts && supervisesCommunes),
  );
}

/** A module is active on its own path and below it; the overview only on "/". */
export function isActive(item: NavItem, pathname: string): boolean {
  if (item.to === '/') return pathname === '/';
  const within = (to: string) => pathname === to || pathname.startsWith(`${to}/`);
  // A page with its own entry below another's (the survey results under the surveys) belongs to the nearer one.
  return within(item.to) && !NAV_ITEMS.some((o) => o.to.startsWith(`${item.to}/`) && within(o.to));
}
