/**
 * What a unit fills in for a period: the status of each of its assignments, the indicator values it is
 * responsible for, and the narrative sections every CCHC report has.
 */
import type { AssignmentStatus } from './assignment-status.js';

export const NARRATIVE_SECTIONS = ['achievements', 'shortcomings', 'causes', 'nextTasks', 'proposals'] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];

export const NARRATIVE_SECTION_LABELS: Record<NarrativeSection, string> = {
  achievements: 'Kết quả đạt được',
  shortcomings: 'Tồn tại, hạn chế',
  causes: 'Nguyên nhân',
  nextTasks: 'Phương hướng, nhiệm vụ kỳ tới',
  proposals: 'Đề xuất, kiến nghị',
};

export interface ReportItem {
  assignmentId: string;
  status: AssignmentStatus;
  progress: number;
  completedOn: string | null;
  reason: string | null;
  /** What was done in the period, in the unit's words. */
  result: string;
  evidenceFileIds: string[];
}

export interface ReportIndicatorValue {
  indicatorId: string;
  /**
   * The unit's figure: typed for a count; for a rate, computed from the two counts below (never typed; a report
   * from before counts were asked keeps its typed value); null for a target linked to a catalogue figure.
   */
  value: number | null;
  /** A rate target's counts (tử số, mẫu số); absent in reports from before they were asked. */
  numerator?: number | null;
  denominator?: number | null;
  /** Where the figure comes from (the unit's evidence for it). */
  note: string;
  /** A file attached as evidence of the figure (uploaded for this target of this unit's report). */
  evidenceFileId?: string | null;
  evidenceFileName?: string | null;
}

export interface ReportContent {
  items: ReportItem[];
  indicators: ReportIndicatorValue[];
  sections: Record<NarrativeSection, string>;
}

export const emptySections = (): Record<NarrativeSection, string> =>
  Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, ''])) as Record<NarrativeSection, string>;

/**
 * A new period's form: one item per assignment the unit leads (in the order given), one value per
 * indicator it answers for. Status, progress, completion date, reason, result text and evidence carry
 * over from what the unit recorded before (its task pages), since work goes on across periods and the
 * task's result is the report's; the indicator values are the new period's to write.
 */
export function blankReportContent(
  assignmentIds: readonly string[],
  indicatorIds: readonly string[],
  previous: ReportContent | null = null,
): ReportContent {
  const before = new Map(previous?.items.map((i) => [i.assignmentId, i]));
  return {
    items: assignmentIds.map((assignmentId) => {
      const last = before.get(assignmentId);
      return {
        assignmentId,
        status: last?.status ?? 'not_started',
        progress: last?.progress ?? 0,
        completedOn: last?.completedOn ?? null,
        reason: last?.reason ?? null,
        result: last?.result ?? '',
        evidenceFileIds: last?.evidenceFileIds ?? [],
      };
    }),
    indicators: indicatorIds.map((indicatorId) => ({ indicatorId, value: null, note: '' })),
    sections: emptySections(),
  };
}

/**
 * A saved report still being written, with the result text recorded on the task page since filled into
 * the items that have none: a report saved before the task's result was written does not stay empty.
 * Items the unit wrote keep their own text.
 */
export function withRecordedResults(content: ReportContent, recorded: ReportContent): ReportContent {
  const results = new Map(recorded.items.map((i) => [i.assignmentId, i.result]));
  return {
    ...content,
    items: content.items.map((item) =>
      item.result.trim() ? item : { ...item, result: results.get(item.assignmentId) ?? item.result },
    ),
  };
}
