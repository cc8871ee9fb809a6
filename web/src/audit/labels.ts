import {
  AUDIT_ENTITIES as ENTITY_LABELS,
  auditActionLabel,
  auditActionsOf,
  auditEntityLabel,
} from '../../../src/contracts/audit-actions.js';
import type { Locale } from '../i18n/translate.js';

/** The entities the server writes audit records for; the filter offers these. */
export const AUDIT_ENTITIES = Object.keys(ENTITY_LABELS);

/** A readable name for an audit action or entity from the server's catalogue; an unknown code is shown as it is. */
export function auditLabel(locale: Locale, kind: 'action' | 'entity', code: string): string {
  return kind === 'action' ? auditActionLabel(code, locale) : auditEntityLabel(code, locale);
}

/** The action filter's choices by their labels, grouped by entity; only the chosen entity's once one is chosen. */
export function auditActionChoices(locale: Locale, entity?: string) {
  return AUDIT_ENTITIES.filter((code) => !entity || code === entity)
    .map((code) => ({
      group: auditEntityLabel(code, locale),
      items: auditActionsOf(code).map((value) => ({ value, label: auditActionLabel(value, locale) })),
    }))
    .filter((group) => group.items.length > 0);
}
