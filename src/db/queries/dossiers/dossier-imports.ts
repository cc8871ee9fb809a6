import { and, count, desc, eq, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { ofProvince } from '../units/province.js';
import { dossierImports, dossierSourceMappings, jobs, users } from '../../schema/index.js';
import { missingDossierFields } from '../../../domain/dossiers/dossier-record.js';
import { notFound } from '../../../domain/errors.js';

export type DossierImportRow = typeof dossierImports.$inferSelect;

export async function loadDossierImport(db: DbOrTx, id: string): Promise<DossierImportRow> {
  const [row] = await db.select().from(dossierImports).where(eq(dossierImports.id, id));
  if (!row) throw notFound('bản nhập hồ sơ');
  return row;
}

/** A source's saved column mapping; none saved reads the synchronisation names as they are. */
export async function loadSourceMapping(db: DbOrTx, sourceName: string): Promise<Record<string, string>> {
  const [row] = await db
    .select({ mapping: dossierSourceMappings.mapping })
    .from(dossierSourceMappings)
    .where(eq(dossierSourceMappings.sourceName, sourceName));
  return row?.mapping ?? {};
}

export async function saveSourceMapping(db: DbOrTx, sourceName: string, mapping: Record<string, string>, now: Date) {
  await db
    .insert(dossierSourceMappings)
    .values({ sourceName, mapping, updatedAt: now })
    .onConflictDoUpdate({
      target: dossierSourceMappings.sourceName,
      set: { mapping: sql`excluded.mapping`, updatedAt: now },
    });
}

interface ImportContext {
  mapping: Record<string, string>;
  jobId: string | null;
  createdByName: string | null;
}

export function dossierImportView(row: DossierImportRow, context: ImportContext) {
  return {
    ...dossierImportSummaryView({ ...row, createdByName: context.createdByName }),
    problems: row.problems as { row: number; field: string; reason: string }[],
    unknownColumns: row.unknownColumns,
    columns: row.columns,
    missingFields: missingDossierFields(row.columns, context.mapping),
    mapping: context.mapping,
    unmatchedUnits: row.unmatchedUnits,
    rowsDone: row.rowsDone,
    jobId: context.jobId,
  };
}

function dossierImportSummaryView(row: DossierImportRow & { createdByName: string | null }) {
  return {
    id: row.id,
    sourceName: row.sourceName,
    fileName: row.fileName,
    format: row.format,
    status: row.status,
    validRows: row.validRows,
    invalidRows: row.invalidRows,
    inserted: row.inserted,
    updated: row.updated,
    unchanged: row.unchanged,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    committedAt: row.committedAt?.toISOString() ?? null,
  };
}

/** Whether a file of this name was already imported from this source (the demo's dossiers are loaded once). */
export async function hasCommittedImport(db: DbOrTx, sourceName: string, fileName: string): Promise<boolean> {
  const [row] = await db
    .select({ id: dossierImports.id })
    .from(dossierImports)
    .where(
      and(
        eq(dossierImports.sourceName, sourceName),
        eq(dossierImports.fileName, fileName),
        eq(dossierImports.status, 'committed'),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** An import as the page shows it: with its source's mapping, who uploaded it and the job writing it. */
export async function loadDossierImportDetail(db: DbOrTx, id: string) {
  const row = await loadDossierImport(db, id);
  const mapping = await loadSourceMapping(db, row.sourceName);
  const [creator] = row.createdBy
    ? await db.select({ name: users.displayName }).from(users).where(eq(users.id, row.createdBy))
    : [];
  const [job] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, DOSSIER_IMPORT_JOB_KIND), sql`${jobs.payload}->>'importId' = ${id}`))
    .orderBy(desc(jobs.createdAt))
    .limit(1);
  return dossierImportView(row, { mapping, jobId: job?.id ?? null, createdByName: creator?.name ?? null });
}

/** The job kind that writes an import (services/dossiers/import-dossiers-job.ts). */
export const DOSSIER_IMPORT_JOB_KIND = 'dossier_import';

/** A province's past imports (and the CLI's), newest first, a page at a time. */
export async function listDossierImports(
  db: DbOrTx,
  page: { page: number; pageSize: number },
  provinceId: string | null,
) {
  const ofTheProvince = ofProvince(dossierImports.provinceId, provinceId);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(dossierImports).where(ofTheProvince);
  const rows = await db
    .select({ row: dossierImports, createdByName: users.displayName })
    .from(dossierImports)
    .leftJoin(users, eq(users.id, dossierImports.createdBy))
    .where(ofTheProvince)
    .orderBy(desc(dossierImports.createdAt), desc(dossierImports.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  return {
    items: rows.map((r) => dossierImportSummaryView({ ...r.row, createdByName: r.createdByName })),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}

/**
 * The sources cchc knows: those with a saved mapping (a column mapping is shared: the same system exports the same
 * columns in every province) and those the province's files came from, by name.
 */
export async function listDossierSources(db: DbOrTx, provinceId: string | null) {
  const mappings = await db.select().from(dossierSourceMappings);
  const used = await db
    .select({ name: dossierImports.sourceName, imports: count(), lastImportAt: max(dossierImports.createdAt) })
    .from(dossierImports)
    .where(ofProvince(dossierImports.provinceId, provinceId))
    .groupBy(dossierImports.sourceName);
  const names = new Set([...mappings.map((m) => m.sourceName), ...used.map((u) => u.name)]);
  return [...names]
    .sort((a, b) => a.localeCompare(b, 'vi'))
    .map((name) => {
      const mapping = mappings.find((m) => m.sourceName === name);
      const use = used.find((u) => u.name === name);
      return {
        name,
        mapping: mapping?.mapping ?? {},
        mappingUpdatedAt: mapping?.updatedAt.toISOString() ?? null,
        imports: use?.imports ?? 0,
        lastImportAt: use?.lastImportAt ? new Date(use.lastImportAt).toISOString() : null,
      };
    });
}
