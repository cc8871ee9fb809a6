/**
 * The working calendar legal answer times are counted in, year by year: the office's saved version of a year
 * (working_calendar_years), else the file cchc ships for it (seed/holidays/vn-<year>.json: Tết, 30/4–1/5, 2/9 …,
 * and the Saturdays worked in exchange), else weekends only. The files are read once per process; the saved
 * years on every call, so a save on one server counts on every other at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DbOrTx } from '../../db/client.js';
import { savedCalendarYears } from '../../db/queries/working-calendar/calendar-years.js';
import {
  holidayYearSchema,
  workingCalendar,
  type HolidayYear,
  type WorkingCalendar,
} from '../../domain/citizen-feedback/working-days.js';

const HOLIDAYS = fileURLToPath(new URL('../../../seed/holidays/', import.meta.url));

let shipped: HolidayYear[] | null = null;

/** The years cchc ships a file for. */
export function shippedCalendarYears(): readonly HolidayYear[] {
  shipped ??= readdirSync(HOLIDAYS)
    .filter((name) => /^vn-\d{4}\.json$/.test(name))
    .sort()
    .map((name) => {
      const parsed = holidayYearSchema.safeParse(JSON.parse(readFileSync(HOLIDAYS + name, 'utf8')));
      if (!parsed.success) throw new Error(`seed/holidays/${name}: ${parsed.error.message}`);
      return parsed.data;
    });
  return shipped;
}

/** Every year's calendar in force: the office's saved years over the shipped ones. */
export async function calendarYearsInForce(db: DbOrTx): Promise<HolidayYear[]> {
  const years = new Map(shippedCalendarYears().map((y) => [y.year, y]));
  for (const row of await savedCalendarYears(db))
    years.set(row.year, {
      year: row.year,
      source: row.source ?? undefined,
      holidays: row.holidays,
      workdays: row.workdays,
    });
  return [...years.values()].sort((a, b) => a.year - b.year);
}

export const workingCalendarOf = async (db: DbOrTx): Promise<WorkingCalendar> =>
  workingCalendar(await calendarYearsInForce(db));
