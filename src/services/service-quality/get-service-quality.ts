/**
 * The service-quality page (QĐ 766) for a year, a span and a level: one row per unit with the six groups'
 * published scores (cchc's recomputation and the > 0,01 flag beside them), the total, the competition rank,
 * the dossier figures the catalogue's dossier source computes, and a trend over the year's periods up to the
 * one chosen; plus the level's own row (dossiers Σnum/Σden; scores where the portal publishes the level: the
 * province). A unit's reporter sees their own unit only, without rank or level.
 */
import { unitsOfLevel } from '../../db/queries/figures/level-units.js';
import { loadPageUnits, loadProvinceUnit } from '../../db/queries/service-quality/page-units.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { loadPublishedFigures, type PublishedFigureRow } from '../../db/queries/service-figures/published-figures.js';
import type {
  ServiceQualityQuery,
  ServiceQualityRowView,
  ServiceQualityView,
} from '../../contracts/service-quality.js';
import { reachesEverywhere } from '../../domain/access/policy.js';
import { periodOfSpan, type FigurePeriod, type FigureSpan } from '../../domain/figures/period.js';
import type { FigureValue } from '../../domain/figures/values.js';
import {
  dossierFigureRow,
  groupScoresOf,
  PAGE_DOSSIER_KEYS,
  rankByTotal,
  totalOfGroups,
  trendPeriods,
} from '../../domain/service-quality/page.js';
import { localDateOf } from '../../domain/text/format.js';
import { snapshotCache } from '../../db/queries/snapshot-cache.js';
import type { DbOrTx } from '../../db/client.js';
import { authorize, requireActor } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { computeDossierFigures } from '../figures/dossier-source.js';

const LEVEL_NAMES = {
  province: 'Toàn tỉnh',
  departments: 'Các sở, ban, ngành',
  communes: 'Các xã, phường, đặc khu',
} as const;

export async function getServiceQuality(ctx: ServiceContext, query: ServiceQualityQuery): Promise<ServiceQualityView> {
  const actor = requireActor(ctx);
  // A request naming no unit is answered for the caller's own unit unless they read the province.
  const unitId = query.unitId ?? (reachesEverywhere(actor, 'figures.read') ? undefined : (actor.unitId ?? undefined));
  if (unitId) await authorize(ctx, 'figures.read', { unitId });
  else await authorize(ctx, 'figures.read', {}, 'xem chất lượng phục vụ của toàn tỉnh');
  // A level is the actor's province's (issue #17.5).
  const provinceId = unitId ? null : await provinceOfUnit(ctx.db, actor.unitId);

  const today = localDateOf(ctx.now());
  // Read by every leader and officer between imports: the answer is kept while the database has not changed.
  const key = JSON.stringify([query.year, query.span, unitId ?? query.level, today, provinceId]);
  return cachedViews(ctx.db, key, () => computeServiceQuality(ctx.db, query, unitId, today, provinceId));
}

const cachedViews = snapshotCache<ServiceQualityView>({ maxEntries: 50, maxAgeMs: 60_000 });

async function computeServiceQuality(
  db: DbOrTx,
  query: ServiceQualityQuery,
  unitId: string | undefined,
  today: string,
  provinceId: string | null,
): Promise<ServiceQualityView> {
  const period = periodOfSpan(query.year, query.span);
  const trend = trendPeriods(query.year, query.span, today);
  const unitIds = unitId ? [unitId] : await unitsOfLevel(db, query.level, period, provinceId);
  const province = !unitId && query.level === 'province' ? await loadProvinceUnit(db, provinceId) : null;
  const units = await loadPageUnits(db, unitIds);
  const scored = province ? [...unitIds, province.id] : unitIds;

  const current = await figuresOf(db, scored, unitIds, period, today);
  const points: ({ span: FigureSpan } & PeriodFigures)[] = [];
  for (const t of trend) points.push({ span: t.span, ...(await figuresOf(db, scored, unitIds, t.period, today)) });

  /** A row: its label, whose published scores it shows (a unit, the province, none) and whose dossiers (null: all). */
  const rowOf = (
    label: Pick<ServiceQualityRowView, 'unitId' | 'unitName' | 'unitCode'>,
    scoredId: string | null,
    dossierKey: string | null,
  ): Omit<ServiceQualityRowView, 'rank' | 'rankedOf'> => {
    const groups = groupScoresOf(scoredId ? (current.published.get(scoredId) ?? []) : []);
    return {
      ...label,
      groups,
      total: totalOfGroups(groups),
      dossiers: dossierFigureRow(current.dossiers.get(dossierKey) ?? []),
      trend: points.map((p) => ({
        span: p.span,
        total: scoredId ? totalOfGroups(groupScoresOf(p.published.get(scoredId) ?? [])) : null,
        onTimeRate: p.dossiers.get(dossierKey)?.find((v) => v.key === 'dossiers.on_time_rate')?.value ?? null,
      })),
    };
  };

  const rows = units.map((u) => rowOf({ unitId: u.id, unitName: u.name, unitCode: u.code }, u.id, u.id));
  const levelRow = rowOf(
    { unitId: null, unitName: LEVEL_NAMES[query.level], unitCode: province?.code ?? null },
    province?.id ?? null,
    null,
  );
  const ranks = unitId ? rows.map(() => ({ rank: null, of: null })) : rankByTotal(rows, (r) => r.total);
  return {
    year: query.year,
    span: query.span,
    period,
    scope: unitId ? 'unit' : query.level,
    trendSpans: trend,
    levelRow: unitId ? null : { ...levelRow, rank: null, rankedOf: null },
    rows: rows.map((row, i) => ({ ...row, rank: ranks[i]!.rank, rankedOf: ranks[i]!.of })),
  };
}

interface PeriodFigures {
  published: Map<string, PublishedFigureRow[]>;
  dossiers: Map<string | null, FigureValue[]>;
}

/**
 * One period's published rows per unit, and the dossier figures per unit and over all of them (key null),
 * judged on the period's last day or today, whichever comes first (a dossier not yet due is not late).
 */
async function figuresOf(
  db: DbOrTx,
  scored: string[],
  unitIds: string[],
  period: FigurePeriod,
  today: string,
): Promise<PeriodFigures> {
  const published = new Map<string, PublishedFigureRow[]>();
  for (const row of await loadPublishedFigures(db, scored, period))
    published.set(row.unitId, [...(published.get(row.unitId) ?? []), row]);
  const judged = { from: period.from, to: period.to < today ? period.to : today };
  const dossiers = new Map<string | null, FigureValue[]>();
  if (judged.from <= judged.to) {
    const values = await computeDossierFigures(
      db,
      { keys: [...PAGE_DOSSIER_KEYS], unitIds, period: judged },
      { withTotal: true },
    );
    for (const v of values) dossiers.set(v.unitId, [...(dossiers.get(v.unitId) ?? []), v]);
  }
  return { published, dossiers };
}
