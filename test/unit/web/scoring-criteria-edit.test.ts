import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeParseCriteriaSet, type CriteriaSetJson } from '../../../src/contracts/criteria.js';
import { addNode, editNode, methodParams, nextChildCode } from '../../../web/src/pages/scoring/criteria-edit.js';

const seed = (): CriteriaSetJson => JSON.parse(readFileSync(join(import.meta.dirname, '../../../seed/criteria/internal-department-2025.json'), 'utf8'));

describe('editing a criteria set in the browser', () => {
  it('changes one leaf deep in the tree and leaves the rest as it was', () => {
    const set = seed();
    const nodes = editNode(set.nodes, '1.1.1', (n) => ({ ...n, title: 'Ban hành kế hoạch CCHC năm trước ngày 15/01' }));
    const area = nodes[0]!;
    expect(area.children![0]!.children![0]!.title).toBe('Ban hành kế hoạch CCHC năm trước ngày 15/01');
    expect(nodes.slice(1)).toEqual(set.nodes.slice(1));
    expect(set.nodes[0]!.children![0]!.children![0]!.title).not.toBe('Ban hành kế hoạch CCHC năm trước ngày 15/01');
  });

  it('removes a leaf; the set then fails validation because the group maximum no longer adds up', () => {
    const set = seed();
    const edited = { ...set, nodes: editNode(set.nodes, '1.1.2', () => null) };
    const result = safeParseCriteriaSet(edited);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.where)).toContain('Mục 1.1');
  });

  it('adds a child under a group with a code not used yet, which validates once the maxima agree', () => {
    const set = seed();
    const group = set.nodes[0]!.children![0]!;
    const code = nextChildCode(set.nodes, group);
    expect(code).toBe('1.1.4');
    const withChild = addNode(set.nodes, group.code, { code, title: 'Tổng kết thực hiện kế hoạch', maxPoints: 0.5, method: { type: 'yes_no' } });
    const bumped = editNode(withChild, '1.1.1', (n) => ({ ...n, maxPoints: 0 }));
    expect(safeParseCriteriaSet({ ...set, nodes: bumped }).ok).toBe(true);
    expect(nextChildCode(set.nodes, null)).not.toBe('1');
  });

  it('shows a method’s parameters as the JSON the Excel format uses', () => {
    expect(methodParams({ type: 'yes_no' })).toBe('');
    expect(JSON.parse(methodParams({ type: 'tiers', measure: 'percent', tiers: [{ atLeast: 100, points: 1 }] }))).toEqual({ measure: 'percent', tiers: [{ atLeast: 100, points: 1 }] });
  });
});
