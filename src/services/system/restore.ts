import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import type { Database } from '../../db/client.js';
import { queryRows } from '../../db/rows.js';
import { requireNoServer } from '../../db/serving-lock.js';
import { AppError } from '../../domain/errors.js';
import type { FileStore } from '../../files/file-store.js';
import { BACKUP_FORMAT } from './backup.js';
import { dataTables, latestMigration } from '../../db/queries/system/tables.js';

const BATCH = 500;

/**
 * Replaces all data with the archive's, in one transaction (all or nothing), then the stored files (the folder's
 * or the bucket's).
 * Refuses an archive from another schema version, and a database a cchc server is serving.
 */
export async function restoreBackup(
  db: Database,
  store: FileStore,
  archive: Uint8Array,
  onProgress?: (message: string) => void,
): Promise<Record<string, number>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(archive);
  } catch {
    throw new AppError('CORRUPT_FILE', { file: 'backup' });
  }
  const manifestText = await zip.file('manifest.json')?.async('string');
  const manifest = manifestText ? (JSON.parse(manifestText) as { format?: string; migration?: string | null }) : null;
  if (manifest?.format !== BACKUP_FORMAT) throw new AppError('NOT_A_BACKUP');
  if (manifest.migration !== (await latestMigration(db))) {
    throw new AppError('SCHEMA_MISMATCH');
  }

  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    await requireNoServer(tx);
    const tables = await dataTables(tx);
    await tx.execute(sql.raw(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`));
    for (const table of tables) {
      const text = await zip.file(`tables/${table}.json`)?.async('string');
      const rows = text ? (JSON.parse(text) as unknown[]) : [];
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = JSON.stringify(rows.slice(i, i + BATCH));
        // json_populate_recordset converts every column to its SQL type on the database side.
        await tx.execute(
          sql`INSERT INTO ${sql.identifier(table)} SELECT * FROM json_populate_recordset(NULL::${sql.identifier(table)}, ${batch}::json)`,
        );
      }
      counts[table] = rows.length;
      onProgress?.(`${table}: ${rows.length} dòng`);
    }
    // Serial columns continue after the restored ids.
    const serials = await queryRows<{ t: string; c: string }>(
      tx,
      sql`SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
    );
    for (const { t, c } of serials) {
      await tx.execute(
        sql`SELECT setval(pg_get_serial_sequence(${`"${t}"`}, ${c}), coalesce((SELECT max(${sql.identifier(c)}) FROM ${sql.identifier(t)}), 0) + 1, false)`,
      );
    }
  });

  await store.clear();
  const files = Object.values(zip.files).filter((f) => !f.dir && f.name.startsWith('files/'));
  for (const file of files) {
    const key = file.name.slice('files/'.length);
    // The store refuses a key that climbs out of it ("../"), as a hostile archive's entry would.
    if (key.split('/').some((part) => part === '..' || part === ''))
      throw new AppError('CORRUPT_FILE', { file: 'backup-entry', name: file.name });
    await store.put(key, await file.async('uint8array'));
  }
  onProgress?.(`${files.length} tệp đính kèm`);
  counts.files = files.length;
  return counts;
}
