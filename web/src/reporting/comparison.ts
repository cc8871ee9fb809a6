/**
 * What to compare first (0 = the working copy). While the unit edits: its last submission against
 * what it has changed since. Otherwise: the latest submission against the one before it, which is
 * what a reviewer wants to see after a resubmission.
 */
export function defaultComparison(
  versions: readonly { number: number; action: string }[],
  editing: boolean,
): { from: number; to: number } {
  const submissions = versions.filter((v) => v.action === 'submit').map((v) => v.number);
  const first = versions[0]?.number ?? 0;
  if (editing) return { from: submissions.at(-1) ?? first, to: 0 };
  const latest = submissions.at(-1) ?? versions.at(-1)?.number ?? 0;
  return { from: submissions.at(-2) ?? first, to: latest };
}
