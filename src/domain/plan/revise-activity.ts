/**
 * A person's correction of one activity under review. Text fields are taken as typed; unit,
 * deadline and budget cells are read again with the same readers as the import, so their
 * structure and warnings always follow the text a person confirmed.
 */
import type { FieldReaders } from './readers.js';
import { toPlanUnits } from './activities.js';
import type { ImportWarning, PlanActivity } from './types.js';

export interface ActivityRevision {
  area?: string | null;
  number?: string | null;
  objective?: string | null;
  task?: string | null;
  activity?: string | null;
  deliverable?: string | null;
  lead?: string;
  cooperating?: string;
  deadline?: string;
  budget?: string;
}

const TEXT_FIELDS = ['area', 'number', 'objective', 'task', 'activity', 'deliverable'] as const;

export function reviseActivity(
  activity: PlanActivity,
  revision: ActivityRevision,
  readers: FieldReaders,
): PlanActivity {
  const revised: PlanActivity = { ...activity };
  const touched = new Set<string>();
  for (const field of TEXT_FIELDS) {
    const value = revision[field];
    if (value === undefined) continue;
    revised[field] = value || null;
    touched.add(field);
  }
  const fresh: ImportWarning[] = [];
  for (const field of ['lead', 'cooperating'] as const) {
    const text = revision[field];
    if (text === undefined) continue;
    revised[field] = toPlanUnits(readers.units(text), field, fresh);
    touched.add(field);
  }
  if (revision.lead !== undefined && !revision.lead)
    fresh.push({ code: 'missing_lead', message: 'Không có đơn vị chủ trì.', field: 'lead' });
  if (revision.deadline !== undefined) {
    const deadline = readers.deadline(revision.deadline);
    revised.deadline = {
      text: deadline.text,
      kind: deadline.kind,
      start: deadline.start,
      due: deadline.due,
      parts: deadline.parts,
      ...(deadline.milestones ? { milestones: deadline.milestones } : {}),
    };
    fresh.push(...deadline.warnings.map((w) => ({ ...w, field: 'deadline' })));
    touched.add('deadline');
  }
  if (revision.budget !== undefined) {
    const budget = readers.budget(revision.budget);
    revised.budget = { text: budget.text, kind: budget.kind, amountMillionVnd: budget.amountMillionVnd };
    fresh.push(...budget.warnings.map((w) => ({ ...w, field: 'budget' })));
    touched.add('budget');
  }
  // A field a person has set no longer carries the importer's doubts about it.
  revised.warnings = [...activity.warnings.filter((w) => !w.field || !touched.has(w.field)), ...fresh];
  return revised;
}
