/**
 * indices.<code>.score and .rank: the province's own published result of each catalogued national index for the
 * year the period ends in (db/queries/indices/). Only the province's own unit has them (no value is made up for a
 * department or commune), so a province-level target linked to them reads the one published figure.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { indexResults } from '../../../db/schema/index.js';
import { provinceUnitIds } from '../../../db/queries/indices/index-rows.js';
import { provincesOf } from '../../../db/queries/units/province.js';
import { indexFigures } from '../../../domain/figures/index-figures.js';
import type { FigureKey } from '../../../domain/figures/catalogue.js';
import type { FigureValue } from '../../../domain/figures/values.js';
import { formatNumberVi } from '../../../domain/text/format.js';
import type { FigureSource } from '../figure-source.js';

export const indexSource: FigureSource = {
  keys: indexFigures.map((f) => f.key),
  async compute(db, { keys, unitIds, period, level }) {
    const provinces = await provinceUnitIds(db);
    // The province level's value is the province's own (its departments and communes have none): the province
    // the level's units are of.
    const ofLevel = level === 'province' ? new Set((await provincesOf(db, unitIds)).values()) : null;
    const asked = ofLevel
      ? provinces.filter((id) => ofLevel.has(id)).slice(0, 1)
      : unitIds.filter((id) => provinces.includes(id));
    if (asked.length === 0) return [];
    // The results entered record no province yet (issue #17.5): they are the province's only in an installation
    // holding one; with several, no figure rather than another province's.
    if (provinces.length > 1) return [];
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
        ),
      );
    return asked.flatMap((unitId) =>
      keys.map((key): FigureValue => {
        const [, code, what] = key.split('.') as [string, string, 'score' | 'rank'];
        // Two own rows (the year before a merger) have no single figure for the province.
        const own = rows.filter((r) => r.indexCode === code);
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
