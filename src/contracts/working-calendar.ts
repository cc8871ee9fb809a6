import { z } from 'zod';
import { isoDate } from './common.js';

/** A day of the working calendar: a weekday off (Tết, 30/4 …) or a weekend day worked in exchange. */
export const calendarDay = z.object({
  date: isoDate.meta({ label: 'Ngày' }),
  name: z
    .string({ error: 'Hãy ghi tên ngày.' })
    .trim()
    .min(1, 'Hãy ghi tên ngày.')
    .max(200, 'Tên ngày dài quá: tối đa 200 ký tự.')
    .meta({ label: 'Tên ngày' }),
});

export const calendarYearParams = z.object({
  year: z.coerce.number().int().min(2000).max(2100).meta({ label: 'Năm' }),
});

/**
 * A year's working calendar, replaced whole. `version` is the one read (0 for a year the office has never
 * saved: a shipped file or weekends only), so two people saving at once cannot overwrite each other.
 */
export const saveCalendarYearRequest = z.object({
  source: z.string().trim().max(500, 'Căn cứ dài quá: tối đa 500 ký tự.').nullish().meta({ label: 'Căn cứ' }),
  holidays: z.array(calendarDay).max(60, 'Nhiều quá: tối đa 60 ngày nghỉ.').meta({ label: 'Ngày nghỉ lễ, Tết' }),
  workdays: z.array(calendarDay).max(20, 'Nhiều quá: tối đa 20 ngày làm bù.').meta({ label: 'Ngày làm bù' }),
  version: z.number().int().min(0).meta({ label: 'Phiên bản' }),
});
export type SaveCalendarYearRequest = z.infer<typeof saveCalendarYearRequest>;

/**
 * Where a year's calendar comes from: the office's saved version, the file cchc ships for the year, or none
 * (weekends only: a due date counted then skips no holiday).
 */
export const calendarOrigin = z.enum(['office', 'shipped', 'none']);

export const calendarYearView = z.object({
  year: z.number().int(),
  origin: calendarOrigin,
  source: z.string().nullable(),
  holidays: z.array(calendarDay),
  workdays: z.array(calendarDay),
  /** 0 until the office saves the year. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type CalendarYearView = z.infer<typeof calendarYearView>;
