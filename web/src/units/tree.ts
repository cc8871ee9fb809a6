import { foldVietnamese } from '../../../src/domain/text/fold.js';

export interface TreeSource {
  id: string;
  parentId: string | null;
  name: string;
}

export interface TreeItem<N extends TreeSource> {
  node: N;
  children: TreeItem<N>[];
}

const byName = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * Builds the hierarchy from the flat list the API returns. A unit whose parent is missing
 * (archived and filtered out, or a broken link) becomes a root rather than disappearing;
 * a parent cycle is broken at the first unit met twice.
 */
export function buildTree<N extends TreeSource>(nodes: readonly N[]): TreeItem<N>[] {
  const items = new Map<string, TreeItem<N>>();
  for (const node of nodes) items.set(node.id, { node, children: [] });

  const roots: TreeItem<N>[] = [];
  for (const item of items.values()) {
    const parent = item.node.parentId ? items.get(item.node.parentId) : undefined;
    if (parent && !isAncestor(item, parent, items)) parent.children.push(item);
    else roots.push(item);
  }
  sortDeep(roots);
  return roots;
}

function isAncestor<N extends TreeSource>(
  candidate: TreeItem<N>,
  of: TreeItem<N>,
  items: Map<string, TreeItem<N>>,
): boolean {
  const seen = new Set<string>();
  let current: TreeItem<N> | undefined = of;
  while (current && !seen.has(current.node.id)) {
    if (current === candidate) return true;
    seen.add(current.node.id);
    current = current.node.parentId ? items.get(current.node.parentId) : undefined;
  }
  return false;
}

function sortDeep<N extends TreeSource>(items: TreeItem<N>[]): void {
  items.sort((a, b) => byName.compare(a.node.name, b.node.name));
  for (const item of items) sortDeep(item.children);
}

/**
 * Keeps the units whose name contains the query (diacritics and case ignored), with their
 * ancestors so they stay in place, and with all their descendants.
 */
export function filterTree<N extends TreeSource>(items: readonly TreeItem<N>[], query: string): TreeItem<N>[] {
  const needle = foldVietnamese(query);
  if (!needle) return [...items];
  const keep = (item: TreeItem<N>): TreeItem<N> | null => {
    if (foldVietnamese(item.node.name).includes(needle)) return item;
    const children = item.children.map(keep).filter((child): child is TreeItem<N> => child !== null);
    return children.length ? { node: item.node, children } : null;
  };
  return items.map(keep).filter((item): item is TreeItem<N> => item !== null);
}

/** The ids of every item that has children: what "expand all" opens. */
export function branchIds<N extends TreeSource>(items: readonly TreeItem<N>[]): string[] {
  const ids: string[] = [];
  const walk = (list: readonly TreeItem<N>[]) => {
    for (const item of list) {
      if (item.children.length) {
        ids.push(item.node.id);
        walk(item.children);
      }
    }
  };
  walk(items);
  return ids;
}
