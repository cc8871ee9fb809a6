/** Initiatives as their pages show them: a list with counts by status, one initiative with its files and applications. */
import { and, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { InitiativeDetail, InitiativeSummary } from '../../../contracts/initiatives.js';
import type { DbOrTx } from '../../client.js';
import { initiativeApplications, initiativeFiles, initiatives, storedFiles, units } from '../../schema/index.js';
import { inProvince } from '../units/province.js';

export type InitiativeStatus = (typeof initiatives.$inferSelect)['status'];

export interface InitiativeFilter {
  year?: number;
  status?: InitiativeStatus;
  unitId?: string;
  /** A unit's reporter: its own unit's initiatives and the recognised ones of others. */
  visibleToUnit?: string;
  /** The actor's province (null: every province's). */
  provinceId?: string | null;
}

const activeApplications = sql<number>`(select count(*)::int from ${initiativeApplications} ia
  where ia.initiative_id = ${initiatives.id} and ia.cancelled_at is null)`;

function where(filter: InitiativeFilter, withStatus = true): SQL | undefined {
  return and(
    filter.year !== undefined ? eq(initiatives.year, filter.year) : undefined,
    withStatus && filter.status ? eq(initiatives.status, filter.status) : undefined,
    filter.unitId ? eq(initiatives.unitId, filter.unitId) : undefined,
    filter.visibleToUnit
      ? or(eq(initiatives.unitId, filter.visibleToUnit), eq(initiatives.status, 'recognised'))
      : undefined,
    inProvince(initiatives.unitId, filter.provinceId ?? null),
  );
}

const summaryColumns = {
  id: initiatives.id,
  unitId: initiatives.unitId,
  unitName: units.name,
  year: initiatives.year,
  title: initiatives.title,
  area: initiatives.area,
  status: initiatives.status,
  effectLevel: initiatives.effectLevel,
  decidedOn: initiatives.decidedOn,
  submittedAt: initiatives.submittedAt,
  applications: activeApplications,
};

const toSummary = (r: { submittedAt: Date } & Omit<InitiativeSummary, 'submittedAt'>): InitiativeSummary => ({
  ...r,
  submittedAt: r.submittedAt.toISOString(),
});

export async function listInitiativeRows(db: DbOrTx, filter: InitiativeFilter, page: number, pageSize: number) {
  const rows = await db
    .select(summaryColumns)
    .from(initiatives)
    .innerJoin(units, eq(units.id, initiatives.unitId))
    .where(where(filter))
    .orderBy(desc(initiatives.submittedAt), initiatives.id)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(initiatives).where(where(filter));
  const byStatus = await db
    .select({ status: initiatives.status, n: count() })
    .from(initiatives)
    .where(where(filter, false))
    .groupBy(initiatives.status);
  const counts = { submitted: 0, recognised: 0, not_recognised: 0, withdrawn: 0 };
  for (const s of byStatus) counts[s.status] = s.n;
  return { items: rows.map(toSummary), total: total?.n ?? 0, counts };
}

export async function initiativeRow(db: DbOrTx, id: string) {
  const [row] = await db.select().from(initiatives).where(eq(initiatives.id, id));
  return row;
}

export async function initiativeDetailRow(db: DbOrTx, id: string): Promise<Omit<InitiativeDetail, 'can'> | undefined> {
  const [row] = await db
    .select({ ...summaryColumns, i: initiatives })
    .from(initiatives)
    .innerJoin(units, eq(units.id, initiatives.unitId))
    .where(eq(initiatives.id, id));
  if (!row) return undefined;
  const files = await db
    .select({ id: storedFiles.id, fileName: storedFiles.fileName })
    .from(initiativeFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, initiativeFiles.fileId))
    .where(eq(initiativeFiles.initiativeId, id))
    .orderBy(initiativeFiles.addedAt);
  const [decisionFile] = row.i.decisionFileId
    ? await db
        .select({ id: storedFiles.id, fileName: storedFiles.fileName })
        .from(storedFiles)
        .where(eq(storedFiles.id, row.i.decisionFileId))
    : [];
  const applicationList = await db
    .select({
      id: initiativeApplications.id,
      unitId: initiativeApplications.unitId,
      unitName: units.name,
      appliedOn: initiativeApplications.appliedOn,
      note: initiativeApplications.note,
    })
    .from(initiativeApplications)
    .innerJoin(units, eq(units.id, initiativeApplications.unitId))
    .where(and(eq(initiativeApplications.initiativeId, id), isNull(initiativeApplications.cancelledAt)))
    .orderBy(initiativeApplications.appliedOn);
  const { i, ...summary } = row;
  return {
    ...toSummary(summary),
    problem: i.problem,
    solution: i.solution,
    decisionNumber: i.decisionNumber,
    decisionNote: i.decisionNote,
    decisionFile: decisionFile ?? null,
    withdrawReason: i.withdrawReason,
    files,
    applicationList,
    version: i.version,
  };
}

/** Recognised initiatives per proposing unit, decided in [from, to]; and applications recorded per applying unit. */
export async function initiativeCounts(db: DbOrTx, unitIds: readonly string[], from: string, to: string) {
  if (unitIds.length === 0) return { recognised: new Map<string, number>(), applied: new Map<string, number>() };
  const recognised = await db
    .select({ unitId: initiatives.unitId, n: count() })
    .from(initiatives)
    .where(
      and(
        inArray(initiatives.unitId, [...unitIds]),
        eq(initiatives.status, 'recognised'),
        sql`${initiatives.decidedOn} between ${from} and ${to}`,
      ),
    )
    .groupBy(initiatives.unitId);
  const applied = await db
    .select({ unitId: initiativeApplications.unitId, n: count() })
    .from(initiativeApplications)
    .where(
      and(
        inArray(initiativeApplications.unitId, [...unitIds]),
        isNull(initiativeApplications.cancelledAt),
        sql`${initiativeApplications.appliedOn} between ${from} and ${to}`,
      ),
    )
    .groupBy(initiativeApplications.unitId);
  return {
    recognised: new Map(recognised.map((r) => [r.unitId, r.n])),
    applied: new Map(applied.map((r) => [r.unitId, r.n])),
  };
}
