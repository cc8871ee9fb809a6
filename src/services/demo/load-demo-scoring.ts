/**
 * The demo's scoring: the shipped criteria sets, and two rounds of the demo's year (the year of `now`, as
 * the demo plan's, to which the sets written for the plan's year move) open for self-assessment from today (departments, communes) over the units valid at the
 * end of that year, with the demo appraiser chairing a council that covers every area. Idempotent: sets are
 * matched by content, rounds by name.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { and, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import { parseCriteriaSet } from '../../contracts/criteria.js';
import { demoProvinceId } from './demo-province.js';
import type { Database } from '../../db/client.js';
import {
  criteriaSets,
  scoringCouncilMembers,
  scoringRoundUnits,
  scoringRounds,
  units,
  users,
} from '../../db/schema/index.js';
import { localDateOf } from '../../domain/text/format.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { DEMO_SOURCE_YEAR, demoYear } from '../../domain/demo/demo-timeline.js';
import { JOINT_SET_CODE, jointRoundName, loadDemoJointRound } from './load-demo-joint-round.js';
import { storeCriteriaSet } from '../../db/queries/scoring/store-criteria-set.js';

const CRITERIA_DIR = fileURLToPath(new URL('../../../seed/criteria/', import.meta.url));
const demoRounds = (year: number) => [
  { name: `Chỉ số CCHC các sở, ban, ngành năm ${year}`, setCode: 'CCHC-SO-2025', kinds: ['department'] as const },
  { name: `Chỉ số CCHC UBND cấp xã năm ${year}`, setCode: 'CCHC-XA-2025', kinds: ['commune'] as const },
];

const plusDays = (date: Date, days: number) => localDateOf(new Date(date.getTime() + days * 86_400_000));

export async function loadDemoScoring(db: Database, now = new Date()): Promise<{ sets: number; rounds: string[] }> {
  const files = (await readdir(CRITERIA_DIR)).filter((f) => f.endsWith('.json')).sort();
  const created: string[] = [];
  await db.transaction(async (tx) => {
    const setIds = new Map<string, string>();
    for (const file of files) {
      const shipped = parseCriteriaSet(JSON.parse(await readFile(`${CRITERIA_DIR}${file}`, 'utf8')));
      // The shipped sets of the demo plan's year score the demo's year, as the plan moves to it: the
      // figures that fill a round's criteria are the set year's. The province's own set does too, as its joint
      // round is the demo year's self-assessment and prefills from that year's figures.
      const moves = shipped.year === DEMO_SOURCE_YEAR || shipped.code === JOINT_SET_CODE;
      const set = moves ? { ...shipped, year: demoYear(now) } : shipped;
      setIds.set(set.code, (await storeCriteriaSet(tx, null, set, null, now)).id);
    }
    const [appraiser] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'appraiser'), isNull(users.archivedAt)))
      .limit(1);
    const year = demoYear(now);
    // The demo province's rounds, of its units only (the demo may hold a second province).
    const provinceId = await demoProvinceId(tx);
    if (!provinceId) return;
    for (const demo of demoRounds(year)) {
      const setId = setIds.get(demo.setCode);
      const [existing] = await tx
        .select({ id: scoringRounds.id })
        .from(scoringRounds)
        .where(eq(scoringRounds.name, demo.name));
      if (!setId || existing) continue;
      const scored = await tx
        .select({ id: units.id, kind: units.kind })
        .from(units)
        .where(
          and(
            inArray(units.kind, [...demo.kinds]),
            eq(units.provinceId, provinceId),
            isNull(units.archivedAt),
            or(isNull(units.validTo), gte(units.validTo, `${year}-12-31`)),
          ),
        );
      if (!scored.length) continue;
      const [round] = await tx
        .insert(scoringRounds)
        .values({
          criteriaSetId: setId,
          provinceId,
          name: demo.name,
          status: 'self_assessment',
          selfAssessmentFrom: localDateOf(now),
          selfAssessmentTo: plusDays(now, 30),
          appraisalFrom: plusDays(now, 31),
          appraisalTo: plusDays(now, 60),
          explanationTo: plusDays(now, 75),
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await tx
        .insert(scoringRoundUnits)
        .values(scored.map((u) => ({ roundId: round!.id, unitId: u.id, rankGroup: u.kind })));
      const [setRow] = await tx
        .select({ content: criteriaSets.content })
        .from(criteriaSets)
        .where(eq(criteriaSets.id, setId));
      const set = setRow!.content;
      if (appraiser)
        await tx
          .insert(scoringCouncilMembers)
          .values({ roundId: round!.id, userId: appraiser.id, areas: set.nodes.map((n) => n.code), chair: true });
      await recordAudit(tx, null, {
        action: 'scoringRound.create',
        entityId: round!.id,
        after: { ...round!, unitIds: scored.map((u) => u.id) },
        reason: 'Dữ liệu mẫu',
      });
      created.push(demo.name);
    }
    const joint = await loadDemoJointRound(tx, setIds, year, now);
    if (joint) created.push(jointRoundName(year));
  });
  return { sets: files.length, rounds: created };
}
