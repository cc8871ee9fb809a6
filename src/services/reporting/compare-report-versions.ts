import { notFound } from '../../domain/errors.js';
import { diffReports } from '../../domain/reporting/report-diff.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadReportContext, reportVersions } from '../../db/queries/reporting/report-context.js';

/** What changed between two kept versions (number 0 = the current working copy). */
export async function compareReportVersions(
  ctx: ServiceContext,
  periodId: string,
  unitId: string,
  from: number,
  to: number,
) {
  await authorize(ctx, 'unitData.read', { unitId });
  const { report } = await loadReportContext(ctx.db, periodId, unitId);
  if (!report) throw notFound('báo cáo');
  const versions = await reportVersions(ctx.db, report.id);
  const contentOf = (n: number) => (n === 0 ? report.content : versions.find((v) => v.number === n)?.content);
  const before = contentOf(from);
  const after = contentOf(to);
  if (!before || !after) throw notFound('phiên bản báo cáo');
  return diffReports(before, after);
}
