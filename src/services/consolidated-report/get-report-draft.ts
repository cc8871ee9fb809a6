import { eq } from 'drizzle-orm';
import { reportDrafts } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { draftView } from '../../db/queries/consolidated-report/draft-defaults.js';
import { loadPeriod } from '../../db/queries/consolidation/period-dataset.js';

/** The coordinator's texts for a period's consolidated report; the defaults (version 0) until first saved. */
export async function getReportDraft(ctx: ServiceContext, periodId: string) {
  await authorize(ctx, 'provinceReport.read', { periodId }, 'xem báo cáo tổng hợp');
  const loaded = await loadPeriod(ctx.db, periodId);
  const [row] = await ctx.db.select().from(reportDrafts).where(eq(reportDrafts.periodId, periodId));
  return draftView(loaded, row);
}
