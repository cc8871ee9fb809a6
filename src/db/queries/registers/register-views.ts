/**
 * The registers' reads: an entry, its files, comments and follow-ups as the API shows them, a page of entries
 * with the list's filters, and follow-ups. One register's rows are told apart by `register`.
 */
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../client.js';
import {
  registerComments,
  registerEntries,
  registerFiles,
  registerFollowUps,
  storedFiles,
  units,
  users,
} from '../../schema/index.js';
import type { RegisterKey } from '../../../domain/registers/index.js';
import { registerOf } from '../../../domain/registers/index.js';
import { choiceLabel } from '../../../domain/registers/kit.js';
import { formatDateVi } from '../../../domain/text/format.js';
import type { RegisterEntryView, RegisterFollowUpView } from '../../../contracts/registers.js';

export type EntryRow = typeof registerEntries.$inferSelect;

/** An entry's title as its list shows it: the declared title field (a choice by its label). */
export function titleOf(register: RegisterKey, fields: Record<string, unknown>): string {
  const declaration = registerOf(register);
  const spec = declaration.fields[declaration.titleField];
  const value = fields[declaration.titleField];
  // A date title (an inspection's day) reads dd/mm/yyyy.
  if (spec?.kind === 'date' && typeof value === 'string') return formatDateVi(value);
  return choiceLabel(spec, value) || '—';
}

export async function loadEntryRow(db: DbOrTx, register: RegisterKey, id: string): Promise<EntryRow | undefined> {
  const [row] = await db
    .select()
    .from(registerEntries)
    .where(and(eq(registerEntries.id, id), eq(registerEntries.register, register)));
  return row;
}

/** Whether `unitId` owes a follow-up on the entry (its reporters then read the entry and report on it). */
export async function owesFollowUpOn(db: DbOrTx, entryId: string, unitId: string | null): Promise<boolean> {
  if (!unitId) return false;
  const [row] = await db
    .select({ id: registerFollowUps.id })
    .from(registerFollowUps)
    .where(and(eq(registerFollowUps.entryId, entryId), eq(registerFollowUps.unitId, unitId)))
    .limit(1);
  return !!row;
}

async function openFollowUpCounts(db: DbOrTx, entryIds: string[]): Promise<Map<string, number>> {
  if (!entryIds.length) return new Map();
  const rows = await db
    .select({ entryId: registerFollowUps.entryId, n: count() })
    .from(registerFollowUps)
    .where(and(inArray(registerFollowUps.entryId, entryIds), eq(registerFollowUps.status, 'open')))
    .groupBy(registerFollowUps.entryId);
  return new Map(rows.map((r) => [r.entryId, r.n]));
}

const entryView = (row: EntryRow, unitName: string, openFollowUps: number): RegisterEntryView => ({
  id: row.id,
  register: row.register as RegisterKey,
  unitId: row.unitId,
  unitName,
  title: titleOf(row.register as RegisterKey, row.fields),
  fields: row.fields,
  version: row.version,
  cancelled: row.cancelledAt !== null,
  cancelReason: row.cancelReason,
  openFollowUps,
  updatedAt: row.updatedAt.toISOString(),
});

export interface EntryFilter {
  register: RegisterKey;
  /** Only these units (a reporter's own); null: every unit. */
  unitIds: string[] | null;
  year?: number;
  status: 'active' | 'cancelled' | 'all';
  q?: string;
  /** Declared filter fields and the value asked for. */
  equals: [string, string][];
}

function entryConditions(filter: EntryFilter): SQL[] {
  const declaration = registerOf(filter.register);
  const conditions: SQL[] = [eq(registerEntries.register, filter.register)];
  if (filter.unitIds) conditions.push(inArray(registerEntries.unitId, filter.unitIds));
  if (filter.status === 'active') conditions.push(isNull(registerEntries.cancelledAt));
  if (filter.status === 'cancelled') conditions.push(isNotNull(registerEntries.cancelledAt));
  if (filter.year && declaration.dateField)
    conditions.push(
      sql`${registerEntries.fields} ->> ${declaration.dateField} between ${`${filter.year}-01-01`} and ${`${filter.year}-12-31`}`,
    );
  for (const [field, value] of filter.equals) conditions.push(sql`${registerEntries.fields} ->> ${field} = ${value}`);
  if (filter.q)
    conditions.push(ilike(sql`${registerEntries.fields}::text`, `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`));
  return conditions;
}

/** A page of entries, newest first by the register's date (then by recording). */
export async function listEntries(db: DbOrTx, filter: EntryFilter, page: { page: number; pageSize: number } | null) {
  const declaration = registerOf(filter.register);
  const where = and(...entryConditions(filter));
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(registerEntries).where(where);
  const ordered = db
    .select({ entry: registerEntries, unitName: units.name })
    .from(registerEntries)
    .innerJoin(units, eq(units.id, registerEntries.unitId))
    .where(where)
    .orderBy(
      ...(declaration.dateField ? [desc(sql`${registerEntries.fields} ->> ${declaration.dateField}`)] : []),
      asc(units.name),
      desc(registerEntries.createdAt),
    );
  const rows = page ? await ordered.limit(page.pageSize).offset((page.page - 1) * page.pageSize) : await ordered;
  const open = await openFollowUpCounts(
    db,
    rows.map((r) => r.entry.id),
  );
  return { total, items: rows.map((r) => entryView(r.entry, r.unitName, open.get(r.entry.id) ?? 0)) };
}

export async function entryViewOf(db: DbOrTx, row: EntryRow): Promise<RegisterEntryView> {
  const [unit] = await db.select({ name: units.name }).from(units).where(eq(units.id, row.unitId));
  const open = await openFollowUpCounts(db, [row.id]);
  return entryView(row, unit?.name ?? '', open.get(row.id) ?? 0);
}

export async function filesOf(db: DbOrTx, entryId: string) {
  const rows = await db
    .select({ link: registerFiles, file: storedFiles })
    .from(registerFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, registerFiles.fileId))
    .where(eq(registerFiles.entryId, entryId))
    .orderBy(asc(registerFiles.createdAt));
  return rows.map(({ link, file }) => ({
    id: link.id,
    field: link.field,
    followUpId: link.followUpId,
    fileName: file.fileName,
    sizeBytes: file.sizeBytes,
    createdAt: link.createdAt.toISOString(),
  }));
}

export async function commentsOf(db: DbOrTx, entryId: string) {
  const rows = await db
    .select({ comment: registerComments, author: users.displayName })
    .from(registerComments)
    .leftJoin(users, eq(users.id, registerComments.createdBy))
    .where(eq(registerComments.entryId, entryId))
    .orderBy(asc(registerComments.createdAt));
  return rows.map(({ comment, author }) => ({
    id: comment.id,
    body: comment.body,
    author: author ?? '',
    createdAt: comment.createdAt.toISOString(),
  }));
}

const ownerUnits = alias(units, 'follow_up_units');

/** Follow-ups as the API shows them, with the entry they come from and their evidence. */
export async function followUpViews(
  db: DbOrTx,
  where: SQL | undefined,
  today: string,
  page: { page: number; pageSize: number } | null = null,
): Promise<{ total: number; items: RegisterFollowUpView[] }> {
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(registerFollowUps)
    .innerJoin(registerEntries, eq(registerEntries.id, registerFollowUps.entryId))
    .where(where);
  const query = db
    .select({ f: registerFollowUps, entry: registerEntries, unitName: ownerUnits.name })
    .from(registerFollowUps)
    .innerJoin(registerEntries, eq(registerEntries.id, registerFollowUps.entryId))
    .innerJoin(ownerUnits, eq(ownerUnits.id, registerFollowUps.unitId))
    .where(where)
    .orderBy(asc(registerFollowUps.dueOn), asc(ownerUnits.name));
  const rows = page ? await query.limit(page.pageSize).offset((page.page - 1) * page.pageSize) : await query;
  const ids = rows.map((r) => r.f.id);
  const evidence = ids.length
    ? await db
        .select({ link: registerFiles, file: storedFiles })
        .from(registerFiles)
        .innerJoin(storedFiles, eq(storedFiles.id, registerFiles.fileId))
        .where(inArray(registerFiles.followUpId, ids))
        .orderBy(asc(registerFiles.createdAt))
    : [];
  return {
    total,
    items: rows.map(({ f, entry, unitName }) => ({
      id: f.id,
      entryId: f.entryId,
      register: entry.register as RegisterKey,
      entryTitle: titleOf(entry.register as RegisterKey, entry.fields),
      unitId: f.unitId,
      unitName,
      title: f.title,
      dueOn: f.dueOn,
      status: f.status,
      overdue: f.status === 'open' && f.dueOn < today,
      result: f.result,
      closedOn: f.closedOn,
      reportedOn: f.reportedOn,
      returnReason: f.returnReason,
      cancelReason: f.cancelReason,
      version: f.version,
      evidence: evidence
        .filter((e) => e.link.followUpId === f.id)
        .map(({ link, file }) => ({
          id: link.id,
          field: link.field,
          followUpId: link.followUpId,
          fileName: file.fileName,
          sizeBytes: file.sizeBytes,
          createdAt: link.createdAt.toISOString(),
        })),
    })),
  };
}

export async function followUpView(db: DbOrTx, id: string, today: string): Promise<RegisterFollowUpView | undefined> {
  return (await followUpViews(db, eq(registerFollowUps.id, id), today)).items[0];
}
