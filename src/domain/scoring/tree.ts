/** Walking a criteria tree: what each node is (group, scored leaf, outline) and where it sits. */
import type { CriteriaNode, CriteriaSet, NodeKind } from './types.js';

/** A heading listed under a scored node without points of its own. */
export const isOutline = (node: CriteriaNode): boolean => node.maxPoints === undefined;
/** A node that receives points from an entry. */
export const isScoredLeaf = (node: CriteriaNode): boolean => node.method !== undefined;
/** A node whose points are the sum of its scored children. */
export const isGroup = (node: CriteriaNode): boolean => !isOutline(node) && !isScoredLeaf(node);
export const kindOf = (node: CriteriaNode): NodeKind => node.kind ?? 'criterion';

/** Scored children (outline children are left out). */
export const scoredChildren = (node: CriteriaNode): CriteriaNode[] =>
  isScoredLeaf(node) ? [] : (node.children ?? []).filter((c) => !isOutline(c));

export interface NodeVisit {
  node: CriteriaNode;
  parent: CriteriaNode | null;
  depth: number;
  /** Some ancestor is a bonus or penalty node. */
  underBonusOrPenalty: boolean;
}

/** Every node in tree order, outlines included. */
export function walk(nodes: readonly CriteriaNode[]): NodeVisit[] {
  const out: NodeVisit[] = [];
  const visit = (node: CriteriaNode, parent: CriteriaNode | null, depth: number, under: boolean) => {
    out.push({ node, parent, depth, underBonusOrPenalty: under });
    const below = under || kindOf(node) !== 'criterion';
    for (const child of node.children ?? []) visit(child, node, depth + 1, below);
  };
  for (const node of nodes) visit(node, null, 0, false);
  return out;
}

/** Scored leaves in tree order. */
export const scoredLeaves = (set: CriteriaSet): CriteriaNode[] =>
  walk(set.nodes)
    .map((v) => v.node)
    .filter(isScoredLeaf);

export function indexByCode(set: CriteriaSet): Map<string, CriteriaNode> {
  return new Map(walk(set.nodes).map((v) => [v.node.code, v.node]));
}

/** The top-level node (area) each node belongs to. */
export function areaOf(set: CriteriaSet): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (node: CriteriaNode, area: string) => {
    out.set(node.code, area);
    for (const child of node.children ?? []) visit(child, area);
  };
  for (const node of set.nodes) visit(node, node.code);
  return out;
}
