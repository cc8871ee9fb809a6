import type { ssoVi } from './sso.vi.js';

/** Single sign-on: how people sign in, and the administrator's rules for accounts made at first sign-in (English). */
export const ssoEn: Record<keyof typeof ssoVi, string> = {
  'nav.sso': 'Single sign-on',
  'sso.title': 'Single sign-on (SSO)',
  'sso.intro':
    "Officers sign in with their identity provider's account (OpenID Connect). The cchc account is found by the e-mail address or username the provider gives.",
  'sso.configured': 'On: the login page shows "Sign in with {label}".',
  'sso.notConfigured':
    'Not configured. The server administrator sets CCHC_OIDC_ISSUER, CCHC_OIDC_CLIENT_ID, CCHC_OIDC_CLIENT_SECRET (README, Single sign-on); the rules below apply once it is.',
  'sso.passwordOn': 'Password sign-in: still on.',
  'sso.passwordOff': 'Password sign-in: off (CCHC_PASSWORD_LOGIN=off).',
  'sso.rulesTitle': 'Accounts made at first sign-in',
  'sso.rulesIntro':
    "A person whose e-mail address (verified by the identity provider) is in one of these domains and who has no cchc account gets one with the rule's role and unit. No rule: no account is made and the person is asked to contact an administrator.",
  'sso.add': 'Add a rule',
  'sso.addTitle': 'Add an account rule',
  'sso.addSubmit': 'Add the rule',
  'sso.domain': 'E-mail domain',
  'sso.domainHint': 'The part after the @, e.g. snv.quangtri.gov.vn.',
  'sso.role': 'Role of the account made',
  'sso.unit': 'Unit of the account made',
  'sso.created': 'Added',
  'sso.empty': 'No rules: only people who already have a cchc account can sign in.',
  'sso.added': 'Rule added for {domain}.',
  'sso.remove': 'Remove',
  'sso.removeFor': 'Remove the rule for {domain}',
  'sso.removeTitle': 'Remove the rule for {domain}?',
  'sso.removeLine1': 'From now on, people of {domain} without an account will not get one when they sign in.',
  'sso.removeLine2': 'Accounts already made by this rule stay as they are.',
  'sso.removed': 'Rule for {domain} removed.',
};
