import { and, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { snapshotCache } from '../../db/queries/snapshot-cache.js';
import type { FigureValue } from '../../domain/figures/values.js';
import { units } from '../../db/schema/index.js';
import { reachesEverywhere } from '../../domain/access/policy.js';
import { authorize, requireActor } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { inProvince, provinceOfUnit } from '../../db/queries/units/province.js';
import { computeDossierFigures, dossierSource } from '../figures/dossier-source.js';

export interface DossierFiguresQuery {
  unitId?: string | undefined;
  level: 'province' | 'departments' | 'communes';
  from: string;
  to: string;
}

/**
 * The dossier figures of a unit, or of a level (the province's departments, its communes, every unit), for a
 * period: each unit's value and the level's, whose rates are Σnumerator / Σdenominator. A unit's reporter
 * asks for their own unit only.
 */
export async function getDossierFigures(ctx: ServiceContext, query: DossierFiguresQuery) {
  const actor = requireActor(ctx);
  // As elsewhere, a request naming no unit is answered for the caller's own unit unless they read the province.
  const unitId = query.unitId ?? (reachesEverywhere(actor, 'dossiers.read') ? undefined : actor.unitId);
  if (unitId) await authorize(ctx, 'dossiers.read', { unitId });
  else await authorize(ctx, 'dossiers.read', {}, 'xem số liệu hồ sơ của toàn tỉnh');
  // A level is the actor's province's (issue #17.5).
  const provinceId = unitId ? null : await provinceOfUnit(ctx.db, actor.unitId);
  // Asked by every screen between imports: the answer is kept while the database has not changed.
  const key = JSON.stringify([unitId ?? query.level, query.from, query.to, provinceId]);
  return cachedAnswers(ctx.db, key, async () => {
    const unitIds = unitId ? [unitId] : await unitsOfLevel(ctx.db, query.level, provinceId);
    const period = { from: query.from, to: query.to };
    const values = await computeDossierFigures(
      ctx.db,
      { keys: [...dossierSource.keys], unitIds, period },
      { withTotal: true },
    );
    return { from: query.from, to: query.to, unitIds, values };
  });
}

const cachedAnswers = snapshotCache<{ from: string; to: string; unitIds: string[]; values: FigureValue[] }>({
  maxEntries: 100,
  maxAgeMs: 60_000,
});

async function unitsOfLevel(
  db: DbOrTx,
  level: DossierFiguresQuery['level'],
  provinceId: string | null,
): Promise<string[]> {
  const kinds =
    level === 'departments' ? (['department'] as const) : level === 'communes' ? (['commune'] as const) : null;
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(
      and(
        isNull(units.archivedAt),
        kinds ? inArray(units.kind, [...kinds]) : undefined,
        inProvince(units.id, provinceId),
      ),
    );
  return rows.map((r) => r.id);
}
