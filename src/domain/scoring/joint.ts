/**
 * The province's joint self-assessment (its own PAR INDEX for the Ministry): each area or criterion names the
 * agencies responsible for it; a criterion without its own names inherits its nearest ancestor's. Agencies that
 * were merged are followed to the units carrying on their work. Pure: the caller loads the set, the rows and
 * the unit directory.
 */
import { successorsOn } from '../reporting/unit-succession.js';
import type { UnitDirectory } from '../units/types.js';
import { walk } from './tree.js';
import type { CriteriaSet } from './types.js';

/** Each node's chain of codes, itself first, then its parents up to its area. */
export function ancestorChains(set: CriteriaSet): Map<string, string[]> {
  const chains = new Map<string, string[]>();
  const parentOf = new Map<string, string | null>();
  for (const v of walk(set.nodes)) parentOf.set(v.node.code, v.parent?.code ?? null);
  for (const code of parentOf.keys()) {
    const chain: string[] = [];
    for (let c: string | null | undefined = code; c; c = parentOf.get(c)) chain.push(c);
    chains.set(code, chain);
  }
  return chains;
}

/** The agencies named for `code`: its own names, or its nearest ancestor's; none when nobody was named. */
export function namedAgencies(
  chains: Map<string, string[]>,
  named: ReadonlyMap<string, readonly string[]>,
  code: string,
): { agencyIds: readonly string[]; from: string | null } {
  for (const c of chains.get(code) ?? [code]) {
    const ids = named.get(c);
    if (ids?.length) return { agencyIds: ids, from: c };
  }
  return { agencyIds: [], from: null };
}

/** The units valid on `asOf` that carry on the named agencies (a merged department → the one it went into). */
export function currentAgencies(directory: UnitDirectory, agencyIds: readonly string[], asOf: string): string[] {
  const out = new Set<string>();
  for (const id of agencyIds) {
    const paths = successorsOn(directory, id, asOf);
    // A unit the directory does not date (or no longer knows) stays responsible as named.
    if (!paths.length) out.add(id);
    for (const p of paths) out.add(p.unit.id);
  }
  return [...out];
}

export const JOINT_STATUSES = ['open', 'filled', 'returned', 'accepted'] as const;
export type JointStatus = (typeof JOINT_STATUSES)[number];

/** Where a criterion stands: not filled, filled and awaiting review, returned for correction, accepted. */
export function jointStatus(
  entry: { selfEntry: unknown; reviewStatus: 'returned' | 'accepted' | null } | undefined,
): JointStatus {
  if (entry?.reviewStatus) return entry.reviewStatus;
  return entry?.selfEntry ? 'filled' : 'open';
}

export interface AgencyProgress {
  agencyId: string;
  assigned: number;
  filled: number;
  returned: number;
  accepted: number;
}

/** Per agency: its criteria, how many are filled (awaiting review or later), returned and accepted. */
export function progressByAgency(
  leaves: readonly { agencyIds: readonly string[]; status: JointStatus }[],
): AgencyProgress[] {
  const by = new Map<string, AgencyProgress>();
  for (const leaf of leaves)
    for (const agencyId of leaf.agencyIds) {
      const p = by.get(agencyId) ?? { agencyId, assigned: 0, filled: 0, returned: 0, accepted: 0 };
      p.assigned += 1;
      if (leaf.status !== 'open') p.filled += 1;
      if (leaf.status === 'returned') p.returned += 1;
      if (leaf.status === 'accepted') p.accepted += 1;
      by.set(agencyId, p);
    }
  return [...by.values()];
}
