import type { YearsKey } from './years.vi.js';

/** English for years.vi.ts: a missing or extra key is a type error. */
export const yearsEn: Record<YearsKey, string> = {
  'nextYear.button': "Make next year's plan",
  'nextYear.title': 'Make the {year} plan from this plan',
  'nextYear.body':
    'The new plan keeps the structure (areas, columns, {indicators} targets and their linked figures) and carries over {activities} unfinished activities ({assignments} unit assignments). Each carried assignment says "carried from the {from} plan" and links to the old one, which keeps its evidence and history.',
  'nextYear.deadlines':
    '{count} activities have a deadline from a year before {from}: it cannot be moved, the coordinator must set it.',
  'nextYear.after':
    'Once it is made, upload the official {year} plan document as a new version to see what the document adds, changes or removes compared with the carried plan.',
  'nextYear.programme': 'The new plan belongs to the programme "{name}".',
  'nextYear.exists': 'The {year} plan has already been made from this plan: {name}.',
  'nextYear.open': 'Open the {year} plan',
  'nextYear.name': 'Name of the new plan',
  'nextYear.submit': 'Make the {year} plan',
  'nextYear.created': 'Made "{name}" with {activities} carried activities.',
  'nextYear.carriedFrom': 'This plan was made from',
  'nextYear.carriedOver': 'Its unfinished activities were carried over, each assignment linking to the old one.',
  'nextYear.uploadHint':
    'When the official {year} plan document is out, upload it as a new version: the review shows what it adds, changes or removes compared with this plan.',
  'nextYear.uploadDocument': 'Upload the {year} plan document',
  'nextYear.sourcePlan': 'the {year} plan',

  'assignment.carriedFrom': 'Carried from',
  'assignment.carriedFromPlan': 'Carried from the {year} plan — see the old assignment (evidence, history)',
  'assignment.carriedFromSame': 'Continues an earlier assignment (evidence, history)',

  'programmes.title': 'Multi-year programmes',
  'programmes.intro': 'A programme (e.g. 2026–2030) groups yearly plans so that results can be compared across years.',
  'programmes.none': 'No programme yet.',
  'programmes.create': 'Add a programme',
  'programmes.edit': 'Edit programme {name}',
  'programmes.name': 'Programme name',
  'programmes.startYear': 'First year',
  'programmes.endYear': 'Last year',
  'programmes.years': 'Years',
  'programmes.plans': 'Yearly plans',
  'programmes.noPlans': 'No plan yet',
  'programmes.saved': 'Programme "{name}" saved.',
  'programmes.field': 'Programme',
  'programmes.noProgramme': 'No programme',
  'programmes.assigned': "The plan's programme was updated.",

  'comparison.title': "Across the programme's years",
  'comparison.hint':
    'Lead assignments completed, and completed on time, over those due in each year (sum of numerators over sum of denominators). A year with nothing due has no figure.',
  'comparison.programme': 'Programme',
  'comparison.by': 'Compare by',
  'comparison.byArea': 'Area',
  'comparison.byUnit': 'Unit',
  'comparison.row': 'Shown in the chart',
  'comparison.completion': 'Completion rate',
  'comparison.onTime': 'On-time rate',
  'comparison.noData': 'no data',
  'comparison.year': 'Year {year}',
  'comparison.counts': '{count}/{of}',
  'comparison.total': 'Whole programme',
  'comparison.empty': 'Nothing to compare yet.',
  'comparison.yearsWithoutPlan': 'Years of the programme without a plan (no data): {years}.',
  'comparison.rowHeader': 'Area / unit',
};
