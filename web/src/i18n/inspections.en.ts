import type { inspectionsVi } from './inspections.vi.js';

/** Inspections of administrative reform work: the year's plans (English). */
export const inspectionsEn: Record<keyof typeof inspectionsVi, string> = {
  'nav.inspections': 'Inspections',
  'insp.title': 'Administrative reform inspections',
  'insp.intro':
    "The year's inspection plan per level: units inspected, schedule, team; results and remediation items are in the inspections register.",
  'insp.register': 'Inspections register (minutes, conclusions, remediation)',
  'insp.build': 'Build an inspection plan',
  'insp.buildIntro':
    'Pick a level and a share and press "Propose": cchc proposes units not inspected in the last two years first, then the lowest assessment score. Adjust, give each unit its date, then save.',
  'insp.year': 'Year',
  'insp.empty': 'No inspection plan for this year yet.',
  'insp.cancelled': 'Cancelled: {reason}',
  'insp.summary':
    '{level}: {chosen}/{total} units to inspect (target {percent}% = {needed} units); {inspected} inspected.',
  'insp.inspector': 'Inspected by {name} (its own communes)',
  'insp.team': 'Inspection team',
  'insp.teamHint': 'One member per line: Name – Unit – Role',
  'insp.unit': 'Unit inspected',
  'insp.scheduledOn': 'Scheduled date',
  'insp.inspection': 'Inspected',
  'insp.notYet': 'Not yet',
  'insp.items': 'Remediation items',
  'insp.itemCounts': '{open} in progress · {reported} awaiting review · {done} done',
  'insp.level': 'Level',
  'insp.percent': 'Share to inspect (%)',
  'insp.propose': 'Propose',
  'insp.proposal': 'Units proposed for inspection',
  'insp.proposalSummary': '{total} units at this level; {needed} needed; {chosen} chosen.',
  'insp.planTitle': 'Plan title',
  'insp.save': 'Save the plan',
  'insp.adjust': 'Adjust',
  'insp.adjustTitle': 'Adjust: {title}',
  'insp.cancel': 'Cancel the plan',
  'insp.cancelBody':
    'Cancel “{title}”? The plan is not deleted: it is kept with the reason, and a new plan may be made for this level.',
};
