/**
 * The access policy's facts, resolved against a real database: a second unit's reporter is refused before the
 * thing itself is read (only the small query that says whose it is runs), and a council member is held to the
 * areas assigned. Use cases are called directly, on a database handle that records every statement.
 */
import { and, eq } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import * as schema from '../../src/db/schema/index.js';
import { criteriaSets, scoringCouncilMembers, scoringRounds, units, users } from '../../src/db/schema/index.js';
import type { FileStore } from '../../src/files/file-store.js';
import type { Actor, ServiceContext } from '../../src/services/context.js';
import { downloadEvidence } from '../../src/services/reporting/download-evidence.js';
import { getAssignment } from '../../src/services/reporting/get-assignment.js';
import { getUnitReport } from '../../src/services/reporting/get-unit-report.js';
import { updateAssignment } from '../../src/services/reporting/update-assignment.js';
import { withdrawEvidence } from '../../src/services/reporting/withdraw-evidence.js';
import { appraiseLeaf } from '../../src/services/scoring/appraise-leaf.js';
import { getJob } from '../../src/services/jobs/get-job.js';
import { loadDemoScoring } from '../../src/services/demo/load-demo-scoring.js';
import { leafInfo } from '../../src/db/queries/scoring/review-scope.js';
import { body, createTestApi, type TestApi } from '../support/api.js';
import { commitQuangTriPlan, SMALL_PDF } from '../support/plan.js';

let api: TestApi;
let ids: { unitB: string; assignmentB: string; evidenceB: string; periodId: string; roundId: string };
beforeAll(async () => {
  api = await createTestApi();
  await loadDemoScoring(api.database.db);
  api.clock.now = new Date('2025-08-05T03:00:00Z');
  const { planId } = await commitQuangTriPlan(await api.signIn('snv.cchc'));
  const unitBReporter = await api.signIn('camlo.baocao');
  const [assignment] = (await body(await unitBReporter.get(`/api/assignments?planId=${planId}&role=lead`))).items;
  const withEvidence = await body(
    await unitBReporter.upload(`/api/assignments/${assignment.id}/evidence`, new Blob([SMALL_PDF]), 'minh-chung.pdf'),
  );
  const [period] = await body(await unitBReporter.get(`/api/plans/${planId}/periods`));
  const [unitB] = await api.database.db.select({ id: units.id }).from(units).where(eq(units.code, 'QT.X.CAMLO'));
  const [round] = await api.database.db
    .select({ id: scoringRounds.id })
    .from(scoringRounds)
    .innerJoin(criteriaSets, eq(criteriaSets.id, scoringRounds.criteriaSetId))
    .where(eq(criteriaSets.subject, 'commune'));
  ids = {
    unitB: unitB!.id,
    assignmentB: assignment.id,
    evidenceB: withEvidence.evidence[0].id,
    periodId: period.id,
    roundId: round!.id,
  };
});
afterAll(() => api.close());

async function actorOf(username: string): Promise<Actor> {
  const [user] = await api.database.db
    .select({ userId: users.id, role: users.role, unitId: users.unitId })
    .from(users)
    .where(eq(users.username, username));
  return user!;
}

/** A context for `username` whose database records every statement and whose file store records every read. */
async function recording(username: string) {
  const statements: string[] = [];
  const filesRead: string[] = [];
  const logger = { logQuery: (query: string) => statements.push(query) };
  const client = (api.database.db as unknown as { $client: never }).$client;
  const db = (api.database.kind === 'pglite'
    ? drizzlePglite(client, { schema, logger })
    : drizzlePg(client, { schema, logger })) as unknown as Database;
  const files: FileStore = {
    put: async () => {},
    putFile: async () => {},
    get: async (key) => {
      filesRead.push(key);
      return Buffer.from('');
    },
    open: async (key) => {
      filesRead.push(key);
      return { stream: new Blob([]).stream(), size: 0 };
    },
    exists: async () => false,
    keys: async () => [],
    clear: async () => {},
  };
  const ctx: ServiceContext = { db, files, actor: await actorOf(username), now: () => api.clock.now };
  return { ctx, statements, filesRead };
}

/** The one statement the policy needed: whose the thing is, and nothing of the thing itself. */
function expectOnlyOwnerLookup(statements: string[], table: string) {
  expect(statements).toHaveLength(1);
  expect(statements[0]).toMatch(
    new RegExp(`^select "[a-z_]+"\\."unit_id" from "${table}"|^select "unit_id" from "${table}"`),
  );
}

describe("a second unit's reporter", () => {
  it('is refused an evidence file after one look at whose it is: no file row, no bytes read', async () => {
    const { ctx, statements, filesRead } = await recording('dongha.baocao');
    await expect(downloadEvidence(ctx, ids.evidenceB)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expectOnlyOwnerLookup(statements, 'assignment_evidence');
    expect(statements.join('\n')).not.toContain('"stored_files"');
    expect(filesRead).toEqual([]);
  });

  it('is refused an update of the assignment before it is loaded', async () => {
    const { ctx, statements } = await recording('dongha.baocao');
    await expect(
      updateAssignment(ctx, ids.assignmentB, { version: 1, status: 'in_progress', progress: 50 } as never),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expectOnlyOwnerLookup(statements, 'assignments');
    expect(statements.join('\n')).not.toContain('"plan_activities"');
  });

  it('is refused reading the assignment, and withdrawing its evidence, the same way', async () => {
    const read = await recording('dongha.baocao');
    await expect(getAssignment(read.ctx, ids.assignmentB)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expectOnlyOwnerLookup(read.statements, 'assignments');
    const withdraw = await recording('dongha.baocao');
    await expect(withdrawEvidence(withdraw.ctx, ids.evidenceB, 'thử quyền')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expectOnlyOwnerLookup(withdraw.statements, 'assignment_evidence');
  });

  it("is refused another unit's report without a single query when the unit is in the address", async () => {
    const { ctx, statements } = await recording('dongha.baocao');
    await expect(getUnitReport(ctx, ids.periodId, ids.unitB)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(statements).toEqual([]);
  });

  it('gets 404, as anyone would, for an id that names nothing', async () => {
    const { ctx } = await recording('dongha.baocao');
    await expect(getAssignment(ctx, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(getJob(ctx, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("while the unit's own reporter and a leader are let in", async () => {
    expect((await getAssignment((await recording('camlo.baocao')).ctx, ids.assignmentB)).id).toBe(ids.assignmentB);
    expect((await getAssignment((await recording('lanhdao')).ctx, ids.assignmentB)).id).toBe(ids.assignmentB);
  });
});

describe('a council member', () => {
  /** A criterion of the round's set in `area`, and one outside it. */
  async function leaves() {
    const [row] = await api.database.db
      .select({ set: criteriaSets.content })
      .from(scoringRounds)
      .innerJoin(criteriaSets, eq(criteriaSets.id, scoringRounds.criteriaSetId))
      .where(eq(scoringRounds.id, ids.roundId));
    const all = [...leafInfo(row!.set).values()].filter((l) => !l.survey);
    const inArea = all.find((l) => l.area === all[0]!.area)!;
    const outside = all.find((l) => l.area !== inArea.area)!;
    return { area: inArea.area, inArea: inArea.node.code, outside: outside.node.code, outsideArea: outside.area };
  }
  const accept = { version: 0, decision: 'accept' as const };
  /** Seats the demo's appraiser on the round's council for `areas`, or takes their seat away (null). */
  async function seat(areas: string[] | null) {
    const appraiser = await actorOf('thamdinh');
    await api.database.db
      .delete(scoringCouncilMembers)
      .where(and(eq(scoringCouncilMembers.roundId, ids.roundId), eq(scoringCouncilMembers.userId, appraiser.userId)));
    if (areas)
      await api.database.db
        .insert(scoringCouncilMembers)
        .values({ roundId: ids.roundId, userId: appraiser.userId, areas, chair: false });
  }

  it('is refused when not on the round’s council, before the round or the entry is read', async () => {
    const { inArea } = await leaves();
    await seat(null);
    const { ctx, statements } = await recording('thamdinh');
    await expect(appraiseLeaf(ctx, ids.roundId, ids.unitB, inArea, accept)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Bạn không có quyền thực hiện thẩm định trong đợt đánh giá này (bạn không thuộc Hội đồng thẩm định).',
    });
    expect(statements.join('\n')).not.toContain('"scoring_entries"');
  });

  it('is refused a criterion outside the areas assigned, and let in (to the stage check) inside them', async () => {
    const { area, inArea, outside, outsideArea } = await leaves();
    await seat([area]);
    const refused = await recording('thamdinh');
    await expect(appraiseLeaf(refused.ctx, ids.roundId, ids.unitB, outside, accept)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: `Bạn không có quyền thực hiện thẩm định lĩnh vực ${outsideArea} (lĩnh vực chưa được phân công cho bạn).`,
    });
    expect(refused.statements.join('\n')).not.toContain('"scoring_entries"');
    // In the area assigned the policy lets them in; the round, still in self-assessment, then refuses.
    const allowed = await recording('thamdinh');
    await expect(appraiseLeaf(allowed.ctx, ids.roundId, ids.unitB, inArea, accept)).rejects.toMatchObject({
      code: 'WRONG_STAGE',
    });
  });

  it('is a role the table grants appraisal to: a coordinator is refused outright, with no query', async () => {
    const { inArea } = await leaves();
    const { ctx, statements } = await recording('snv.cchc');
    await expect(appraiseLeaf(ctx, ids.roundId, ids.unitB, inArea, accept)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Bạn không có quyền thực hiện thẩm định.',
    });
    expect(statements).toEqual([]);
  });
});
