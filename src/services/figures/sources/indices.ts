/**
 * indices.<code>.score and .rank: the province's own published result of each catalogued national index for the
 * year the period ends in (db/queries/indices/), from its own tracker. Only the province's own unit has them (no value is made up for a
 * department or commune), so a province-level target linked to them reads the one published figure.
 */
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { indexResults } from '../../../db/schema/index.js';
import { provincesOf } from '../../../db/queries/units/province.js';
import { indexFigures } from '../../../domain/figures/index-figures.js';
import type { FigureKey } from '../../../domain/figures/catalogue.js';
import type { FigureValue } from '../../../domain/figures/values.js';
import { formatNumberVi } from '../../../domain/text/format.js';
import type { FigureSource } from '../figure-source.js';

export const indexSource: FigureSource = {
  keys: indexFigures.map((f) => f.key),
  async compute(db, { keys, unitIds, period, level }) {
    // A province's unit is its own province; its departments and communes have no value. The province level's
    // value is the province's the level's units are of (none when they are of several: no single figure).
    const provinceOf = await provincesOf(db, unitIds);
    const ofLevel = new Set([...provinceOf.values()].filter((id) => id !== null));
    const asked =
      level === 'province'
        ? ofLevel.size === 1
          ? [...ofLevel]
          : []
        : unitIds.filter((id) => provinceOf.get(id) === id);
    if (asked.length === 0) return [];
    const year = Number(period.to.slice(0, 4));
    const codes = [...new Set(keys.map((k) => k.split('.')[1]!))];
    const rows = await db
      .select()
      .from(indexResults)
      .where(
        and(
          inArray(indexResults.indexCode, codes),
          eq(indexResults.year, year),
          eq(indexResults.own, true),
          isNull(indexResults.archivedAt),
          or(inArray(indexResults.provinceId, asked), isNull(indexResults.provinceId)),
        ),
      );
    return asked.flatMap((unitId) =>
      keys.map((key): FigureValue => {
        const [, code, what] = key.split('.') as [string, string, 'score' | 'rank'];
        // The province's own results (in its tracker, or a shared one); two (the year before a merger) have no
        // single figure for the province.
        const own = rows.filter((r) => r.indexCode === code && (r.provinceId === unitId || r.provinceId === null));
        const row = own.length === 1 ? own[0]! : null;
        const value = row ? (what === 'score' ? row.score : row.rank) : null;
        const label =
          row && value !== null
            ? what === 'score'
              ? `${code} ${year}: ${formatNumberVi(value)} điểm (đã công bố)`
              : `${code} ${year}: xếp thứ ${value}${row.rankOf ? `/${row.rankOf}` : ''}`
            : `Chưa nhập kết quả ${code} năm ${year}`;
        return {
          key: key as FigureKey,
          unitId,
          numerator: null,
          denominator: null,
          value,
          source: { label, link: '/chi-so-quoc-gia' },
        };
      }),
    );
  },
};
