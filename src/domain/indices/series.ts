/**
 * A province's index across years, and a year against the year before. After the 2025 restructuring the
 * province's own history has two provinces before the merger (each kept under its name and label): the year
 * after is compared with each of them, labelled, and a rank is only compared over the same number of provinces.
 */
import { formatNumberVi } from '../text/format.js';
import { roundPoints, shownName, type IndexResultFacts } from './types.js';

export interface YearComparison {
  /** Whom this year is compared with ("Vĩnh Phúc (trước sáp nhập)"). */
  against: string;
  previousYear: number;
  scoreChange: number | null;
  /** Places gained (positive) or lost (negative); null when either rank is missing or the fields differ in size. */
  rankChange: number | null;
  /** "tăng 8 bậc", "giảm 32 bậc", "giữ nguyên thứ hạng", or why there is no comparison. */
  text: string;
}

export interface SeriesYear {
  year: number;
  rows: { result: IndexResultFacts; name: string; comparisons: YearComparison[] }[];
}

export function rankChangeText(change: number): string {
  if (change > 0) return `tăng ${change} bậc`;
  if (change < 0) return `giảm ${-change} bậc`;
  return 'giữ nguyên thứ hạng';
}

/** One year's result against one of the year before. */
export function compareYears(current: IndexResultFacts, previous: IndexResultFacts): YearComparison {
  const scoreChange =
    current.score !== null && previous.score !== null ? roundPoints(current.score - previous.score) : null;
  const base = { against: shownName(previous), previousYear: previous.year, scoreChange };
  if (current.rank === null || previous.rank === null)
    return { ...base, rankChange: null, text: 'chưa có thứ hạng của cả hai năm' };
  if (current.rankOf !== null && previous.rankOf !== null && current.rankOf !== previous.rankOf)
    return {
      ...base,
      rankChange: null,
      text: `thứ hạng không so trực tiếp được: năm ${previous.year} xếp ${previous.rank}/${previous.rankOf}, năm ${current.year} xếp ${current.rank}/${current.rankOf}`,
    };
  const rankChange = previous.rank - current.rank;
  const score =
    scoreChange === null ? '' : `; điểm ${scoreChange >= 0 ? 'tăng' : 'giảm'} ${formatNumberVi(Math.abs(scoreChange))}`;
  return { ...base, rankChange, text: `${rankChangeText(rankChange)} so với năm ${previous.year}${score}` };
}

/**
 * The own province's series (own = true), oldest first; each year's rows compared with every own row of the year
 * before (two rows the year after a merger, each labelled). Peers are compared with their own previous year.
 */
export function buildSeries(results: readonly IndexResultFacts[], own = true): SeriesYear[] {
  const mine = results.filter((r) => r.own === own);
  const years = [...new Set(mine.map((r) => r.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const previous = mine.filter((r) => r.year === year - 1);
    return {
      year,
      rows: mine
        .filter((r) => r.year === year)
        .map((result) => ({
          result,
          name: shownName(result),
          // Before a merger each province follows its own line; the merged province's first year is compared with each.
          comparisons: (own && mine.filter((r) => r.year === year).length === 1
            ? previous
            : previous.filter((p) => p.province === result.province)
          ).map((p) => compareYears(result, p)),
        })),
    };
  });
}
