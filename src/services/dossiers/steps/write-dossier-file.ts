import type { Database } from '../../../db/client.js';
import { updateDossierAggregates } from '../../../db/queries/dossiers/rebuild-daily.js';
import { upsertDossiers } from '../../../db/queries/dossiers/upsert-dossiers.js';
import { readDossierFile, type ReadOptions } from '../../../readers/dossiers/read-dossier-file.js';

export interface WriteResult {
  inserted: number;
  updated: number;
  /** Dossiers already held with the same facts. */
  unchanged: number;
  /** Rows left out because they could not be read (the coordinator accepted the valid rows). */
  skippedRows: number;
}

/**
 * Reads the file again and writes its valid dossiers batch by batch, each batch in its own transaction with
 * the change it makes to the daily and monthly aggregates, so the figures always match the rows. A write
 * that stops halfway leaves whole batches; running it again finishes it without duplicates (rows are keyed
 * by dossier code).
 */
export async function writeDossierFile(
  db: Database,
  chunks: AsyncIterable<Uint8Array>,
  importId: string,
  options: Omit<ReadOptions, 'onBatch'>,
): Promise<WriteResult> {
  let inserted = 0;
  let updated = 0;
  let unchanged = 0;
  const reading = await readDossierFile(chunks, {
    ...options,
    onBatch: (rows) =>
      db.transaction(async (tx) => {
        const written = await upsertDossiers(tx, rows, importId);
        await updateDossierAggregates(tx, written.removed, written.added);
        inserted += written.inserted;
        updated += written.updated;
        unchanged += written.unchanged;
      }),
  });
  return { inserted, updated, unchanged, skippedRows: reading.invalidRows };
}
