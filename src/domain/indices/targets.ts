/**
 * The plan's targets on a national index, and their verdict for a year: "nằm trong nhóm 15 tỉnh, thành phố đứng
 * đầu" (top), "tăng 5 bậc" (climb), "đạt tối thiểu 90 điểm" (score). A verdict needs its figures: without the
 * year's rank (or last year's, for a climb) the target is "Chưa có số liệu", never "Chưa đạt".
 */
import { parseVietnameseNumber } from '../text/numbers.js';
import { foldVietnamese } from '../text/fold.js';
import { formatNumberVi } from '../text/format.js';
import { compareYears } from './series.js';
import type { IndexResultFacts } from './types.js';

export type IndexTargetKind = 'top' | 'climb' | 'score';

export interface IndexTargetFacts {
  kind: IndexTargetKind;
  value: number;
  /** null: the whole index; otherwise an area's code. */
  areaCode: string | null;
  year: number;
}

export type Verdict = 'met' | 'not_met' | 'no_data';

export interface TargetVerdict {
  verdict: Verdict;
  /** The figure judged (a rank, a number of places, a score); null without one. */
  figure: number | null;
  /** "Xếp thứ 12/63: đạt", "Chưa có thứ hạng năm 2025". */
  text: string;
}

const VERDICT_WORD: Record<Exclude<Verdict, 'no_data'>, string> = { met: 'đạt', not_met: 'chưa đạt' };

/** Reads a target from the plan's words; null when the words set none of the three kinds. */
export function readIndexTarget(words: string): { kind: IndexTargetKind; value: number } | null {
  const t = foldVietnamese(words);
  const top = /(?:nhom|top)\s+(\d+)\s*(?:tinh|dia phuong|$|[,.;)])/.exec(t) ?? /(?:nhom|top)\s+(\d+)/.exec(t);
  if (top) return { kind: 'top', value: Number(top[1]) };
  const climb = /tang\s+(?:it nhat\s+|toi thieu\s+)?(\d+)\s+(?:bac|hang)/.exec(t);
  if (climb) return { kind: 'climb', value: Number(climb[1]) };
  const score = /(?:dat|toi thieu|it nhat)\s+(?:toi thieu\s+|tu\s+)?(\d+(?:[.,]\d+)?)\s*diem/.exec(t);
  if (score) {
    const { value } = parseVietnameseNumber(score[1]!, { prefer: 'decimal' });
    if (value !== null) return { kind: 'score', value };
  }
  return null;
}

export function describeTarget(target: Pick<IndexTargetFacts, 'kind' | 'value' | 'areaCode'>): string {
  const where = target.areaCode ? `Lĩnh vực ${target.areaCode}: ` : '';
  switch (target.kind) {
    case 'top':
      return `${where}trong nhóm ${target.value} tỉnh, thành phố dẫn đầu`;
    case 'climb':
      return `${where}tăng ít nhất ${target.value} bậc so với năm trước`;
    case 'score':
      return `${where}đạt tối thiểu ${formatNumberVi(target.value)} điểm`;
  }
}

const noData = (text: string): TargetVerdict => ({ verdict: 'no_data', figure: null, text });

/**
 * The verdict of a target for its year from the own province's results of that year and the year before. A year
 * with several own rows (before a merger) has no single figure: no verdict.
 */
export function judgeTarget(
  target: IndexTargetFacts,
  thisYear: readonly IndexResultFacts[],
  lastYear: readonly IndexResultFacts[],
): TargetVerdict {
  const own = thisYear.filter((r) => r.own);
  if (own.length === 0) return noData(`Chưa có kết quả năm ${target.year}`);
  if (own.length > 1) return noData(`Năm ${target.year} có ${own.length} tỉnh trước sáp nhập: xem từng tỉnh`);
  const result = own[0]!;
  if (target.kind === 'score') {
    const score = target.areaCode
      ? (result.areas.find((a) => a.code === target.areaCode)?.score ?? null)
      : result.score;
    if (score === null) return noData(`Chưa có điểm năm ${target.year}`);
    const verdict = score >= target.value ? 'met' : 'not_met';
    return {
      verdict,
      figure: score,
      text: `Đạt ${formatNumberVi(score)} điểm (mục tiêu ${formatNumberVi(target.value)}): ${VERDICT_WORD[verdict]}`,
    };
  }
  if (target.areaCode) return noData('Thứ hạng theo lĩnh vực chưa được nhập');
  if (result.rank === null) return noData(`Chưa có thứ hạng năm ${target.year}`);
  if (target.kind === 'top') {
    const verdict = result.rank <= target.value ? 'met' : 'not_met';
    return {
      verdict,
      figure: result.rank,
      text: `Xếp thứ ${result.rank}${result.rankOf ? `/${result.rankOf}` : ''} (mục tiêu nhóm ${target.value}): ${VERDICT_WORD[verdict]}`,
    };
  }
  const before = lastYear.filter((r) => r.own);
  if (before.length !== 1)
    return noData(
      before.length === 0
        ? `Chưa có thứ hạng năm ${target.year - 1} để so`
        : `Năm ${target.year - 1} có ${before.length} tỉnh trước sáp nhập: không tính được số bậc tăng`,
    );
  const comparison = compareYears(result, before[0]!);
  if (comparison.rankChange === null) return noData(comparison.text);
  const verdict = comparison.rankChange >= target.value ? 'met' : 'not_met';
  return {
    verdict,
    figure: comparison.rankChange,
    text: `${comparison.text.split(';')[0]} (mục tiêu tăng ${target.value} bậc): ${VERDICT_WORD[verdict]}`,
  };
}
