import { contentOfBytes } from '../../files/upload-content.js';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  assignmentMilestones,
  assignments,
  planIndicators,
  plans,
  reportingPeriods,
  units,
  users,
} from '../../db/schema/index.js';
import { loadMilestones } from '../../db/queries/reporting/assignment-milestones.js';
import { nextDueOn } from '../../domain/reporting/milestones.js';
import { deriveCompletionStatus } from '../../domain/reporting/assignment-status.js';
import { localDateOf } from '../../domain/text/format.js';
import type { FileStore } from '../../files/file-store.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import type { Actor, ServiceContext } from '../context.js';
import { commitPlanImport } from '../plans/commit-plan-import.js';
import { uploadPlanDocument } from '../plans/upload-plan-document.js';
import { actOnUnitReport } from '../reporting/act-on-unit-report.js';
import { getUnitReport } from '../reporting/get-unit-report.js';
import { linkIndicatorFigure } from '../reporting/link-indicator-figure.js';
import { saveUnitReport } from '../reporting/save-unit-report.js';
import { resolveDashboardPeriod } from '../../db/queries/dashboard/dashboard-scope.js';
import {
  DEMO_SOURCE_YEAR,
  demoCompletion,
  demoPlanName,
  demoProgress,
  demoTimeline,
  historyCutoff,
  reportSentAt,
  shiftPlanYears,
} from '../../domain/demo/demo-timeline.js';

const DEMO_PLAN = fileURLToPath(new URL('../../../seed/demo/ke-hoach-cchc-quang-tri-2025.txt', import.meta.url));

/**
 * A plan in progress on the day the demo is loaded, made through the same use cases people use: the
 * coordinator imports and commits the real Quảng Trị plan, moved to this year (demo-timeline.ts); work due
 * more than a couple of months ago is finished; for the period the dashboard opens on (the latest already
 * due, or the first) Sở Tư pháp's report is accepted, UBND phường Đông Hà's is returned with comments, and
 * the other units have not reported (late once the period is due). Idempotent: a plan of the same name is kept.
 */
export async function loadDemoReporting(db: Database, files: FileStore, now: Date): Promise<boolean> {
  const timeline = demoTimeline(now);
  const name = demoPlanName(timeline.year);
  const [existing] = await db.select({ id: plans.id }).from(plans).where(eq(plans.name, name));
  if (existing) return false;
  const as = async (username: string, at: Date): Promise<ServiceContext> => {
    const [user] = await db.select().from(users).where(eq(users.username, username));
    const actor: Actor = { userId: user!.id, role: user!.role, unitId: user!.unitId };
    return { db, files, actor, now: () => at };
  };
  const importer = await as('snv.cchc', timeline.importedAt);
  const text = shiftPlanYears(await readFile(DEMO_PLAN, 'utf8'), timeline.year - DEMO_SOURCE_YEAR);
  const fileName = `ke-hoach-cchc-quang-tri-${timeline.year}.txt`;
  const draft = await uploadPlanDocument(importer, {
    content: contentOfBytes(new TextEncoder().encode(text)),
    fileName,
    contentType: 'text/plain',
    asOf: timeline.asOf,
  });
  const { plan } = await commitPlanImport(importer, draft.id, { version: draft.version, name, note: 'Dữ liệu mẫu' });
  await confirmDemoFigureLinks(importer, plan.id);

  const periodId = await resolveDashboardPeriod(db, { planId: plan.id }, now);
  const [period] = await db.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
  const sentAt = reportSentAt(period!.dueOn, timeline.importedAt, now);
  await finishPastWork(db, plan.id, historyCutoff(now, sentAt), sentAt);

  const coordinator = await as('snv.cchc', sentAt);
  const unitId = async (code: string) =>
    (await db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;
  const report = async (username: string, unitCode: string, achievements: string) => {
    const ctx = await as(username, sentAt);
    const id = await unitId(unitCode);
    const form = await getUnitReport(ctx, periodId, id);
    // The first task still open is under way; finished ones stay as the history has them.
    const open = form.content.items.findIndex((item) => item.status === 'not_started' || item.status === 'in_progress');
    const items = form.content.items.map((item, i) =>
      i === open
        ? {
            ...item,
            status: 'in_progress' as const,
            progress: 60,
            completedOn: null,
            result: 'Đang triển khai theo kế hoạch.',
          }
        : item,
    );
    const saved = await saveUnitReport(ctx, periodId, id, {
      version: 0,
      content: { ...form.content, items, sections: { ...form.content.sections, achievements } },
    });
    return { id, submitted: await actOnUnitReport(ctx, periodId, id, saved.version, { type: 'submit' }) };
  };
  const justice = await report(
    'stp.baocao',
    'QT.STP',
    'Thẩm định 45 dự thảo văn bản quy phạm pháp luật; rà soát, hệ thống hóa văn bản kỳ 2019-2023.',
  );
  await actOnUnitReport(coordinator, periodId, justice.id, justice.submitted.version, { type: 'accept' });
  const dongHa = await report('dongha.baocao', 'QT.X.DONGHA', 'Tiếp nhận và giải quyết hồ sơ TTHC đúng hạn.');
  await actOnUnitReport(coordinator, periodId, dongHa.id, dongHa.submitted.version, {
    type: 'return',
    overallComment: 'Đề nghị bổ sung số liệu hồ sơ trực tuyến và kết quả số hóa.',
    itemComments: [],
  });
  return true;
}

/**
 * The figures the demo's coordinator confirms where the import suggested them: those cchc has data for
 * (the plan's work and reports), and the dossiers' (their values appear once dossiers are imported). The
 * demo plan's targets are about dossiers (online, paid online, digitised) and satisfaction (the surveys), so
 * those are the links confirmed;
 * it has no target worded as activities or reports on time. Other suggestions stay for the coordinator.
 */
const DEMO_CONFIRMED_FIGURES: readonly string[] = [
  'activities.on_time_rate',
  'reports.on_time_rate',
  'dossiers.on_time_rate',
  'dossiers.online_rate',
  'dossiers.paid_online_rate',
  'dossiers.digitised_rate',
  'dossiers.late_with_apology_rate',
  // "Mức độ hài lòng … đạt tối thiểu 90%": the demo's satisfaction surveys measure it.
  'surveys.satisfied_rate',
  'registers.inspected_rate',
  'registers.remediation_reported_rate',
];

export async function confirmDemoFigureLinks(coordinator: ServiceContext, planId: string): Promise<void> {
  const suggested = await coordinator.db
    .select({ id: planIndicators.id, figureKey: planIndicators.figureKey })
    .from(planIndicators)
    .where(and(eq(planIndicators.planId, planId), eq(planIndicators.figureLink, 'suggested')));
  for (const indicator of suggested)
    if (indicator.figureKey && DEMO_CONFIRMED_FIGURES.includes(indicator.figureKey))
      await linkIndicatorFigure(coordinator, indicator.id, { figureKey: indicator.figureKey });
}

/**
 * The demo's history: open work due before `cutoff` is finished (most on time, some late), so a task is
 * overdue by weeks, as in a province that keeps up, not by the whole time since the plan's year began.
 */
export async function finishPastWork(db: Database, planId: string, cutoff: string, at: Date): Promise<void> {
  await db.transaction(async (tx) => {
    // Milestones due before the cutoff are done; the assignment is finished below only when its last one is.
    const pastMilestones = await tx
      .select({ m: assignmentMilestones })
      .from(assignmentMilestones)
      .innerJoin(assignments, eq(assignments.id, assignmentMilestones.assignmentId))
      .where(
        and(
          eq(assignments.planId, planId),
          isNull(assignments.cancelledAt),
          isNull(assignmentMilestones.doneOn),
          lt(assignmentMilestones.dueOn, cutoff),
        ),
      )
      .orderBy(asc(assignmentMilestones.dueOn), asc(assignmentMilestones.id));
    for (const [index, { m }] of pastMilestones.entries())
      await tx
        .update(assignmentMilestones)
        .set({ doneOn: demoCompletion(m.dueOn, index, cutoff), updatedAt: at })
        .where(eq(assignmentMilestones.id, m.id));
    const moved = await loadMilestones(tx, [...new Set(pastMilestones.map(({ m }) => m.assignmentId))]);
    for (const [assignmentId, list] of moved)
      await tx
        .update(assignments)
        .set({ dueOn: nextDueOn(list) })
        .where(eq(assignments.id, assignmentId));
    const due = await tx
      .select({ id: assignments.id, dueOn: assignments.dueOn, version: assignments.version })
      .from(assignments)
      .where(
        and(
          eq(assignments.planId, planId),
          isNull(assignments.cancelledAt),
          lt(assignments.dueOn, cutoff),
          inArray(assignments.status, ['not_started', 'in_progress']),
        ),
      )
      .orderBy(asc(assignments.dueOn), asc(assignments.id));
    for (const [index, row] of due.entries()) {
      const completedOn = demoCompletion(row.dueOn!, index, cutoff);
      await tx
        .update(assignments)
        .set({
          status: deriveCompletionStatus(completedOn, row.dueOn),
          progress: 100,
          completedOn,
          resultText: 'Đã hoàn thành theo kế hoạch.',
          version: row.version + 1,
          updatedAt: at,
        })
        .where(eq(assignments.id, row.id));
    }
    // Work not yet due: two tasks in three are under way, as far along as the year is when the reports are sent.
    const open = await tx
      .select({ id: assignments.id })
      .from(assignments)
      .where(
        and(eq(assignments.planId, planId), isNull(assignments.cancelledAt), eq(assignments.status, 'not_started')),
      )
      .orderBy(asc(assignments.id));
    const started = open.filter((_, i) => i % 3 !== 2).map((a) => a.id);
    for (let i = 0; i < started.length; i += 500) {
      await tx
        .update(assignments)
        .set({
          status: 'in_progress',
          progress: demoProgress(localDateOf(at)),
          updatedAt: at,
          version: sql`${assignments.version} + 1`,
        })
        .where(inArray(assignments.id, started.slice(i, i + 500)));
    }
    await recordAudit(tx, null, {
      action: 'plan.loadDemoProgress',
      entityId: planId,
      after: { finishedAssignments: due.length, dueBefore: cutoff, underWay: started.length },
      reason: 'Dữ liệu mẫu: tiến độ các công việc đến ngày nạp',
    });
  });
}
