/**
 * Committing a plan: every activity becomes one assignment per accountable lead unit. A group
 * ("UBND cấp xã") stands for each of its members on the commit date, each accountable for its own share;
 * a unit that no longer exists is followed to its successor(s); what cannot be placed is listed, not guessed.
 */
import { formatDateVi } from '../text/format.js';
import { groupMembers } from '../units/groups.js';
import type { DirectoryGroup, DirectoryUnit, UnitDirectory } from '../units/types.js';
import { describeSuccession, successorsOn } from './unit-succession.js';

/** The part of the plan importer's UnitRef this rule needs. */
export interface AssignableUnitRef {
  unitId: string | null;
  groupId: string | null;
  /** The name as written in the plan. */
  name: string;
  group: boolean;
  /** A bracket note such as "(phối hợp)" overrides the column the name stands in. */
  role?: 'lead' | 'cooperating' | null;
}

export interface AssignableActivity {
  activityId: string;
  lead: AssignableUnitRef[];
  cooperating: AssignableUnitRef[];
}

export type AssignmentRole = 'lead' | 'cooperating';

export interface ExpandedAssignment {
  activityId: string;
  unitId: string;
  role: AssignmentRole;
  /** The plan's wording this came from. */
  writtenAs: string;
  /** The group expanded, if any. */
  viaGroupId: string | null;
  /** The unit named in the plan when the work went to a successor. */
  succeededFromUnitId: string | null;
  /** Vietnamese, for the coordinator: how the unit was reached (group, successor chain). */
  note: string | null;
}

export type UnassignedCode =
  'unresolved' | 'unknown_unit' | 'unknown_group' | 'empty_group' | 'no_successor' | 'not_yet_valid';

export interface UnassignedLine {
  activityId: string;
  role: AssignmentRole;
  writtenAs: string;
  code: UnassignedCode;
  /** Vietnamese: why nothing could be assigned. */
  reason: string;
}

export interface ExpansionResult {
  /** One per (activity, lead unit); each is accountable on its own. */
  assignments: ExpandedAssignment[];
  /** One per (activity, cooperating unit), never for a unit that already leads the activity. */
  cooperating: ExpandedAssignment[];
  unassigned: UnassignedLine[];
}

type Resolution =
  | { ok: true; units: Omit<ExpandedAssignment, 'activityId' | 'role'>[] }
  | { ok: false; code: UnassignedCode; reason: string };

type MembersOf = (group: DirectoryGroup) => DirectoryUnit[];

function resolve(directory: UnitDirectory, ref: AssignableUnitRef, asOf: string, membersOf: MembersOf): Resolution {
  const date = formatDateVi(asOf);
  const base = { writtenAs: ref.name, viaGroupId: null, succeededFromUnitId: null, note: null };
  if (ref.group && ref.groupId) {
    const group = directory.groups.find((g) => g.id === ref.groupId);
    if (!group)
      return { ok: false, code: 'unknown_group', reason: `Nhóm đơn vị "${ref.name}" không có trong danh mục.` };
    const members = membersOf(group);
    if (!members.length) {
      return {
        ok: false,
        code: 'empty_group',
        reason: `Nhóm "${group.name}" không có đơn vị nào còn hoạt động vào ngày ${date}.`,
      };
    }
    const note = `Thuộc nhóm "${group.name}"`;
    return { ok: true, units: members.map((m) => ({ ...base, unitId: m.id, viaGroupId: group.id, note })) };
  }
  if (!ref.unitId) {
    return {
      ok: false,
      code: 'unresolved',
      reason: `Chưa xác định được "${ref.name}" là đơn vị nào trong danh mục; hãy chọn đơn vị.`,
    };
  }
  const unit = directory.units.find((u) => u.id === ref.unitId);
  if (!unit) return { ok: false, code: 'unknown_unit', reason: `Đơn vị "${ref.name}" không có trong danh mục.` };
  if (unit.validFrom && unit.validFrom > asOf) {
    return {
      ok: false,
      code: 'not_yet_valid',
      reason: `Đơn vị "${unit.name}" chỉ hoạt động từ ngày ${formatDateVi(unit.validFrom)}, sau ngày giao ${date}.`,
    };
  }
  const paths = successorsOn(directory, unit.id, asOf);
  if (!paths.length) {
    return {
      ok: false,
      code: 'no_successor',
      reason: `Đơn vị "${unit.name}" không còn hoạt động vào ngày ${date} và không có đơn vị kế thừa; hãy chọn đơn vị nhận nhiệm vụ.`,
    };
  }
  return {
    ok: true,
    units: paths.map((path) =>
      path.steps.length
        ? {
            ...base,
            unitId: path.unit.id,
            succeededFromUnitId: unit.id,
            note: `Đơn vị kế thừa: ${describeSuccession(directory, path)}`,
          }
        : { ...base, unitId: path.unit.id },
    ),
  };
}

/** Expands the activities of a plan into assignments and cooperating links on `asOf` (the commit date). */
export function expandAssignments(
  activities: AssignableActivity[],
  directory: UnitDirectory,
  asOf: string,
): ExpansionResult {
  const result: ExpansionResult = { assignments: [], cooperating: [], unassigned: [] };
  // A plan names the same few groups on most lines: resolve each once.
  const members = new Map<string, DirectoryUnit[]>();
  const membersOf: MembersOf = (group) => {
    let found = members.get(group.id);
    if (!found) members.set(group.id, (found = groupMembers(directory, group, asOf)));
    return found;
  };
  for (const activity of activities) {
    const refsOf = (role: AssignmentRole) => [
      ...activity.lead.filter((r) => (r.role ?? 'lead') === role),
      ...activity.cooperating.filter((r) => (r.role ?? 'cooperating') === role),
    ];
    const leading = new Set<string>();
    for (const role of ['lead', 'cooperating'] as const) {
      const target = role === 'lead' ? result.assignments : result.cooperating;
      const taken = role === 'lead' ? leading : new Set(leading);
      for (const ref of refsOf(role)) {
        const resolution = resolve(directory, ref, asOf, membersOf);
        if (!resolution.ok) {
          result.unassigned.push({
            activityId: activity.activityId,
            role,
            writtenAs: ref.name,
            code: resolution.code,
            reason: resolution.reason,
          });
          continue;
        }
        for (const unit of resolution.units) {
          if (taken.has(unit.unitId)) continue;
          taken.add(unit.unitId);
          target.push({ activityId: activity.activityId, role, ...unit });
        }
      }
    }
  }
  return result;
}
