/**
 * A department's self-assessment and the council's appraisal of it, through the use cases: the unit scores
 * its own leaves under a version and sends them once all are answered; an appraiser on the council accepts
 * or adjusts (with a reason) in the appraisal stage only, in the areas assigned.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { criteriaSets, scoringEntries, scoringRoundUnits, scoringRounds } from '../../src/db/schema/index.js';
import type { ServiceContext } from '../../src/services/context.js';
import { advanceRound } from '../../src/services/scoring/advance-round.js';
import { appraiseLeaf } from '../../src/services/scoring/appraise-leaf.js';
import { assignCouncil } from '../../src/services/scoring/assign-council.js';
import { loadDemoScoring } from '../../src/services/demo/load-demo-scoring.js';
import { selfAssessLeaf } from '../../src/services/scoring/self-assess-leaf.js';
import { selfAssessLeaves } from '../../src/services/scoring/self-assess-leaves.js';
import { submitSelfAssessment } from '../../src/services/scoring/submit-self-assessment.js';
import { auditTrailOf } from '../support/audit.js';
import { bestAnswer, requiredLeaves, type CriteriaNode } from '../support/scoring.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

let world: UseCaseWorld;
let coordinator: ServiceContext;
let stp: ServiceContext;
let unitId: string;
let roundId: string;
let areas: string[];
let leaves: CriteriaNode[];

beforeAll(async () => {
  world = await openUseCaseWorld();
  // The demo's rounds of 2025: the departments' round is open for self-assessment from today.
  await loadDemoScoring(world.database.db, world.clock.now);
  const [round] = await world.database.db
    .select({ id: scoringRounds.id, content: criteriaSets.content })
    .from(scoringRounds)
    .innerJoin(criteriaSets, eq(criteriaSets.id, scoringRounds.criteriaSetId))
    .where(eq(scoringRounds.name, 'Chỉ số CCHC các sở, ban, ngành năm 2025'));
  roundId = round!.id;
  areas = round!.content.nodes.map((n) => n.code);
  leaves = requiredLeaves(round!.content.nodes as CriteriaNode[]);
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
  stp = await world.actingAs('reporter', 'QT.STP');
  unitId = stp.actor!.unitId!;
});
afterAll(() => world.close());

const entryOf = async (code: string) =>
  (
    await world.database.db
      .select()
      .from(scoringEntries)
      .where(and(eq(scoringEntries.roundId, roundId), eq(scoringEntries.unitId, unitId), eq(scoringEntries.code, code)))
  )[0];
const roundUnit = async () =>
  (
    await world.database.db
      .select()
      .from(scoringRoundUnits)
      .where(and(eq(scoringRoundUnits.roundId, roundId), eq(scoringRoundUnits.unitId, unitId)))
  )[0]!;
/** A yes/no leaf other than the first: the tests below keep the first for plain acceptance. */
const yesNoLeaf = () => leaves.find((l, n) => n > 0 && l.method!.type === 'yes_no')!;
const roundVersion = async () =>
  (
    await world.database.db
      .select({ version: scoringRounds.version })
      .from(scoringRounds)
      .where(eq(scoringRounds.id, roundId))
  )[0]!.version;

describe('self-assessment', () => {
  it('scores a leaf with a note under a version; a stale write, another unit and a leader are refused', async () => {
    const leaf = leaves[0]!;
    const sheet = await selfAssessLeaf(stp, roundId, unitId, leaf.code, {
      version: 0,
      entry: bestAnswer(leaf),
      note: 'Kế hoạch 12/KH-STP ngày 10/01/2025.',
    });
    expect(sheet.leaves.find((l) => l.code === leaf.code)).toMatchObject({
      version: 1,
      self: { entry: bestAnswer(leaf), note: 'Kế hoạch 12/KH-STP ngày 10/01/2025.' },
    });
    expect(await entryOf(leaf.code)).toMatchObject({
      selfEntry: bestAnswer(leaf),
      version: 1,
      updatedBy: stp.actor!.userId,
    });

    await expect(
      selfAssessLeaf(stp, roundId, unitId, leaf.code, { version: 0, entry: bestAnswer(leaf), note: null }),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
    for (const other of [await world.actingAs('reporter', 'QT.SNV'), await world.actingAs('leader', 'QT')]) {
      await expect(
        selfAssessLeaf(other, roundId, unitId, leaf.code, { version: 1, entry: bestAnswer(leaf), note: null }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await entryOf(leaf.code)).toMatchObject({ version: 1, selfNote: 'Kế hoạch 12/KH-STP ngày 10/01/2025.' });
  });

  it('refuses a value the leaf’s method cannot score', async () => {
    const leaf = yesNoLeaf();
    await expect(
      selfAssessLeaf(stp, roundId, unitId, leaf.code, {
        version: (await entryOf(leaf.code))?.version ?? 0,
        entry: { value: 42 },
        note: null,
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_ENTRY',
    });
  });

  it('is sent only once every required leaf is answered, and is read-only for the unit afterwards', async () => {
    const early = await submitSelfAssessment(stp, roundId, unitId, (await roundUnit()).version).catch(
      (error: unknown) => error,
    );
    expect(early).toMatchObject({
      code: 'SELF_ASSESSMENT_INCOMPLETE',
      details: { missing: expect.arrayContaining([leaves.at(-1)!.code]) },
    });
    expect((await roundUnit()).submittedAt).toBeNull();

    const versions = new Map<string, number>();
    for (const leaf of leaves) versions.set(leaf.code, (await entryOf(leaf.code))?.version ?? 0);
    await selfAssessLeaves(stp, roundId, unitId, {
      entries: leaves.map((l) => ({ code: l.code, version: versions.get(l.code)!, entry: bestAnswer(l), note: null })),
    });
    const { version } = await roundUnit();
    await submitSelfAssessment(stp, roundId, unitId, version);
    expect(await roundUnit()).toMatchObject({
      submittedAt: world.clock.now,
      submittedBy: stp.actor!.userId,
      version: version + 1,
    });
    expect(
      (await auditTrailOf(world.database.db, 'scoring_round_unit', `${roundId}:${unitId}`)).map((a) => a.action),
    ).toEqual(['scoringRoundUnit.submitSelfAssessment']);

    await expect(
      selfAssessLeaf(stp, roundId, unitId, leaves[0]!.code, { version: 2, entry: bestAnswer(leaves[0]!), note: null }),
    ).rejects.toMatchObject({ code: 'ALREADY_SUBMITTED' });
  });
});

describe('appraisal', () => {
  let appraiser: ServiceContext;
  beforeAll(async () => {
    appraiser = await world.actingAs('appraiser', 'QT.SNV');
    await assignCouncil(coordinator, roundId, {
      version: await roundVersion(),
      members: [{ userId: appraiser.actor!.userId, areas, chair: true }],
    });
  });

  it('waits for the appraisal stage, which only the coordinator opens', async () => {
    const leaf = leaves[0]!;
    await expect(
      appraiseLeaf(appraiser, roundId, unitId, leaf.code, { version: 2, decision: 'accept' }),
    ).rejects.toMatchObject({ code: 'WRONG_STAGE' });
    await expect(
      advanceRound(appraiser, roundId, { version: await roundVersion(), to: 'appraisal' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await advanceRound(coordinator, roundId, { version: await roundVersion(), to: 'appraisal' })).toMatchObject({
      status: 'appraisal',
    });
  });

  it('accepts the unit’s value or adjusts it with a reason; the unit keeps its own', async () => {
    const [kept, adjusted] = [leaves[0]!, yesNoLeaf()];
    await appraiseLeaf(appraiser, roundId, unitId, kept.code, {
      version: (await entryOf(kept.code))!.version,
      decision: 'accept',
    });
    expect(await entryOf(kept.code)).toMatchObject({
      appraisedEntry: bestAnswer(kept),
      appraisalReason: null,
      appraisedBy: appraiser.actor!.userId,
    });

    const reason = 'Không có văn bản kiểm tra việc thực hiện.';
    await appraiseLeaf(appraiser, roundId, unitId, adjusted.code, {
      version: (await entryOf(adjusted.code))!.version,
      decision: 'adjust',
      entry: { value: false },
      reason,
    });
    expect(await entryOf(adjusted.code)).toMatchObject({
      selfEntry: { value: true },
      appraisedEntry: { value: false },
      appraisalReason: reason,
      appraisedBy: appraiser.actor!.userId,
    });
  });

  it('is refused to an appraiser outside the council, to the unit and to the coordinator, changing nothing', async () => {
    const leaf = leaves.find((l) => l !== leaves[0] && l !== yesNoLeaf())!;
    const before = await entryOf(leaf.code);
    for (const other of [await world.actingAs('appraiser', 'QT'), stp, coordinator]) {
      await expect(
        appraiseLeaf(other, roundId, unitId, leaf.code, { version: before!.version, decision: 'accept' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await entryOf(leaf.code)).toEqual(before);
  });
});
