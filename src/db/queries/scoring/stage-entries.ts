/**
 * The entries a unit is scored on at each stage: what it declared, what the first appraisal
 * made of it, and the final figures (final ?? appraised ?? self). Survey points join every stage.
 */
import { AppError } from '../../../domain/errors.js';
import { scoreUnit } from '../../../domain/scoring/score-unit.js';
import type { CriteriaNode, CriteriaSet, LeafEntry, UnitEntries, UnitScore } from '../../../domain/scoring/types.js';
import type { EntryRow, SurveyRow } from './round-data.js';

export type Stage = 'self' | 'appraised' | 'final';

export function entryAt(row: EntryRow, stage: Stage): LeafEntry | null {
  if (stage === 'self') return row.selfEntry;
  if (stage === 'appraised') return row.appraisedEntry ?? row.selfEntry;
  return row.finalEntry ?? row.appraisedEntry ?? row.selfEntry;
}

/** A survey leaf's points as the entry its method reads: points themselves, or the rate they are of the maximum. */
export function surveyEntry(leaf: CriteriaNode, points: number): LeafEntry {
  const max = leaf.maxPoints ?? 0;
  if (leaf.method?.type === 'manual') return { value: points };
  if (leaf.method?.type === 'proportional' && max > 0) return { value: (points * 100) / max };
  throw new AppError('SURVEY_METHOD', { code: leaf.code, method: leaf.method?.type ?? '' });
}

export function unitEntries(
  set: CriteriaSet,
  leaves: Map<string, CriteriaNode>,
  rows: readonly EntryRow[],
  survey: readonly SurveyRow[],
  stage: Stage,
): UnitEntries {
  const entries: UnitEntries = {};
  for (const row of rows) {
    const entry = entryAt(row, stage);
    if (entry) entries[row.code] = entry;
  }
  for (const s of survey) {
    const leaf = leaves.get(s.code);
    if (leaf) entries[s.code] = surveyEntry(leaf, s.points);
  }
  return entries;
}

/** Scores of every unit at a stage, from entries loaded in one query. */
export function scoreUnits(
  set: CriteriaSet,
  leaves: Map<string, CriteriaNode>,
  unitIds: readonly string[],
  rows: readonly EntryRow[],
  survey: readonly SurveyRow[],
  stage: Stage,
): Map<string, UnitScore> {
  const rowsByUnit = groupBy(rows, (r) => r.unitId);
  const surveyByUnit = groupBy(survey, (r) => r.unitId);
  return new Map(
    unitIds.map((id) => [
      id,
      scoreUnit(set, id, unitEntries(set, leaves, rowsByUnit.get(id) ?? [], surveyByUnit.get(id) ?? [], stage)),
    ]),
  );
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
