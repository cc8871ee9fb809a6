import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import {
  DOSSIER_IMPORT_JOB_KIND,
  loadDossierImport,
  loadSourceMapping,
} from '../../db/queries/dossiers/dossier-imports.js';
import { loadDirectory } from '../../db/queries/units/load-directory.js';
import { dossierImports, storedFiles, users } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import type { Actor } from '../context.js';
import type { JobContext } from '../jobs/job-context.js';
import { writeDossierFile, type WriteResult } from './steps/write-dossier-file.js';

export const DOSSIER_IMPORT_JOB = DOSSIER_IMPORT_JOB_KIND;

const formatCount = (n: number) => n.toLocaleString('vi-VN');

/**
 * The job that writes a previewed dossier file: reads the stored file again, writes its valid rows batch by
 * batch with their daily aggregates, and says how many rows it has written as it goes. Run again after a
 * crash, it finishes the file without duplicates (rows are keyed by dossier code).
 */
export async function importDossiers({ db, files, now, job, progress }: JobContext): Promise<Record<string, unknown>> {
  const importId = String(job.payload.importId);
  const draft = await loadDossierImport(db, importId);
  if (draft.status !== 'preview') throw new AppError('IMPORT_CLOSED');
  const [file] = draft.sourceFileId
    ? await db.select().from(storedFiles).where(eq(storedFiles.id, draft.sourceFileId))
    : [];
  if (!file) throw new AppError('FILE_MISSING');
  const bytes = await files.get(file.storageKey);
  const total = draft.validRows + draft.invalidRows;
  const [requester] = job.requestedBy ? await db.select().from(users).where(eq(users.id, job.requestedBy)) : [];
  const actor: Actor | null = requester
    ? { userId: requester.id, role: requester.role, unitId: requester.unitId }
    : null;
  await progress(1, 'Đang đọc tệp hồ sơ');
  const result = await writeDossierFile(
    db,
    (async function* () {
      yield new Uint8Array(bytes);
    })(),
    importId,
    {
      // The directory of the import's province, as its preview was matched against.
      directory: await loadDirectory(db, draft.provinceId),
      mapping: await loadSourceMapping(db, draft.sourceName),
      asOf: localDateOf(now()),
      onProgress: async (read) => {
        await db.update(dossierImports).set({ rowsDone: read }).where(eq(dossierImports.id, importId));
        await progress(
          Math.min(99, Math.max(1, Math.floor((read / Math.max(total, 1)) * 100))),
          `Đã đọc ${formatCount(read)}/${formatCount(total)} dòng`,
        );
      },
    },
  );
  await finishDossierImport(db, importId, result, actor, now());
  return { importId, ...result };
}

/** Marks the import written, with its counts, and audits it (the job and the CLI). */
export async function finishDossierImport(
  db: Database,
  importId: string,
  result: WriteResult,
  actor: Actor | null,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(dossierImports)
      .set({
        status: 'committed',
        inserted: result.inserted,
        updated: result.updated,
        unchanged: result.unchanged,
        committedAt: now,
      })
      .where(eq(dossierImports.id, importId));
    await recordAudit(tx, actor, { action: 'dossierImport.commit', entityId: importId, after: { ...result } });
  });
}
