import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import type { Database } from '../../db/client.js';
import type { FileStore } from '../../files/file-store.js';
import { queryRows } from '../../db/rows.js';
import { dataTables, latestMigration } from '../../db/queries/system/tables.js';

export const BACKUP_FORMAT = 'cchc.backup/v1';

/**
 * One consistent archive of every table (read in one REPEATABLE READ snapshot) and every stored file.
 * Logical (JSON rows), so a PGlite backup restores into PostgreSQL and back.
 */
export async function createBackup(
  db: Database,
  files: FileStore,
  onProgress?: (message: string) => void,
): Promise<Buffer> {
  const zip = new JSZip();
  const counts: Record<string, number> = {};
  await db.transaction(
    async (tx) => {
      for (const table of await dataTables(tx)) {
        const [result] = await queryRows<{ rows: unknown[] }>(
          tx,
          sql`SELECT coalesce(json_agg(t), '[]'::json) AS rows FROM ${sql.identifier(table)} t`,
        );
        const rows = result?.rows ?? [];
        counts[table] = rows.length;
        zip.file(`tables/${table}.json`, JSON.stringify(rows));
        onProgress?.(`${table}: ${rows.length} dòng`);
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  // Listed after the snapshot: a stored file is flushed before the row naming it commits, so every file
  // the snapshot's rows name is there (files added later are harmless extras).
  const keys = await files.keys();
  for (const key of keys) zip.file(`files/${key}`, await files.get(key));
  onProgress?.(`${keys.length} tệp đính kèm`);
  zip.file(
    'manifest.json',
    JSON.stringify(
      {
        format: BACKUP_FORMAT,
        createdAt: new Date().toISOString(),
        migration: await latestMigration(db),
        tables: counts,
        files: keys.length,
      },
      null,
      2,
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
