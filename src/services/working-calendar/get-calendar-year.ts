import type { CalendarYearView } from '../../contracts/working-calendar.js';
import type { DbOrTx } from '../../db/client.js';
import { savedCalendarYear } from '../../db/queries/working-calendar/calendar-years.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { shippedCalendarYears } from './calendar.js';

/** A year's working calendar in force, and where it comes from (the office's version, the shipped file, none). */
export async function getCalendarYear(ctx: ServiceContext, year: number): Promise<CalendarYearView> {
  await authorize(ctx, 'calendar.read');
  return calendarYearView(ctx.db, year);
}

export async function calendarYearView(db: DbOrTx, year: number): Promise<CalendarYearView> {
  const saved = await savedCalendarYear(db, year);
  if (saved)
    return {
      year,
      origin: 'office',
      source: saved.year.source,
      holidays: saved.year.holidays,
      workdays: saved.year.workdays,
      version: saved.year.version,
      updatedAt: saved.year.updatedAt.toISOString(),
      updatedByName: saved.updatedByName,
    };
  const shipped = shippedCalendarYears().find((y) => y.year === year);
  return {
    year,
    origin: shipped ? 'shipped' : 'none',
    source: shipped?.source ?? null,
    holidays: shipped?.holidays ?? [],
    workdays: shipped?.workdays ?? [],
    version: 0,
    updatedAt: null,
    updatedByName: null,
  };
}
