import type { DashboardView } from '../../../src/contracts/dashboard.js';

type OverdueRow = DashboardView['overdueActivities'][number];

export interface OverdueActivityGroup {
  activityId: string;
  areaCode: string | null;
  activityNumber: string | null;
  activityTitle: string;
  /** The earliest due date among its overdue units, and the longest delay. */
  dueOn: string;
  daysOverdue: number;
  units: { unitId: string; unitName: string; daysOverdue: number; progress: number }[];
}

/**
 * The overdue assignments folded into one line per activity (one activity given to fourteen departments
 * is one line naming them), in the order given: most overdue first.
 */
export function groupOverdueByActivity(rows: readonly OverdueRow[]): OverdueActivityGroup[] {
  const groups = new Map<string, OverdueActivityGroup>();
  for (const row of rows) {
    const unit = { unitId: row.unitId, unitName: row.unitName, daysOverdue: row.daysOverdue, progress: row.progress };
    const group = groups.get(row.activityId);
    if (group) {
      group.units.push(unit);
      if (row.dueOn < group.dueOn) group.dueOn = row.dueOn;
      group.daysOverdue = Math.max(group.daysOverdue, row.daysOverdue);
    } else {
      const { activityId, areaCode, activityNumber, activityTitle, dueOn, daysOverdue } = row;
      groups.set(activityId, {
        activityId,
        areaCode,
        activityNumber,
        activityTitle,
        dueOn,
        daysOverdue,
        units: [unit],
      });
    }
  }
  return [...groups.values()];
}
