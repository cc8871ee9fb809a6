import { vi, type MessageKey } from '../i18n/vi.js';

/** The entities the server writes audit records for; the filter offers these. */
export const AUDIT_ENTITIES = ['unit', 'user'] as const;

const known = (key: string): key is MessageKey => key in vi;

/** A readable name for an audit action or entity; an unknown code is shown as it is. */
export function auditLabel(t: (key: MessageKey) => string, kind: 'auditAction' | 'auditEntity', code: string): string {
  const key = `${kind}.${code}`;
  return known(key) ? t(key) : code;
}
