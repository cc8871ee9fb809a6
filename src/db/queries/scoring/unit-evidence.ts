import { and, asc, eq, isNull } from 'drizzle-orm';
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

/** The labels of the unit's evidence items not withdrawn (a prefill adds a figure's line once). */
export async function liveEvidenceLabels(db: DbOrTx, roundId: string, unitId: string): Promise<string[]> {
  const rows = await db
    .select({ label: scoringEvidence.label })
    .from(scoringEvidence)
    .where(
      and(eq(scoringEvidence.roundId, roundId), eq(scoringEvidence.unitId, unitId), isNull(scoringEvidence.archivedAt)),
    );
  return rows.map((r) => r.label);
}
