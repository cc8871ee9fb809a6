import type { RemindResult } from '../../../src/contracts/reporting.js';
import { formatNumberVi } from '../i18n/format.js';
import type { MessageKey } from '../i18n/vi.js';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const SHOWN_NAMES = 8;

/** "A, B, C … và 25 đơn vị khác": the first names, then how many more. */
function nameList(t: Translate, unitsNamed: RemindResult['withoutAccount']): string {
  const names = unitsNamed
    .slice(0, SHOWN_NAMES)
    .map((u) => u.name)
    .join(', ');
  const more = unitsNamed.length - SHOWN_NAMES;
  return more > 0 ? `${names} ${t('board.remindMore', { count: formatNumberVi(more) })}` : names;
}

/** What the coordinator is told after a reminder: who was reached, and by name who could not be. */
export function reminderMessage(t: Translate, result: RemindResult): { lines: string[]; complete: boolean } {
  if (result.units === 0) return { lines: [t('board.remindedNone')], complete: true };
  const lines = [
    t('board.reminded', {
      reminded: formatNumberVi(result.reminded),
      units: formatNumberVi(result.units),
      recipients: formatNumberVi(result.recipients),
      emails: formatNumberVi(result.emails),
    }),
  ];
  if (result.withoutAccount.length)
    lines.push(
      t('board.remindNoAccount', {
        count: formatNumberVi(result.withoutAccount.length),
        names: nameList(t, result.withoutAccount),
      }),
    );
  if (result.withoutEmail.length)
    lines.push(
      t('board.remindNoEmail', {
        count: formatNumberVi(result.withoutEmail.length),
        names: nameList(t, result.withoutEmail),
      }),
    );
  return { lines, complete: !result.withoutAccount.length && !result.withoutEmail.length };
}
