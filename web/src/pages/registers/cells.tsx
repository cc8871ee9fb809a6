import type { FieldSpec } from '../../../../src/domain/registers/kit.js';
import { choiceLabel } from '../../../../src/domain/registers/kit.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';

/** A field's value as a list or a detail shows it: dates dd/mm/yyyy, numbers Vietnamese-style, choices by label. */
export function fieldText(spec: FieldSpec | undefined, value: unknown, none = '—'): string {
  if (value === undefined || value === null || value === '' || !spec) return none;
  switch (spec.kind) {
    case 'date':
      return formatDateVi(value as string);
    case 'number':
      return formatNumberVi(value as number);
    case 'choice':
      return choiceLabel(spec, value);
    case 'file':
      return '✓';
    default:
      return String(value);
  }
}
