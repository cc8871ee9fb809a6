/** Compare two versions of a report for the "so sánh phiên bản" screen: what changed, item by item. */
import { formatDateVi } from '../text/format.js';
import { ASSIGNMENT_STATUS_LABELS } from './assignment-status.js';
import {
  NARRATIVE_SECTIONS,
  NARRATIVE_SECTION_LABELS,
  type NarrativeSection,
  type ReportContent,
  type ReportItem,
} from './report-form.js';
import { diffWords, type WordDiffOp } from './word-diff.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  field: 'status' | 'progress' | 'completedOn' | 'reason';
  before: string | number | null;
  after: string | number | null;
  /** Vietnamese, e.g. "Trạng thái: Đang thực hiện → Hoàn thành". */
  summary: string;
}

export interface ItemDiff {
  assignmentId: string;
  change: ChangeKind;
  fields: FieldChange[];
  /** Word diff of the result text, null when unchanged. */
  result: WordDiffOp[] | null;
  evidenceAdded: string[];
  evidenceRemoved: string[];
}

export interface IndicatorDiff {
  indicatorId: string;
  change: ChangeKind;
  before: number | null;
  after: number | null;
  note: WordDiffOp[] | null;
}

export interface SectionDiff {
  section: NarrativeSection;
  label: string;
  ops: WordDiffOp[];
}

export interface ReportDiff {
  changed: boolean;
  items: ItemDiff[];
  indicators: IndicatorDiff[];
  sections: SectionDiff[];
}

const FIELD_LABELS: Record<FieldChange['field'], string> = {
  status: 'Trạng thái',
  progress: 'Tiến độ',
  completedOn: 'Ngày hoàn thành',
  reason: 'Lý do không thực hiện được',
};

const show = (field: FieldChange['field'], value: string | number | null): string => {
  if (value === null || value === '') return '(trống)';
  if (field === 'status') return ASSIGNMENT_STATUS_LABELS[value as ReportItem['status']] ?? String(value);
  if (field === 'progress') return `${value}%`;
  if (field === 'completedOn') return formatDateVi(String(value));
  return String(value);
};

const textDiff = (before: string, after: string): WordDiffOp[] | null =>
  before.normalize('NFC') === after.normalize('NFC') ? null : diffWords(before, after);

function diffItem(before: ReportItem | undefined, after: ReportItem | undefined): ItemDiff | null {
  const a = before ?? after!;
  const fields: FieldChange[] = [];
  for (const field of ['status', 'progress', 'completedOn', 'reason'] as const) {
    const was = before ? before[field] : null;
    const now = after ? after[field] : null;
    if (was !== now)
      fields.push({
        field,
        before: was,
        after: now,
        summary: `${FIELD_LABELS[field]}: ${show(field, was)} → ${show(field, now)}`,
      });
  }
  const result = textDiff(before?.result ?? '', after?.result ?? '');
  const oldFiles = new Set(before?.evidenceFileIds);
  const newFiles = new Set(after?.evidenceFileIds);
  const evidenceAdded = [...newFiles].filter((f) => !oldFiles.has(f));
  const evidenceRemoved = [...oldFiles].filter((f) => !newFiles.has(f));
  const change: ChangeKind = !before ? 'added' : !after ? 'removed' : 'changed';
  if (change === 'changed' && !fields.length && !result && !evidenceAdded.length && !evidenceRemoved.length)
    return null;
  return { assignmentId: a.assignmentId, change, fields, result, evidenceAdded, evidenceRemoved };
}

/** Keys of both lists, in the newer version's order, then those only in the older one. */
function pairUp<T>(before: T[], after: T[], key: (x: T) => string): [T | undefined, T | undefined][] {
  const old = new Map(before.map((x) => [key(x), x]));
  const seen = new Set(after.map(key));
  return [
    ...after.map((x): [T | undefined, T | undefined] => [old.get(key(x)), x]),
    ...before.filter((x) => !seen.has(key(x))).map((x): [T | undefined, T | undefined] => [x, undefined]),
  ];
}

export function diffReports(before: ReportContent, after: ReportContent): ReportDiff {
  const items = pairUp(before.items, after.items, (i) => i.assignmentId)
    .map(([a, b]) => diffItem(a, b))
    .filter((d): d is ItemDiff => d !== null);

  const indicators: IndicatorDiff[] = [];
  for (const [a, b] of pairUp(before.indicators, after.indicators, (i) => i.indicatorId)) {
    const note = textDiff(a?.note ?? '', b?.note ?? '');
    const change: ChangeKind = !a ? 'added' : !b ? 'removed' : 'changed';
    if (change === 'changed' && a!.value === b!.value && !note) continue;
    indicators.push({
      indicatorId: (a ?? b)!.indicatorId,
      change,
      before: a?.value ?? null,
      after: b?.value ?? null,
      note,
    });
  }

  const sections: SectionDiff[] = [];
  for (const section of NARRATIVE_SECTIONS) {
    const ops = textDiff(before.sections[section] ?? '', after.sections[section] ?? '');
    if (ops) sections.push({ section, label: NARRATIVE_SECTION_LABELS[section], ops });
  }
  return { changed: items.length + indicators.length + sections.length > 0, items, indicators, sections };
}
