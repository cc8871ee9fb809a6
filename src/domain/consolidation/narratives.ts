/**
 * The units' own words, gathered for the consolidated report: what each did, grouped by area and
 * attributed to the unit; and their difficulties, causes, next tasks and proposals, unit by unit.
 * Only reports the coordinator has in hand count (submitted or accepted): a returned report is being fixed.
 */
import type { NarrativeSection, ReportContent } from '../reporting/report-form.js';
import { NO_AREA } from './area-progress.js';
import { byName } from './rates.js';
import type { ReportArea, ReportAssignment, ReportUnit, UnitReportRow } from './types.js';

export interface ReceivedReport {
  unit: ReportUnit;
  content: ReportContent;
}

/** The period's reports the coordinator has in hand, with their units, in name order. */
export function receivedReports(
  reports: readonly UnitReportRow[],
  units: readonly ReportUnit[],
  periodCode: string,
): ReceivedReport[] {
  const unitById = new Map(units.map((u) => [u.id, u]));
  return reports
    .filter((r) => r.periodCode === periodCode && (r.status === 'submitted' || r.status === 'accepted') && r.content)
    .flatMap((r) => {
      const unit = unitById.get(r.unitId);
      return unit ? [{ unit, content: r.content! }] : [];
    })
    .sort((a, b) => byName(a.unit, b.unit));
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface ActivityResult {
  activityNumber: string | null;
  activityTitle: string;
  text: string;
}

export interface AreaNarrative {
  areaCode: string;
  label: string;
  units: { unitId: string; unitName: string; results: ActivityResult[] }[];
}

/** Each unit's results per activity, grouped by the activity's area in plan order; units in name order. */
export function narrativesByArea(
  areas: readonly ReportArea[],
  assignments: readonly ReportAssignment[],
  received: readonly ReceivedReport[],
): AreaNarrative[] {
  const assignmentById = new Map(assignments.map((a) => [a.id, a]));
  const known = new Set(areas.map((a) => a.code));
  const byArea = new Map<string, Map<string, { unitId: string; unitName: string; results: ActivityResult[] }>>();
  for (const { unit, content } of received) {
    for (const item of content.items) {
      const text = clean(item.result);
      const assignment = assignmentById.get(item.assignmentId);
      if (!text || !assignment) continue;
      const areaCode =
        assignment.areaCode !== null && known.has(assignment.areaCode) ? assignment.areaCode : NO_AREA.code;
      const units = byArea.get(areaCode) ?? new Map();
      byArea.set(areaCode, units);
      const entry = units.get(unit.id) ?? { unitId: unit.id, unitName: unit.name, results: [] };
      units.set(unit.id, entry);
      entry.results.push({ activityNumber: assignment.activityNumber, activityTitle: assignment.activityTitle, text });
    }
  }
  return [...areas, NO_AREA].flatMap((area) => {
    const units = byArea.get(area.code);
    if (!units) return [];
    const label = area === NO_AREA ? area.title : `${area.code}. ${area.title}`;
    return [{ areaCode: area.code, label, units: [...units.values()] }];
  });
}

export interface AttributedText {
  unitId: string;
  unitName: string;
  text: string;
}

/** One narrative section (e.g. the proposals) of every received report that wrote something, unit by unit. */
export function gatherSection(received: readonly ReceivedReport[], section: NarrativeSection): AttributedText[] {
  return received.flatMap(({ unit, content }) => {
    const text = clean(content.sections[section] ?? '');
    return text ? [{ unitId: unit.id, unitName: unit.name, text }] : [];
  });
}
