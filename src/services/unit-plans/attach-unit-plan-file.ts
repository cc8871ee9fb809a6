import type { UploadedFile } from '../../files/upload-content.js';
import { eq } from 'drizzle-orm';
import type { UnitPlanDuty } from '../../contracts/unit-plans.js';
import { unitPlans } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { storeUpload } from '../../db/queries/files/store-upload.js';
import { storedFileDownload } from '../../db/queries/files/stored-file-download.js';
import { activeUnitPlans } from '../../db/queries/unit-plans/unit-plan-duties.js';
import { notFound } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { unwrap } from '../unwrap.js';
import { readUnitPlanDuty } from './get-unit-plan-duty.js';

/** The issued plan's file (checked by content, as evidence is), replacing an earlier one on the same record. */
export async function attachUnitPlanFile(
  ctx: ServiceContext,
  planId: string,
  unitId: string,
  upload: UploadedFile,
): Promise<UnitPlanDuty> {
  const actor = await authorize(ctx, 'unitWork.record', { unitId });
  const type = unwrap(
    await readUploadOffThread({ kind: 'evidence', content: upload.content, fileName: upload.fileName }),
    'INVALID_EVIDENCE',
  );
  await ctx.db.transaction(async (tx) => {
    const [record] = await activeUnitPlans(tx, [planId], [unitId]);
    if (!record) throw notFound('kế hoạch CCHC đã ghi nhận của đơn vị (hãy ghi số, ngày ban hành trước)');
    const file = await storeUpload(tx, ctx.files, actor, 'unit-plans', {
      content: upload.content,
      fileName: upload.fileName,
      contentType: type.mime,
    });
    await tx
      .update(unitPlans)
      .set({ fileId: file.id, version: record.version + 1 })
      .where(eq(unitPlans.id, record.id));
    await recordAudit(tx, actor, {
      action: 'unitPlan.attachFile',
      entityId: record.id,
      before: { fileName: record.fileName },
      after: { fileName: upload.fileName, sizeBytes: upload.content.size },
    });
  });
  return readUnitPlanDuty(ctx.db, planId, unitId, localDateOf(ctx.now()));
}

/** The file of a unit's recorded plan, for whoever may read the unit's data. */
export async function downloadUnitPlanFile(ctx: ServiceContext, planId: string, unitId: string) {
  await authorize(ctx, 'unitData.read', { unitId });
  const [record] = await activeUnitPlans(ctx.db, [planId], [unitId]);
  if (!record?.fileId) throw notFound('tệp kế hoạch CCHC của đơn vị');
  return storedFileDownload(ctx.db, ctx.files, record.fileId, 'tệp kế hoạch CCHC của đơn vị');
}
