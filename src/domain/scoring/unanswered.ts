/**
 * A unit that never answered some criteria still has to be appraised on each of them before the
 * explanation round opens. These are the entries that score such a criterion 0, by its method.
 */
import { toMilli } from './decimal.js';
import { scoreByMethod } from './methods.js';
import type { CriteriaNode, CriteriaSet, LeafEntry } from './types.js';

/** An entry worth 0 points for this leaf, or null when its method cannot say 0 (the council then adjusts by hand). */
export function zeroEntry(node: CriteriaNode): LeafEntry | null {
  const method = node.method;
  if (!method) return null;
  const candidates: LeafEntry[] =
    method.type === 'yes_no'
      ? [{ value: false }]
      : method.type === 'formula'
        ? // All figures 0, or all 0 but the last (usually the denominator) 1.
          [
            { inputs: Object.fromEntries(method.inputs.map((i) => [i.name, 0])) },
            {
              inputs: Object.fromEntries(method.inputs.map((i, k) => [i.name, k === method.inputs.length - 1 ? 1 : 0])),
            },
          ]
        : [{ value: 0 }];
  return (
    candidates.find((entry) => {
      const outcome = scoreByMethod(method, toMilli(node.maxPoints ?? 0), entry);
      return outcome.ok && outcome.milli === 0;
    }) ?? null
  );
}

/** Self-assessed leaves a unit must answer (bonus and penalty claims and survey criteria are not), in tree order. */
export function requiredLeaves(set: CriteriaSet): CriteriaNode[] {
  const collect = (nodes: readonly CriteriaNode[], optional: boolean): CriteriaNode[] =>
    nodes.flatMap((node) => {
      const under = optional || (node.kind !== undefined && node.kind !== 'criterion');
      if (node.method) return under || node.source === 'survey' ? [] : [node];
      return collect(node.children ?? [], under);
    });
  return collect(set.nodes, false);
}
