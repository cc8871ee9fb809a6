/**
 * A unit's report for a period, through its use cases: saved as a draft under an optimistic version,
 * submitted, returned with comments, accepted; refused when stale, when the period is closed, and to
 * anyone but the unit's own reporters (and, for the review, the coordinators).
 */
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, unitReports, unitReportVersions } from '../../src/db/schema/index.js';
import type { ServiceContext } from '../../src/services/context.js';
import { actOnUnitReport } from '../../src/services/reporting/act-on-unit-report.js';
import { getUnitReport } from '../../src/services/reporting/get-unit-report.js';
import { closePeriod } from '../../src/services/reporting/close-period.js';
import { saveUnitReport } from '../../src/services/reporting/save-unit-report.js';
import { auditTrailOf } from '../support/audit.js';
import { commitQuangTriPlanAs, periodOf } from '../support/plan.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

let world: UseCaseWorld;
let coordinator: ServiceContext;
let camlo: ServiceContext;
let planId: string;
let unitId: string;

beforeAll(async () => {
  world = await openUseCaseWorld();
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
  ({ planId } = await commitQuangTriPlanAs(coordinator));
  camlo = await world.actingAs('reporter', 'QT.X.CAMLO');
  unitId = camlo.actor!.unitId!;
});
afterAll(() => world.close());

const reportRow = async (periodId: string) =>
  (
    await world.database.db
      .select()
      .from(unitReports)
      .where(and(eq(unitReports.periodId, periodId), eq(unitReports.unitId, unitId)))
  )[0];
type Report = Awaited<ReturnType<typeof getUnitReport>>;
const withAchievements = (report: Report, achievements: string) => ({
  ...report.content,
  sections: { ...report.content.sections, achievements },
});

describe('saving a report', () => {
  it('keeps the draft under a new version; a save naming an older version is refused and changes nothing', async () => {
    const { id: periodId } = await periodOf(world.database.db, planId, 'H1');
    const blank = await getUnitReport(camlo, periodId, unitId);
    expect(blank).toMatchObject({ id: null, status: 'draft', version: 0 });
    expect(blank.content.items.length).toBe(7);

    const saved = await saveUnitReport(camlo, periodId, unitId, {
      version: 0,
      content: withAchievements(blank, 'Ban hành kế hoạch CCHC của xã.'),
    });
    expect(saved).toMatchObject({ status: 'draft', version: 1 });
    await expect(
      saveUnitReport(camlo, periodId, unitId, { version: 0, content: withAchievements(blank, 'Bản cũ ghi đè') }),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });

    const row = await reportRow(periodId);
    expect(row).toMatchObject({
      version: 1,
      status: 'draft',
      updatedBy: camlo.actor!.userId,
      updatedAt: world.clock.now,
    });
    expect(row!.content.sections.achievements).toBe('Ban hành kế hoạch CCHC của xã.');
    expect((await auditTrailOf(world.database.db, 'unit_report', row!.id)).map((a) => a.action)).toEqual([
      'unitReport.create',
    ]);
  });

  it('is refused to another unit’s reporter, to a leader and to the coordinator, who review but do not write', async () => {
    const { id: periodId } = await periodOf(world.database.db, planId, 'H1');
    const form = await getUnitReport(camlo, periodId, unitId);
    for (const other of [
      await world.actingAs('reporter', 'QT.X.DONGHA'),
      await world.actingAs('leader', 'QT'),
      coordinator,
    ]) {
      await expect(
        saveUnitReport(other, periodId, unitId, { version: form.version, content: form.content }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(
      getUnitReport(await world.actingAs('reporter', 'QT.X.DONGHA'), periodId, unitId),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await reportRow(periodId))!.version).toBe(form.version);
  });

  it('is refused in a closed period, as is submitting a report saved before it closed', async () => {
    const { id: periodId } = await periodOf(world.database.db, planId, 'Q1');
    const form = await getUnitReport(camlo, periodId, unitId);
    const saved = await saveUnitReport(camlo, periodId, unitId, { version: 0, content: form.content });
    await closePeriod(coordinator, periodId, 'Hết hạn báo cáo quý I');

    await expect(
      saveUnitReport(camlo, periodId, unitId, { version: saved.version, content: form.content }),
    ).rejects.toMatchObject({ code: 'REPORT_PERIOD_CLOSED' });
    await expect(actOnUnitReport(camlo, periodId, unitId, saved.version, { type: 'submit' })).rejects.toMatchObject({
      code: 'REPORT_PERIOD_CLOSED',
    });
    await expect(closePeriod(coordinator, periodId, 'Khóa lần nữa')).rejects.toMatchObject({ code: 'PERIOD_CLOSED' });
    expect(await reportRow(periodId)).toMatchObject({ status: 'draft', version: saved.version, submissionCount: 0 });
  });
});

describe('submitting and reviewing a report', () => {
  let periodId: string;
  beforeAll(async () => {
    ({ id: periodId } = await periodOf(world.database.db, planId, 'M9'));
  });

  it('submits: the report is locked for the unit, and its statuses are written through to the assignments', async () => {
    const form = await getUnitReport(camlo, periodId, unitId);
    const first = form.content.items[0]!;
    const content = {
      ...form.content,
      items: form.content.items.map((i) =>
        i === first
          ? { ...i, status: 'in_progress' as const, progress: 40, result: 'Đã xây dựng dự thảo kế hoạch.' }
          : i,
      ),
    };
    const saved = await saveUnitReport(camlo, periodId, unitId, { version: 0, content });
    await expect(actOnUnitReport(camlo, periodId, unitId, saved.version - 1, { type: 'submit' })).rejects.toMatchObject(
      { code: 'STALE_VERSION' },
    );

    const submitted = await actOnUnitReport(camlo, periodId, unitId, saved.version, { type: 'submit' });
    expect(submitted).toMatchObject({
      status: 'submitted',
      submissionCount: 1,
      firstSubmittedAt: world.clock.now.toISOString(),
    });
    const [assignment] = await world.database.db
      .select()
      .from(assignments)
      .where(eq(assignments.id, first.assignmentId));
    expect(assignment).toMatchObject({
      status: 'in_progress',
      progress: 40,
      resultText: 'Đã xây dựng dự thảo kế hoạch.',
    });
    await expect(
      saveUnitReport(camlo, periodId, unitId, { version: submitted.version, content }),
    ).rejects.toMatchObject({ code: 'REPORT_AWAITING_REVIEW' });
    await expect(
      actOnUnitReport(coordinator, periodId, unitId, submitted.version, { type: 'submit' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('is returned only with a comment, resubmitted, then accepted and locked; every step is a version of the report', async () => {
    let report = await getUnitReport(coordinator, periodId, unitId);
    await expect(actOnUnitReport(camlo, periodId, unitId, report.version, { type: 'accept' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      actOnUnitReport(coordinator, periodId, unitId, report.version, {
        type: 'return',
        overallComment: '  ',
        itemComments: [],
      }),
    ).rejects.toMatchObject({
      code: 'REPORT_COMMENT_REQUIRED',
    });
    report = await actOnUnitReport(coordinator, periodId, unitId, report.version, {
      type: 'return',
      overallComment: 'Bổ sung kết quả tuyên truyền.',
      itemComments: [],
    });
    expect(report).toMatchObject({
      status: 'returned',
      lastReturn: expect.objectContaining({ overallComment: 'Bổ sung kết quả tuyên truyền.' }),
    });

    report = await saveUnitReport(camlo, periodId, unitId, {
      version: report.version,
      content: withAchievements(report, 'Tuyên truyền 3 buổi.'),
    });
    report = await actOnUnitReport(camlo, periodId, unitId, report.version, { type: 'submit' });
    await expect(
      actOnUnitReport(coordinator, periodId, unitId, report.version - 1, { type: 'accept' }),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
    report = await actOnUnitReport(coordinator, periodId, unitId, report.version, { type: 'accept' });
    expect(report).toMatchObject({ status: 'accepted', submissionCount: 2 });
    await expect(
      saveUnitReport(camlo, periodId, unitId, { version: report.version, content: report.content }),
    ).rejects.toMatchObject({ code: 'REPORT_LOCKED' });

    const row = (await reportRow(periodId))!;
    expect(row).toMatchObject({ status: 'accepted', acceptedAt: world.clock.now });
    const versions = await world.database.db
      .select()
      .from(unitReportVersions)
      .where(eq(unitReportVersions.reportId, row.id))
      .orderBy(asc(unitReportVersions.number));
    expect(versions.map((v) => [v.action, v.fromStatus, v.toStatus])).toEqual([
      ['submit', 'draft', 'submitted'],
      ['return', 'submitted', 'returned'],
      ['submit', 'returned', 'submitted'],
      ['accept', 'submitted', 'accepted'],
    ]);
    expect(versions[2]!.content.sections.achievements).toBe('Tuyên truyền 3 buổi.');
    expect((await auditTrailOf(world.database.db, 'unit_report', row.id)).map((a) => a.action)).toEqual([
      'unitReport.create',
      'unitReport.submit',
      'unitReport.return',
      'unitReport.save',
      'unitReport.submit',
      'unitReport.accept',
    ]);
  });
});
