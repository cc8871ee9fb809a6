/** The demo's province (Quảng Trị): its work is loaded for its units only, as the demo may hold a second province. */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { units } from '../../db/schema/index.js';

export const DEMO_PROVINCE_CODE = 'QT';

/** The demo province's unit id, or null before its directory is loaded. */
export async function demoProvinceId(db: DbOrTx): Promise<string | null> {
  const [province] = await db.select({ id: units.id }).from(units).where(eq(units.code, DEMO_PROVINCE_CODE));
  return province?.id ?? null;
}
