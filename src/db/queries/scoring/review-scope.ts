/** Which leaves a unit must fill in, and which the council must review. */
import { areaOf, isScoredLeaf, walk } from '../../../domain/scoring/tree.js';
import type { CriteriaNode, CriteriaSet, NodeKind } from '../../../domain/scoring/types.js';
import type { EntryRow } from './round-data.js';

export interface LeafInfo {
  node: CriteriaNode;
  area: string;
  /** Under a bonus or penalty node: optional, claimed only when it applies. */
  optional: boolean;
  /** The leaf's own kind, or that of the bonus or penalty node above it. */
  kind: NodeKind;
  survey: boolean;
}

export function leafInfo(set: CriteriaSet): Map<string, LeafInfo> {
  const areas = areaOf(set);
  const out = new Map<string, LeafInfo>();
  const kinds = new Map<string, NodeKind>();
  for (const visit of walk(set.nodes)) {
    const inherited = visit.parent ? (kinds.get(visit.parent.code) ?? 'criterion') : 'criterion';
    const kind = inherited !== 'criterion' ? inherited : (visit.node.kind ?? 'criterion');
    kinds.set(visit.node.code, kind);
    if (!isScoredLeaf(visit.node)) continue;
    out.set(visit.node.code, {
      node: visit.node,
      area: areas.get(visit.node.code) ?? visit.node.code,
      optional: kind !== 'criterion',
      kind,
      survey: visit.node.source === 'survey',
    });
  }
  return out;
}

/** Self-assessed leaves the unit must answer (a value or "not applicable"). */
export const requiredSelfLeaves = (info: Map<string, LeafInfo>) =>
  [...info.values()].filter((l) => !l.survey && !l.optional);

/** Leaves of one unit still awaiting the first appraisal: every required leaf, and every claimed bonus or penalty. */
export function unreviewedLeaves(info: Map<string, LeafInfo>, entries: readonly EntryRow[]): LeafInfo[] {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  return [...info.values()].filter((l) => {
    if (l.survey) return false;
    const entry = byCode.get(l.node.code);
    if (l.optional && !entry?.selfEntry) return false;
    return !entry?.appraisedBy;
  });
}
