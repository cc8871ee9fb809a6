/** Edits of a criteria set's tree, made in the browser before the set is saved as a new version. */
import type { CriteriaSetJson } from '../../../../src/contracts/criteria.js';

export type EditableNode = CriteriaSetJson['nodes'][number];

/** The tree with the node `code` replaced by what `change` makes of it (null removes it). */
export function editNode(
  nodes: readonly EditableNode[],
  code: string,
  change: (node: EditableNode) => EditableNode | null,
): EditableNode[] {
  return nodes.flatMap((node) => {
    if (node.code === code) {
      const next = change(node);
      return next ? [next] : [];
    }
    return node.children ? [{ ...node, children: editNode(node.children, code, change) }] : [node];
  });
}

/** A code for a new child that no node of the set uses yet: "1.2" → "1.2.4" after 1.2.1–1.2.3. */
export function nextChildCode(all: readonly EditableNode[], parent: EditableNode | null): string {
  const used = new Set<string>();
  const collect = (nodes: readonly EditableNode[]) =>
    nodes.forEach((n) => (used.add(n.code), collect(n.children ?? [])));
  collect(all);
  for (let i = (parent?.children?.length ?? all.length) + 1; ; i++) {
    const code = parent ? `${parent.code}.${i}` : String(i);
    if (!used.has(code)) return code;
  }
}

/** Adds `child` under `parentCode` (or as a new area when null). */
export function addNode(
  nodes: readonly EditableNode[],
  parentCode: string | null,
  child: EditableNode,
): EditableNode[] {
  if (parentCode === null) return [...nodes, child];
  return editNode(nodes, parentCode, (parent) => ({ ...parent, children: [...(parent.children ?? []), child] }));
}

/** The method's fields other than its type, as the JSON the XLSX format also uses ("Tham số"). */
export function methodParams(method: EditableNode['method']): string {
  if (!method) return '';
  const { type: _type, ...rest } = method;
  return Object.keys(rest).length ? JSON.stringify(rest) : '';
}
