/**
 * Next year's plan made from a committed one: the same structure (columns, areas, targets), the activities
 * still unfinished carried over, their dates moved to the new year. Pure: the use case
 * (services/plans/carry-over-plan.ts) decides which activities carry and writes the rows.
 */
import type { PlanActivity, PlanDeadline, PlanV1 } from './types.js';

/** The statuses that end an assignment: anything else is still owed and carries over. */
export const FINISHED_STATUSES = ['done', 'done_late', 'not_feasible'] as const;

export const isUnfinished = (a: { status: string; cancelled: boolean }): boolean =>
  !a.cancelled && !(FINISHED_STATUSES as readonly string[]).includes(a.status);

/**
 * A date moved to the next year: a date of the source year keeps its day and month (29/02 becomes 28/02);
 * a date already in the new year or later stays; an older date (work overdue since an earlier year) has no
 * sensible place and is left for the coordinator to set (null).
 */
export function moveDate(date: string | null, fromYear: number, toYear: number): string | null {
  if (!date) return null;
  const year = Number(date.slice(0, 4));
  if (year >= toYear) return date;
  if (year !== fromYear) return null;
  const [month, day] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const last = new Date(Date.UTC(toYear, month, 0)).getUTCDate();
  return `${String(toYear).padStart(4, '0')}-${date.slice(5, 7)}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** A plan name for the new year: the source's year replaced where it names it, else the year appended. */
export function nextYearName(name: string, fromYear: number, toYear: number): string {
  return name.includes(String(fromYear))
    ? name.split(String(fromYear)).join(String(toYear))
    : `${name} (năm ${toYear})`;
}

export const DEADLINE_TO_SET = 'deadline_to_set';

function moveDeadline(deadline: PlanDeadline, fromYear: number, toYear: number) {
  const due = moveDate(deadline.due, fromYear, toYear);
  const lost = deadline.due !== null && due === null;
  return {
    deadline: {
      ...deadline,
      start: moveDate(deadline.start, fromYear, toYear),
      due,
      parts: deadline.parts.map((p) => ({
        ...p,
        start: moveDate(p.start, fromYear, toYear),
        due: moveDate(p.due, fromYear, toYear),
      })),
    },
    lost,
  };
}

export interface CarriedContent {
  content: PlanV1;
  /** Activity ids whose deadline could not be moved: the coordinator sets it. */
  deadlinesToSet: string[];
}

/**
 * The content of next year's plan: the source's structure and targets, the carried activities (by id) with
 * their dates moved and a warning where one could not be; no document number or issue date (the new plan has
 * no document yet: the coordinator uploads it as a revision and reviews what it changes).
 */
export function carryPlanContent(
  source: PlanV1,
  carried: ReadonlySet<string>,
  fromYear: number,
  toYear: number,
): CarriedContent {
  const deadlinesToSet: string[] = [];
  const activities = source.activities
    .filter((a) => carried.has(a.id))
    .map((a): PlanActivity => {
      const moved = moveDeadline(a.deadline, fromYear, toYear);
      if (moved.lost) deadlinesToSet.push(a.id);
      return {
        ...a,
        deadline: moved.deadline,
        warnings: [
          ...a.warnings.filter((w) => w.code !== DEADLINE_TO_SET),
          ...(moved.lost
            ? [
                {
                  code: DEADLINE_TO_SET,
                  field: 'deadline',
                  message: `Hạn "${a.deadline.text}" thuộc năm trước ${fromYear}; điều phối viên cần đặt hạn cho năm ${toYear}.`,
                },
              ]
            : []),
        ],
      };
    });
  return {
    content: {
      ...source,
      title: source.title ? nextYearName(source.title, fromYear, toYear) : null,
      documentNumber: null,
      issuedOn: null,
      year: toYear,
      activities,
      indicators: source.indicators.map((i) => ({
        ...i,
        activityId: i.activityId && carried.has(i.activityId) ? i.activityId : null,
      })),
      unplaced: [],
      warnings: [],
    },
    deadlinesToSet,
  };
}
