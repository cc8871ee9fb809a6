import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { reportDrafts } from '../../schema/index.js';
import type { ReportTexts } from '../../../writers/cchc/report-texts.js';
import { draftView } from './draft-defaults.js';
import type { LoadedPeriod } from '../consolidation/period-dataset.js';

/** The coordinator's texts as saved (or the defaults), with the version they are. */
export async function currentReportTexts(
  db: DbOrTx,
  loaded: LoadedPeriod,
): Promise<{ texts: ReportTexts; version: number }> {
  const [row] = await db.select().from(reportDrafts).where(eq(reportDrafts.periodId, loaded.period.id));
  const { periodId: _p, periodLabel: _l, version, updatedAt: _u, ...texts } = draftView(loaded, row);
  return { texts, version };
}
