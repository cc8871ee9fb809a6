/**
 * The cell readers plan assembly uses: deadlines, budgets, unit lists and targets. Passed in
 * as one object so assembly is tested with the real readers and stays free of directory setup.
 */
import type { Budget, Deadline, IndicatorDraft, UnitListMatch } from './fields/types.js';

export interface FieldReaders {
  deadline(text: string): Deadline;
  budget(text: string): Budget;
  units(text: string): UnitListMatch;
  indicators(sentence: string): IndicatorDraft[];
  looksLikeTarget(sentence: string): boolean;
}

export type ProgressCallback = (progress: {
  stage: 'read' | 'rows' | 'prose' | 'done';
  done: number;
  total: number;
}) => void;
