import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import type { Database } from '../../db/client.js';
import { queryRows } from '../../db/rows.js';
import { dataTables, latestMigration } from './tables.js';

export const BACKUP_FORMAT = 'cchc.backup/v1';

/**
 * One consistent archive of every table (read in one REPEATABLE READ snapshot) and every stored file.
 * Logical (JSON rows), so a PGlite backup restores into PostgreSQL and back.
 */
export async function createBackup(db: Database, filesRoot: string, onProgress?: (message: string) => void): Promise<Buffer> {
  const zip = new JSZip();
  const counts: Record<string, number> = {};
  await db.transaction(
    async (tx) => {
      for (const table of await dataTables(tx)) {
        const [result] = await queryRows<{ rows: unknown[] }>(tx, sql`SELECT coalesce(json_agg(t), '[]'::json) AS rows FROM ${sql.identifier(table)} t`);
        const rows = result?.rows ?? [];
        counts[table] = rows.length;
        zip.file(`tables/${table}.json`, JSON.stringify(rows));
        onProgress?.(`${table}: ${rows.length} dòng`);
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  let files = 0;
  if (existsSync(filesRoot)) {
    for (const path of await listFiles(filesRoot)) {
      zip.file(`files/${relative(filesRoot, path).split('\\').join('/')}`, await readFile(path));
      files++;
    }
  }
  onProgress?.(`${files} tệp đính kèm`);
  zip.file('manifest.json', JSON.stringify({ format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migration: await latestMigration(db), tables: counts, files }, null, 2));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))));
  return nested.flat();
}
