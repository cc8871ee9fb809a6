/** The period to show first: the earliest one not yet past due, or the last one when all are past. */
export function currentPeriod<P extends { dueOn: string }>(periods: readonly P[], today: string): P | undefined {
  const sorted = [...periods].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return sorted.find((period) => period.dueOn >= today) ?? sorted.at(-1);
}
