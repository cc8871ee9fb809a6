import { and, asc, count, eq, gte, isNull, lte, not, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { dossiers } from '../../schema/index.js';

export interface UnitDossierFilter {
  unitId: string;
  from?: string | undefined;
  to?: string | undefined;
  lateWithoutApology: boolean;
  /** The instant an open dossier is judged at (now, or the end of the period asked). */
  judgedAt: Date;
  page: number;
  pageSize: number;
}

/** One unit's dossiers received in a period, oldest first; the unit is always part of the condition. */
export async function listUnitDossiers(db: DbOrTx, filter: UnitDossierFilter) {
  const lateAt = sql<boolean>`(${dossiers.dueAt} is not null and coalesce(${dossiers.endedAt}, ${filter.judgedAt.toISOString()}::timestamptz) > ${dossiers.dueAt})`;
  const conditions: (SQL | undefined)[] = [
    eq(dossiers.unitId, filter.unitId),
    filter.from ? gte(dossiers.receivedOn, filter.from) : undefined,
    filter.to ? lte(dossiers.receivedOn, filter.to) : undefined,
    filter.lateWithoutApology ? and(lateAt, or(isNull(dossiers.lateApology), not(dossiers.lateApology))) : undefined,
  ];
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        code: dossiers.code,
        procedureCode: dossiers.procedureCode,
        channel: dossiers.channel,
        status: dossiers.status,
        receivedAt: dossiers.receivedAt,
        dueAt: dossiers.dueAt,
        endedAt: dossiers.endedAt,
        late: lateAt,
        lateApology: dossiers.lateApology,
        paidOnline: dossiers.paidOnline,
        digitised: dossiers.digitised,
      })
      .from(dossiers)
      .where(where)
      .orderBy(asc(dossiers.receivedAt), asc(dossiers.code))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ n: count() }).from(dossiers).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      ...r,
      receivedAt: r.receivedAt.toISOString(),
      dueAt: r.dueAt?.toISOString() ?? null,
      endedAt: r.endedAt?.toISOString() ?? null,
    })),
    total: total?.n ?? 0,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}
