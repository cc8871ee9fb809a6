/**
 * Appendix rows → areas, activities and the targets printed in the table. Text printed once
 * for several rows (a merged objective or task) is carried down to each of them; a cell with
 * several numbered activities gives one activity each, sharing the row's other cells.
 */
import { foldVietnamese } from '../text/fold.js';
import type { Appendix, LogicalRow } from './appendix.js';
import type { ActivityField, ColumnRole } from './columns.js';
import type { UnitListMatch } from './fields/types.js';
import type { FieldReaders, ProgressCallback } from './readers.js';
import { classifyRow, numberingStyle } from './rows.js';
import { splitNumberedItems } from './split-items.js';
import { sentencesOf, splitInlineList } from './text.js';
import type { ImportWarning, PlanActivity, PlanArea, PlanIndicator, PlanUnits, PlanUnplaced } from './types.js';

export interface AppendixResult {
  areas: PlanArea[];
  activities: PlanActivity[];
  indicators: PlanIndicator[];
  unplaced: PlanUnplaced[];
}

interface Carry {
  number: string | null;
  objective: string | null;
  task: string | null;
}

interface OpenGroup {
  number: string | null;
  title: string;
  children: number;
}

const where = (row: LogicalRow) => (row.line ? `dòng ${row.line}` : `bảng ${row.table}, hàng ${row.row}`);

/** A matcher's answer as the plan's unit cell; its warnings are tagged with the field they concern. */
export function toPlanUnits(match: UnitListMatch, field: string, warnings: ImportWarning[]): PlanUnits {
  for (const w of match.warnings) warnings.push({ ...w, field });
  // A copy: the readers cache a cell's match, and one cell feeds several activities.
  return { text: match.text, units: match.units.map((u) => ({ ...u })) };
}

function composeNumber(rowNumber: string | null, label: string): string {
  if (label.includes('.') || !rowNumber) return label;
  return `${rowNumber}.${label}`;
}

export function buildFromAppendix(
  appendix: Appendix,
  readers: FieldReaders,
  onProgress?: ProgressCallback,
): AppendixResult {
  const roles = appendix.columns.roles;
  const style = numberingStyle(appendix);
  const areas: PlanArea[] = [];
  const activities: PlanActivity[] = [];
  const indicators: PlanIndicator[] = [];
  const unplaced: PlanUnplaced[] = appendix.preamble
    .map((row) =>
      row.cells
        .map((c) => c.text)
        .filter(Boolean)
        .join(' | '),
    )
    .filter(Boolean)
    .map((text) => ({ text, reason: 'Dòng nằm phía trên tiêu đề bảng phụ lục.' }));
  const ids = new Set<string>();
  let area: PlanArea | null = null;
  let groups: OpenGroup[] = [];
  let carry: Carry = { number: null, objective: null, task: null };

  const closeGroups = (keep: (g: OpenGroup) => boolean) => {
    const closing = groups.filter((g) => !keep(g));
    for (const g of closing) {
      if (g.children === 0)
        unplaced.push({
          text: [g.number, g.title].filter(Boolean).join(' '),
          reason: 'Tiêu đề nhóm không có hoạt động nào bên dưới.',
        });
    }
    groups = groups.filter(keep);
  };

  // A role may cover several columns (a header spanning "Bắt đầu | Kết thúc"): their texts join.
  const cell = (row: LogicalRow, role: ColumnRole): { text: string; merged: boolean } => {
    const cells = row.cells.filter((_, i) => roles[i] === role);
    const text = cells
      .map((c) => c.text.trim())
      .filter(Boolean)
      .join(' - ');
    return {
      text: splitInlineList(text),
      merged: cells.length > 0 && cells.every((c) => c.merged || !c.text.trim()) && cells.some((c) => c.merged),
    };
  };
  const own = (row: LogicalRow, role: ColumnRole) => {
    const c = cell(row, role);
    return c.merged ? '' : c.text;
  };
  const any = (row: LogicalRow, role: ColumnRole) => cell(row, role).text;

  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };

  appendix.rows.forEach((row, rowIndex) => {
    if (onProgress && rowIndex % 25 === 0) onProgress({ stage: 'rows', done: rowIndex, total: appendix.rows.length });
    const kind = classifyRow(row, roles, style, areas.length + 1);
    if (kind.kind === 'area') {
      closeGroups(() => false);
      const known = areas.find((a) => a.code === kind.code);
      area = known ?? { code: kind.code, title: kind.title };
      if (!known) areas.push(area);
      carry = { number: null, objective: null, task: null };
      return;
    }
    if (kind.kind === 'group') {
      closeGroups((g) => !!g.number && !!kind.number && kind.number.startsWith(`${g.number}.`));
      groups.push({ number: kind.number, title: kind.title, children: 0 });
      const titleInObjective = !!own(row, 'objective');
      carry = {
        number: kind.number,
        objective: titleInObjective || style === 'dotted' ? kind.title : null,
        task: titleInObjective || style === 'dotted' ? null : kind.title,
      };
      return;
    }

    // An assignable row.
    let number = kind.number;
    let objective: string | null;
    let task: string | null;
    if (number) {
      closeGroups((g) => !!g.number && number!.startsWith(`${g.number}.`));
      const group = groups.at(-1);
      objective =
        own(row, 'objective') || any(row, 'objective') || (group && style === 'dotted' ? group.title : null) || null;
      task = own(row, 'task') || any(row, 'task') || null;
      carry = { number, objective, task };
    } else {
      number = carry.number ?? groups.at(-1)?.number ?? null;
      objective = own(row, 'objective') || any(row, 'objective') || carry.objective;
      task = own(row, 'task') || any(row, 'task') || carry.task;
      if (own(row, 'objective')) carry.objective = objective;
      if (own(row, 'task')) carry.task = task;
    }
    for (const g of groups) g.children++;

    const warnings: ImportWarning[] = [...row.warnings];
    const currentArea = area as PlanArea | null;
    if (!currentArea)
      warnings.push({ code: 'no_area', message: `Hoạt động ở ${where(row)} nằm trước tiêu đề lĩnh vực đầu tiên.` });
    roles.forEach((role, i) => {
      const extra = row.cells[i]?.text.trim();
      if (role === 'other' && extra) {
        warnings.push({
          code: 'extra_column',
          message: `${appendix.columns.headers[i] || 'Cột không tên'}: ${extra}`,
          field: 'other',
        });
      }
    });
    for (const c of row.cells) {
      for (const marker of c.footnotes) {
        warnings.push({ code: 'footnote', message: `Chú thích ${marker} trong ô “${c.text.slice(0, 60)}”.` });
      }
    }

    const leadText = any(row, 'lead');
    const coopText = any(row, 'cooperating');
    const deadlineText = any(row, 'deadline');
    const budgetText = any(row, 'budget');
    const lead = toPlanUnits(readers.units(leadText), 'lead', warnings);
    const cooperating = toPlanUnits(readers.units(coopText), 'cooperating', warnings);
    if (!leadText)
      warnings.push({ code: 'missing_lead', message: `Không có đơn vị chủ trì (${where(row)}).`, field: 'lead' });
    const deadline = readers.deadline(deadlineText);
    for (const w of deadline.warnings) warnings.push({ ...w, field: 'deadline' });
    const budget = readers.budget(budgetText);
    for (const w of budget.warnings) warnings.push({ ...w, field: 'budget' });
    const scale = appendix.columns.budgetScale;
    const amount = budget.amountMillionVnd === null ? null : Math.round(budget.amountMillionVnd * scale * 1e6) / 1e6;

    const activityText = any(row, 'activity');
    const items = splitNumberedItems(activityText);
    if (items.length > 1) {
      warnings.push({
        code: 'activities_split',
        message: `Ô hoạt động có ${items.length} hoạt động đánh số; đã tách thành ${items.length} dòng dùng chung kết quả, đơn vị, thời gian và kinh phí.`,
        field: 'activity',
      });
    }
    if (!activityText && !own(row, 'deliverable') && !task) {
      warnings.push({
        code: 'missing_activity',
        message: `Dòng không có nội dung hoạt động (${where(row)}).`,
        field: 'activity',
      });
    }
    const rowActivities = items.map((item) => {
      const itemNumber = item.label ? composeNumber(number, item.label) : number;
      const id = uniqueId(`${currentArea?.code ?? 'X'}-${itemNumber ?? 'khong-so'}`);
      const activity: PlanActivity = {
        id,
        area: currentArea?.code ?? null,
        number: itemNumber,
        objective: objective || null,
        task: task || null,
        activity: item.text || null,
        deliverable: any(row, 'deliverable') || null,
        lead,
        cooperating,
        deadline: {
          text: deadline.text,
          kind: deadline.kind,
          start: deadline.start,
          due: deadline.due,
          parts: deadline.parts,
          ...(deadline.milestones ? { milestones: deadline.milestones } : {}),
        },
        budget: { text: budget.text, kind: budget.kind, amountMillionVnd: amount },
        warnings,
        source: { table: row.table, row: row.row, line: row.line },
      };
      activities.push(activity);
      return activity;
    });

    // Targets printed in this row's own cells (a carried objective was read where it was printed).
    const seen = new Set<string>();
    for (const role of ['objective', 'task', 'activity', 'deliverable'] as ActivityField[]) {
      const text = own(row, role);
      for (const sentence of sentencesOf(text)) {
        const key = foldVietnamese(sentence);
        if (seen.has(key) || !readers.looksLikeTarget(sentence)) continue;
        seen.add(key);
        const owner =
          rowActivities.find((a) => a.activity && foldVietnamese(a.activity).includes(key)) ?? rowActivities[0];
        for (const draft of readers.indicators(sentence)) {
          // The same target printed in two cells of the row (objective and deliverable) counts once.
          const key = [draft.comparator, draft.value, draft.unit, draft.level, foldVietnamese(draft.subject)].join('|');
          if (seen.has(key)) continue;
          seen.add(key);
          indicators.push({
            id: '',
            area: currentArea?.code ?? null,
            text: sentence,
            comparator: draft.comparator,
            value: draft.value,
            unit: draft.unit,
            level: draft.level,
            subject: draft.subject,
            origin: 'appendix',
            activityId: owner?.id ?? null,
          });
        }
      }
    }
  });
  closeGroups(() => false);
  return { areas, activities, indicators, unplaced };
}
