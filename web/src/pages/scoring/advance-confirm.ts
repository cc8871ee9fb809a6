import { ROUND_STAGE_LABELS, type RoundStage } from '../../../../src/contracts/scoring.js';
import { daysBetween } from '../../../../src/domain/calendar.js';
import type { z } from 'zod';
import type { roundDetail } from '../../../../src/contracts/scoring.js';
import type { ConfirmRequest } from '../../components/confirm-request.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';
import type { MessageKey } from '../../i18n/vi.js';
import type { TranslateParams } from '../../i18n/translate.js';
import { formatWindow } from './scoring-format.js';

type RoundDetail = z.infer<typeof roundDetail>;
type T = (key: MessageKey, params?: TranslateParams) => string;

/**
 * What moving a round to its next stage will do, with the round's own figures: who has not submitted,
 * how many days of the window are left. Pure, so it is tested without a browser.
 */
export function advanceConfirmation(round: RoundDetail, next: RoundStage, today: string, t: T): ConfirmRequest {
  const action = t(`scoring.advance.${next}` as MessageKey);
  const units = formatNumberVi(round.units);
  const lines = [
    t('confirm.advance.move', {
      round: round.name,
      from: ROUND_STAGE_LABELS[round.status],
      to: ROUND_STAGE_LABELS[next],
    }),
  ];
  let names: ConfirmRequest['names'];
  const daysLeft = (to: string | null) => (to ? daysBetween(today, to) : -1);
  switch (next) {
    case 'self_assessment':
      lines.push(
        t('confirm.advance.open', { units, window: formatWindow(round.selfAssessmentFrom, round.selfAssessmentTo) }),
      );
      break;
    case 'appraisal': {
      lines.push(t('confirm.advance.submitted', { submitted: formatNumberVi(round.submitted), units }));
      const left = daysLeft(round.selfAssessmentTo);
      if (left > 0)
        lines.push(
          t('confirm.advance.selfDaysLeft', { days: formatNumberVi(left), date: formatDateVi(round.selfAssessmentTo) }),
        );
      else if (left === 0) lines.push(t('confirm.advance.selfLastDay', { date: formatDateVi(round.selfAssessmentTo) }));
      const missing = round.roundUnits.filter((u) => !u.submittedAt).map((u) => u.name);
      if (missing.length)
        names = { label: t('confirm.advance.notSubmitted', { count: formatNumberVi(missing.length) }), items: missing };
      break;
    }
    case 'explanation':
      lines.push(
        t('confirm.advance.explanation', {
          until: round.explanationTo
            ? t('confirm.advance.explanationUntil', { date: formatDateVi(round.explanationTo) })
            : '',
        }),
      );
      break;
    case 'final_appraisal': {
      const left = daysLeft(round.explanationTo);
      if (left > 0 && round.explanationTo)
        lines.push(
          t('confirm.advance.explanationDaysLeft', {
            days: formatNumberVi(left),
            date: formatDateVi(round.explanationTo),
          }),
        );
      break;
    }
    case 'approved':
      lines.push(t('confirm.advance.approved', { units }));
      break;
    case 'published':
      lines.push(t('confirm.advance.published', { units }));
      break;
  }
  lines.push(t('confirm.noUndo'));
  return {
    title: t('confirm.advance.title', { action }),
    lines,
    names,
    confirmLabel: action,
    color: next === 'published' || next === 'appraisal' ? 'red' : undefined,
  };
}
