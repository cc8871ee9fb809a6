import type { z } from 'zod';
import type { periodCompletenessReport } from '../../../src/contracts/reporting.js';

type PeriodCompleteness = z.infer<typeof periodCompletenessReport>;

/** Every unit without a submitted report (drafts and returned ones included), whatever the filter: who a reminder reaches, who a lock stops. */
export function unitsNotSubmitted(data: Pick<PeriodCompleteness, 'missing' | 'entries'>): string[] {
  const owing = new Map(data.missing.map((u) => [u.id, u.name]));
  for (const entry of data.entries)
    if (entry.standing === 'draft' || entry.standing === 'returned' || entry.standing === 'missing')
      owing.set(entry.unitId, entry.unitName);
  return [...owing.values()].sort((a, b) => a.localeCompare(b, 'vi'));
}
