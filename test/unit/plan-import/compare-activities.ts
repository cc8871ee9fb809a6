/**
 * Compares the activities of a plan read from a variant of a golden document (PDF, another
 * converter's export…) with the golden plan: the plan's title, issuer, number, date and year, then
 * activity by activity its area,
 * number, objective, task, activity, deliverable, lead, cooperating, deadline and budget text,
 * equal after whitespace normalisation. Returns one line per difference naming the activity and
 * the field, so a failing test says where a variant differs, not just that it does.
 */
import type { PlanActivity, PlanV1 } from '../../../src/domain/plan/types.js';

export const ACTIVITY_FIELDS = [
  'area',
  'number',
  'objective',
  'task',
  'activity',
  'deliverable',
  'lead',
  'cooperating',
  'deadline',
  'budget',
] as const;

export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

/** Whitespace (line breaks, runs of spaces) is not a difference. */
export const normaliseText = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export function fieldText(activity: PlanActivity, field: ActivityField): string {
  switch (field) {
    case 'lead':
    case 'cooperating':
    case 'deadline':
    case 'budget':
      return normaliseText(activity[field]?.text);
    default:
      return normaliseText(activity[field]);
  }
}

const shown = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 3)}…` : text);

/** What the plan's heading says, compared before the activities. */
export const PLAN_FIELDS = ['title', 'issuer', 'documentNumber', 'issuedOn', 'year'] as const;

export interface ActivityDifference {
  activity: string;
  field: ActivityField | (typeof PLAN_FIELDS)[number] | 'count';
  expected: string;
  actual: string;
}

export function compareActivities(golden: PlanV1, actual: PlanV1): ActivityDifference[] {
  const out: ActivityDifference[] = [];
  for (const field of PLAN_FIELDS) {
    const expected = normaliseText(String(golden[field] ?? ''));
    const found = normaliseText(String(actual[field] ?? ''));
    if (expected !== found) out.push({ activity: '(kế hoạch)', field, expected, actual: found });
  }
  if (golden.activities.length !== actual.activities.length)
    out.push({
      activity: '(kế hoạch)',
      field: 'count',
      expected: String(golden.activities.length),
      actual: String(actual.activities.length),
    });
  const length = Math.max(golden.activities.length, actual.activities.length);
  for (let i = 0; i < length; i++) {
    const want = golden.activities[i];
    const got = actual.activities[i];
    const name = want?.id ?? got?.id ?? `#${i + 1}`;
    for (const field of ACTIVITY_FIELDS) {
      const expected = want ? fieldText(want, field) : '';
      const found = got ? fieldText(got, field) : '';
      if (expected !== found) out.push({ activity: name, field, expected, actual: found });
    }
  }
  return out;
}

/** The differences as lines a test failure prints: `I-3 deadline: "…" ≠ "…"`. */
export function describeDifferences(differences: ActivityDifference[], limit = 40, width = 90): string[] {
  const lines = differences
    .slice(0, limit)
    .map(
      (d) =>
        `${d.activity} ${d.field}: ${JSON.stringify(shown(d.expected, width))} ≠ ${JSON.stringify(shown(d.actual, width))}`,
    );
  if (differences.length > limit) lines.push(`… và ${differences.length - limit} khác biệt nữa`);
  return lines;
}
