/** Who issues the scoring documents: the province's People's Committee above the Sở Nội vụ, or a unit for its own sheet. */
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { units } from '../../schema/index.js';

export async function provinceNames(db: DbOrTx): Promise<{ governingBody: string | undefined; place: string }> {
  const [province] = await db
    .select({ name: units.name })
    .from(units)
    .where(and(eq(units.kind, 'province'), isNull(units.parentId)))
    .limit(1);
  const name = province?.name;
  return { governingBody: name, place: name ? name.replace(/^(UBND|Ủy ban nhân dân)\s+(tỉnh|thành phố)\s+/i, '') : '' };
}

/** Document file names without characters that trouble Windows. */
export const safeFileName = (name: string) =>
  name
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
