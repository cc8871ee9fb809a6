/** Refuses an entry the leaf's method cannot score, with the engine's own Vietnamese reason. */
import { AppError } from '../errors.js';
import { toMilli } from './decimal.js';
import { scoreByMethod } from './methods.js';
import { resolveNotApplicable } from './not-applicable.js';
import type { CriteriaNode, LeafEntry } from './types.js';

/** The leaf's points for the entry, in milli-points; throws 422 INVALID_ENTRY when it cannot be scored. */
export function checkLeafEntry(leaf: CriteriaNode, entry: LeafEntry): number {
  const max = toMilli(leaf.maxPoints ?? 0);
  const refuse = (why: string) => new AppError('INVALID_ENTRY', { code: leaf.code, title: leaf.title, why });
  if (entry.notApplicable) {
    const outcome = resolveNotApplicable(leaf.notApplicable, max);
    if (outcome.status === 'invalid') throw refuse(outcome.error);
    return outcome.milli;
  }
  if (leaf.method?.type === 'formula') {
    const known = new Set(leaf.method.inputs.map((i) => i.name));
    const unknown = Object.keys(entry.inputs ?? {}).filter((name) => !known.has(name));
    if (unknown.length) throw refuse(`số liệu không có trong công thức: ${unknown.join(', ')}.`);
  }
  const outcome = scoreByMethod(leaf.method ?? { type: 'manual' }, max, entry);
  if (!outcome.ok) throw refuse(outcome.error);
  return outcome.milli;
}
