import type { MessageKey } from '../i18n/vi.js';

/** The warnings a reviewer must look at before committing: the filter always offers them, even at zero. */
export const KEY_WARNING_CODES = ['unresolved_unit', 'unknown_deadline', 'ambiguous_number', 'low_confidence'] as const;

const LABELS: Record<string, MessageKey> = {
  unresolved_unit: 'planWarning.unresolved_unit',
  low_confidence: 'planWarning.low_confidence',
  successor_used: 'planWarning.successor_used',
  unknown_deadline: 'planWarning.unknown_deadline',
  ambiguous_number: 'planWarning.ambiguous_number',
  unknown_budget: 'planWarning.unknown_budget',
  missing_lead: 'planWarning.missing_lead',
  missing_activity: 'planWarning.missing_activity',
  activities_split: 'planWarning.activities_split',
  footnote: 'planWarning.footnote',
  extra_column: 'planWarning.extra_column',
  no_area: 'planWarning.no_area',
  row_joined: 'planWarning.row_joined',
  row_realigned: 'planWarning.row_realigned',
  table_doubtful: 'planWarning.table_doubtful',
  missing_number: 'planWarning.missing_number',
  missing_date: 'planWarning.missing_date',
  missing_title: 'planWarning.missing_title',
  missing_issuer: 'planWarning.missing_issuer',
  guessed_year: 'planWarning.guessed_year',
  no_appendix: 'planWarning.no_appendix',
  other: 'planWarning.other',
};

/** The label key of a warning code; a code this browser does not know yet reads as "other". */
export const warningLabelKey = (code: string): MessageKey => LABELS[code] ?? 'planWarning.other';

const MUST_FIX = new Set(['unresolved_unit', 'missing_lead', 'unknown_deadline', 'missing_activity']);
const CHECK = new Set([
  'low_confidence',
  'ambiguous_number',
  'unknown_budget',
  'no_area',
  'extra_column',
  'row_realigned',
  'table_doubtful',
]);

/** Red: the row cannot be assigned as it stands; orange: worth a look; grey: done for the reviewer, shown for the record. */
export function warningColor(code: string): 'red' | 'orange' | 'gray' {
  if (MUST_FIX.has(code)) return 'red';
  if (CHECK.has(code)) return 'orange';
  return 'gray';
}
