/** What the register figures are computed from: the units' live entries and the follow-ups they owe. */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { registerEntries, registerFollowUps } from '../../schema/index.js';
import type { FigureEntry, FigureFollowUp } from '../../../domain/registers/kit.js';

export async function registerFigureRows(
  db: DbOrTx,
  registers: string[],
  unitIds: string[],
): Promise<{ entries: (FigureEntry & { register: string })[]; followUps: (FigureFollowUp & { register: string })[] }> {
  if (!registers.length || !unitIds.length) return { entries: [], followUps: [] };
  const entries = await db
    .select({ register: registerEntries.register, unitId: registerEntries.unitId, fields: registerEntries.fields })
    .from(registerEntries)
    .where(
      and(
        inArray(registerEntries.register, registers),
        inArray(registerEntries.unitId, unitIds),
        isNull(registerEntries.cancelledAt),
      ),
    );
  const followUps = await db
    .select({
      register: registerEntries.register,
      unitId: registerFollowUps.unitId,
      dueOn: registerFollowUps.dueOn,
      status: registerFollowUps.status,
      closedOn: registerFollowUps.closedOn,
      reportedOn: registerFollowUps.reportedOn,
    })
    .from(registerFollowUps)
    .innerJoin(registerEntries, eq(registerEntries.id, registerFollowUps.entryId))
    .where(
      and(
        inArray(registerEntries.register, registers),
        inArray(registerFollowUps.unitId, unitIds),
        isNull(registerEntries.cancelledAt),
      ),
    );
  return { entries, followUps };
}
