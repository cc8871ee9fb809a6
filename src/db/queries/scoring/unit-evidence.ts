import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { alias } from 'drizzle-orm/pg-core';
import { scoringEvidence, storedFiles, users } from '../../schema/index.js';

const withdrawer = alias(users, 'withdrawer');

/** Every evidence item of the unit, withdrawn ones too: those are shown apart, as history. */
export async function loadEvidence(db: DbOrTx, roundId: string, unitId: string) {
  return db
    .select({
      id: scoringEvidence.id,
      code: scoringEvidence.code,
      stage: scoringEvidence.stage,
      label: scoringEvidence.label,
      url: scoringEvidence.url,
      fileId: scoringEvidence.fileId,
      fileName: storedFiles.fileName,
      addedAt: scoringEvidence.addedAt,
      archivedAt: scoringEvidence.archivedAt,
      archiveReason: scoringEvidence.archiveReason,
      withdrawnByName: withdrawer.displayName,
    })
    .from(scoringEvidence)
    .leftJoin(storedFiles, eq(storedFiles.id, scoringEvidence.fileId))
    .leftJoin(withdrawer, eq(withdrawer.id, scoringEvidence.archivedBy))
    .where(and(eq(scoringEvidence.roundId, roundId), eq(scoringEvidence.unitId, unitId)))
    .orderBy(asc(scoringEvidence.addedAt));
}
