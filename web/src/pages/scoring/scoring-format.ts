import type { RoundStage } from '../../../../src/contracts/scoring.js';
import type { LeafEntry, ScoringMethod } from '../../../../src/domain/scoring/types.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';

/** Points as the decisions print them: two decimals, Vietnamese style ("86,44"). */
export const formatPointsVi = (points: number | null | undefined): string =>
  points == null ? '—' : formatNumberVi(points, 2);
export const formatPercentVi = (percent: number | null | undefined): string =>
  percent == null ? '—' : `${formatNumberVi(percent, 2)} %`;
export const formatWindow = (from: string, to: string | null): string =>
  `${formatDateVi(from)} – ${to ? formatDateVi(to) : '…'}`;

export const STAGE_COLORS: Record<RoundStage, string> = {
  draft: 'gray',
  self_assessment: 'blue',
  appraisal: 'orange',
  explanation: 'yellow',
  final_appraisal: 'orange',
  approved: 'teal',
  published: 'green',
};

/** What a unit declared, in words: "Đạt", "85", "done = 7; total = 8", "Không áp dụng". */
export function describeEntry(
  entry: LeafEntry | null | undefined,
  method: ScoringMethod | undefined,
  words: { yes: string; no: string; notApplicable: string },
): string {
  if (!entry) return '—';
  if (entry.notApplicable) return words.notApplicable;
  if (typeof entry.value === 'boolean') return entry.value ? words.yes : words.no;
  if (typeof entry.value === 'number')
    return `${formatNumberVi(entry.value, 3)}${method?.type === 'tiers' && method.measure === 'percent' ? ' %' : method?.type === 'proportional' ? ' %' : ''}`;
  if (entry.inputs) {
    const labels = new Map(method?.type === 'formula' ? method.inputs.map((i) => [i.name, i.label]) : []);
    return Object.entries(entry.inputs)
      .map(([name, value]) => `${labels.get(name) ?? name}: ${formatNumberVi(value, 3)}`)
      .join('; ');
  }
  return '—';
}
