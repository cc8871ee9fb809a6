import type { z } from 'zod';
import type { programmeRequest } from '../../contracts/programmes.js';
import { programmes } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { programmeWithPlans } from '../../db/queries/programmes/programme-rows.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';

/** A multi-year programme ("Chương trình CCHC giai đoạn 2026–2030"); its plans are assigned to it afterwards. */
export async function createProgramme(ctx: ServiceContext, request: z.infer<typeof programmeRequest>) {
  const actor = await authorize(ctx, 'programme.manage');
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(programmes)
      .values({ ...request, provinceId: await provinceOfUnit(tx, actor.unitId), createdBy: actor.userId })
      .returning({ id: programmes.id });
    await recordAudit(tx, actor, { action: 'programme.create', entityId: row!.id, after: request });
    return row!.id;
  });
  return (await programmeWithPlans(ctx.db, id))!;
}
