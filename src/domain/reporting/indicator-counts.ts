/**
 * A rate target that cchc holds no data for is reported by each unit as two counts, never as a percentage:
 * the numerator (tử số) and the denominator (mẫu số). The unit's value is computed from them, and the
 * province's figure is Σ numerators / Σ denominators of the units that gave them (consolidation/indicator-table.ts),
 * so a commune with 3 dossiers does not weigh as much as a department with 30 000.
 */
import { rateOf } from '../figures/values.js';
import { formatNumberVi } from '../text/format.js';
import type { Issue } from './result.js';

export interface CountLabels {
  numerator: string;
  denominator: string;
}

const GENERIC: CountLabels = { numerator: 'Tử số', denominator: 'Mẫu số' };

const trimWords = (s: string) =>
  s
    .replace(/\s+(đạt|đạt từ|đạt tối thiểu|tối thiểu|tối đa|ít nhất|trở lên|từ)(\s.*)?$/i, '')
    .replace(/[\s.;,:]+$/, '')
    .trim();

/**
 * What the two counts of a rate target count, from its words where they say it ("Tỷ lệ hồ sơ giải quyết
 * trực tuyến trên tổng số hồ sơ" → "Số hồ sơ giải quyết trực tuyến" / "Tổng số hồ sơ"), else "Tử số" / "Mẫu số".
 */
export function countLabelsOf(subject: string): CountLabels {
  const match = /t[ỷỉ]\s*l[ệe]\s+(.+)$/i.exec(subject.trim());
  if (!match) return GENERIC;
  const [what, over] = match[1]!.split(/\s+trên\s+/i, 2) as [string, string | undefined];
  const numerator = trimWords(what);
  if (!numerator || numerator.split(/\s+/).length > 14) return GENERIC;
  const denominator = over ? trimWords(over) : '';
  return {
    numerator: `Tử số: số ${numerator}`,
    denominator: denominator ? `Mẫu số: ${denominator}` : GENERIC.denominator,
  };
}

export interface GivenCounts {
  numerator: number | null;
  denominator: number | null;
}

/**
 * A unit's two counts checked (both or neither, whole or decimal numbers ≥ 0, the denominator above 0 and not
 * below the numerator) and the value they give, or the problems in Vietnamese naming the field.
 */
export function checkCounts(
  counts: GivenCounts,
  where: { field: string; target: string; labels: CountLabels },
): { ok: true; value: number | null } | { ok: false; issues: Issue[] } {
  const { numerator, denominator } = counts;
  const { labels, target } = where;
  const issue = (field: 'numerator' | 'denominator', message: string): Issue => ({
    code: 'invalid_counts',
    field: `${where.field}.${field}`,
    message: `Chỉ tiêu "${target}": ${message}`,
  });
  if (numerator === null && denominator === null) return { ok: true, value: null };
  const issues: Issue[] = [];
  if (numerator === null) issues.push(issue('numerator', `cần nhập ${labels.numerator.toLocaleLowerCase('vi')}.`));
  if (denominator === null)
    issues.push(issue('denominator', `cần nhập ${labels.denominator.toLocaleLowerCase('vi')}.`));
  if (numerator !== null && numerator < 0) issues.push(issue('numerator', `${labels.numerator} không được là số âm.`));
  if (denominator !== null && denominator <= 0)
    issues.push(issue('denominator', `${labels.denominator} phải lớn hơn 0.`));
  if (numerator !== null && denominator !== null && denominator > 0 && numerator > denominator)
    issues.push(
      issue(
        'numerator',
        `${labels.numerator} (${formatNumberVi(numerator, 2)}) không được lớn hơn ${labels.denominator.toLocaleLowerCase('vi')} (${formatNumberVi(denominator, 2)}).`,
      ),
    );
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: rateOf(numerator!, denominator!) };
}

export type IndicatorEntry = 'figure' | 'counts' | 'value';

/**
 * How a unit gives its figure for a target: computed from the catalogue when a coordinator confirmed a link
 * ('figure', nothing to type), as two counts for a rate ('counts'), typed for a count ('value').
 */
export function indicatorEntry(target: { unit: string; figureKey: string | null; figureLink: string | null }) {
  if (target.figureKey && target.figureLink === 'confirmed') return 'figure' as const;
  return target.unit.trim() === '%' ? ('counts' as const) : ('value' as const);
}

export interface EntryTarget {
  id: string;
  subject: string;
  unit: string;
  figureKey: string | null;
  figureLink: string | null;
}

/**
 * A report's figures as stored: a linked target's value left to the catalogue (null), a rate's value computed
 * from its counts (a value typed without counts is dropped), a count kept as typed; or the problems.
 */
export function normaliseIndicatorValues<
  V extends { indicatorId: string; value: number | null; numerator?: number | null; denominator?: number | null },
>(values: readonly V[], targets: readonly EntryTarget[]): { values: V[]; issues: Issue[] } {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const issues: Issue[] = [];
  const normalised = values.map((v, i) => {
    const target = byId.get(v.indicatorId);
    if (!target) return v;
    switch (indicatorEntry(target)) {
      case 'figure':
        return { ...v, value: null, numerator: null, denominator: null };
      case 'value':
        return { ...v, numerator: null, denominator: null };
      case 'counts': {
        const counts = { numerator: v.numerator ?? null, denominator: v.denominator ?? null };
        const checked = checkCounts(counts, {
          field: `indicators.${i}`,
          target: target.subject,
          labels: countLabelsOf(target.subject),
        });
        if (!checked.ok) {
          issues.push(...checked.issues);
          return v;
        }
        return { ...v, ...counts, value: checked.value };
      }
    }
  });
  return { values: normalised, issues };
}
