import type { DocumentTable, PlanDocument } from './document.js';
import type { PlanV1 } from './types.js';

/**
 * The appendix row each activity was read from, as printed (cells joined by " │ "), so a reviewer
 * sees the source beside the structured line.
 */
export function sourceRowTexts(plan: PlanV1, document: PlanDocument): Record<string, string> {
  const tables = document.blocks.filter((b): b is DocumentTable => b.kind === 'table');
  const texts: Record<string, string> = {};
  for (const activity of plan.activities) {
    const row = activity.source ? tables[activity.source.table - 1]?.rows[activity.source.row - 1] : undefined;
    if (row) texts[activity.id] = row.cells.map((c) => c.text.replace(/\s+/g, ' ').trim()).join(' │ ');
  }
  return texts;
}
