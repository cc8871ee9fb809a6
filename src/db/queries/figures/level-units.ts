/**
 * The units a level covers over a period: the province's departments, its communes, or both with the
 * districts (the whole province). A unit counts when it was valid at some day of the period and is not
 * archived, so a merged commune still carries its months before the merger. In an installation holding several
 * provinces, the province given (and the units outside every province); null: every province's.
 */
import { and, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { units } from '../../schema/index.js';
import { inProvince } from '../units/province.js';
import type { FigurePeriod } from '../../../domain/figures/period.js';
import type { FigureLevel } from '../../../domain/figures/scope.js';

const KINDS: Record<FigureLevel, ('department' | 'district' | 'commune')[]> = {
  province: ['department', 'district', 'commune'],
  departments: ['department'],
  communes: ['commune'],
};

export async function unitsOfLevel(
  db: DbOrTx,
  level: FigureLevel,
  period: FigurePeriod,
  provinceId: string | null,
): Promise<string[]> {
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(
      and(
        inArray(units.kind, KINDS[level]),
        isNull(units.archivedAt),
        or(isNull(units.validFrom), lte(units.validFrom, period.to)),
        or(isNull(units.validTo), gte(units.validTo, period.from)),
        inProvince(units.id, provinceId),
      ),
    );
  return rows.map((r) => r.id);
}
