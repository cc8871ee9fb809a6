import { storedFileDownload } from '../../db/queries/files/stored-file-download.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { coordinatorValue } from '../../db/queries/reporting/coordinator-value.js';

/** The evidence file of a province-wide figure; the targets are open to every signed-in user. */
export async function downloadIndicatorEvidence(ctx: ServiceContext, indicatorId: string, periodId: string) {
  await authorize(ctx, 'plan.read', { indicatorId, periodId });
  const value = await coordinatorValue(ctx.db, indicatorId, periodId);
  return storedFileDownload(ctx.db, ctx.files, value?.evidenceFileId, 'tệp minh chứng của số liệu này');
}
