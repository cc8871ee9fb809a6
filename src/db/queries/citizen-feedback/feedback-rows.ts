/** PAKN items as their page shows them: a filtered list with counts by status, one item, the figures' rows. */
import { and, count, desc, eq, gte, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { foldVietnamese } from '../../../domain/text/fold.js';
import type { DbOrTx } from '../../client.js';
import { citizenFeedback, units } from '../../schema/index.js';
import { inProvince, ofProvince } from '../units/province.js';

export type FeedbackRow = typeof citizenFeedback.$inferSelect;
export type FeedbackStatusValue = FeedbackRow['status'];

export interface FeedbackFilter {
  /** The actor's province (null: every province's). */
  provinceId: string | null;
  year?: number;
  status?: FeedbackStatusValue;
  unitId?: string;
  /** A unit's reporter: only the items assigned to its unit. */
  visibleToUnit?: string;
  late?: boolean;
  q?: string;
  today: string;
}

function where(filter: FeedbackFilter, withStatus = true): SQL | undefined {
  const late = sql`(${citizenFeedback.status} <> 'cancelled' and (
      (${citizenFeedback.status} = 'answered' and ${citizenFeedback.answeredOn} > ${citizenFeedback.dueOn})
      or (${citizenFeedback.status} <> 'answered' and ${citizenFeedback.dueOn} < ${filter.today})))`;
  return and(
    ofProvince(citizenFeedback.provinceId, filter.provinceId),
    filter.year !== undefined
      ? and(
          gte(citizenFeedback.receivedOn, `${filter.year}-01-01`),
          lte(citizenFeedback.receivedOn, `${filter.year}-12-31`),
        )
      : undefined,
    withStatus && filter.status ? eq(citizenFeedback.status, filter.status) : undefined,
    filter.unitId ? eq(citizenFeedback.unitId, filter.unitId) : undefined,
    filter.visibleToUnit ? eq(citizenFeedback.unitId, filter.visibleToUnit) : undefined,
    filter.late === true ? late : filter.late === false ? sql`not ${late}` : undefined,
    filter.q
      ? sql`fold_vi(${citizenFeedback.subject} || ' ' || ${citizenFeedback.senderName} || ' ' || coalesce(${citizenFeedback.reference}, '')) like ${`%${foldVietnamese(filter.q).replace(/[%_\\]/g, '\\$&')}%`}`
      : undefined,
  );
}

const summaryColumns = {
  id: citizenFeedback.id,
  reference: citizenFeedback.reference,
  receivedOn: citizenFeedback.receivedOn,
  channel: citizenFeedback.channel,
  senderName: citizenFeedback.senderName,
  subject: citizenFeedback.subject,
  unitId: citizenFeedback.unitId,
  unitName: units.name,
  dueOn: citizenFeedback.dueOn,
  status: citizenFeedback.status,
  answeredOn: citizenFeedback.answeredOn,
  published: citizenFeedback.published,
  publishedOn: citizenFeedback.publishedOn,
};
export type FeedbackSummaryRow = {
  [K in keyof typeof summaryColumns]: K extends 'unitName' ? string | null : FeedbackRow[Exclude<K, 'unitName'>];
};

export async function listFeedbackRows(db: DbOrTx, filter: FeedbackFilter, page: number, pageSize: number) {
  const rows: FeedbackSummaryRow[] = await db
    .select(summaryColumns)
    .from(citizenFeedback)
    .leftJoin(units, eq(units.id, citizenFeedback.unitId))
    .where(where(filter))
    .orderBy(desc(citizenFeedback.receivedOn), desc(citizenFeedback.createdAt), citizenFeedback.id)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(citizenFeedback).where(where(filter));
  const byStatus = await db
    .select({ status: citizenFeedback.status, n: count() })
    .from(citizenFeedback)
    .where(where(filter, false))
    .groupBy(citizenFeedback.status);
  const counts = { received: 0, assigned: 0, answered: 0, cancelled: 0 };
  for (const s of byStatus) counts[s.status] = s.n;
  return { rows, total: total?.n ?? 0, counts };
}

export async function feedbackDetailRow(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ unitName: units.name, f: citizenFeedback })
    .from(citizenFeedback)
    .leftJoin(units, eq(units.id, citizenFeedback.unitId))
    .where(eq(citizenFeedback.id, id));
  return row;
}

/** The row to change, locked for the transaction. */
export async function lockFeedback(db: DbOrTx, id: string) {
  const [row] = await db.select().from(citizenFeedback).where(eq(citizenFeedback.id, id)).for('update');
  return row;
}

/**
 * The figures' rows: items of these units due or answered in [from, to] (cancelled ones left out); no units named:
 * every item of the province given (null: of every province).
 */
export async function feedbackFigureRows(
  db: DbOrTx,
  unitIds: readonly string[] | null,
  from: string,
  to: string,
  provinceId: string | null = null,
) {
  return db
    .select({
      unitId: citizenFeedback.unitId,
      status: citizenFeedback.status,
      dueOn: citizenFeedback.dueOn,
      answeredOn: citizenFeedback.answeredOn,
      published: citizenFeedback.published,
    })
    .from(citizenFeedback)
    .where(
      and(
        ne(citizenFeedback.status, 'cancelled'),
        unitIds ? inArray(citizenFeedback.unitId, [...unitIds]) : ofProvince(citizenFeedback.provinceId, provinceId),
        or(
          and(gte(citizenFeedback.dueOn, from), lte(citizenFeedback.dueOn, to)),
          and(gte(citizenFeedback.answeredOn, from), lte(citizenFeedback.answeredOn, to)),
        ),
      ),
    );
}

/** Items assigned to a unit and not answered yet (the reminders), with the unit's name. */
export async function feedbackAwaitingAnswer(db: DbOrTx) {
  return db
    .select({
      id: citizenFeedback.id,
      unitId: sql<string>`${citizenFeedback.unitId}`,
      unitName: units.name,
      subject: citizenFeedback.subject,
      dueOn: citizenFeedback.dueOn,
    })
    .from(citizenFeedback)
    .innerJoin(units, eq(units.id, citizenFeedback.unitId))
    .where(eq(citizenFeedback.status, 'assigned'));
}

/** Live units by code (the import's "Mã đơn vị xử lý"). */
/** The live units an item may be given to, by code: the province's (and the shared ones); null: every unit. */
export async function liveUnitsByCode(db: DbOrTx, provinceId: string | null) {
  const rows = await db
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(and(isNull(units.archivedAt), isNull(units.validTo), inProvince(units.id, provinceId)));
  return new Map(rows.filter((r) => r.code).map((r) => [r.code!, r.id]));
}

/** Whether a unit exists and is live (an item is assigned only to such a unit). */
export async function isLiveUnit(db: DbOrTx, unitId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), isNull(units.archivedAt), isNull(units.validTo)));
  return !!row;
}
