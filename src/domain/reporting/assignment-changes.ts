/**
 * The coordinator's changes to assignments after a plan is committed: reassign, split between units,
 * add, cancel (each with a reason, for the audit record), and hand work on to a merged unit's successor.
 * The answer is what to cancel and what to create; the service writes it with the audit row.
 */
import { formatDateVi } from '../text/format.js';
import { isValidOn } from '../units/groups.js';
import type { UnitDirectory } from '../units/types.js';
import { fail, ok, type Issue, type Result } from './result.js';
import { describeSuccession, successorsOn } from './unit-succession.js';

export interface ExistingAssignment {
  id: string;
  activityId: string;
  unitId: string;
  cancelled: boolean;
}

export type AssignmentChange =
  | { type: 'reassign'; assignmentId: string; toUnitId: string; reason: string }
  | { type: 'split'; assignmentId: string; toUnitIds: string[]; reason: string }
  | { type: 'add'; activityId: string; unitId: string; reason: string }
  | { type: 'cancel'; assignmentId: string; reason: string }
  | { type: 'follow_successor'; assignmentId: string };

export interface AssignmentChangePlan {
  cancel: string[];
  /** `carriedFrom`: the assignment whose progress and history the new one continues, if any. */
  create: { activityId: string; unitId: string; carriedFrom: string | null }[];
  reason: string;
}

export type AssignmentChangeCode =
  | 'reason_required'
  | 'assignment_not_found'
  | 'already_cancelled'
  | 'unknown_unit'
  | 'unit_not_valid'
  | 'already_assigned'
  | 'same_unit'
  | 'split_needs_two'
  | 'still_valid'
  | 'no_successor';

/**
 * Checks a change against the activity's assignments (`existing`, cancelled ones included) and the unit
 * directory on `asOf`, and lists every problem in Vietnamese.
 */
export function planAssignmentChange(
  change: AssignmentChange,
  existing: readonly ExistingAssignment[],
  directory: UnitDirectory,
  asOf: string,
): Result<AssignmentChangePlan, AssignmentChangeCode> {
  const issues: Issue<AssignmentChangeCode>[] = [];
  const nameOf = (id: string) => directory.units.find((u) => u.id === id)?.name ?? id;
  const reason = 'reason' in change ? (change.reason?.trim() ?? '') : '';
  if (change.type !== 'follow_successor' && !reason)
    issues.push({ code: 'reason_required', field: 'reason', message: 'Cần ghi rõ lý do thay đổi phân công.' });

  const source = 'assignmentId' in change ? existing.find((a) => a.id === change.assignmentId) : undefined;
  if ('assignmentId' in change) {
    if (!source)
      return fail([
        ...issues,
        {
          code: 'assignment_not_found',
          field: 'assignmentId',
          message: 'Không tìm thấy nhiệm vụ được giao cần thay đổi.',
        },
      ]);
    if (source.cancelled)
      return fail([
        ...issues,
        {
          code: 'already_cancelled',
          field: 'assignmentId',
          message: `Nhiệm vụ giao cho ${nameOf(source.unitId)} đã bị hủy trước đó.`,
        },
      ]);
  }
  const activityId = change.type === 'add' ? change.activityId : source!.activityId;
  const active = new Set(existing.filter((a) => a.activityId === activityId && !a.cancelled).map((a) => a.unitId));

  const checkTargets = (unitIds: string[], field: string) => {
    for (const unitId of unitIds) {
      const unit = directory.units.find((u) => u.id === unitId);
      if (!unit) issues.push({ code: 'unknown_unit', field, message: `Đơn vị "${unitId}" không có trong danh mục.` });
      else if (!isValidOn(unit, asOf))
        issues.push({
          code: 'unit_not_valid',
          field,
          message: `Đơn vị "${unit.name}" không hoạt động vào ngày ${formatDateVi(asOf)}.`,
        });
      else if (source && unitId === source.unitId)
        issues.push({ code: 'same_unit', field, message: `Nhiệm vụ đang giao cho chính "${unit.name}".` });
      else if (active.has(unitId))
        issues.push({ code: 'already_assigned', field, message: `"${unit.name}" đã được giao hoạt động này.` });
    }
  };

  switch (change.type) {
    case 'reassign':
      checkTargets([change.toUnitId], 'toUnitId');
      return issues.length
        ? fail(issues)
        : ok({
            cancel: [source!.id],
            create: [{ activityId, unitId: change.toUnitId, carriedFrom: source!.id }],
            reason,
          });
    case 'split': {
      const targets = [...new Set(change.toUnitIds)];
      if (targets.length < 2)
        issues.push({
          code: 'split_needs_two',
          field: 'toUnitIds',
          message: 'Chia nhiệm vụ cần ít nhất hai đơn vị khác nhau.',
        });
      checkTargets(targets, 'toUnitIds');
      return issues.length
        ? fail(issues)
        : ok({
            cancel: [source!.id],
            create: targets.map((unitId) => ({ activityId, unitId, carriedFrom: source!.id })),
            reason,
          });
    }
    case 'add':
      checkTargets([change.unitId], 'unitId');
      return issues.length
        ? fail(issues)
        : ok({ cancel: [], create: [{ activityId, unitId: change.unitId, carriedFrom: null }], reason });
    case 'cancel':
      return issues.length ? fail(issues) : ok({ cancel: [source!.id], create: [], reason });
    case 'follow_successor': {
      const unit = directory.units.find((u) => u.id === source!.unitId);
      if (unit && isValidOn(unit, asOf))
        return fail([
          {
            code: 'still_valid',
            message: `"${unit.name}" vẫn đang hoạt động vào ngày ${formatDateVi(asOf)}; không cần chuyển cho đơn vị kế thừa.`,
          },
        ]);
      const paths = successorsOn(directory, source!.unitId, asOf);
      if (!paths.length) {
        return fail([
          {
            code: 'no_successor',
            message: `"${nameOf(source!.unitId)}" không có đơn vị kế thừa vào ngày ${formatDateVi(asOf)}; hãy chọn đơn vị nhận nhiệm vụ.`,
          },
        ]);
      }
      return ok({
        cancel: [source!.id],
        // A successor that already holds the activity keeps its own assignment.
        create: paths
          .filter((p) => !active.has(p.unit.id))
          .map((p) => ({ activityId, unitId: p.unit.id, carriedFrom: source!.id })),
        reason: `Chuyển cho đơn vị kế thừa: ${paths.map((p) => describeSuccession(directory, p)).join('; ')}`,
      });
    }
  }
}
