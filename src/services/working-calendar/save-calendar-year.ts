import { eq } from 'drizzle-orm';
import { saveCalendarYearRequest, type CalendarYearView } from '../../contracts/working-calendar.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { lockSavedCalendarYear } from '../../db/queries/working-calendar/calendar-years.js';
import { workingCalendarYears } from '../../db/schema/index.js';
import { calendarYearProblem } from '../../domain/citizen-feedback/working-days.js';
import { staleVersion } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { checkedRequest, refused } from '../registers/steps/entry-access.js';
import { calendarYearView } from './get-calendar-year.js';

const byDate = <T extends { date: string }>(days: T[]) => [...days].sort((a, b) => a.date.localeCompare(b.date));

/**
 * The office replaces a year's working calendar (the government's notice of Tết's bridges, a day moved). Due
 * dates already counted stay as they were: an item's legal time is fixed the day it is received.
 */
export async function saveCalendarYear(ctx: ServiceContext, year: number, request: unknown): Promise<CalendarYearView> {
  const actor = await authorize(ctx, 'calendar.manage');
  const input = checkedRequest(saveCalendarYearRequest, request);
  const problem = calendarYearProblem(year, input);
  if (problem) throw refused(problem.label, problem.message, problem.path);
  const saved = {
    source: input.source || null,
    holidays: byDate(input.holidays),
    workdays: byDate(input.workdays),
  };
  await ctx.db.transaction(async (tx) => {
    // Locked first, so the audit's "before" is the version this save replaces, not one a parallel save just changed.
    const current = await lockSavedCalendarYear(tx, year);
    if ((current?.version ?? 0) !== input.version) throw staleVersion(`Lịch làm việc năm ${year}`);
    const before = await calendarYearView(tx, year);
    const values = { ...saved, version: input.version + 1, updatedBy: actor.userId, updatedAt: ctx.now() };
    if (current) await tx.update(workingCalendarYears).set(values).where(eq(workingCalendarYears.year, year));
    else {
      // The year's first save: a second first save at the same moment finds the row taken and is told to reload.
      const inserted = await tx
        .insert(workingCalendarYears)
        .values({ year, ...values })
        .onConflictDoNothing()
        .returning({ year: workingCalendarYears.year });
      if (!inserted.length) throw staleVersion(`Lịch làm việc năm ${year}`);
    }
    await recordAudit(tx, actor, {
      action: 'workingCalendar.save',
      entityId: String(year),
      before:
        before.origin === 'none'
          ? null
          : { source: before.source, holidays: before.holidays, workdays: before.workdays, version: before.version },
      after: { ...saved, version: input.version + 1 },
    });
  });
  return calendarYearView(ctx.db, year);
}
