import type { DbOrTx } from '../../client.js';
import { portalDepartments } from '../../schema/index.js';

/** The portal ids already linked to units: portal id → unit id. */
export async function loadPortalLinks(db: DbOrTx): Promise<Map<string, string>> {
  const rows = await db
    .select({ departmentId: portalDepartments.departmentId, unitId: portalDepartments.unitId })
    .from(portalDepartments);
  return new Map(rows.map((r) => [r.departmentId, r.unitId]));
}

/** Remembers a portal id on its first match; a link already there is kept (it is corrected by hand, not by a later guess). */
export async function linkPortalDepartment(
  tx: DbOrTx,
  link: {
    departmentId: string;
    unitId: string;
    departmentCode: string | null;
    departmentName: string | null;
    at: Date;
  },
): Promise<void> {
  await tx
    .insert(portalDepartments)
    .values({
      departmentId: link.departmentId,
      unitId: link.unitId,
      departmentCode: link.departmentCode,
      departmentName: link.departmentName,
      linkedAt: link.at,
    })
    .onConflictDoNothing();
}
