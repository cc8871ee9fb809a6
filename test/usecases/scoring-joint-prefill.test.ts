/**
 * Prefill in the province's joint round: an agency prefills the criteria assigned to it from the figure catalogue,
 * the same way a unit's own staff do on their sheet, and leaves another agency's criteria untouched.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { criteriaSets, scoringEntries, scoringRounds } from '../../src/db/schema/index.js';
import type { CriteriaNode, CriteriaSet } from '../../src/domain/scoring/types.js';
import type { ServiceContext } from '../../src/services/context.js';
import { jointRoundName } from '../../src/services/demo/load-demo-joint-round.js';
import { loadDemoScoring } from '../../src/services/demo/load-demo-scoring.js';
import { prefillUnit } from '../../src/services/scoring/prefill-unit.js';
import { unitIdOf } from '../support/actors.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

let world: UseCaseWorld;
let stp: ServiceContext;
let outsider: ServiceContext;
let provinceId: string;
let roundId: string;

const entryOf = async (code: string) =>
  (
    await world.database.db
      .select()
      .from(scoringEntries)
      .where(
        and(eq(scoringEntries.roundId, roundId), eq(scoringEntries.unitId, provinceId), eq(scoringEntries.code, code)),
      )
  )[0];

/** Links a scored leaf to the catalogue's on-time rate of dossiers, scored in tiers as the departments' set does. */
function link(nodes: CriteriaNode[], code: string) {
  for (const node of nodes) {
    if (node.code === code) {
      node.linkedFigure = 'dossiers.on_time_rate';
      node.source = 'self';
      node.method = {
        type: 'tiers',
        measure: 'percent',
        tiers: [
          { atLeast: 100, points: 3 },
          { atLeast: 98, points: 2 },
          { atLeast: 0, points: 1 },
        ],
      } as CriteriaNode['method'];
    }
    link(node.children ?? [], code);
  }
}

beforeAll(async () => {
  world = await openUseCaseWorld();
  await loadDemoScoring(world.database.db, world.clock.now);
  stp = await world.actingAs('reporter', 'QT.STP');
  outsider = await world.actingAs('reporter', 'QT.SYT');
  provinceId = await unitIdOf(world.database.db, 'QT');
  const year = new Date(world.clock.now.getTime() + 7 * 3600_000).getUTCFullYear();
  const [round] = await world.database.db
    .select()
    .from(scoringRounds)
    .where(eq(scoringRounds.name, jointRoundName(year)));
  roundId = round!.id;
  // The demo's province set links no criterion to a figure: link 2.XHH (the Sở Tư pháp's)
  // and 4.TD (the Văn phòng's).
  const [set] = await world.database.db.select().from(criteriaSets).where(eq(criteriaSets.id, round!.criteriaSetId));
  const content = structuredClone(set!.content) as CriteriaSet;
  link(content.nodes, '2.XHH');
  link(content.nodes, '4.TD');
  await world.database.db.update(criteriaSets).set({ content }).where(eq(criteriaSets.id, set!.id));
});
afterAll(() => world.close());

describe('prefill in the joint round', () => {
  it('works on the agency’s linked criterion only, leaving another agency’s untouched', async () => {
    const before = await entryOf('4.TD');
    const result = await prefillUnit(stp, roundId, provinceId);
    // Only the Sở Tư pháp's criterion is prefilled or reported missing to it. The demo tracks no on-time rate of
    // dossiers for the province itself, so the figure is reported missing and the leaf is left for the agency.
    expect([...result.prefilled, ...result.missing].map((p) => p.code)).toEqual(['2.XHH']);
    expect(result.missing).toEqual([{ code: '2.XHH', figure: 'dossiers.on_time_rate' }]);
    for (const p of result.prefilled) expect((await entryOf(p.code))!.selfEntry?.value).toBe(p.value);
    // The Văn phòng's 4.TD is untouched.
    expect(await entryOf('4.TD')).toEqual(before);
  });

  it('refuses an agency not named in the round, changing nothing', async () => {
    const before = await entryOf('4.TD');
    await expect(prefillUnit(outsider, roundId, provinceId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await entryOf('4.TD')).toEqual(before);
  });
});
