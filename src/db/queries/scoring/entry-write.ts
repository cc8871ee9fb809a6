/**
 * Every change to a leaf goes through here: the version the writer read is checked, the new
 * version is kept in scoring_history, and the audit row is written in the same transaction.
 */
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../client.js';
import type { SCORING_HISTORY_KINDS } from '../../schema/index.js';
import { scoringEntries, scoringEvidence, scoringHistory } from '../../schema/index.js';
import { staleVersion } from '../../../domain/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { AuditAction } from '../../../contracts/audit-actions.js';
import type { Actor } from '../../../services/context.js';
import { findEntry, type EntryRow } from './round-data.js';

export type HistoryKind = (typeof SCORING_HISTORY_KINDS)[number];
/** The kinds of write to an entry (evidence and survey points are written elsewhere), each with its audit action. */
const ENTRY_ACTIONS = {
  self: 'scoringEntry.selfAssess',
  prefill: 'scoringEntry.prefill',
  appraisal: 'scoringEntry.appraise',
  explanation: 'scoringEntry.explain',
  final: 'scoringEntry.reappraise',
  review: 'scoringEntry.review',
} as const satisfies Partial<Record<HistoryKind, AuditAction>>;
export type EntryKind = keyof typeof ENTRY_ACTIONS;
type EntryChanges = Partial<Omit<EntryRow, 'id' | 'roundId' | 'unitId' | 'code' | 'version'>>;

export interface LeafKey {
  roundId: string;
  unitId: string;
  code: string;
}

export async function appendHistory(
  tx: Tx,
  actor: Actor | null,
  key: LeafKey,
  kind: HistoryKind,
  version: number,
  data: unknown,
  at: Date,
): Promise<void> {
  await tx.insert(scoringHistory).values({ ...key, kind, version, data, actorId: actor?.userId ?? null, at });
}

/** Creates (version 0 → 1) or updates the entry of a leaf; 409 STALE_VERSION when someone wrote in between. */
export async function writeEntry(
  tx: Tx,
  actor: Actor | null,
  key: LeafKey,
  readVersion: number,
  kind: EntryKind,
  changes: EntryChanges,
  now: Date,
  reason?: string | null,
): Promise<EntryRow> {
  const before = await findEntry(tx, key.roundId, key.unitId, key.code);
  if ((before?.version ?? 0) !== readVersion) throw staleVersion(`Tiêu chí ${key.code}`);
  const stamp = { ...changes, updatedBy: actor?.userId ?? null, updatedAt: now };
  const [after] = before
    ? await tx
        .update(scoringEntries)
        .set({ ...stamp, version: before.version + 1 })
        .where(and(eq(scoringEntries.id, before.id), eq(scoringEntries.version, before.version)))
        .returning()
    : await tx
        .insert(scoringEntries)
        .values({ ...key, ...stamp, version: 1 })
        .onConflictDoNothing()
        .returning();
  if (!after) throw staleVersion(`Tiêu chí ${key.code}`);
  await appendHistory(tx, actor, key, kind, after.version, after, now);
  await recordAudit(tx, actor, {
    action: ENTRY_ACTIONS[kind],
    entityId: after.id,
    before: before ?? null,
    after,
    reason: reason ?? null,
  });
  return after;
}

export interface EvidenceItem {
  label: string;
  url: string | null;
  fileId: string | null;
}

/** Evidence is only ever added: each item is kept, with its history row and audit row. */
export async function insertEvidence(
  tx: Tx,
  actor: Actor,
  key: LeafKey,
  stage: 'self' | 'explanation',
  item: EvidenceItem,
  now: Date,
): Promise<void> {
  const [row] = await tx
    .insert(scoringEvidence)
    .values({ ...key, stage, ...item, addedBy: actor.userId, addedAt: now })
    .returning();
  await appendHistory(tx, actor, key, 'evidence', 0, row, now);
  await recordAudit(tx, actor, { action: 'scoringEvidence.add', entityId: row!.id, after: row! });
}
