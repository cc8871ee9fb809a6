/**
 * Committing a reviewed plan import, through the use cases: one plan with an immutable first version, and
 * in the same transaction the work it assigns (assignments per lead unit, reporting periods); a draft is
 * committed once, at the version reviewed, by a plan editor only.
 */
import { contentOfBytes } from '../../src/files/upload-content.js';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, planImports, plans, planVersions, reportingPeriods } from '../../src/db/schema/index.js';
import type { ServiceContext } from '../../src/services/context.js';
import { commitPlanImport } from '../../src/services/plans/commit-plan-import.js';
import { uploadPlanDocument } from '../../src/services/plans/upload-plan-document.js';
import { auditTrailOf } from '../support/audit.js';
import { leadAssignmentsOf, uploadQuangTriPlan } from '../support/plan.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

let world: UseCaseWorld;
let coordinator: ServiceContext;

beforeAll(async () => {
  world = await openUseCaseWorld();
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
});
afterAll(() => world.close());

const planCount = async () => (await world.database.db.select({ id: plans.id }).from(plans)).length;
const request = (version: number) => ({
  version,
  name: 'Kế hoạch CCHC tỉnh Quảng Trị năm 2025',
  note: 'Theo Quyết định của UBND tỉnh.',
});

describe('committing a plan import', () => {
  it('writes the plan, its first version and the work it assigns, audited, in one go', async () => {
    const draft = await uploadQuangTriPlan(coordinator);
    expect(draft).toMatchObject({ status: 'open', version: 1 });
    expect(await planCount()).toBe(0);

    const committed = await commitPlanImport(coordinator, draft.id, request(draft.version));
    const planId = committed.plan.id;
    expect(committed.plan).toMatchObject({
      name: 'Kế hoạch CCHC tỉnh Quảng Trị năm 2025',
      year: 2025,
      currentVersion: 1,
    });

    const [version] = await world.database.db.select().from(planVersions).where(eq(planVersions.planId, planId));
    expect(version).toMatchObject({
      version: 1,
      note: 'Theo Quyết định của UBND tỉnh.',
      committedBy: coordinator.actor!.userId,
    });
    expect(
      await world.database.db
        .select({ status: planImports.status, committedVersionId: planImports.committedVersionId })
        .from(planImports)
        .where(eq(planImports.id, draft.id)),
    ).toEqual([{ status: 'committed', committedVersionId: version!.id }]);
    // The commune formed in July 2025 leads the commune lines of a plan read as of January.
    expect(await leadAssignmentsOf(world.database.db, planId, 'QT.X.CAMLO')).toHaveLength(7);
    expect(
      (await world.database.db.select({ id: assignments.id }).from(assignments).where(eq(assignments.planId, planId)))
        .length,
    ).toBeGreaterThan(100);
    const periods = await world.database.db
      .select({ code: reportingPeriods.code })
      .from(reportingPeriods)
      .where(eq(reportingPeriods.planId, planId));
    expect(periods.map((p) => p.code).sort()).toEqual(['H1', 'M9', 'Q1', 'Y']);
    const [audit] = await auditTrailOf(world.database.db, 'plan', planId);
    expect(audit).toMatchObject({
      action: 'plan.commit',
      actorId: coordinator.actor!.userId,
      reason: 'Theo Quyết định của UBND tỉnh.',
      after: expect.objectContaining({ version: 1, importId: draft.id }),
    });

    // A draft becomes a plan once.
    await expect(commitPlanImport(coordinator, draft.id, request(draft.version))).rejects.toMatchObject({
      code: 'IMPORT_CLOSED',
    });
    expect(await planCount()).toBe(1);
  });

  it('refuses a draft changed since it was reviewed, and anyone but a plan editor; no plan is written', async () => {
    const before = await planCount();
    const draft = await uploadQuangTriPlan(coordinator);
    await expect(commitPlanImport(coordinator, draft.id, request(draft.version + 1))).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    for (const role of ['reporter', 'leader', 'appraiser'] as const) {
      const other = await world.actingAs(role, role === 'reporter' ? 'QT.STP' : 'QT');
      await expect(commitPlanImport(other, draft.id, request(draft.version))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(uploadQuangTriPlan(other)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(commitPlanImport(world.anonymous, draft.id, request(draft.version))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(await planCount()).toBe(before);
    expect(
      (
        await world.database.db
          .select({ status: planImports.status })
          .from(planImports)
          .where(eq(planImports.id, draft.id))
      )[0]!.status,
    ).toBe('open');
  });

  it('refuses a document with nothing to assign before any draft is made', async () => {
    const drafts = (await world.database.db.select({ id: planImports.id }).from(planImports)).length;
    const bytes = new TextEncoder().encode('KẾ HOẠCH\nCải cách hành chính năm 2025\n');
    await expect(
      uploadPlanDocument(coordinator, {
        content: contentOfBytes(bytes),
        fileName: 'trong.txt',
        contentType: 'text/plain',
        asOf: '2025-01-15',
      }),
    ).rejects.toMatchObject({ code: 'NO_PLAN_FOUND' });
    expect((await world.database.db.select({ id: planImports.id }).from(planImports)).length).toBe(drafts);
  });
});
