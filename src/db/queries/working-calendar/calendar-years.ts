/** The years of the working calendar the office saved (services/working-calendar/calendar.ts adds the shipped ones). */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { users, workingCalendarYears } from '../../schema/index.js';

export type SavedCalendarYear = typeof workingCalendarYears.$inferSelect;

export const savedCalendarYears = (db: DbOrTx): Promise<SavedCalendarYear[]> =>
  db.select().from(workingCalendarYears).orderBy(workingCalendarYears.year);

/** One saved year with the name of who saved it last, or undefined. */
export async function savedCalendarYear(db: DbOrTx, year: number) {
  const [row] = await db
    .select({ year: workingCalendarYears, updatedByName: users.displayName })
    .from(workingCalendarYears)
    .leftJoin(users, eq(users.id, workingCalendarYears.updatedBy))
    .where(eq(workingCalendarYears.year, year));
  return row;
}

/** The saved year locked for a save (two saves of one year go one after the other). */
export async function lockSavedCalendarYear(tx: DbOrTx, year: number): Promise<SavedCalendarYear | undefined> {
  const [row] = await tx.select().from(workingCalendarYears).where(eq(workingCalendarYears.year, year)).for('update');
  return row;
}
