import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { dossierImports, dossierSourceMappings } from '../../schema/index.js';
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

export function dossierImportView(row: DossierImportRow) {
  return {
    id: row.id,
    sourceName: row.sourceName,
    fileName: row.fileName,
    format: row.format,
    status: row.status,
    validRows: row.validRows,
    invalidRows: row.invalidRows,
    problems: row.problems as { row: number; field: string; reason: string }[],
    unknownColumns: row.unknownColumns,
    inserted: row.inserted,
    updated: row.updated,
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
