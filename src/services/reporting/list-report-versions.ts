import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadReportContext, reportVersions } from '../../db/queries/reporting/report-context.js';

/** Every submission, return, acceptance and reopening of a unit's report, oldest first. */
export async function listReportVersions(ctx: ServiceContext, periodId: string, unitId: string) {
  await authorize(ctx, 'unitData.read', { unitId });
  const { report } = await loadReportContext(ctx.db, periodId, unitId);
  if (!report) return [];
  return (await reportVersions(ctx.db, report.id)).map(({ content: _content, ...version }) => version);
}
