import { eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { assignmentEvidence, storedFiles, users } from '../../schema/index.js';
import { AppError } from '../../../domain/errors.js';
import { alignReportContent } from '../../../domain/reporting/align-report.js';
import { validateAssignmentProgress } from '../../../domain/reporting/assignment-status.js';
import { normaliseIndicatorValues } from '../../../domain/reporting/indicator-counts.js';
import type { ReportContent } from '../../../domain/reporting/report-form.js';
import type { Issue } from '../../../domain/reporting/result.js';
import type { ReportContext } from './report-context.js';

/**
 * What a unit sends is checked against what it owes: only its own assignments and targets, valid
 * statuses for each, and evidence already attached to the same assignment. All problems at once.
 */
export async function checkReportContent(
  db: DbOrTx,
  context: ReportContext,
  content: ReportContent,
  today: string,
): Promise<ReportContent> {
  const owed = new Map(context.owed.map((a) => [a.id, a]));
  const indicatorIds = new Set(context.indicators.map((i) => i.id));
  const issues: Issue[] = [];
  content.items.forEach((item, i) => {
    const assignment = owed.get(item.assignmentId);
    if (!assignment) {
      issues.push({
        code: 'not_owed',
        field: `items.${i}`,
        message: 'Báo cáo có nhiệm vụ không thuộc đơn vị hoặc đã bị hủy; hãy tải lại biểu mẫu.',
      });
      return;
    }
    const checked = validateAssignmentProgress(item, { dueOn: assignment.dueOn, today });
    if (!checked.ok) {
      const where = [assignment.area, assignment.number].filter(Boolean).join('.') || assignment.title.slice(0, 40);
      for (const issue of checked.issues)
        issues.push({
          ...issue,
          field: `items.${i}.${issue.field ?? ''}`,
          message: `Nhiệm vụ ${where}: ${issue.message}`,
        });
    } else Object.assign(item, checked.value);
  });
  content.indicators.forEach((value, i) => {
    if (!indicatorIds.has(value.indicatorId))
      issues.push({
        code: 'not_owed',
        field: `indicators.${i}`,
        message: 'Báo cáo có chỉ tiêu không thuộc đơn vị; hãy tải lại biểu mẫu.',
      });
  });
  // A rate's value is computed from the unit's two counts, a linked target's from the catalogue: never typed.
  const figures = normaliseIndicatorValues(content.indicators, context.indicators);
  issues.push(...figures.issues);
  content.indicators = figures.values;
  // A figure's evidence must have been uploaded by the unit's own people (for its report); its name is the file's.
  const figureFiles = content.indicators.flatMap((v) => (v.evidenceFileId ? [v.evidenceFileId] : []));
  if (figureFiles.length) {
    const uploaded = await db
      .select({ id: storedFiles.id, fileName: storedFiles.fileName, unitId: users.unitId })
      .from(storedFiles)
      .innerJoin(users, eq(users.id, storedFiles.uploadedBy))
      .where(inArray(storedFiles.id, figureFiles));
    const own = new Map(uploaded.filter((f) => f.unitId === context.unit.id).map((f) => [f.id, f.fileName]));
    content.indicators = content.indicators.map((v, i) => {
      if (!v.evidenceFileId) return { ...v, evidenceFileId: null, evidenceFileName: null };
      if (!own.has(v.evidenceFileId))
        issues.push({
          code: 'foreign_evidence',
          field: `indicators.${i}.evidenceFileId`,
          message: 'Tệp minh chứng của số liệu phải được đơn vị tải lên cho báo cáo này trước.',
        });
      return { ...v, evidenceFileName: own.get(v.evidenceFileId) ?? null };
    });
  }
  const fileIds = content.items.flatMap((i) => i.evidenceFileIds);
  if (fileIds.length) {
    const attached = await db
      .select({
        assignmentId: assignmentEvidence.assignmentId,
        fileId: assignmentEvidence.fileId,
        withdrawn: isNotNull(assignmentEvidence.archivedAt),
      })
      .from(assignmentEvidence)
      .where(inArray(assignmentEvidence.fileId, fileIds));
    const key = (a: { assignmentId: string; fileId: string }) => `${a.assignmentId}|${a.fileId}`;
    const ok = new Set(attached.filter((a) => !a.withdrawn).map(key));
    // A file withdrawn since the form was opened simply drops out of the report (it may be shared with
    // another live row of the same assignment, so only ids with no live row are dropped).
    const withdrawn = new Set(attached.filter((a) => a.withdrawn && !ok.has(key(a))).map(key));
    for (const item of content.items)
      item.evidenceFileIds = item.evidenceFileIds.filter((f) => !withdrawn.has(`${item.assignmentId}|${f}`));
    content.items.forEach((item, i) => {
      if (item.evidenceFileIds.some((f) => !ok.has(`${item.assignmentId}|${f}`))) {
        issues.push({
          code: 'foreign_evidence',
          field: `items.${i}.evidenceFileIds`,
          message: 'Tệp minh chứng phải được tải lên cho đúng nhiệm vụ này trước.',
        });
      }
    });
  }
  if (issues.length) throw new AppError('INVALID_REPORT', { issues }, { issues });
  return alignReportContent(
    content,
    context.owed.map((a) => a.id),
    context.indicators.map((i) => i.id),
  );
}
