import type { z } from 'zod';
import type { reportingCalendarChange } from '../../../src/contracts/reporting.js';
import { formatDateVi } from '../i18n/format.js';
import type { TranslateParams } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/vi.js';

/** What the change will do, in sentences, for the confirmation. */
export function calendarChangeLines(
  change: z.infer<typeof reportingCalendarChange>,
  t: (key: MessageKey, params?: TranslateParams) => string,
): string[] {
  const labels = (list: { label: string }[]) => list.map((p) => p.label).join(', ');
  const lines: string[] = [];
  if (change.added.length)
    lines.push(t('calendar.added', { count: change.added.length, labels: labels(change.added) }));
  for (const c of change.changed)
    lines.push(
      t('calendar.changed', {
        label: c.label,
        before: c.previousDueOn ? formatDateVi(c.previousDueOn) : '',
        after: formatDateVi(c.dueOn),
      }),
    );
  if (change.removed.length)
    lines.push(t('calendar.removed', { count: change.removed.length, labels: labels(change.removed) }));
  for (const k of change.kept)
    lines.push(
      t(k.reason === 'closed' ? 'calendar.keptClosed' : 'calendar.keptInUse', {
        label: k.label,
        due: formatDateVi(k.dueOn),
      }),
    );
  return lines;
}
