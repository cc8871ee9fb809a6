import type { Database } from '../../db/client.js';
import { loadSourceMapping } from '../../db/queries/dossiers/dossier-imports.js';
import { loadDirectory } from '../../db/queries/units/load-directory.js';
import { dossierImports } from '../../db/schema/index.js';
import { localDateOf } from '../../domain/text/format.js';
import { finishDossierImport } from './import-dossiers-job.js';
import { readDossierFile, readingSummary, type DossierFileReading } from '../../readers/dossiers/read-dossier-file.js';
import { writeDossierFile, type WriteResult } from './steps/write-dossier-file.js';

export interface OperatorImportInput {
  fileName: string;
  sourceName: string;
  /** Opens the file from its start: it is read twice (check, then write), streamed both times. */
  open: () => AsyncIterable<Uint8Array>;
  acceptValidRows: boolean;
  dryRun: boolean;
  now: Date;
  onProgress?: (stage: 'check' | 'write', rowsRead: number) => void;
}

/**
 * The operator's import of a large export from disk (`cchc dossiers import`): the same two steps as the web
 * app's, run back to back — the whole file is checked first and nothing is written if a row is refused,
 * unless its valid rows are accepted (`written` is then null). The file is not copied into the file store.
 */
export async function importDossierFileAsOperator(
  db: Database,
  input: OperatorImportInput,
): Promise<{ reading: DossierFileReading; written: WriteResult | null }> {
  const options = {
    directory: await loadDirectory(db),
    mapping: await loadSourceMapping(db, input.sourceName),
    asOf: localDateOf(input.now),
  };
  const reading = await readDossierFile(input.open(), {
    ...options,
    onProgress: async (read) => input.onProgress?.('check', read),
  });
  if (input.dryRun) return { reading, written: null };
  if (reading.invalidRows > 0 && !input.acceptValidRows) return { reading, written: null };
  const [row] = await db
    .insert(dossierImports)
    .values({
      sourceName: input.sourceName,
      fileName: input.fileName,
      ...readingSummary(reading),
      createdAt: input.now,
    })
    .returning({ id: dossierImports.id });
  const written = await writeDossierFile(db, input.open(), row!.id, {
    ...options,
    onProgress: async (read) => input.onProgress?.('write', read),
  });
  await finishDossierImport(db, row!.id, written, null, input.now);
  return { reading, written };
}
