import type { confirmVi } from './confirm.vi.js';

/** The questions asked before an irreversible or wide action, with its figures (English). */
export const confirmEn: Record<keyof typeof confirmVi, string> = {
  'confirm.andMore': '… and {count} more',
  'confirm.noUndo': 'The round cannot go back to an earlier stage.',
  'confirm.advance.title': '{action}?',
  'confirm.advance.move': 'Round "{round}" will move from stage "{from}" to "{to}".',
  'confirm.advance.submitted': 'Self-assessments submitted: {submitted}/{units} units.',
  'confirm.advance.notSubmitted': 'Not submitted ({count} units) — they will no longer be able to self-assess:',
  'confirm.advance.selfDaysLeft': 'The self-assessment window still has {days} days (until the end of {date}).',
  'confirm.advance.selfLastDay': 'Today is the last day of the self-assessment window ({date}).',
  'confirm.advance.open': 'Self-assessment opens for {units} units ({window}).',
  'confirm.advance.explanation': 'Units see the appraisal results and explain{until}.',
  'confirm.advance.explanationUntil': ' until the end of {date}',
  'confirm.advance.explanationDaysLeft':
    'The explanation window still has {days} days (until the end of {date}); units will no longer be able to explain.',
  'confirm.advance.approved': 'The results of {units} units are approved by the council and can no longer be changed.',
  'confirm.advance.published':
    'The results and ranking of {units} units will be published to every user, units included.',
  'confirm.remind.title': 'Remind the units that have not reported?',
  'confirm.remind.what':
    'The reporters of {count} units that have not submitted "{period}" get an in-app notice and an e-mail (where they have an address). Due: {due}.',
  'confirm.remind.names': 'Units to be reminded ({count}):',
  'confirm.remind.go': 'Send the reminder',
  'confirm.lock.owing': '{count} units have not submitted this period yet; they will no longer be able to.',
  'confirm.submitReport.title': 'Submit the report?',
  'confirm.submitReport.what':
    'The "{period}" report of {unit} goes to the Department of Home Affairs for review; the unit can no longer edit it unless it is returned.',
  'confirm.submitReport.figures':
    'The report has {items} tasks ({finished} finished, {notStarted} not started) and figures for {values}/{indicators} indicators.',
  'confirm.acceptReport.title': 'Accept the report?',
  'confirm.acceptReport.what':
    'The "{period}" report of {unit} will be accepted: its figures are used in the consolidated report. Changing it again needs a reopening, with a reason.',
  'confirm.selfSubmit.title': 'Submit the self-assessment?',
  'confirm.selfSubmit.what':
    'The self-assessment of {unit} goes to the appraisal council; the unit can no longer change it.',
  'confirm.selfSubmit.figures': 'Self-scored {answered}/{total} criteria; self-assessed total {points}.',
  'confirm.selfSubmit.unanswered': 'Not self-scored ({count} criteria):',
  'confirm.acceptRest.title': 'Accept the remaining criteria?',
  'confirm.acceptRest.what':
    'The self-scores of {count} criteria of your areas not yet appraised become the appraised scores of {unit}.',
  'confirm.zero.title': 'Score the criteria the unit left blank 0?',
  'confirm.zero.what': '{count} criteria {unit} did not self-score will be appraised at 0 points.',
  'confirm.zero.names': 'The criteria:',
  'confirm.importUnits.title': 'Apply the unit directory file?',
  'confirm.importUnits.what':
    'The units in "{file}" will be added or updated in the directory; every change is logged.',
  'confirm.importUnits.counts':
    'As checked: {created} added, {updated} updated, {unchanged} unchanged units; {successions} succession links.',
  'confirm.importUnits.go': 'Apply',
};
