/** Answers to a criteria set's leaves, for tests that take a unit through its self-assessment. */
export type CriteriaNode = {
  code: string;
  kind?: string;
  source?: string;
  method?: { type: string; measure?: string; inputs?: { name: string }[] };
  children?: CriteriaNode[];
};

/** A complete answer for a leaf, by its method: the best result a unit can claim. */
export function bestAnswer(node: CriteriaNode): object {
  switch (node.method!.type) {
    case 'yes_no':
      return { value: true };
    case 'tiers':
      return { value: node.method!.measure === 'percent' ? 100 : 5 };
    case 'proportional':
      return { value: 100 };
    case 'formula':
      return { inputs: Object.fromEntries(node.method!.inputs!.map((i) => [i.name, 100])) };
    default:
      return { value: 0.5 };
  }
}

/** Self-assessed leaves outside bonus and penalty: what a unit must answer before submitting. */
export function requiredLeaves(nodes: CriteriaNode[], underBonus = false): CriteriaNode[] {
  return nodes.flatMap((n) => {
    const under = underBonus || (n.kind !== undefined && n.kind !== 'criterion');
    if (n.method) return under || n.source === 'survey' ? [] : [n];
    return requiredLeaves(n.children ?? [], under);
  });
}
