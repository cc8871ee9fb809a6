import { foldVietnamese } from '../../../src/domain/text/fold.js';
import type { PlanActivity } from '../../../src/domain/plan/types.js';

/** The filter value for "any warning at all". */
export const ANY_WARNING = 'any';

export interface AreaGroup {
  code: string | null;
  title: string;
  activities: PlanActivity[];
  /** Activities of the area before filtering. */
  total: number;
}

/** Activities under their areas, in the plan's order; activities of no known area come last, together. */
export function groupByArea(
  areas: readonly { code: string; title: string }[],
  all: readonly PlanActivity[],
  shown: readonly PlanActivity[],
): AreaGroup[] {
  const known = new Set(areas.map((area) => area.code));
  const areaOf = (activity: PlanActivity) =>
    activity.area !== null && known.has(activity.area) ? activity.area : null;
  const groups: AreaGroup[] = [
    ...areas.map((area) => ({ code: area.code, title: area.title })),
    { code: null, title: '' },
  ].map((area) => ({
    ...area,
    activities: shown.filter((activity) => areaOf(activity) === area.code),
    total: all.filter((activity) => areaOf(activity) === area.code).length,
  }));
  return groups.filter((group) => group.total > 0);
}

/** Activities carrying each warning code (an activity with two of a kind counts once). */
export function warningCounts(activities: readonly PlanActivity[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const activity of activities) {
    for (const code of new Set(activity.warnings.map((warning) => warning.code)))
      counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

export interface ActivityFilter {
  warning?: string;
  q?: string;
}

/** Whether an activity passes the warning filter and the text search (diacritics ignored, source text included). */
export function activityMatcher(
  filter: ActivityFilter,
  sourceRows: Readonly<Record<string, string>> = {},
): (activity: PlanActivity) => boolean {
  const words = foldVietnamese(filter.q ?? '')
    .split(' ')
    .filter(Boolean);
  return (activity) => {
    if (filter.warning === ANY_WARNING && activity.warnings.length === 0) return false;
    if (
      filter.warning &&
      filter.warning !== ANY_WARNING &&
      !activity.warnings.some((warning) => warning.code === filter.warning)
    )
      return false;
    if (words.length === 0) return true;
    const haystack = foldVietnamese(
      [
        activity.number,
        activity.objective,
        activity.task,
        activity.activity,
        activity.deliverable,
        activity.lead.text,
        activity.cooperating.text,
        activity.deadline.text,
        activity.budget.text,
        sourceRows[activity.id],
        ...activity.warnings.map((warning) => warning.message),
      ]
        .filter(Boolean)
        .join(' '),
    );
    return words.every((word) => haystack.includes(word));
  };
}
