/**
 * Ranking within groups (departments among departments, communes among communes). Units are
 * ordered by their index (points / effective maximum, compared exactly, not on rounded
 * percentages); equal indexes share a rank and the next rank skips (1, 2, 2, 4).
 */
import { toMilli } from './decimal.js';

export interface RankInput {
  unitId: string;
  /** "department", "commune", or any grouping the caller chooses. */
  group: string;
  total: number;
  effectiveMax: number;
}

export interface RankedUnit {
  unitId: string;
  group: string;
  rank: number;
  /** Units in the group. */
  of: number;
  /** Other units sharing this rank. */
  tiedWith: string[];
}

/** Negative when a ranks above b. Units without a maximum rank last. */
function compareIndex(a: RankInput, b: RankInput): number {
  const am = BigInt(toMilli(a.effectiveMax));
  const bm = BigInt(toMilli(b.effectiveMax));
  if (am === 0n || bm === 0n) return am === bm ? 0 : am === 0n ? 1 : -1;
  const left = BigInt(toMilli(a.total)) * bm;
  const right = BigInt(toMilli(b.total)) * am;
  return left > right ? -1 : left < right ? 1 : 0;
}

export function rankWithinGroups(units: readonly RankInput[]): RankedUnit[] {
  const groups = new Map<string, RankInput[]>();
  for (const unit of units) {
    const list = groups.get(unit.group) ?? [];
    list.push(unit);
    groups.set(unit.group, list);
  }
  const out: RankedUnit[] = [];
  for (const [group, list] of groups) {
    const sorted = [...list].sort((a, b) => compareIndex(a, b) || a.unitId.localeCompare(b.unitId));
    // Walk runs of equal indexes: every unit in a run shares the run's first position.
    for (let start = 0; start < sorted.length;) {
      let end = start + 1;
      while (end < sorted.length && compareIndex(sorted[start] as RankInput, sorted[end] as RankInput) === 0) end++;
      const run = sorted.slice(start, end);
      for (const unit of run)
        out.push({
          unitId: unit.unitId,
          group,
          rank: start + 1,
          of: sorted.length,
          tiedWith: run.filter((o) => o !== unit).map((o) => o.unitId),
        });
      start = end;
    }
  }
  return out;
}
