import type { workingCalendarVi } from './working-calendar.vi.js';

/** The working calendar page: holidays and days worked in exchange (English). */
export const workingCalendarEn: Record<keyof typeof workingCalendarVi, string> = {
  'wc.title': 'Working calendar',
  'wc.link': 'Working calendar (public holidays)',
  'wc.intro':
    'Public holidays and the weekend days worked in exchange, used to count time limits in working days (citizen feedback: 15 working days). A change does not move the due date of feedback already received.',
  'wc.year': 'Year',
  'wc.origin.office': 'Updated by the Department of Home Affairs on {date}, by {name}.',
  'wc.origin.shipped': 'As shipped with cchc.',
  'wc.origin.none': 'No calendar for {year} yet: due dates skip Saturdays and Sundays only. Enter the public holidays.',
  'wc.source': 'Source',
  'wc.holidays': 'Public holidays',
  'wc.holidaysHint': 'A holiday falling on a weekend is given on the next weekday: enter that day.',
  'wc.workdays': 'Days worked in exchange',
  'wc.workdaysHint': 'A Saturday or Sunday worked to bridge a day off.',
  'wc.date': 'Date',
  'wc.weekday': 'Day',
  'wc.name': 'Name',
  'wc.none': 'No days.',
  'wc.addHoliday': 'Add a holiday',
  'wc.addWorkday': 'Add a day worked',
  'wc.remove': 'Remove row {n}',
  'wc.removeShort': 'Remove',
  'wc.save': 'Save the working calendar',
  'wc.confirmTitle': 'Save the working calendar of {year}?',
  'wc.confirmCounts': '{year} will have {holidays} public holidays and {workdays} days worked in exchange.',
  'wc.confirmDue':
    'Feedback received from now on is due by the new calendar; feedback already received keeps its due date.',
  'wc.saved': 'The working calendar of {year} is saved.',
  'wc.sunday': 'Sunday',
  'wc.weekdayN': 'Day {n}',
};
