import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';

/** A day of the working calendar: its date (yyyy-mm-dd) and what it is ("Tết Nguyên đán (mùng 1)"). */
export type CalendarDay = { date: string; name: string };

/**
 * A year's working calendar as the office set it: the weekdays off and the weekend days worked in exchange.
 * A year without a row is the file cchc ships (seed/holidays/vn-<year>.json), or weekends only; the office
 * corrects a shipped year or enters one cchc has no file for (the government announces Tết's bridges late).
 * One row per year, replaced whole on each save (the audit keeps what it was).
 */
export const workingCalendarYears = pgTable('working_calendar_years', {
  year: integer('year').primaryKey(),
  source: text('source'),
  holidays: jsonb('holidays').$type<CalendarDay[]>().notNull(),
  workdays: jsonb('workdays').$type<CalendarDay[]>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
