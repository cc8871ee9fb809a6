import { and, asc, count, eq, gte, isNull, lte, not, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { dossierImports, dossiers } from '../../schema/index.js';
import { daysLate } from '../../../domain/service-quality/page.js';
import { notFound } from '../../../domain/errors.js';

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
        fieldCode: dossiers.fieldCode,
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
      daysLate: daysLate(r.dueAt, r.endedAt, filter.judgedAt),
    })),
    total: total?.n ?? 0,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

/** One dossier of a unit, with the import it came from; the unit is part of the condition (another unit's: 404). */
export async function loadUnitDossier(db: DbOrTx, unitId: string, code: string, judgedAt: Date) {
  const [row] = await db
    .select({
      dossier: dossiers,
      importFile: dossierImports.fileName,
      importSource: dossierImports.sourceName,
      importedAt: dossierImports.committedAt,
    })
    .from(dossiers)
    .leftJoin(dossierImports, eq(dossierImports.id, dossiers.importId))
    .where(and(eq(dossiers.unitId, unitId), eq(dossiers.code, code)));
  if (!row) throw notFound('hồ sơ');
  const d = row.dossier;
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  const late = d.dueAt !== null && (d.endedAt ?? judgedAt).getTime() > d.dueAt.getTime();
  return {
    code: d.code,
    unitId: d.unitId,
    unitName: d.unitName,
    procedureCode: d.procedureCode,
    fieldCode: d.fieldCode,
    channel: d.channel,
    status: d.status,
    receivedAt: d.receivedAt.toISOString(),
    dueAt: iso(d.dueAt),
    endedAt: iso(d.endedAt),
    returnedAt: iso(d.returnedAt),
    refusedAt: iso(d.refusedAt),
    late,
    daysLate: daysLate(d.dueAt, d.endedAt, judgedAt),
    lateApology: d.lateApology,
    feeBearing: d.feeBearing,
    paidOnline: d.paidOnline,
    digitised: d.digitised,
    source: row.importFile
      ? { sourceName: row.importSource!, fileName: row.importFile, importedAt: iso(row.importedAt) }
      : null,
  };
}
