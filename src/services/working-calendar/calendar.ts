/**
 * The working calendar of the years shipped in seed/holidays/vn-<year>.json (Tết, 30/4–1/5, 2/9 …, and the
 * Saturdays worked in exchange), read once per process. A year without a file counts weekends only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  holidayYearSchema,
  workingCalendar,
  type HolidayYear,
  type WorkingCalendar,
} from '../../../domain/citizen-feedback/working-days.js';

const HOLIDAYS = fileURLToPath(new URL('../../../../seed/holidays/', import.meta.url));

let cached: { years: HolidayYear[]; calendar: WorkingCalendar } | null = null;

function load() {
  if (!cached) {
    const years = readdirSync(HOLIDAYS)
      .filter((name) => /^vn-\d{4}\.json$/.test(name))
      .sort()
      .map((name) => {
        const parsed = holidayYearSchema.safeParse(JSON.parse(readFileSync(HOLIDAYS + name, 'utf8')));
        if (!parsed.success) throw new Error(`seed/holidays/${name}: ${parsed.error.message}`);
        return parsed.data;
      });
    cached = { years, calendar: workingCalendar(years) };
  }
  return cached;
}

export const theWorkingCalendar = (): WorkingCalendar => load().calendar;
export const holidayYears = (): readonly HolidayYear[] => load().years;
