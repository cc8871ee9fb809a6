import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeParseCriteriaSet, type CriteriaSetJson } from '../../../src/contracts/criteria.js';
import { addNode, editNode, methodParams, nextChildCode } from '../../../web/src/pages/scoring/criteria-edit.js';

const seed = (): CriteriaSetJson =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../seed/criteria/internal-department-2025.json'), 'utf8'));

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
    const withChild = addNode(set.nodes, group.code, {
      code,
      title: 'Tổng kết thực hiện kế hoạch',
      maxPoints: 0.5,
      method: { type: 'yes_no' },
    });
    const bumped = editNode(withChild, '1.1.1', (n) => ({ ...n, maxPoints: 0 }));
    expect(safeParseCriteriaSet({ ...set, nodes: bumped }).ok).toBe(true);
    expect(nextChildCode(set.nodes, null)).not.toBe('1');
  });

  it('shows a method’s parameters as the JSON the Excel format uses', () => {
    expect(methodParams({ type: 'yes_no' })).toBe('');
    expect(
      JSON.parse(methodParams({ type: 'tiers', measure: 'percent', tiers: [{ atLeast: 100, points: 1 }] })),
    ).toEqual({ measure: 'percent', tiers: [{ atLeast: 100, points: 1 }] });
  });
});

describe('scoring 0 the criteria a unit left empty', () => {
  it('finds a 0-point entry for every criterion a department must answer, formulas included', async () => {
    const { requiredLeaves, zeroEntry } = await import('../../../src/domain/scoring/unanswered.js');
    const set = seed();
    const leaves = requiredLeaves(set as Parameters<typeof requiredLeaves>[0]);
    expect(leaves.map((l) => l.code)).not.toContain('8.1');
    expect(leaves.some((l) => l.code.startsWith('T'))).toBe(false);
    const zeros = new Map(leaves.map((l) => [l.code, zeroEntry(l)]));
    expect([...zeros.values()].every((entry) => entry !== null)).toBe(true);
    expect(zeros.get('1.1.1')).toEqual({ value: false });
    expect(zeros.get('1.6')).toEqual({ inputs: { done: 0, total: 1 } });
    expect(zeros.get('8.4')).toEqual({ inputs: { score: 0 } });
  });
});
