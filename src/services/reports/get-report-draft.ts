import { eq } from 'drizzle-orm';
import { reportDrafts } from '../../db/schema/index.js';
import { requireRole } from '../access.js';
import type { ServiceContext } from '../context.js';
import { draftView } from './draft-defaults.js';
import { loadPeriod } from './period-dataset.js';
import { REPORT_READERS } from '../../contracts/reports.js';

/** The coordinator's texts for a period's consolidated report; the defaults (version 0) until first saved. */
export async function getReportDraft(ctx: ServiceContext, periodId: string) {
  requireRole(ctx, REPORT_READERS, 'xem báo cáo tổng hợp');
  const loaded = await loadPeriod(ctx.db, periodId);
  const [row] = await ctx.db.select().from(reportDrafts).where(eq(reportDrafts.periodId, periodId));
  return draftView(loaded, row);
}
