/** The province's joint round: who is responsible for what, resolved to the units working today. */
import { and, eq, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import {
  criteriaSets,
  scoringEntries,
  scoringResponsibilities,
  scoringRoundUnits,
  scoringRounds,
} from '../../schema/index.js';
import { checkLeafEntry } from '../../../domain/scoring/leaf-entry-check.js';
import { leafInfo } from './review-scope.js';
import type { CriteriaSet } from '../../../domain/scoring/types.js';
import { ancestorChains, currentAgencies, namedAgencies } from '../../../domain/scoring/joint.js';
import { scoredLeaves } from '../../../domain/scoring/tree.js';
import { loadDirectory } from '../units/load-directory.js';
import type { UnitDirectory } from '../../../domain/units/types.js';

export type ResponsibilityRow = typeof scoringResponsibilities.$inferSelect;

export async function loadResponsibilities(db: DbOrTx, roundId: string): Promise<Map<string, string[]>> {
  const rows = await db.select().from(scoringResponsibilities).where(eq(scoringResponsibilities.roundId, roundId));
  return new Map(rows.map((r) => [r.code, r.agencyIds]));
}

/** The day responsibilities are resolved on: the round's last working day (merges done by then are followed). */
export const jointAsOf = (round: { selfAssessmentTo: string; appraisalTo: string; explanationTo: string | null }) =>
  [round.selfAssessmentTo, round.appraisalTo, round.explanationTo ?? ''].sort().at(-1)!;

export interface LeafAgencies {
  code: string;
  /** As named (on the criterion or inherited from `from`). */
  namedIds: readonly string[];
  from: string | null;
  /** The units carrying on the named agencies' work today. */
  agencyIds: string[];
}

/** Every scored leaf's responsible agencies. */
export function leafAgencies(
  set: CriteriaSet,
  named: ReadonlyMap<string, readonly string[]>,
  directory: UnitDirectory,
  asOf: string,
): LeafAgencies[] {
  const chains = ancestorChains(set);
  return scoredLeaves(set).map((leaf) => {
    const { agencyIds, from } = namedAgencies(chains, named, leaf.code);
    return { code: leaf.code, namedIds: agencyIds, from, agencyIds: currentAgencies(directory, agencyIds, asOf) };
  });
}

/**
 * Whether `unitId` is responsible for `code` (or, without a code, for any criterion) in the round: false for a round
 * that names no agency at all (not a joint round) or that does not exist.
 */
export async function isResponsible(db: DbOrTx, roundId: string, unitId: string, code?: string): Promise<boolean> {
  const named = await loadResponsibilities(db, roundId);
  if (!named.size) return false;
  const [row] = await db
    .select({ round: scoringRounds, set: criteriaSets.content })
    .from(scoringRounds)
    .innerJoin(criteriaSets, eq(criteriaSets.id, scoringRounds.criteriaSetId))
    .where(eq(scoringRounds.id, roundId));
  if (!row) return false;
  const directory = await loadDirectory(db);
  const asOf = jointAsOf(row.round);
  if (code !== undefined) {
    const { agencyIds } = namedAgencies(ancestorChains(row.set), named, code);
    return currentAgencies(directory, agencyIds, asOf).includes(unitId);
  }
  return leafAgencies(row.set, named, directory, asOf).some((l) => l.agencyIds.includes(unitId));
}

export interface OwedExplanation {
  roundId: string;
  roundName: string;
  code: string;
  agencyId: string;
  dueOn: string;
}

/**
 * The explanations still owed in joint rounds open for them: each criterion the Ministry gave fewer points than the
 * province claimed (more, for a penalty) and nobody has explained yet, once per responsible agency.
 */
export async function owedExplanations(db: DbOrTx): Promise<OwedExplanation[]> {
  const rounds = await db
    .select({ round: scoringRounds, set: criteriaSets.content, unitId: scoringRoundUnits.unitId })
    .from(scoringRounds)
    .innerJoin(criteriaSets, eq(criteriaSets.id, scoringRounds.criteriaSetId))
    .innerJoin(scoringRoundUnits, eq(scoringRoundUnits.roundId, scoringRounds.id))
    .where(and(eq(scoringRounds.status, 'explanation'), isNotNull(scoringRounds.explanationTo)));
  const out: OwedExplanation[] = [];
  const directory = rounds.length ? await loadDirectory(db) : null;
  for (const { round, set, unitId } of rounds) {
    const named = await loadResponsibilities(db, round.id);
    if (!named.size) continue;
    const info = leafInfo(set);
    const entries = await db
      .select()
      .from(scoringEntries)
      .where(and(eq(scoringEntries.roundId, round.id), eq(scoringEntries.unitId, unitId)));
    const byCode = new Map(entries.map((e) => [e.code, e]));
    for (const leaf of leafAgencies(set, named, directory!, jointAsOf(round))) {
      const entry = byCode.get(leaf.code);
      const node = info.get(leaf.code);
      if (!entry?.appraisedBy || !entry.appraisedEntry || entry.explanation || !node) continue;
      const claimed = entry.selfEntry ? checkLeafEntry(node.node, entry.selfEntry) : 0;
      const granted = checkLeafEntry(node.node, entry.appraisedEntry);
      if (node.kind === 'penalty' ? granted <= claimed : granted >= claimed) continue;
      for (const agencyId of leaf.agencyIds)
        out.push({ roundId: round.id, roundName: round.name, code: leaf.code, agencyId, dueOn: round.explanationTo! });
    }
  }
  return out;
}
