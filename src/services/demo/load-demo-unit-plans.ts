import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { plans, unitPlans } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { activeUnitPlans, deadlinesInForce, dutyUnits } from '../../db/queries/unit-plans/unit-plan-duties.js';
import { addDays } from '../../domain/calendar.js';
import { demoPlanName } from '../../domain/demo/demo-timeline.js';
import { localDateOf } from '../../domain/text/format.js';

/** Units the demo leaves without a plan, so their reporters see the duty to record one. */
const DEMO_MISSING = new Set(['QT.STP', 'QT.X.CAMLO']);

/**
 * The units' own plans under the demo's plan (deadlines read from its "ban hành kế hoạch CCHC" activity): most
 * issued on time, every fifth late, every seventh and the demo reporters' units missing. Only what is dated
 * by today goes in; written once (a unit with a record is left alone).
 */
export async function loadDemoUnitPlans(db: Database, now: Date, year: number): Promise<void> {
  const [plan] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(eq(plans.name, demoPlanName(year)));
  if (!plan) return;
  const today = localDateOf(now);
  const owing = await dutyUnits(db, await deadlinesInForce(db, plan.id));
  const recorded = new Set((await activeUnitPlans(db, [plan.id])).map((r) => r.unitId));
  await db.transaction(async (tx) => {
    for (const [i, unit] of owing.entries()) {
      if (recorded.has(unit.unitId) || DEMO_MISSING.has(unit.code) || i % 7 === 3) continue;
      const issuedOn = i % 5 === 1 ? addDays(unit.dueOn, 4 + (i % 9)) : addDays(unit.dueOn, -(i % 12));
      if (issuedOn > today) continue;
      const documentNumber = `${12 + i}/KH-${unit.level === 'commune' ? 'UBND' : unit.code.split('.').pop()}`;
      const [row] = await tx
        .insert(unitPlans)
        .values({ planId: plan.id, unitId: unit.unitId, documentNumber, issuedOn, recordedAt: now })
        .returning({ id: unitPlans.id });
      await recordAudit(tx, null, {
        action: 'unitPlan.record',
        entityId: row!.id,
        after: { planId: plan.id, unitId: unit.unitId, documentNumber, issuedOn, fileName: null },
      });
    }
  });
}
