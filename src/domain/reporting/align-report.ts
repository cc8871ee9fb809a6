import { blankReportContent, type ReportContent } from './report-form.js';

/**
 * A saved report brought in line with what the unit owes now: items for assignments added since are
 * appended blank, items of cancelled assignments dropped; everything the unit wrote is kept.
 */
export function alignReportContent(
  content: ReportContent,
  assignmentIds: readonly string[],
  indicatorIds: readonly string[],
): ReportContent {
  const blank = blankReportContent(assignmentIds, indicatorIds);
  const items = new Map(content.items.map((i) => [i.assignmentId, i]));
  const values = new Map(content.indicators.map((i) => [i.indicatorId, i]));
  return {
    items: blank.items.map((item) => items.get(item.assignmentId) ?? item),
    indicators: blank.indicators.map((value) => values.get(value.indicatorId) ?? value),
    sections: content.sections,
  };
}
