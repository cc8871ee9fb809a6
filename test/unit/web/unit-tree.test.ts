import { describe, expect, it } from 'vitest';
import { branchIds, buildTree, filterTree } from '../../../web/src/units/tree.js';

const node = (id: string, name: string, parentId: string | null = null) => ({ id, name, parentId });

describe('unit hierarchy in the browser', () => {
  const nodes = [
    node('p', 'UBND tỉnh Quảng Trị'),
    node('d2', 'Sở Nội vụ', 'p'),
    node('d1', 'Sở Giáo dục và Đào tạo', 'p'),
    node('c1', 'UBND xã Đông Hà', 'p'),
    node('x', 'Phòng Nội vụ huyện cũ', 'gone'),
  ];

  it('nests units under their parent, sorted in Vietnamese order, and keeps orphans as roots', () => {
    const roots = buildTree(nodes);
    expect(roots.map((item) => item.node.id)).toEqual(['x', 'p']);
    expect(roots[1]!.children.map((item) => item.node.name)).toEqual([
      'Sở Giáo dục và Đào tạo',
      'Sở Nội vụ',
      'UBND xã Đông Hà',
    ]);
  });

  it('survives a parent cycle without losing either unit', () => {
    const roots = buildTree([node('a', 'A', 'b'), node('b', 'B', 'a')]);
    expect(roots.map((item) => item.node.id).sort()).toEqual(['a', 'b']);
  });

  it('filters without diacritics and keeps the path to each match', () => {
    const filtered = filterTree(buildTree(nodes), 'noi vu');
    expect(filtered.map((item) => item.node.id)).toEqual(['x', 'p']);
    expect(filtered[1]!.children.map((item) => item.node.id)).toEqual(['d2']);
    expect(filterTree(buildTree(nodes), 'dong ha')[0]!.children.map((item) => item.node.id)).toEqual(['c1']);
    expect(filterTree(buildTree(nodes), 'không có')).toEqual([]);
  });

  it('lists the branches to open for "expand all"', () => {
    expect(branchIds(buildTree(nodes))).toEqual(['p']);
  });
});
